/* html_legacy.c: legacy references closed with ';' before the parser. */
#include <string.h>

#include "html_legacy.h"

void
legacy_init(struct legacy_in *l, html_read_fn read, void *read_ctx,
    legacy_prefix_fn prefix)
{
	memset(l, 0, sizeof *l);
	l->read = read;
	l->read_ctx = read_ctx;
	l->prefix = prefix;
}

void
legacy_free(struct legacy_in *l)
{
	buf_free(&l->out);
}

static int
name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * Filter raw[0..n) into out, up to an '&' whose name may go on in the
 * bytes not read yet (unless at the end): returns the bytes used.
 */
static size_t
filter(struct legacy_in *l, const char *raw, size_t n)
{
	const char *amp, *p = raw, *end = raw + n, *name;
	size_t run, k;

	while ((amp = memchr(p, '&', (size_t)(end - p))) != NULL) {
		name = amp + 1;
		for (run = 0; name + run < end && run < LEGACY_RUN_MAX &&
		    name_char(name[run]); run++)
			;
		if (name + run == end && run < LEGACY_RUN_MAX && !l->eof)
			break;
		buf_add(&l->out, p, (size_t)(name - p));
		p = name;
		if (name + run < end && name[run] == ';')
			continue;
		if (run > 0 && (k = l->prefix(name, run)) > 0) {
			buf_add(&l->out, name, k);
			buf_addc(&l->out, ';');
			p = name + k;
		}
	}
	if (amp == NULL)
		amp = end;
	buf_add(&l->out, p, (size_t)(amp - p));
	return (size_t)(amp - raw);
}

/* Read and filter until there are size bytes to give or the page ends. */
static void
fill(struct legacy_in *l, size_t size)
{
	size_t n, used;

	while (l->out.len - l->taken < size && !l->eof) {
		n = l->read(l->read_ctx, l->raw + l->rawlen,
		    sizeof l->raw - l->rawlen);
		if (n == 0)
			l->eof = 1;
		l->rawlen += n;
		used = filter(l, l->raw, l->rawlen);
		memmove(l->raw, l->raw + used, l->rawlen - used);
		l->rawlen -= used;
	}
}

size_t
legacy_read(void *ctx, char *buf, size_t size)
{
	struct legacy_in *l = ctx;
	size_t n;

	/* What was taken goes, so the buffer holds about one read. */
	if (l->taken > 0) {
		memmove(l->out.data, l->out.data + l->taken,
		    l->out.len - l->taken);
		l->out.len -= l->taken;
		l->taken = 0;
	}
	fill(l, size);
	if (l->out.len == 0)
		return 0;
	n = l->out.len - l->taken;
	if (n > size)
		n = size;
	memcpy(buf, l->out.data + l->taken, n);
	l->taken += n;
	return n;
}
