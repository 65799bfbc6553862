/*
 * declutter_page: one page of any bytes through declutter's decision
 * with --meta, then written as the article, as -v and as --explain.
 */
#include "declutter.h"
#include "declutter/block.h"
#include "declutter/emit.h"
#include "declutter/page.h"

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

	fuzz_declutter_init();
	fuzz_doc(data, size, run, &page);
	return 0;
}
