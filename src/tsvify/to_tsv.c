/*
 * to_tsv.c: JSON Lines records to TSV rows under one header.
 *
 * The columns are the -f paths, or the keys of the first record.  Every
 * key met is kept in one hash table, columns first, so a key's index
 * below the column count is its column.  Records of one stream mostly
 * repeat the same keys in the same order, so the key found at each
 * position last time is tried first, and costs one comparison.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "json_read.h"
#include "msg.h"
#include "out.h"
#include "reader.h"
#include "tsvify.h"
#include "util.h"

struct table {
	struct json_reader	 *jr;
	struct keys		 *keys;	/* columns, then every other key */
	size_t			  ncols;
	int			  fixed;	/* columns known, header out */
	const struct json_field	**row;	/* per column, NULL when missing */
	long			 *last;	/* key index at each position */
	size_t			  nlast;
	struct buf		  line;
};

static void
end_line(struct table *t)
{
	if (opt.crlf)
		buf_add(&t->line, "\r", 1);
	out_write(t->line.data, t->line.len);
	out_endline();
}

static void
write_header(struct table *t)
{
	const char *name;
	size_t c, len;

	t->fixed = 1;
	t->row = xcalloc(t->ncols, sizeof *t->row);
	if (opt.no_header)
		return;
	buf_reset(&t->line);
	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			buf_add(&t->line, "\t", 1);
		name = keys_name(t->keys, (long)c, &len);
		cell_write(&t->line, name, len, opt.quoting);
	}
	end_line(t);
}

struct table *
table_new(void)
{
	struct table *t = xcalloc(1, sizeof *t);
	size_t i;

	t->jr = json_r_new(0);
	t->keys = keys_new();
	for (i = 0; i < opt.nfields; i++)
		keys_add(t->keys, opt.fields[i], strlen(opt.fields[i]));
	t->ncols = keys_count(t->keys);
	if (opt.nfields > 0)
		write_header(t);
	return t;
}

void
table_free(struct table *t)
{
	if (t == NULL)
		return;
	json_r_free(t->jr);
	keys_free(t->keys);
	free(t->row);
	free(t->last);
	buf_free(&t->line);
	free(t);
}

/* The columns of the first record: its keys, in order. */
static int
take_columns(struct table *t, struct doc *d, const struct json_field *f,
    long n)
{
	long i;

	for (i = 0; i < n; i++)
		if (memchr(f[i].key, '\0', f[i].keylen) != NULL) {
			bad_input("NUL", d->file, doc_lineno(d),
			    "U+0000 in a key, record skipped");
			return -1;
		}
	for (i = 0; i < n; i++)
		keys_add(t->keys, f[i].key, f[i].keylen);
	t->ncols = keys_count(t->keys);
	write_header(t);
	return 0;
}

/* A key not seen before: not a column, reported once without -f. */
static long
new_key(struct table *t, struct doc *d, const struct json_field *f)
{
	long k = keys_add(t->keys, f->key, f->keylen);

	if (opt.nfields == 0)
		bad_input("new key", d->file, doc_lineno(d),
		    "key '%.*s' is not a column (not in the first record), "
		    "its values dropped", f->keylen > 200 ? 200 : (int)f->keylen,
		    f->key);
	return k;
}

static long
key_index(struct table *t, struct doc *d, const struct json_field *f,
    size_t pos)
{
	const char *name;
	size_t len;
	long k;

	if (pos < t->nlast && t->last[pos] >= 0) {
		name = keys_name(t->keys, t->last[pos], &len);
		if (len == f->keylen && memcmp(name, f->key, len) == 0)
			return t->last[pos];
	}
	if ((k = keys_find(t->keys, f->key, f->keylen)) < 0)
		k = new_key(t, d, f);
	if (pos >= t->nlast) {
		t->last = xrealloc(t->last, (pos + 1) * sizeof *t->last);
		while (t->nlast <= pos)
			t->last[t->nlast++] = -1;
	}
	t->last[pos] = k;
	return k;
}

static void
fill_row(struct table *t, struct doc *d, const struct json_field *f, long n)
{
	long i, k;

	memset(t->row, 0, t->ncols * sizeof *t->row);
	for (i = 0; i < n; i++) {
		k = key_index(t, d, &f[i], (size_t)i);
		if (k >= 0 && (size_t)k < t->ncols)
			t->row[k] = &f[i];
	}
}

/* Room for the row: each value at its longest, a TAB, a CR LF. */
static size_t
row_room(const struct table *t)
{
	const struct json_field *f;
	size_t c, room = 2;

	for (c = 0; c < t->ncols; c++) {
		f = t->row[c];
		room += 1 + opt.nulllen + (f != NULL ? CELL_ROOM(f->vallen) : 0);
	}
	return room;
}

static int
write_row(struct table *t)
{
	const struct json_field *f;
	char *d = buf_reserve(&t->line, row_room(t));
	size_t c;

	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			*d++ = '\t';
		f = t->row[c];
		if (f == NULL || f->type == JSON_NULL) {
			memcpy(d, opt.null, opt.nulllen);
			d += opt.nulllen;
		} else if (f->type == JSON_NUMBER || f->type == JSON_TRUE ||
		    f->type == JSON_FALSE) {
			memcpy(d, f->val, f->vallen);
			d += f->vallen;
		} else if ((d = cell_put(d, f->val, f->vallen,
		    opt.quoting)) == NULL)
			return -1;
	}
	t->line.len = (size_t)(d - t->line.data);
	end_line(t);
	return 0;
}

static void
add_line(struct table *t, struct doc *d, const char *line, size_t len)
{
	const struct json_field *f;
	long n;

	if ((n = json_r_parse(t->jr, line, len, &f)) < 0) {
		bad_input("malformed JSON", d->file, doc_lineno(d),
		    "%s, line skipped", json_r_error(t->jr));
		return;
	}
	if (!t->fixed && take_columns(t, d, f, n) < 0)
		return;
	fill_row(t, d, f, n);
	buf_reset(&t->line);
	if (write_row(t) < 0)
		bad_input("NUL", d->file, doc_lineno(d),
		    "U+0000 in a string, record skipped");
}

int
table_add_document(struct doc *d, void *arg)
{
	const char *line;
	ssize_t len;

	size_t bom;

	while ((len = doc_getline(d, &line)) != READER_EOF) {
		if (len < 0)
			continue;
		bom = bom_length(line, (size_t)len, doc_lineno(d));
		if (!json_blank(line + bom, (size_t)len - bom))
			add_line(arg, d, line + bom, (size_t)len - bom);
	}
	return 0;
}
