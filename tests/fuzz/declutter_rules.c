/*
 * declutter_rules: a rules file of any bytes (up to the first NUL) added
 * to the built-in lexicon as --rules would, then, when it compiles, a
 * page (the bytes after the NUL) decided with it.  A bad rule must be an
 * error, never a crash; the user's rules are forgotten after each input.
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

	page_read(p, d);
	page_decide(p);
	emit_page(p, EMIT_EXPLAIN, NULL);
	return 0;
}

static void
add_rule_line(const char *line, size_t len, long lineno, void *arg)
{
	int *ok = arg;
	struct rule_error e;

	if (*ok && lexicon_add_line(line, len, "rules", lineno, 1, &e) < 0)
		*ok = 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct page page;
	static int ready;
	struct rule_error e;
	const uint8_t *nul;
	const char *text;
	size_t len, rules;
	int ok = 1;

	if (!ready) {
		fuzz_quiet("declutter");
		if ((text = embedded_file("boilerplate", &len)) == NULL ||
		    lexicon_add_text(text, len, "boilerplate", 0, &e) < 0 ||
		    lexicon_compile(&e) < 0)
			abort();
		date_init();
		meta_init();
		ready = 1;
	}
	nul = memchr(data, '\0', size);
	rules = nul != NULL ? (size_t)(nul - data) : size;
	fuzz_lines(data, rules, add_rule_line, &ok);
	if (ok && lexicon_compile(&e) == 0 && nul != NULL)
		fuzz_doc(nul + 1, size - rules - 1, run, &page);
	lexicon_forget_user();
	return 0;
}
