/*
 * to_jsonl.c: TSV with a header back to JSON Lines, every value a string
 * (or null, for a field equal to the --null text when one was given).
 *
 * Escaped fields are decoded in one left-to-right pass, so "\\t" is a
 * backslash and a t.  With --quote=csv a quoted field may hold line ends:
 * lines are joined until the quotes balance.  A CR before the line end is
 * part of the line end, as no field of ours ends with a bare CR.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "doc.h"
#include "json.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "tsvify.h"
#include "utf8_valid.h"
#include "util.h"

struct cell {
	size_t	 off, len;	/* decoded text in untable.text */
	int	 null;
};

/*
 * Records are written as text: the header's names, the same in every
 * record, are escaped once, and their bytes copied.
 */
struct untable {
	struct buf	 keys;	/* per column its "name", escaped */
	size_t		*keyend; /* where column i's key ends in keys */
	size_t		 ncols;
	struct buf	 text;	/* the current record, decoded */
	struct cell	*cells;
	size_t		 ncells, cellcap;
	struct buf	 rec;	/* a CSV record over several lines */
	struct json_b	 json;	/* the record being written */
};

struct untable *
untable_new(void)
{
	return xcalloc(1, sizeof(struct untable));
}

void
untable_free(struct untable *u)
{
	if (u == NULL)
		return;
	buf_free(&u->keys);
	buf_free(&u->text);
	buf_free(&u->rec);
	buf_free(&u->json.b);
	free(u->keyend);
	free(u->cells);
	free(u);
}

static struct cell *
new_cell(struct untable *u)
{
	struct cell *c;

	grow_items(&u->cells, &u->cellcap, u->ncells, sizeof *u->cells, 16);
	c = &u->cells[u->ncells++];
	c->off = u->text.len;
	c->null = 0;
	return c;
}

static int
is_null(const char *s, size_t n)
{
	return opt.null_given && n == opt.nulllen &&
	    memcmp(s, opt.null, n) == 0;
}

/* An escaped field; returns where the next one starts. */
static size_t
split_escaped(struct untable *u, const char *s, size_t n, size_t pos)
{
	const char *tab = memchr(s + pos, '\t', n - pos);
	size_t end = tab != NULL ? (size_t)(tab - s) : n;
	struct cell *c = new_cell(u);

	c->null = is_null(s + pos, end - pos);
	cell_unescape(&u->text, s + pos, end - pos);
	c->len = u->text.len - c->off;
	return end;
}

/* A CSV field, quoted or not; returns where the next one starts. */
static size_t
split_quoted(struct untable *u, const char *s, size_t n, size_t pos)
{
	struct cell *c = new_cell(u);
	const char *q;
	size_t end;

	if (pos == n || s[pos] != '"') {
		q = memchr(s + pos, '\t', n - pos);
		end = q != NULL ? (size_t)(q - s) : n;
		c->null = is_null(s + pos, end - pos);
		buf_add(&u->text, s + pos, end - pos);
		c->len = u->text.len - c->off;
		return end;
	}
	for (pos++; pos < n; pos += 2) {
		q = memchr(s + pos, '"', n - pos);
		end = q != NULL ? (size_t)(q - s) : n;
		buf_add(&u->text, s + pos, end - pos);
		pos = end;
		if (pos + 1 >= n || s[pos + 1] != '"')
			break;
		buf_add(&u->text, "\"", 1);
	}
	/* Past the closing quote; anything before the TAB is kept as is. */
	pos = pos < n ? pos + 1 : n;
	q = memchr(s + pos, '\t', n - pos);
	end = q != NULL ? (size_t)(q - s) : n;
	buf_add(&u->text, s + pos, end - pos);
	c->len = u->text.len - c->off;
	return end;
}

static void
split(struct untable *u, const char *s, size_t n)
{
	size_t pos = 0;

	buf_reset(&u->text);
	u->ncells = 0;
	for (;;) {
		pos = opt.quoting == QUOTE_CSV ? split_quoted(u, s, n, pos) :
		    split_escaped(u, s, n, pos);
		if (pos == n)
			break;
		pos++;		/* the TAB */
	}
}

/* The cells just split are the names; a name equal to --null is a name. */
static void
take_names(struct untable *u)
{
	const struct cell *c;
	size_t i;

	buf_reset(&u->keys);
	u->keyend = xrealloc(u->keyend, u->ncells * sizeof *u->keyend);
	for (i = 0; i < u->ncells; i++) {
		c = &u->cells[i];
		json_escape(&u->keys, u->text.data + c->off, c->len);
		u->keyend[i] = u->keys.len;
	}
	u->ncols = u->ncells;
}

static void
names_from_fields(struct untable *u)
{
	size_t i;

	buf_reset(&u->text);
	u->ncells = 0;
	for (i = 0; i < opt.nfields; i++) {
		struct cell *c = new_cell(u);

		buf_adds(&u->text, opt.fields[i]);
		c->len = u->text.len - c->off;
	}
	take_names(u);
}

static void
write_record(struct untable *u)
{
	const struct cell *c;
	size_t i, key = 0;

	json_b_begin(&u->json);
	for (i = 0; i < u->ncols; i++) {
		json_b_key_json(&u->json, u->keys.data + key,
		    u->keyend[i] - key);
		key = u->keyend[i];
		c = &u->cells[i];
		if (c->null)
			json_b_null(&u->json);
		else
			json_b_string(&u->json, u->text.data + c->off, c->len);
	}
	json_b_write(&u->json);
}

/* Quotes in s[0..n-1], to tell whether a CSV record goes on. */
static size_t
count_quotes(const char *s, size_t n)
{
	const char *q;
	size_t count = 0;

	while ((q = memchr(s, '"', n)) != NULL) {
		count++;
		n -= (size_t)(q - s) + 1;
		s = q + 1;
	}
	return count;
}

/*
 * The next record: one line, or under --quote=csv as many as it takes
 * to close the quotes.  *lineno is where it started.  -1 at the end.
 */
static ssize_t
next_record(struct untable *u, struct doc *d, const char **rec, long *lineno)
{
	const char *line;
	ssize_t len;
	size_t bom, quotes;

	while ((len = doc_getline(d, &line)) == READER_TOOLONG)
		;
	if (len < 0)
		return -1;
	*lineno = doc_lineno(d);
	bom = corpus_bom(line, (size_t)len, *lineno);
	line += bom;
	len -= (ssize_t)bom;
	if (opt.quoting == QUOTE_CSV &&
	    (quotes = count_quotes(line, (size_t)len)) % 2 != 0) {
		buf_reset(&u->rec);
		buf_add(&u->rec, line, (size_t)len);
		while (quotes % 2 != 0) {
			if ((len = doc_getline(d, &line)) == READER_EOF) {
				bad_input("unclosed quote", d->file, *lineno,
				    "quoted field not closed at the end of "
				    "input, record skipped");
				return -1;
			}
			if (len < 0 || u->rec.len + (size_t)len >
			    common.max_bytes) {
				bad_input("unclosed quote", d->file, *lineno,
				    "quoted field not closed within "
				    "--max-bytes, record skipped");
				return -1;
			}
			buf_add(&u->rec, "\n", 1);
			buf_add(&u->rec, line, (size_t)len);
			quotes += count_quotes(line, (size_t)len);
		}
		line = u->rec.data;
		len = (ssize_t)u->rec.len;
	}
	if (len > 0 && line[len - 1] == '\r')
		len--;
	*rec = line;
	return len;
}

int
untable_add_document(struct doc *d, void *arg)
{
	struct untable *u = arg;
	const char *rec;
	ssize_t len;
	long lineno;
	int header = !opt.no_header;

	if (!header)
		names_from_fields(u);
	while ((len = next_record(u, d, &rec, &lineno)) >= 0) {
		if (!utf8_valid(rec, (size_t)len)) {
			bad_input("invalid UTF-8", d->file, lineno,
			    "invalid UTF-8, line skipped");
			continue;
		}
		split(u, rec, (size_t)len);
		if (header) {
			take_names(u);
			header = 0;
		} else if (u->ncells != u->ncols)
			bad_input("field count", d->file, lineno,
			    "%zu field%s where the header has %zu, line skipped",
			    u->ncells, u->ncells == 1 ? "" : "s", u->ncols);
		else
			write_record(u);
	}
	return 0;
}
