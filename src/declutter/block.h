/*
 * block.h: the article as the densest contiguous run of lines (the
 * maximum-sum run of line scores), and the keep-or-drop decisions.
 */
#ifndef BLOCK_H
#define BLOCK_H

struct page;

/* Set p->start and p->end to the article block. */
void	block_find(struct page *);

/* Decide every line: keep the block's prose and sub-headings, the title
 * and the lines rules keep; be strict outside the block. */
void	block_decide(struct page *);

/*
 * All of it for one page read: measure, score, find the block and the
 * title, decide.  Returns the title's index or (size_t)-1.
 */
size_t	page_decide(struct page *);

#endif
