/* features.h: what a line looks like, measured without any word list. */
#ifndef FEATURES_H
#define FEATURES_H

#include <stddef.h>
#include <stdint.h>

struct page;
struct line;

/*
 * Decode the UTF-8 character at s[0..n): its code point, or -1 for an
 * invalid byte (then *len is 1).
 */
int32_t	utf8_next(const unsigned char *s, size_t n, size_t *len);

/* Measure one line: width, punctuation, endings, markers, dates. */
void	features_line(const struct page *, struct line *);

/*
 * Measure every line, mark the lines whose text repeats in the page and
 * find the widest line.  Invalid UTF-8 is reported as bad input.
 */
void	features_page(struct page *);

#endif
