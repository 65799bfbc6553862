/*
 * json.h: the one place that parses and writes JSON (on yajl).
 *
 * Writing: every record the tools print is built with json_b_*() in a
 * struct json_b, flat or with nested values given as JSON text, and
 * written as one line with json_b_write() through out.h.  Strings are
 * escaped as JSON requires (by yajl, exactly), non-ASCII UTF-8 is written
 * as is; numbers are written as the caller spells them (exact decimals).
 * A string that many records repeat (a document name, a sentence) can be
 * escaped once with json_escape() and given as JSON text; a record built
 * in place in the output buffer (out_reserve) uses json_put_*() to the
 * same bytes.
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

#include "buf.h"

struct json_b {
	struct buf	 b;
	int		 first;		/* no member yet: no comma before the next */
};

/* Start a record: '{'. */
void	json_b_begin(struct json_b *);
/* A member's key: s[0..n) escaped, or JSON text already (quotes in). */
void	json_b_key(struct json_b *, const char *s, size_t n);
static inline void json_b_key_json(struct json_b *, const char *json,
	    size_t n);
/* A member's value: a string, JSON text as it is (a number, an escaped
 * string, an array or object), null. */
void	json_b_string(struct json_b *, const char *s, size_t n);
static inline void json_b_json(struct json_b *, const char *json, size_t n);
static inline void json_b_null(struct json_b *);
/* Append s[0..n), which needs no escaping, to b between quotes. */
static inline void json_quote(struct buf *b, const char *s, size_t n);
/*
 * Written at p, in room the caller made (a record built in place): s
 * quoted, as json_quote(), and an unsigned integer; they return the end
 * of what they wrote.
 */
static inline char *json_put_quoted(char *p, const char *s, size_t n);
char	*json_put_uint(char *p, unsigned long);
/* End the record ('}') and write it as one line. */
void	json_b_write(struct json_b *);

/*
 * Append s[0..n) to b as a JSON string, quotes included, escaped exactly
 * as json_b_string() escapes it.
 */
void	json_escape(struct buf *b, const char *s, size_t n);
/* Whether s[0..n) is its own escaping: no '"', '\\' or control character. */
int	json_plain(const char *s, size_t n);

/* The small writers are inline: a record is a few dozen of them. */
static inline void
json_b_member(struct json_b *j)
{
	if (!j->first)
		buf_addc(&j->b, ',');
	j->first = 0;
}

static inline void
json_b_key_json(struct json_b *j, const char *json, size_t n)
{
	json_b_member(j);
	buf_add(&j->b, json, n);
	buf_addc(&j->b, ':');
}

static inline char *
json_put_quoted(char *p, const char *s, size_t n)
{
	*p++ = '"';
	memcpy(p, s, n);
	p += n;
	*p++ = '"';
	return p;
}

static inline void
json_quote(struct buf *b, const char *s, size_t n)
{
	*json_put_quoted(buf_reserve(b, n + 2), s, n) = '\0';
	b->len += n + 2;
}

static inline void
json_b_json(struct json_b *j, const char *json, size_t n)
{
	buf_add(&j->b, json, n);
}

static inline void
json_b_null(struct json_b *j)
{
	buf_add(&j->b, "null", 4);
}

#endif
