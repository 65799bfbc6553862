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
static inline int32_t
utf8_next(const unsigned char *s, size_t n, size_t *len)
{
	int32_t c;
	size_t k, i;

	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		k = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		k = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		k = 4;
		c = s[0] & 0x07;
	} else {
		*len = 1;
		return -1;
	}
	*len = 1;
	if (k > n)
		return -1;
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((k == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
	    (k == 4 && (c < 0x10000 || c > 0x10ffff)))
		return -1;
	*len = k;
	return c;
}

/* Measure one line: width, punctuation, endings, markers, dates. */
void	features_line(const struct page *, struct line *);

/*
 * Measure every line, mark the lines whose text repeats in the page and
 * find the widest line.  Invalid UTF-8 is reported as bad input.
 */
void	features_page(struct page *);

#endif
