/* record.c: one page a JSON Lines record (see record.h). */
#include <string.h>

#include "block.h"
#include "buf.h"
#include "corpus.h"
#include "doc.h"
#include "json_read.h"
#include "meta.h"
#include "page.h"
#include "record.h"

/* Split a page held in one string into the page's lines. */
static void
load_page(struct page *p, const char *s, size_t n, const char *file,
    long lineno)
{
	struct text_lines t;
	const char *line;
	size_t len;

	page_clear(p);
	p->file = file;
	text_lines_init(&t, s, n);
	while (text_lines_next(&t, &line, &len, NULL))
		page_add(p, line, len, lineno);
}

int
record_run(const struct corpus_rec *r, void *arg)
{
	/* Records may run on several threads: one page each. */
	static _Thread_local struct page page;
	static _Thread_local struct buf text;
	const struct record_opts *o = arg;
	struct corpus_add add[META_NKEYS];
	const struct json_field *had;
	struct meta m;
	size_t title, nadd = 0;
	int k;

	load_page(&page, r->text->val, r->text->vallen, r->doc->file,
	    r->lineno);
	title = page_decide(&page);
	buf_reset(&text);
	emit_page(&page, o->mode, &text);
	if (!o->meta) {
		corpus_write(r, text.data, text.len, NULL, 0);
		return 0;
	}
	meta_find(&page, title, &m);
	for (k = 0; k < META_NKEYS; k++) {
		/* A value the record had (a crawler's date) stays unless the
		 * page gave one. */
		had = corpus_field(r, meta_keys[k]);
		if (m.value[k] == NULL && had != NULL && had->type != JSON_NULL)
			continue;
		add[nadd].key = meta_keys[k];
		add[nadd].val = m.value[k];
		add[nadd++].len = m.len[k];
	}
	corpus_write(r, text.data, text.len, add, nadd);
	return 0;
}
