/* emit.c: output of a decided page. */
#include <stdio.h>

#include "buf.h"
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
	if ((l->flags & L_USER_END) && !l->keep)
		return lexicon_rule(RULE_USER_END, l->rule);
	if ((l->flags & L_ASIDE) && !l->keep)
		return lexicon_rule(RULE_ASIDE, l->rule);
	if ((l->flags & L_LEX_DROP) && !l->keep)
		return lexicon_rule(RULE_DROP, l->rule);
	if ((l->flags & L_END) && !l->keep)
		return lexicon_rule(RULE_END, l->rule);
	if ((l->flags & L_LEX_HINT) && !l->keep)
		return lexicon_rule(RULE_HINT, l->rule);
	return NULL;
}

/* One output line, to stdout or appended to a buffer. */
static void
put_line(struct buf *to, const char *head, const char *s, size_t n)
{
	if (to == NULL) {
		out_str(head);
		out_write(s, n);
		out_endline();
		return;
	}
	if (to->len > 0)
		buf_addc(to, '\n');
	buf_adds(to, head);
	buf_add(to, s, n);
}

static void
explain(const struct page *p, const struct line *l, struct buf *to)
{
	const char *rule = deciding_rule(l);
	char head[256];

	if (rule != NULL && *rule == '\0')
		rule = NULL;
	snprintf(head, sizeof head, "%c %4d %s%s%s%s\t", l->keep ? '+' : '-',
	    l->score, l->why, rule != NULL ? " (" : "", rule != NULL ? rule : "",
	    rule != NULL ? ")" : "");
	put_line(to, head, line_text(p, l), l->len);
}

void
emit_page(const struct page *p, enum emit_mode mode, struct buf *to)
{
	const struct line *l;
	size_t i;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (mode == EMIT_EXPLAIN)
			explain(p, l, to);
		else if (!(l->flags & L_BLANK) && l->keep == (mode == EMIT_KEPT))
			put_line(to, "", line_text(p, l), l->len);
	}
}
