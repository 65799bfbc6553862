/* emit.c: output of a decided page. */
#include "emit.h"
#include "lexicon.h"
#include "meta.h"
#include "out.h"
#include "page.h"

void
emit_meta(const struct meta *m)
{
	int k;

	for (k = 0; k < META_NKEYS; k++) {
		if (m->value[k] == NULL)
			continue;
		out_printf("# %s: ", meta_keys[k]);
		out_write(m->value[k], m->len[k]);
		out_endline();
	}
}

/* The rule that decided a line, as "FILE:LINE", or NULL. */
static const char *
deciding_rule(const struct line *l)
{
	if (l->flags & L_USER_KEEP)
		return lexicon_rule(RULE_USER_KEEP, l->rule);
	if (l->flags & L_USER_DROP)
		return lexicon_rule(RULE_USER_DROP, l->rule);
	if ((l->flags & L_LEX_DROP) && !l->keep)
		return lexicon_rule(RULE_DROP, l->rule);
	if ((l->flags & L_LEX_HINT) && !l->keep)
		return lexicon_rule(RULE_HINT, l->rule);
	return NULL;
}

static void
explain(const struct page *p, const struct line *l)
{
	const char *rule = deciding_rule(l);

	out_printf("%c %4d %s", l->keep ? '+' : '-', l->score, l->why);
	if (rule != NULL)
		out_printf(" (%s)", rule);
	out_char('\t');
	out_write(line_text(p, l), l->len);
	out_endline();
}

void
emit_page(const struct page *p, enum emit_mode mode)
{
	const struct line *l;
	size_t i;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (mode == EMIT_EXPLAIN) {
			explain(p, l);
			continue;
		}
		if ((l->flags & L_BLANK) || l->keep != (mode == EMIT_KEPT))
			continue;
		out_write(line_text(p, l), l->len);
		out_endline();
	}
}
