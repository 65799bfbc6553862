/*
 * declutter_page: one page of any bytes through declutter's decision
 * with --meta, then written as the article, as -v and as --explain.
 */
#include "fuzz.h"
#include "declutter/block.h"
#include "declutter/date.h"
#include "declutter/emit.h"
#include "declutter/lexicon.h"
#include "declutter/meta.h"
#include "declutter/page.h"
#include "embedded.h"

static int
run(struct doc *d, void *arg)
{
	struct page *p = arg;
	struct meta m;
	size_t title;

	page_read(p, d);
	title = page_decide(p);
	meta_find(p, title, &m);
	emit_meta(&m);
	emit_page(p, EMIT_KEPT, NULL);
	emit_page(p, EMIT_DROPPED, NULL);
	emit_page(p, EMIT_EXPLAIN, NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct page page;
	static int ready;
	struct rule_error e;
	const char *text;
	size_t len;

	if (!ready) {
		fuzz_quiet("declutter");
		if ((text = embedded_file("boilerplate", &len)) == NULL)
			abort();
		if (lexicon_add_text(text, len, "boilerplate", 0, &e) < 0 ||
		    lexicon_compile(&e) < 0)
			abort();
		date_init();
		meta_init();
		ready = 1;
	}
	fuzz_doc(data, size, run, &page);
	return 0;
}
