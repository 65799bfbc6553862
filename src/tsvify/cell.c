/*
 * cell.c: one field of a TSV line.
 *
 * Escaping (the default) writes \ TAB LF CR as \\ \t \n \r and nothing
 * else, so a record is one line and no field is quoted.  CSV quoting puts
 * a field holding TAB, LF, CR or " between quotes, doubling each ".  No
 * field may hold NUL: the loaders we write for cannot store it.
 */
#include "buf.h"
#include "tsvify.h"

/* What a byte needs: 0 nothing, 1 an escape or quoting, 2 refusal. */
static unsigned char special[256] = {
	['\0'] = 2, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static int
escape(struct buf *b, const char *v, size_t n)
{
	char *d = buf_reserve(b, 2 * n), *start = d;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];

		if (!special[c] && c != '\\') {
			*d++ = (char)c;
			continue;
		}
		*d++ = '\\';
		switch (c) {
		case '\\': *d++ = '\\'; break;
		case '\t': *d++ = 't'; break;
		case '\n': *d++ = 'n'; break;
		case '\r': *d++ = 'r'; break;
		default: return -1;
		}
	}
	b->len += (size_t)(d - start);
	return 0;
}

static int
quote(struct buf *b, const char *v, size_t n)
{
	char *d, *start;
	size_t i;
	int needed = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];

		if (special[c] == 2)
			return -1;
		if (special[c] || c == '"')
			needed = 1;
	}
	if (!needed) {
		buf_add(b, v, n);
		return 0;
	}
	d = start = buf_reserve(b, 2 * n + 2);
	*d++ = '"';
	for (i = 0; i < n; i++) {
		if (v[i] == '"')
			*d++ = '"';
		*d++ = v[i];
	}
	*d++ = '"';
	b->len += (size_t)(d - start);
	return 0;
}

int
cell_write(struct buf *b, const char *v, size_t n, enum quoting q)
{
	return q == QUOTE_CSV ? quote(b, v, n) : escape(b, v, n);
}

void
cell_unescape(struct buf *b, const char *s, size_t n)
{
	char *d = buf_reserve(b, n), *start = d;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 == n) {
			*d++ = s[i];
			continue;
		}
		switch (s[++i]) {
		case '\\': *d++ = '\\'; break;
		case 't': *d++ = '\t'; break;
		case 'n': *d++ = '\n'; break;
		case 'r': *d++ = '\r'; break;
		default:
			/* Not one of ours: left as it is. */
			*d++ = '\\';
			*d++ = s[i];
		}
	}
	b->len += (size_t)(d - start);
}
