/*
 * to_tsv.c: JSON Lines records to TSV rows under one header.
 *
 * The columns are the -f paths, or else every key of the records read
 * ahead (the first AHEAD_RECORDS or AHEAD_BYTES of the first document
 * with records), in the order they first appear; those records are then
 * written under that header.  A key first met later would have no
 * column: that stops tsvify with an error naming it, as dropping its
 * values would lose data.  Every key met is kept in one hash table, columns first, so a key's index
 * below the column count is its column.  Records of one stream mostly
 * repeat the same keys in the same order, so the key found at each
 * position last time is tried first, and costs one comparison.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "doc.h"
#include "json_read.h"
#include "msg.h"
#include "out.h"
#include "reader.h"
#include "tsvify.h"
#include "util.h"

/* How much is read ahead to find the columns without -f. */
#define AHEAD_RECORDS	1000
#define AHEAD_BYTES	(2 << 20)

struct table {
	struct json_reader	 *jr;
	struct keys		 *keys;	/* columns, then every other key */
	size_t			  ncols;
	int			  fixed;	/* columns known, header out */
	const struct json_field	**row;	/* per column, NULL when missing */
	long			 *last;	/* key index at each position */
	size_t			  nlast;
	struct buf		  line;
	struct buf		  ahead;	/* records read ahead, '\n' after each */
	long			 *ahead_lineno;
	size_t			  nahead;
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
	free(t->ahead_lineno);
	buf_free(&t->ahead);
	buf_free(&t->line);
	free(t);
}

static void fix_columns(struct table *, struct doc *);

/*
 * Why a line is no record, as the kind its count is summed under: the
 * reason up to its first ':' ("truncated JSON", "not a JSON object but an
 * array"), so an array and a string are two kinds.
 */
static void
report_bad_line(struct doc *d, long lineno, const char *why)
{
	char kind[64];
	size_t n = strcspn(why, ":");

	snprintf(kind, sizeof kind, "%.*s", (int)n, why);
	bad_input(kind, d->file, lineno, "%s, line skipped", why);
}

/*
 * A record read ahead: its keys become columns, and it waits.  A bad line
 * that --strict makes fatal first lets the records before it out.
 */
static void
read_ahead(struct table *t, struct doc *d, const char *line, size_t len)
{
	const struct json_field *f;
	char why[256];
	long i, n;

	if ((n = json_r_parse(t->jr, line, len, &f)) < 0) {
		/* Writing the records ahead parses them again. */
		snprintf(why, sizeof why, "%s", json_r_error(t->jr));
		if (msg_strict)
			fix_columns(t, d);
		report_bad_line(d, doc_lineno(d), why);
		return;
	}
	for (i = 0; i < n; i++)
		if (memchr(f[i].key, '\0', f[i].keylen) != NULL) {
			if (msg_strict)
				fix_columns(t, d);
			bad_input("NUL", d->file, doc_lineno(d),
			    "U+0000 in a key, record skipped");
			return;
		}
	for (i = 0; i < n; i++)
		if (keys_find(t->keys, f[i].key, f[i].keylen) < 0)
			keys_add(t->keys, f[i].key, f[i].keylen);
	t->ahead_lineno = xrealloc(t->ahead_lineno,
	    (t->nahead + 1) * sizeof *t->ahead_lineno);
	t->ahead_lineno[t->nahead++] = doc_lineno(d);
	buf_add(&t->ahead, line, len);
	buf_addc(&t->ahead, '\n');
}

/* A key met after the columns were fixed. */
static long
new_key(struct table *t, struct doc *d, long lineno,
    const struct json_field *f)
{
	if (opt.nfields == 0) {
		out_flush();	/* the rows before it are sound */
		fatal_at(EXIT_TROUBLE, d->file, lineno,
		    "key '%.*s' is not a column (the columns are the keys of "
		    "the records read first); name the columns with -f",
		    f->keylen > 200 ? 200 : (int)f->keylen, f->key);
	}
	return keys_add(t->keys, f->key, f->keylen);
}

static long
key_index(struct table *t, struct doc *d, long lineno,
    const struct json_field *f, size_t pos)
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
		k = new_key(t, d, lineno, f);
	if (pos >= t->nlast) {
		t->last = xrealloc(t->last, (pos + 1) * sizeof *t->last);
		while (t->nlast <= pos)
			t->last[t->nlast++] = -1;
	}
	t->last[pos] = k;
	return k;
}

static void
fill_row(struct table *t, struct doc *d, long lineno,
    const struct json_field *f, long n)
{
	long i, k;

	memset(t->row, 0, t->ncols * sizeof *t->row);
	for (i = 0; i < n; i++) {
		k = key_index(t, d, lineno, &f[i], (size_t)i);
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
add_line(struct table *t, struct doc *d, long lineno, const char *line,
    size_t len)
{
	const struct json_field *f;
	long n;

	if ((n = json_r_parse(t->jr, line, len, &f)) < 0) {
		report_bad_line(d, lineno, json_r_error(t->jr));
		return;
	}
	fill_row(t, d, lineno, f, n);
	buf_reset(&t->line);
	if (write_row(t) < 0)
		bad_input("NUL", d->file, lineno,
		    "U+0000 in a string, record skipped");
}

/* The columns are known: write the header and the records read ahead. */
static void
fix_columns(struct table *t, struct doc *d)
{
	const char *p = t->ahead.data, *nl;
	size_t i;

	t->ncols = keys_count(t->keys);
	write_header(t);
	for (i = 0; i < t->nahead; i++, p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(t->ahead.data + t->ahead.len - p));
		add_line(t, d, t->ahead_lineno[i], p, (size_t)(nl - p));
	}
	t->nahead = 0;
	buf_free(&t->ahead);
}

int
table_add_document(struct doc *d, void *arg)
{
	struct table *t = arg;
	const char *line;
	ssize_t len;
	size_t bom, n;

	while ((len = doc_getline(d, &line)) != READER_EOF) {
		if (len < 0)
			continue;
		bom = corpus_bom(line, (size_t)len, doc_lineno(d));
		line += bom;
		n = (size_t)len - bom;
		if (json_blank(line, n))
			continue;
		if (t->fixed) {
			add_line(t, d, doc_lineno(d), line, n);
			continue;
		}
		read_ahead(t, d, line, n);
		if (t->nahead == AHEAD_RECORDS || t->ahead.len >= AHEAD_BYTES)
			fix_columns(t, d);
	}
	if (!t->fixed && t->nahead > 0)
		fix_columns(t, d);
	return 0;
}
