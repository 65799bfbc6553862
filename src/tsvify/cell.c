/*
 * cell.c: one field of a TSV line.
 *
 * Escaping (the default) writes \ TAB LF CR as \\ \t \n \r and nothing
 * else, so a record is one line and no field is quoted.  CSV quoting puts
 * a field holding TAB, LF, CR or " between quotes, doubling each ".  No
 * field may hold NUL: the loaders we write for cannot store it.
 *
 * Most text needs nothing done, so it is scanned and copied eight bytes
 * at a time while no byte is a control character or the one special
 * printable character (\ or ").
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "swar.h"
#include "tsvify.h"

/* Whether no byte of w is below 0x20 or equal to c. */
static inline int
plain_word(uint64_t w, unsigned char c)
{
	return !(swar_has_control(w) | swar_has_byte(w, c));
}

static char *
escape(char *d, const char *v, size_t n)
{
	uint64_t w;
	size_t i = 0;

	while (i < n) {
		if (n - i >= 8) {
			memcpy(&w, v + i, 8);
			if (plain_word(w, '\\')) {
				memcpy(d, &w, 8);
				d += 8;
				i += 8;
				continue;
			}
		}
		switch (v[i]) {
		case '\\': *d++ = '\\'; *d++ = '\\'; break;
		case '\t': *d++ = '\\'; *d++ = 't'; break;
		case '\n': *d++ = '\\'; *d++ = 'n'; break;
		case '\r': *d++ = '\\'; *d++ = 'r'; break;
		case '\0': return NULL;
		default: *d++ = v[i];
		}
		i++;
	}
	return d;
}

/* What quoting a field needs: 0 none, 1 quotes, -1 refusal (NUL). */
static int
needs_quotes(const char *v, size_t n)
{
	uint64_t w;
	size_t i = 0;
	int needed = 0;

	while (i < n) {
		if (n - i >= 8) {
			memcpy(&w, v + i, 8);
			if (plain_word(w, '"')) {
				i += 8;
				continue;
			}
		}
		switch (v[i++]) {
		case '\0': return -1;
		case '\t': case '\n': case '\r': case '"': needed = 1;
		}
	}
	return needed;
}

static char *
quote(char *d, const char *v, size_t n)
{
	size_t i;

	switch (needs_quotes(v, n)) {
	case -1:
		return NULL;
	case 0:
		memcpy(d, v, n);
		return d + n;
	}
	*d++ = '"';
	for (i = 0; i < n; i++) {
		if (v[i] == '"')
			*d++ = '"';
		*d++ = v[i];
	}
	*d++ = '"';
	return d;
}

char *
cell_put(char *d, const char *v, size_t n, enum quoting q)
{
	return q == QUOTE_CSV ? quote(d, v, n) : escape(d, v, n);
}

int
cell_write(struct buf *b, const char *v, size_t n, enum quoting q)
{
	char *d = cell_put(buf_reserve(b, CELL_ROOM(n)), v, n, q);

	if (d == NULL)
		return -1;
	b->len = (size_t)(d - b->data);
	return 0;
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
