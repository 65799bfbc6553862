/* corpus.c: JSON Lines in and out, one page a record. */
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "doc.h"
#include "json.h"
#include "json_read.h"
#include "meta.h"
#include "msg.h"
#include "out.h"
#include "page.h"
#include "reader.h"

static struct json_reader	*reader;
static struct json_writer	*writer;
static struct buf		 text;

/* Split a page held in one string into the page's lines. */
static void
load_page(struct page *p, const char *s, size_t n, const char *file,
    long lineno)
{
	const char *e = s + n, *eol;

	page_clear(p);
	p->file = file;
	for (; s <= e; s = eol + 1) {
		if ((eol = memchr(s, '\n', e - s)) == NULL)
			eol = e;
		if (eol == e && s == e && p->nlines > 0)
			break;
		page_add(p, s, eol - s, lineno);
	}
}

static int
is_meta_key(const char *k)
{
	int i;

	for (i = 0; i < META_NKEYS; i++)
		if (strcmp(k, meta_keys[i]) == 0)
			return 1;
	return 0;
}

static void
write_value(const struct json_field *f)
{
	switch (f->type) {
	case JSON_NULL:
		json_w_null(writer);
		break;
	case JSON_FALSE:
	case JSON_TRUE:
		json_w_bool(writer, f->type == JSON_TRUE);
		break;
	case JSON_STRING:
		json_w_string(writer, f->val, f->vallen);
		break;
	case JSON_NUMBER:
	case JSON_ARRAY:
	case JSON_OBJECT:
		/* numbers, arrays and objects go out as they came in */
		json_w_number(writer, f->val, f->vallen);
		break;
	}
}

static void
write_record(const struct json_field *fields, long n, const struct page *p,
    const struct corpus *c, size_t title)
{
	struct meta m;
	long i;
	int k;

	json_w_begin_object(writer);
	for (i = 0; i < n; i++) {
		if (c->meta && is_meta_key(fields[i].key))
			continue;
		json_w_key(writer, fields[i].key);
		if (strcmp(fields[i].key, c->text_field) == 0)
			json_w_string(writer, text.data, text.len);
		else
			write_value(&fields[i]);
	}
	if (c->meta) {
		meta_find(p, title, &m);
		for (k = 0; k < META_NKEYS; k++) {
			json_w_key(writer, meta_keys[k]);
			if (m.value[k] != NULL)
				json_w_string(writer, m.value[k], m.len[k]);
			else
				json_w_null(writer);
		}
	}
	json_w_end_object(writer);
	json_w_end_record(writer);
}

static void
pass_through(const char *s, size_t n)
{
	out_write(s, n);
	out_endline();
}

void
corpus_run(struct doc *d, struct page *p, const struct corpus *c)
{
	const struct json_field *fields;
	const char *s;
	ssize_t n;
	long nf, i;
	size_t title;

	if (reader == NULL) {
		reader = json_r_new(JSON_R_KEEP_OBJECTS);
		writer = json_w_new();
	}
	while ((n = doc_getline(d, &s)) != READER_EOF) {
		if (n == READER_TOOLONG || json_blank(s, n))
			continue;
		if ((nf = json_r_parse(reader, s, n, &fields)) < 0) {
			bad_input("not a JSON object", d->file, doc_lineno(d),
			    "not a JSON object (%s), passed through",
			    json_r_error(reader));
			pass_through(s, n);
			continue;
		}
		for (i = 0; i < nf; i++)
			if (fields[i].type == JSON_STRING &&
			    strcmp(fields[i].key, c->text_field) == 0)
				break;
		if (i == nf) {
			bad_input("no text field", d->file, doc_lineno(d),
			    "no string field '%s', passed through",
			    c->text_field);
			pass_through(s, n);
			continue;
		}
		load_page(p, fields[i].val, fields[i].vallen, d->file,
		    doc_lineno(d));
		title = c->decide(p);
		buf_reset(&text);
		emit_page(p, c->mode, &text);
		write_record(fields, nf, p, c, title);
	}
}
