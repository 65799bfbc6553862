/* corpus.c: corpus mode, one document a JSON Lines record (see corpus.h). */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "doc.h"
#include "json.h"
#include "json_read.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "pool.h"
#include "reader.h"
#include "util.h"

/*
 * One of each a thread for the whole run: their buffers grow once, not
 * per line.
 */
static _Thread_local struct json_reader	*reader;
static _Thread_local struct json_b	 writer;
static _Thread_local struct buf		 where;	/* "NAME:LINE" of a record */

static const char *
type_name(enum json_type t)
{
	switch (t) {
	case JSON_NULL:
		return "null";
	case JSON_FALSE:
	case JSON_TRUE:
		return "a boolean";
	case JSON_NUMBER:
		return "a number";
	case JSON_STRING:
		return "a string";
	case JSON_ARRAY:
		return "an array";
	case JSON_OBJECT:
		return "an object";
	}
	return "a value";
}

/* The line as it came, bytes unchanged. */
static void
pass_through(const char *s, size_t n)
{
	out_write(s, n);
	out_endline();
}

const struct json_field *
corpus_field(const struct corpus_rec *r, const char *key)
{
	size_t n = strlen(key);
	long i;

	/* The last of the name wins, as in most JSON readers (jq too). */
	for (i = r->nfields; i-- > 0;)
		if (r->fields[i].keylen == n &&
		    memcmp(r->fields[i].key, key, n) == 0)
			return &r->fields[i];
	return NULL;
}

/* The id as written, or where the record is when it has none. */
static const char *
name_of(const struct corpus_rec *r)
{
	const struct json_field *id = corpus_field(r, common.id_field);
	char num[32];

	if (id != NULL && (id->type == JSON_STRING || id->type == JSON_NUMBER))
		return id->val;
	buf_reset(&where);
	buf_adds(&where, r->doc->name);
	snprintf(num, sizeof num, ":%ld", r->lineno);
	buf_adds(&where, num);
	return where.data;
}

/* Whether the record holds a text to work on; if not, say so. */
static int
find_text(struct corpus_rec *r, int flags, const char *line, size_t n)
{
	const char *then = flags & CORPUS_PASS_NOTEXT ? "passed through" :
	    "skipped";

	r->text = corpus_field(r, common.text_field);
	if (r->text != NULL && r->text->type == JSON_STRING)
		return 1;
	if (r->text == NULL)
		bad_input("no text field", r->doc->file, r->lineno,
		    "no field '%s', %s", common.text_field, then);
	else
		bad_input("no text field", r->doc->file, r->lineno,
		    "field '%s' is %s, not a string, %s", common.text_field,
		    type_name(r->text->type), then);
	if (flags & CORPUS_PASS_NOTEXT)
		pass_through(line, n);
	return 0;
}

size_t
corpus_bom(const char *line, size_t len, long lineno)
{
	return lineno == 1 && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0 ?
	    3 : 0;
}

/* The record on line lineno of d, s[0..n): to fn, or bad input. */
static int
corpus_line(struct doc *d, long lineno, const char *s, size_t n, int flags,
    corpus_fn fn, void *arg)
{
	struct corpus_rec r;
	size_t bom;

	if (reader == NULL) {
		/* Nested objects stay whole, to be written back as they were. */
		reader = json_r_new(JSON_R_KEEP_OBJECTS);
	}
	memset(&r, 0, sizeof r);
	r.doc = d;
	r.lineno = lineno;
	bom = corpus_bom(s, n, r.lineno);
	s += bom;
	n -= bom;
	if (json_blank(s, n))
		return 0;
	r.nfields = json_r_parse(reader, s, n, &r.fields);
	if (r.nfields < 0) {
		bad_input("not a JSON object", d->file, r.lineno,
		    "not a JSON object (%s), %s", json_r_error(reader),
		    flags & CORPUS_PASS_BAD ? "passed through" : "skipped");
		if (flags & CORPUS_PASS_BAD)
			pass_through(s, n);
		return 0;
	}
	if (!find_text(&r, flags, s, n))
		return 0;
	r.name = name_of(&r);
	return fn(&r, arg);
}

/*
 * Corpus mode on worker threads: the lines of an input in batches of
 * about BATCH_BYTES, each a job of the pool (pool.h) that runs its
 * records in order.  A batch is handed over once full: a few records,
 * whose running costs much more than handing them over.  The ring of
 * POOL_RING batches is most of the memory held; 128 KB runs as fast as
 * 256 KB and holds a megabyte less.
 */
#define BATCH_BYTES	(128 * 1024)

struct batch {
	struct doc	 doc;		/* its input: file and name only */
	int		 flags;
	struct buf	 text;		/* the lines, one after another */
	size_t		*ends;		/* where each ends in text */
	long		*linenos;
	size_t		 nlines, cap;
};

static struct {
	int		 threads;
	void		 (*ready)(void);
	corpus_fn	 fn;
	void		*arg;
	struct pool	*pool;
	void		**all;		/* the batches, pool_jobs() */
	int		 nall;
	struct batch	*now;		/* being filled */
} cp;

static void
run_batch(void *job)
{
	struct batch *b = job;
	size_t i, from = 0;

	for (i = 0; i < b->nlines; i++) {
		corpus_line(&b->doc, b->linenos[i], b->text.data + from,
		    b->ends[i] - from, b->flags, cp.fn, cp.arg);
		from = b->ends[i];
	}
}

void
corpus_threads(int threads, void (*ready)(void))
{
	if (threads < 2)
		return;
	cp.threads = threads;
	cp.ready = ready;
	cp.nall = POOL_RING(threads);
	cp.all = pool_jobs(cp.nall, sizeof(struct batch));
}

static void
start_batch(struct batch *b, const struct doc *d, int flags)
{
	b->doc.r = NULL;
	b->doc.file = d->file;
	b->doc.name = d->name;
	b->flags = flags;
	b->text.len = 0;
	b->nlines = 0;
	cp.now = b;
}

/* The batch being filled, to a worker; the pool started if need be. */
static void
hand_over(const struct doc *d, int flags)
{
	if (cp.pool == NULL) {
		if (cp.ready != NULL)
			cp.ready();
		cp.pool = pool_new(cp.threads, cp.all, cp.nall,
		    run_batch, NULL);
	}
	pool_give(cp.pool, cp.now);
	start_batch(pool_take(cp.pool), d, flags);
}

static void
add_line(struct batch *b, long lineno, const char *s, size_t n)
{
	if (b->nlines == b->cap) {
		grow_items(&b->ends, &b->cap, b->nlines, sizeof *b->ends, 64);
		b->linenos = xrealloc(b->linenos, b->cap * sizeof *b->linenos);
	}
	buf_add(&b->text, s, n);
	b->ends[b->nlines] = b->text.len;
	b->linenos[b->nlines++] = lineno;
}

/* The records of d in batches; all of them written on return. */
static void
foreach_on_threads(struct doc *d, int flags)
{
	const char *s;
	ssize_t n;

	start_batch(cp.pool != NULL ? pool_take(cp.pool) : cp.all[0], d,
	    flags);
	while ((n = doc_getline(d, &s)) != READER_EOF) {
		if (n == READER_TOOLONG)
			continue;
		add_line(cp.now, doc_lineno(d), s, (size_t)n);
		if (cp.now->text.len >= BATCH_BYTES)
			hand_over(d, flags);
	}
	if (cp.pool == NULL) {
		/* Smaller than a batch: no thread is started for it. */
		run_batch(cp.now);
		return;
	}
	pool_give(cp.pool, cp.now);
	pool_drain(cp.pool);
}

int
corpus_foreach(struct doc *d, int flags, corpus_fn fn, void *arg)
{
	const char *s;
	ssize_t n;

	if (cp.threads > 1) {
		cp.fn = fn;
		cp.arg = arg;
		foreach_on_threads(d, flags);
		return 0;
	}
	while ((n = doc_getline(d, &s)) != READER_EOF)
		if (n != READER_TOOLONG && corpus_line(d, doc_lineno(d), s,
		    (size_t)n, flags, fn, arg) != 0)
			return 1;
	return 0;
}

static void
write_value(const struct json_field *f)
{
	switch (f->type) {
	case JSON_NULL:
		json_b_null(&writer);
		break;
	case JSON_FALSE:
		json_b_json(&writer, "false", 5);
		break;
	case JSON_TRUE:
		json_b_json(&writer, "true", 4);
		break;
	case JSON_STRING:
		json_b_string(&writer, f->val, f->vallen);
		break;
	case JSON_NUMBER:
	case JSON_ARRAY:
	case JSON_OBJECT:
		/* Text that is JSON already: copied as it is. */
		json_b_json(&writer, f->val, f->vallen);
		break;
	}
}

static int
is_added(const struct json_field *f, const struct corpus_add *add,
    size_t nadd)
{
	size_t k;

	for (k = 0; k < nadd; k++)
		if (strlen(add[k].key) == f->keylen &&
		    memcmp(add[k].key, f->key, f->keylen) == 0)
			return 1;
	return 0;
}

void
corpus_write(const struct corpus_rec *r, const char *text, size_t len,
    const struct corpus_add *add, size_t nadd)
{
	const struct json_field *f;
	size_t k;
	long i;

	if (text == NULL)
		text = "";	/* an empty buffer never written to */
	json_b_begin(&writer);
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		/* An added field named like the text does not replace it. */
		if (f != r->text && is_added(f, add, nadd))
			continue;
		json_b_key(&writer, f->key, f->keylen);
		if (f == r->text)
			json_b_string(&writer, text, len);
		else
			write_value(f);
	}
	for (k = 0; k < nadd; k++) {
		json_b_key(&writer, add[k].key, strlen(add[k].key));
		if (add[k].val != NULL)
			json_b_string(&writer, add[k].val, add[k].len);
		else
			json_b_null(&writer);
	}
	json_b_write(&writer);
}
