/* json_write.c: JSON records through yajl_gen, one per line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_gen.h>

#include "buf.h"
#include "json.h"
#include "msg.h"
#include "out.h"
#include "swar.h"
#include "util.h"

struct json_writer {
	yajl_gen	g;
};

struct json_writer *
json_w_new(void)
{
	struct json_writer *w = xmalloc(sizeof *w);

	w->g = yajl_gen_alloc(NULL);
	if (w->g == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	return w;
}

void
json_w_free(struct json_writer *w)
{
	if (w == NULL)
		return;
	yajl_gen_free(w->g);
	free(w);
}

/* A refusal from yajl_gen is a bug in the caller's nesting, not bad input. */
static void
check(yajl_gen_status st)
{
	if (st != yajl_gen_status_ok && st != yajl_gen_generation_complete)
		fatal(EXIT_TROUBLE, "internal error: JSON generator state %d",
		    (int)st);
}

void
json_w_begin_object(struct json_writer *w)
{
	check(yajl_gen_map_open(w->g));
}

void
json_w_end_object(struct json_writer *w)
{
	check(yajl_gen_map_close(w->g));
}

void
json_w_begin_array(struct json_writer *w)
{
	check(yajl_gen_array_open(w->g));
}

void
json_w_end_array(struct json_writer *w)
{
	check(yajl_gen_array_close(w->g));
}

void
json_w_key(struct json_writer *w, const char *k)
{
	json_w_cstring(w, k);
}

void
json_w_string(struct json_writer *w, const char *s, size_t n)
{
	check(yajl_gen_string(w->g, (const unsigned char *)s, n));
}

void
json_w_cstring(struct json_writer *w, const char *s)
{
	json_w_string(w, s, strlen(s));
}

void
json_w_number(struct json_writer *w, const char *s, size_t n)
{
	check(yajl_gen_number(w->g, s, n));
}

void
json_w_integer(struct json_writer *w, long long v)
{
	check(yajl_gen_integer(w->g, v));
}

void
json_w_bool(struct json_writer *w, int v)
{
	check(yajl_gen_bool(w->g, v));
}

void
json_w_null(struct json_writer *w)
{
	check(yajl_gen_null(w->g));
}

void
json_w_end_record(struct json_writer *w)
{
	const unsigned char *p;
	size_t n;

	check(yajl_gen_get_buf(w->g, &p, &n));
	out_write(p, n);
	yajl_gen_clear(w->g);
	yajl_gen_reset(w->g, NULL);
	out_endline();
}

static struct buf *escape_to;

static void
print_to_buf(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	buf_add(escape_to, s, n);
}

void
json_escape(struct buf *b, const char *s, size_t n)
{
	static yajl_gen g;
	size_t i;
	uint64_t w;
	char *p;

	/*
	 * yajl escapes only '"', '\\' and control characters: text without
	 * them is its own escaping, copied whole.  Looked for eight bytes at
	 * a time.
	 */
	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (swar_has_control(w) | swar_has_byte(w, '"') |
		    swar_has_byte(w, '\\'))
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			break;
	if (i == n) {
		p = buf_reserve(b, n + 2);
		p[0] = '"';
		memcpy(p + 1, s, n);
		p[n + 1] = '"';
		b->len += n + 2;
		return;
	}
	if (g == NULL) {
		if ((g = yajl_gen_alloc(NULL)) == NULL)
			fatal(EXIT_TROUBLE, "out of memory");
		yajl_gen_config(g, yajl_gen_print_callback, print_to_buf, NULL);
	}
	escape_to = b;
	yajl_gen_reset(g, NULL);
	check(yajl_gen_string(g, (const unsigned char *)s, n));
}
