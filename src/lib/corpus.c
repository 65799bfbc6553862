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
#include "reader.h"

/* One of each for the whole run: their buffers grow once, not per line. */
static struct json_reader	*reader;
static struct json_b		 writer;
static struct buf		 where;		/* "NAME:LINE" of a record */

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

int
corpus_foreach(struct doc *d, int flags, corpus_fn fn, void *arg)
{
	struct corpus_rec r;
	const char *s;
	ssize_t n;
	size_t bom;

	if (reader == NULL) {
		/* Nested objects stay whole, to be written back as they were. */
		reader = json_r_new(JSON_R_KEEP_OBJECTS);
	}
	memset(&r, 0, sizeof r);
	r.doc = d;
	while ((n = doc_getline(d, &s)) != READER_EOF) {
		if (n == READER_TOOLONG)
			continue;
		r.lineno = doc_lineno(d);
		bom = corpus_bom(s, (size_t)n, r.lineno);
		s += bom;
		n -= (ssize_t)bom;
		if (json_blank(s, (size_t)n))
			continue;
		r.nfields = json_r_parse(reader, s, (size_t)n, &r.fields);
		if (r.nfields < 0) {
			bad_input("not a JSON object", d->file, r.lineno,
			    "not a JSON object (%s), %s", json_r_error(reader),
			    flags & CORPUS_PASS_BAD ? "passed through" :
			    "skipped");
			if (flags & CORPUS_PASS_BAD)
				pass_through(s, (size_t)n);
			continue;
		}
		if (!find_text(&r, flags, s, (size_t)n))
			continue;
		r.name = name_of(&r);
		if (fn(&r, arg) != 0)
			return 1;
	}
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
