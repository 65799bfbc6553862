/* ranked.c: numbered lists of other stories (hot, most read) by the article. */
#include <stddef.h>
#include <string.h>

#include "page.h"
#include "ranked.h"

/* A ranked list has this many items or more, */
#define RANKED_MIN	3
/*
 * and an item is a headline: 8 to 40 CJK characters (a point of a
 * syllabus, a rule, is often shorter).
 */
#define ITEM_MIN	24
#define ITEM_WIDTH	120

/*
 * The rank a line starts with (1 to 99, 01 written so too), or 0; *alone
 * tells the number is all the line holds.  After it comes a space, a
 * mark (、 . ) ） ：) or the text at once, but no other digit.
 */
static int
rank_of(const struct page *p, const struct line *l, int *alone)
{
	const unsigned char *t = (const unsigned char *)line_text(p, l);
	size_t i;
	int n = 0;

	for (i = 0; i < l->len && i < 2 && t[i] >= '0' && t[i] <= '9'; i++)
		n = n * 10 + t[i] - '0';
	if (i == 0 || (i < l->len && t[i] >= '0' && t[i] <= '9'))
		return 0;
	*alone = i == l->len;
	/*
	 * A rank in the first of three cells or more is a table's column
	 * (a ranked list's item holds its number and its headline).
	 */
	if (i < l->len && t[i] == '\t' &&
	    memchr(t + i + 1, '\t', l->len - i - 1) != NULL)
		return 0;
	/* 1.5 and 3,000 are numbers, not ranks; 1:0 is a score. */
	if (i + 1 < l->len && (t[i] == '.' || t[i] == ',' || t[i] == ':') &&
	    t[i + 1] >= '0' && t[i + 1] <= '9')
		return 0;
	return n;
}

/* An item's text: a headline, outside the article, no sentence. */
static int
item_text(const struct line *l)
{
	return !(l->flags & (L_BLANK | L_BLOCK | L_ENDS)) &&
	    l->width >= ITEM_MIN && l->width <= ITEM_WIDTH;
}


/*
 * The item ranked want at line i: the line after it (the text) when the
 * number stands alone, else i itself; or nlines when there is none.
 */
static size_t
item_at(const struct page *p, size_t i, int want)
{
	int alone, r;

	if (i >= p->nlines || (p->lines[i].flags & L_BLOCK) ||
	    (r = rank_of(p, &p->lines[i], &alone)) != want)
		return p->nlines;
	if (alone)
		i = next_filled(p, i);
	return i < p->nlines && item_text(&p->lines[i]) ? i : p->nlines;
}

/* Mark the list that starts at line i, if it is one; returns its end. */
static size_t
mark_from(struct page *p, size_t i)
{
	size_t at, from = i, j;
	int n = 1;

	for (at = i; (j = item_at(p, at, n)) < p->nlines; n++)
		at = next_filled(p, j);
	if (n - 1 < RANKED_MIN)
		return i + 1;
	for (j = from; j < at; j++)
		p->lines[j].flags |= L_INLIST;
	return at;
}

/*
 * Whether the line before i leads in to a list of the article's own
 * (今年建成的12个生活圈：), a colon and no word of boilerplate.
 */
static int
led_in(const struct page *p, size_t i)
{
	size_t k = prev_filled(p, i);

	return k != (size_t)-1 && (p->lines[k].flags & (L_LEADIN |
	    L_LEX_DROP | L_LEX_HINT | L_LISTHEAD)) == L_LEADIN;
}

void
ranked_mark(struct page *p)
{
	size_t i = 0;
	int alone;

	while (i < p->nlines)
		if (rank_of(p, &p->lines[i], &alone) == 1 &&
		    !(p->lines[i].flags & L_BLOCK) && !led_in(p, i))
			i = mark_from(p, i);
		else
			i++;
}
