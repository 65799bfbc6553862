/* ranked.h: lists of ranked stories beside the article (热点排行 without a head). */
#ifndef RANKED_H
#define RANKED_H

struct page;

/*
 * Mark L_INLIST the items of numbered lists outside the article block:
 * three lines or more, numbered 1, 2, 3... (the number on the item's
 * line or alone on the line above it), each a headline, not a sentence.
 * Numbered points of the article end like sentences, or stand in it.
 */
void	ranked_mark(struct page *);

#endif
