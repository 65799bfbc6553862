/*
 * declutter.h: what declutter's fuzz targets set up once, as declutter's
 * main does before the first page: the built-in lexicon and the date and
 * meta patterns.
 */
#ifndef FUZZ_DECLUTTER_H
#define FUZZ_DECLUTTER_H
#include "fuzz.h"
#include "declutter/date.h"
#include "declutter/lexicon.h"
#include "declutter/meta.h"

static inline void
fuzz_declutter_init(void)
{
	static int ready;
	struct rule_error e;

	if (ready)
		return;
	fuzz_quiet("declutter");
	if (lexicon_add_builtin(&e) < 0 || lexicon_compile(&e) < 0)
		abort();
	date_init();
	meta_init();
	ready = 1;
}
#endif
