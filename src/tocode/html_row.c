/*
 * html_row.c: a table row's lines, held.  Each line is kept after the
 * separator it takes when the row is joined, so joining is done in place.
 */
#include <string.h>

#include "html_row.h"

void
row_add(struct row *r, const char *s, size_t n, int new_cell)
{
	buf_addc(&r->lines, new_cell ? '\t' : ' ');
	buf_add(&r->lines, s, n);
	buf_addc(&r->lines, '\n');
}

static void
row_clear(struct row *r)
{
	buf_reset(&r->lines);
	r->cells = 0;
}

void
row_flush(struct row *r, html_line_fn fn, void *ctx)
{
	const char *s = r->lines.data, *end, *nl;

	/* Nothing held may mean no buffer yet: no pointer arithmetic on it. */
	end = r->lines.len > 0 ? s + r->lines.len : s;
	for (; s < end; s = nl + 1) {
		nl = memchr(s, '\n', (size_t)(end - s));
		fn(ctx, s + 1, (size_t)(nl - s - 1), 1);
	}
	row_clear(r);
}

void
row_join(struct row *r, html_line_fn fn, void *ctx)
{
	char *s = r->lines.data, *end, *nl;
	size_t out = 0, n;

	end = r->lines.len > 0 ? s + r->lines.len : s;
	for (; s < end; s = nl + 1) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (out > 0)
			r->lines.data[out++] = *s;
		n = (size_t)(nl - s - 1);
		memmove(r->lines.data + out, s + 1, n);
		out += n;
	}
	if (out > 0)
		fn(ctx, r->lines.data, out, 1);
	row_clear(r);
}
