/* title.h: the headline, a short line before the article block. */
#ifndef TITLE_H
#define TITLE_H

#include <stddef.h>

struct page;
struct line;

/*
 * Find the title among the lines just before the block and mark it
 * L_TITLE: the nearest line that reads as a headline, past widgets,
 * credits and the links to other stories under a byline (marked
 * L_INLIST), preferably just above a byline, and one that another line of the
 * page repeats (原标题, a breadcrumb, the window title).  A headline
 * broken over lines that go on from each other is marked whole.  Returns
 * the index of its first line, or (size_t)-1 when no line looks like a
 * headline.
 */
size_t	title_find(struct page *);

/*
 * Whether l is a section's or a column's name: a few CJK characters that
 * another line of the page holds (a menu, a breadcrumb), not the
 * article (an essay may name its title in its last paragraph).
 */
int	section_name(const struct page *, const struct line *);

#endif
