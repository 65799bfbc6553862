/* page.c: reading a document into trimmed lines, in memory reused. */
#include <string.h>

#include "doc.h"
#include "opts.h"
#include "page.h"
#include "reader.h"
#include "spread.h"
#include "msg.h"
#include "utf8.h"
#include "util.h"

/* Length of the space character (line_space) at s[0..n), n > 0, or 0. */
static size_t
space_at(const unsigned char *s, size_t n)
{
	uint32_t c;
	int k = utf8_decode(s, n, &c);

	return k > 0 && line_space((int32_t)c) ? (size_t)k : 0;
}

/* Length of the space character that ends s[0..n), n > 0, or 0. */
static size_t
space_before(const unsigned char *s, size_t n)
{
	size_t i = utf8_start(s, n - 1);

	return space_at(s + i, n - i) == n - i ? n - i : 0;
}

void
page_clear(struct page *p)
{
	p->textlen = 0;
	p->nlines = 0;
	p->maxwidth = 0;
	p->start = p->end = 0;
}

void
page_add(struct page *p, const char *raw, size_t n, long lineno)
{
	const unsigned char *s = (const unsigned char *)raw;
	struct line *l;
	size_t k;

	while (n > 0 && (k = space_at(s, n)) > 0) {
		s += k;
		n -= k;
	}
	while (n > 0 && (k = space_before(s, n)) > 0)
		n -= k;
	grow_ready(&p->lines, &p->linecap, &p->linesready, (p->nlines + 1) *
	    sizeof *p->lines);
	grow_ready(&p->text, &p->textcap, &p->textready, p->textlen + n + 1);
	l = &p->lines[p->nlines++];
	memset(l, 0, sizeof *l);
	l->off = p->textlen;
	l->len = n;
	l->lineno = lineno;
	l->rule = -1;
	if (n == 0)
		l->flags = L_BLANK;
	memcpy(p->text + p->textlen, s, n);
	p->textlen += n;
	p->text[p->textlen++] = '\0';
}

int
page_read(struct page *p, struct doc *d)
{
	const char *s;
	ssize_t n;

	page_clear(p);
	p->file = d->file;
	while ((n = doc_getline(d, &s)) != READER_EOF) {
		if (n == READER_TOOLONG)
			continue;
		page_add(p, s, (size_t)n, doc_lineno(d));
		spread_ready(p->textlen);
		if (p->textlen >= common.max_bytes) {
			bad_input("document too long", d->file, doc_lineno(d),
			    "document longer than --max-bytes (%zu bytes), "
			    "read in parts", common.max_bytes);
			return 1;
		}
	}
	return 0;
}
