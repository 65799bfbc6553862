/* wiki.c: a wiki page's article, section by section. */
#include "lexicon.h"
#include "page.h"
#include "wiki.h"

/* An infobox's row is no wider (in thirds of a CJK character). */
#define INFOBOX_WIDTH	150

/* Whether l heads a section of a wiki page (a "section" lexicon rule). */
static int
wiki_heading(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	int r;

	/* The edit link ends the line or starts it: most lines have none. */
	if ((l->flags & L_BLANK) || (t[0] != '[' && t[l->len - 1] != ']'))
		return 0;
	r = lexicon_match(RULE_PART, t, l->len, 0);
	return r >= 0 && lexicon_kind(RULE_PART, r) == KIND_SECTION;
}

static void
keep_as(struct page *p, size_t i, const char *why)
{
	p->lines[i].keep = 1;
	p->lines[i].why = why;
}

/* Whether line i stays out of a section kept whole: a caption, a credit. */
static int
dropped_outright(const struct line *l)
{
	return (l->flags & (L_BLANK | L_LEX_DROP | L_USER_DROP)) != 0;
}

/*
 * The section headed at h, up to line to, is the article's: its heading
 * and every line no rule drops outright.  Not a section of back matter,
 * whose heading a hint marks (References[edit]).
 */
static void
keep_section(struct page *p, size_t h, size_t to)
{
	size_t k;

	if (p->lines[h].flags & (L_LEX_HINT | L_LEX_DROP | L_USER_DROP))
		return;
	for (k = h; k < to; k++)
		if (!p->lines[k].keep && !dropped_outright(&p->lines[k]))
			keep_as(p, k, "wiki section");
}

/*
 * The infobox: the rows just above the article's lead, before its first
 * section, up to the title, a line the rules mark (a hatnote) or one
 * kept as prose.  No lead, no infobox: the lines over the first section
 * are then a page's furniture (its contents).
 */
static void
keep_infobox(struct page *p, size_t first)
{
	size_t lead, k;

	for (lead = 0; lead < first && !(p->lines[lead].keep &&
	    p->lines[lead].score > 0); lead++)
		;
	if (lead == first)
		return;
	for (k = lead; k-- > 0;) {
		if (p->lines[k].flags & L_BLANK)
			continue;
		if ((p->lines[k].keep && p->lines[k].score > 0) ||
		    (p->lines[k].flags & (L_TITLE | L_LEX_DROP | L_LEX_HINT |
		    L_USER_DROP)) || p->lines[k].width >= INFOBOX_WIDTH)
			return;
		if (!p->lines[k].keep)
			keep_as(p, k, "wiki infobox");
	}
}

void
wiki_keep_sections(struct page *p)
{
	size_t i, first = (size_t)-1, last = (size_t)-1, end;
	int heads = 0;

	for (i = 0; i < p->nlines; i++) {
		if (!wiki_heading(p, &p->lines[i]))
			continue;
		if (heads++ > 0)
			keep_section(p, last, i);
		else
			first = i;
		last = i;
	}
	if (heads < 2)
		return;
	keep_infobox(p, first);
	/* The last section ends with the last line kept in it. */
	for (end = p->nlines; end > last + 1 && !p->lines[end - 1].keep; end--)
		;
	keep_section(p, last, end);
}
