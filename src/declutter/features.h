/* features.h: what a line looks like, measured without any word list. */
#ifndef FEATURES_H
#define FEATURES_H

struct page;
struct line;

/* Measure one line: width, punctuation, endings, markers, dates. */
void	features_line(const struct page *, struct line *);

/*
 * The section a line's text opens by its number in Chinese and 、 (三、
 * 招生范围 is 3), or -1.
 */
int	section_number(const char *, size_t);

/*
 * Measure every line, mark the lines whose text repeats in the page and
 * find the widest line.  Invalid UTF-8 is reported as bad input.
 */
void	features_page(struct page *);

#endif
