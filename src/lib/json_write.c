/* json_write.c: JSON records built in a buffer, one per line (see json.h). */
#include <stdint.h>
#include <string.h>

#include <yajl/yajl_gen.h>

#include "buf.h"
#include "json.h"
#include "msg.h"
#include "out.h"
#include "swar.h"
#include "vec16.h"

void
json_b_begin(struct json_b *j)
{
	buf_reset(&j->b);
	buf_addc(&j->b, '{');
	j->first = 1;
}

void
json_b_key(struct json_b *j, const char *s, size_t n)
{
	json_b_member(j);
	json_escape(&j->b, s, n);
	buf_addc(&j->b, ':');
}

void
json_b_string(struct json_b *j, const char *s, size_t n)
{
	json_escape(&j->b, s, n);
}

char *
json_put_uint(char *p, unsigned long v)
{
	unsigned long t;
	size_t len = 1, k;

	/*
	 * Counted first, then written in place from the last digit: digits
	 * stored aside and copied would be read back before they are
	 * written, a stall at every record.
	 */
	for (t = v; t >= 10; t /= 10)
		len++;
	for (k = len; k > 0; v /= 10)
		p[--k] = '0' + v % 10;
	return p + len;
}

void
json_b_write(struct json_b *j)
{
	buf_addc(&j->b, '}');
	out_write(j->b.data, j->b.len);
	out_endline();
}

static _Thread_local struct buf *escape_to;

static void
print_to_buf(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	buf_add(escape_to, s, n);
}

int
json_plain(const char *s, size_t n)
{
	size_t i;
	uint64_t w;

	/*
	 * yajl escapes only '"', '\\' and control characters: text without
	 * them is its own escaping.  Looked for sixteen bytes at a time, or
	 * eight.
	 */
	i = 0;
#ifdef HAVE_VEC16
	for (; i + 16 <= n; i += 16) {
		v16 v = load16((const unsigned char *)s + i);

		if (any16((v16s)(v < 0x20) | (v16s)(v == '"') |
		    (v16s)(v == '\\')))
			break;
	}
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (swar_has_control(w) | swar_has_byte(w, '"') |
		    swar_has_byte(w, '\\'))
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			return 0;
	return 1;
}

void
json_escape(struct buf *b, const char *s, size_t n)
{
	static _Thread_local yajl_gen g;	/* one a thread */

	if (json_plain(s, n)) {
		json_quote(b, s, n);
		return;
	}
	if (g == NULL) {
		if ((g = yajl_gen_alloc(NULL)) == NULL)
			fatal(EXIT_TROUBLE, "out of memory");
		yajl_gen_config(g, yajl_gen_print_callback, print_to_buf, NULL);
	}
	escape_to = b;
	yajl_gen_reset(g, NULL);
	/* A refusal here is a bug (a string is always a valid value). */
	if (yajl_gen_string(g, (const unsigned char *)s, n) !=
	    yajl_gen_status_ok)
		fatal(EXIT_TROUBLE, "internal error: JSON string not written");
}
