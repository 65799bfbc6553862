/*
 * json_parse.c: one JSON Lines record into a flat list of fields, on
 * yajl's event parser (see json_read.h).
 *
 * Keys and values are appended to one text buffer, each followed by a NUL,
 * and fields are kept as offsets into it until the line is done, so a
 * record costs no allocation once the buffers have grown.  Nesting is
 * tracked here, not by recursion, so depth is limited by a counter.
 *
 * One yajl handle serves line after line (yajl_allow_multiple_values);
 * a newline is fed after each line so that no token is left half-read.
 * After an error the handle is replaced, as yajl cannot recover.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_parse.h>

#include "buf.h"
#include "json_read.h"
#include "msg.h"
#include "utf8_valid.h"
#include "util.h"

struct slot {
	size_t		 key, keylen, val, vallen;
	enum json_type	 type;
};

/* A flattened object being read: where its key and the path were. */
struct level {
	size_t	 key, keylen;
	size_t	 pathlen;	/* length of the path before it */
	size_t	 nslots;	/* fields before it, to tell it is empty */
};

struct json_reader {
	yajl_handle	 h;
	int		 flags;
	struct buf	 text;		/* keys and values, NUL after each */
	struct buf	 path;		/* "a.b." above the current key */
	struct slot	*slots;
	size_t		 nslots, slotcap;
	struct json_field *fields;
	size_t		 fieldcap;
	struct level	 levels[JSON_R_MAX_DEPTH + 1];
	int		 depth;		/* containers open */
	int		 nflat;		/* flattened objects open */
	int		 compact;	/* containers open in a compact value */
	int		 first;		/* compact: nothing yet in the container */
	int		 after_key;	/* compact: a key was just written */
	size_t		 key, keylen;	/* key of the value that comes next */
	size_t		 compact_val;
	enum json_type	 compact_type;
	int		 done;		/* the object is closed */
	const char	*error;
	char		 errbuf[160];
};

/* Append p[0..n-1], NUL after it: buf_add() inlined, as it runs per token. */
static inline void
add(struct buf *b, const void *p, size_t n)
{
	if (b->cap - b->len <= n)
		buf_reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Append p[0..n-1] and keep the NUL after it; returns its offset. */
static size_t
add_piece(struct buf *b, const void *p, size_t n)
{
	size_t off = b->len;

	add(b, p, n);
	b->len++;
	return off;
}

static struct slot *
new_slot(struct json_reader *r, enum json_type type)
{
	struct slot *s;

	grow_items(&r->slots, &r->slotcap, r->nslots, sizeof *r->slots, 32);
	s = &r->slots[r->nslots++];
	s->key = r->key;
	s->keylen = r->keylen;
	s->type = type;
	return s;
}

static int
fail(struct json_reader *r, const char *why)
{
	r->error = why;
	return 0;		/* makes yajl stop with client_canceled */
}

/* A value where the top level is: the line is not one object. */
static int
top_level(struct json_reader *r, const char *what)
{
	if (r->done)
		return fail(r, "more than one JSON value on the line");
	snprintf(r->errbuf, sizeof r->errbuf,
	    "not a JSON object but %s", what);
	return fail(r, r->errbuf);
}

/* JSON string syntax for s[0..n-1], for compact text. */
static void
add_json_string(struct buf *b, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char *d = buf_reserve(b, 6 * n + 2), *start = d;
	size_t i;

	*d++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (c >= 0x20 && c != '"' && c != '\\') {
			*d++ = (char)c;
			continue;
		}
		*d++ = '\\';
		switch (c) {
		case '"': *d++ = '"'; break;
		case '\\': *d++ = '\\'; break;
		case '\n': *d++ = 'n'; break;
		case '\t': *d++ = 't'; break;
		case '\r': *d++ = 'r'; break;
		case '\b': *d++ = 'b'; break;
		case '\f': *d++ = 'f'; break;
		default:
			*d++ = 'u';
			*d++ = '0';
			*d++ = '0';
			*d++ = hex[c >> 4];
			*d++ = hex[c & 15];
		}
	}
	*d++ = '"';
	b->len += (size_t)(d - start);
}

/* Before a value inside compact text: the comma, unless first or keyed. */
static void
compact_sep(struct json_reader *r)
{
	if (r->after_key)
		r->after_key = 0;
	else if (!r->first)
		add(&r->text, ",", 1);
	r->first = 0;
}

/* A scalar: a field of its own, or a piece of compact text. */
static int
scalar(struct json_reader *r, enum json_type type, const char *text,
    size_t n, const char *what)
{
	struct slot *s;

	if (r->depth == 0)
		return top_level(r, what);
	if (r->compact > 0) {
		compact_sep(r);
		if (type == JSON_STRING)
			add_json_string(&r->text, (const unsigned char *)text,
			    n);
		else
			add(&r->text, text, n);
		return 1;
	}
	s = new_slot(r, type);
	s->val = add_piece(&r->text, text, n);
	s->vallen = n;
	return 1;
}

static int
on_null(void *ctx)
{
	return scalar(ctx, JSON_NULL, "null", 4, "null");
}

static int
on_boolean(void *ctx, int v)
{
	return v ? scalar(ctx, JSON_TRUE, "true", 4, "true") :
	    scalar(ctx, JSON_FALSE, "false", 5, "false");
}

static int
on_number(void *ctx, const char *s, size_t n)
{
	return scalar(ctx, JSON_NUMBER, s, n, "a number");
}

static int
on_string(void *ctx, const unsigned char *s, size_t n)
{
	if (!utf8_valid((const char *)s, n))
		return fail(ctx, "invalid UTF-8 in a string");
	return scalar(ctx, JSON_STRING, (const char *)s, n, "a string");
}

static int
on_map_key(void *ctx, const unsigned char *k, size_t n)
{
	struct json_reader *r = ctx;

	if (!utf8_valid((const char *)k, n))
		return fail(r, "invalid UTF-8 in a key");
	if (r->compact > 0) {
		compact_sep(r);
		add_json_string(&r->text, k, n);
		add(&r->text, ":", 1);
		r->after_key = 1;
		return 1;
	}
	r->key = r->text.len;
	r->keylen = r->path.len + n;
	if (r->path.len > 0)
		add(&r->text, r->path.data, r->path.len);
	add_piece(&r->text, k, n);
	return 1;
}

/* Opening a container: depth checks shared by objects and arrays. */
static int
open_ok(struct json_reader *r)
{
	if (r->depth >= JSON_R_MAX_DEPTH) {
		snprintf(r->errbuf, sizeof r->errbuf,
		    "nested deeper than %d levels", JSON_R_MAX_DEPTH);
		return fail(r, r->errbuf);
	}
	r->depth++;
	return 1;
}

/* A container kept whole as compact text, or one more level of it. */
static int
open_compact(struct json_reader *r, enum json_type type, char bracket)
{
	if (r->compact == 0) {
		r->compact_val = r->text.len;
		r->compact_type = type;
		r->after_key = 0;
	} else
		compact_sep(r);
	r->compact++;
	r->first = 1;
	add(&r->text, &bracket, 1);
	return 1;
}

static int
close_compact(struct json_reader *r, char bracket)
{
	struct slot *s;

	add(&r->text, &bracket, 1);
	r->first = 0;
	r->depth--;
	if (--r->compact > 0)
		return 1;
	s = new_slot(r, r->compact_type);
	s->val = r->compact_val;
	s->vallen = r->text.len - r->compact_val;
	r->text.len++;		/* keep the NUL add() wrote */
	return 1;
}

static int
on_start_map(void *ctx)
{
	struct json_reader *r = ctx;
	struct level *l;

	if (r->depth == 0 && r->done)
		return top_level(r, "an object");
	if (!open_ok(r))
		return 0;
	if (r->compact > 0 || (r->depth > 1 &&
	    (r->flags & JSON_R_KEEP_OBJECTS)))
		return open_compact(r, JSON_OBJECT, '{');
	l = &r->levels[r->nflat++];
	l->key = r->key;
	l->keylen = r->keylen;
	l->pathlen = r->path.len;
	l->nslots = r->nslots;
	if (r->depth > 1) {
		/* The key already starts with the path: add the rest. */
		add(&r->path, r->text.data + r->key + r->path.len,
		    r->keylen - r->path.len);
		add(&r->path, ".", 1);
	}
	return 1;
}

static int
on_end_map(void *ctx)
{
	struct json_reader *r = ctx;
	struct level *l;
	struct slot *s;

	if (r->compact > 0)
		return close_compact(r, '}');
	l = &r->levels[--r->nflat];
	r->path.len = l->pathlen;
	if (--r->depth == 0) {
		r->done = 1;
		return 1;
	}
	if (r->nslots == l->nslots) {
		/* {} leaves no dotted key behind: keep it as a value. */
		r->key = l->key;
		r->keylen = l->keylen;
		s = new_slot(r, JSON_OBJECT);
		s->val = add_piece(&r->text, "{}", 2);
		s->vallen = 2;
	}
	return 1;
}

static int
on_start_array(void *ctx)
{
	struct json_reader *r = ctx;

	if (r->depth == 0)
		return top_level(r, "an array");
	if (!open_ok(r))
		return 0;
	return open_compact(r, JSON_ARRAY, '[');
}

static int
on_end_array(void *ctx)
{
	return close_compact(ctx, ']');
}

static const yajl_callbacks callbacks = {
	on_null,
	on_boolean,
	NULL,
	NULL,
	on_number,
	on_string,
	on_start_map,
	on_map_key,
	on_end_map,
	on_start_array,
	on_end_array,
};

static void
new_handle(struct json_reader *r)
{
	if (r->h != NULL)
		yajl_free(r->h);
	r->h = yajl_alloc(&callbacks, NULL, r);
	if (r->h == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	yajl_config(r->h, yajl_allow_multiple_values, 1);
	/* utf8_valid() checks strings: yajl lets overlong forms through. */
	yajl_config(r->h, yajl_dont_validate_strings, 1);
}

struct json_reader *
json_r_new(int flags)
{
	struct json_reader *r = xcalloc(1, sizeof *r);

	r->flags = flags;
	new_handle(r);
	return r;
}

void
json_r_free(struct json_reader *r)
{
	if (r == NULL)
		return;
	yajl_free(r->h);
	buf_free(&r->text);
	buf_free(&r->path);
	free(r->slots);
	free(r->fields);
	free(r);
}

const char *
json_r_error(const struct json_reader *r)
{
	return r->error != NULL ? r->error : "no error";
}

/* yajl's own message, "lexical error: invalid char in json text.\n". */
static void
keep_yajl_error(struct json_reader *r, size_t at)
{
	unsigned char *msg = yajl_get_error(r->h, 0, NULL, 0);
	const char *text = msg != NULL ? (const char *)msg : "malformed";
	const char *colon = strstr(text, ": ");
	size_t n;

	if (colon != NULL)
		text = colon + 2;
	n = strcspn(text, ".\n");
	snprintf(r->errbuf, sizeof r->errbuf, "invalid JSON at byte %zu: %.*s",
	    at, (int)n, text);
	r->error = r->errbuf;
	if (msg != NULL)
		yajl_free_error(r->h, msg);
}

/* The reasons a parse that yajl did not refuse is still not a record. */
static void
keep_own_error(struct json_reader *r)
{
	if (r->depth > 0)
		r->error = "truncated JSON: the object is not closed";
	else
		r->error = "no JSON object on the line";
}

static void
hand_out(struct json_reader *r)
{
	struct json_field *f;
	const struct slot *s;
	size_t i;

	if (r->nslots > r->fieldcap) {
		r->fieldcap = r->slotcap;
		free(r->fields);
		r->fields = xmalloc(r->fieldcap * sizeof *r->fields);
	}
	for (i = 0; i < r->nslots; i++) {
		s = &r->slots[i];
		f = &r->fields[i];
		f->key = r->text.data + s->key;
		f->keylen = s->keylen;
		f->val = r->text.data + s->val;
		f->vallen = s->vallen;
		f->type = s->type;
	}
}

long
json_r_parse(struct json_reader *r, const char *line, size_t len,
    const struct json_field **fields)
{
	yajl_status st;
	int at_end = 0;		/* yajl is reading the newline after the line */

	r->text.len = r->path.len = 0;
	r->nslots = 0;
	r->depth = r->nflat = r->compact = 0;
	r->done = 0;
	r->error = NULL;
	st = yajl_parse(r->h, (const unsigned char *)line, len);
	if (st == yajl_status_ok) {
		at_end = 1;
		st = yajl_parse(r->h, (const unsigned char *)"\n", 1);
	}
	if (st == yajl_status_ok && r->done) {
		hand_out(r);
		*fields = r->fields;
		return (long)r->nslots;
	}
	if (st == yajl_status_error && at_end)
		r->error = "truncated JSON: the line ends inside a value";
	else if (st == yajl_status_error)
		keep_yajl_error(r, yajl_get_bytes_consumed(r->h));
	else if (st == yajl_status_ok)
		keep_own_error(r);
	new_handle(r);
	r->nslots = 0;
	*fields = NULL;
	return -1;
}

const struct json_field *
json_r_find(const struct json_reader *r, const char *key)
{
	size_t n = strlen(key), i;

	for (i = r->nslots; i-- > 0;)
		if (r->fields[i].keylen == n &&
		    memcmp(r->fields[i].key, key, n) == 0)
			return &r->fields[i];
	return NULL;
}

int
json_blank(const char *line, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return 0;
	return 1;
}
