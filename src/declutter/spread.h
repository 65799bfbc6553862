/*
 * spread.h: a page's work line by line, on worker threads when the page
 * is large.  Each line's measure and rules read only that line's text
 * (and its neighbours' text, never their results), so the lines can be
 * cut into spans measured at once: the result is that of one thread.
 */
#ifndef SPREAD_H
#define SPREAD_H

struct page;
struct line;

typedef void (*line_fn)(const struct page *, struct line *);

/* Up to threads threads (1: none) for the large pages to come. */
void	spread_start(int threads);

/*
 * Told the bytes of the page read so far: the threads start on a large
 * page before it is measured, their first work done while it is read.
 */
void	spread_ready(size_t bytes);

/* fn on every line of the page that is not blank, in spans at once. */
void	spread_lines(struct page *, line_fn);

#endif
