/*
 * declutter_rules: a rules file of any bytes (up to the first NUL) added
 * to the built-in lexicon as --rules would, then, when it compiles, a
 * page (the bytes after the NUL) decided with it.  A bad rule must be an
 * error, never a crash; the user's rules are forgotten after each input.
 */
#include "declutter.h"
#include "declutter/block.h"
#include "declutter/emit.h"
#include "declutter/page.h"

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
	struct rule_error e;
	const uint8_t *nul;
	size_t rules;
	int ok = 1;

	fuzz_declutter_init();
	nul = memchr(data, '\0', size);
	rules = nul != NULL ? (size_t)(nul - data) : size;
	fuzz_lines(data, rules, add_rule_line, &ok);
	if (ok && lexicon_compile(&e) == 0 && nul != NULL)
		fuzz_doc(nul + 1, size - rules - 1, run, &page);
	lexicon_forget_user();
	return 0;
}
