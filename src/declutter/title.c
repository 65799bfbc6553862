/* title.c: choosing the headline among the lines above the article. */
#include <string.h>

#include "page.h"
#include "title.h"

#define LOOK_BACK	12	/* non-blank lines above the block */
#define EVIDENCE_SPAN	300	/* lines around the block searched for repeats */
#define MIN_WIDTH	12	/* 4 CJK characters */
#define MAX_WIDTH	360	/* 120 CJK characters */
#define MIN_POINTS	5
#define MIN_WORDS	3
/*
 * A repeated CJK line narrower than this (6 characters) is the name of a
 * site or a section (a menu item, a breadcrumb's root) as often as not.
 */
#define EVIDENCE_WIDTH	18

/*
 * Whether another line near the block repeats the candidate as a headline
 * is repeated: in a 原标题 line, at the end of a breadcrumb, at the start
 * of a window title.  A name in a credit (来源: X) or a footer, or at the
 * root of a breadcrumb, is the site's own.
 */
static int
repeated_near(const struct page *p, size_t c)
{
	const struct line *l = &p->lines[c], *o;
	const char *t = line_text(p, l), *at;
	size_t from, to, i;

	from = p->start > EVIDENCE_SPAN ? p->start - EVIDENCE_SPAN : 0;
	to = p->end + EVIDENCE_SPAN < p->nlines ? p->end + EVIDENCE_SPAN :
	    p->nlines;
	for (i = from; i < to; i++) {
		o = &p->lines[i];
		if (i == c || o->len < l->len)
			continue;
		if ((at = memmem(line_text(p, o), o->len, t, l->len)) == NULL)
			continue;
		if (o->flags & L_RETITLE)
			return 1;
		if (o->flags & L_LEX_DROP)
			continue;
		if (at + l->len == line_text(p, o) + o->len ||
		    (at == line_text(p, o) && !(o->flags & L_SEPS)))
			return 1;
	}
	return 0;
}

static int
candidate_points(const struct page *p, size_t c, int distance)
{
	const struct line *l = &p->lines[c];
	int pts;

	if (l->flags & (L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_SEPS |
	    L_LINK | L_LIST | L_LEADIN))
		return -1;
	/* A sentence is not a headline, but a headline may exclaim or ask. */
	if ((l->flags & (L_ENDS | L_EXCLAIM)) == L_ENDS)
		return -1;
	if (l->width < MIN_WIDTH || l->width > MAX_WIDTH || l->punct > 3 ||
	    l->digits * 3 > l->width)
		return -1;
	/* A name, a section: a headline in letters has three words or more. */
	if (l->tokens < MIN_WORDS && !(l->flags & L_CJK))
		return -1;
	pts = 20 - 3 * distance;
	if ((l->width >= EVIDENCE_WIDTH || !(l->flags & L_CJK)) &&
	    repeated_near(p, c))
		pts += 40;
	if (l->flags & (L_MENU | L_LIST))
		pts -= 15;
	if (l->flags & L_DATE)
		pts -= 10;
	if (l->width >= 24)
		pts += 5;
	return pts;
}

size_t
title_find(struct page *p)
{
	size_t i, first, best = (size_t)-1;
	int distance = 0, pts, top = MIN_POINTS - 1;

	/* Above the article's first part: a line between parts is a heading. */
	for (first = 0; first < p->start && !(p->lines[first].flags & L_BLOCK);
	    first++)
		;
	for (i = first; i-- > 0 && distance < LOOK_BACK;) {
		/* Bylines and captions between it and the body are expected. */
		if (p->lines[i].flags & (L_BLANK | L_LEX_DROP))
			continue;
		distance++;
		pts = candidate_points(p, i, distance);
		if (pts > top) {
			top = pts;
			best = i;
		}
	}
	if (best != (size_t)-1)
		p->lines[best].flags |= L_TITLE;
	return best;
}
