/* text.h: matching a short literal in a line, characters folded. */
#ifndef NUMEXTRACT_TEXT_H
#define NUMEXTRACT_TEXT_H

#include <stddef.h>
#include <string.h>

#include "fold.h"
#include "utf8.h"

/* The folded comparisons, once the bytes as written differ. */
int	text_at_folded(const char *s, size_t n, size_t j, const char *lit,
	    size_t m, size_t *len);
int	text_before_folded(const char *s, size_t lo, size_t j, const char *lit,
	    size_t m, size_t *len);

/*
 * Whether the (Simplified or ASCII) literal lit is written at s[j]; its
 * length in the line goes to *len.  Inline, so that a literal's length
 * and the byte comparison are known at compile time: most calls fail on
 * the first byte.  Always: out of line, the length and the comparison
 * would be calls.
 */
static inline __attribute__((always_inline)) int
text_at(const char *s, size_t n, size_t j, const char *lit, size_t *len)
{
	size_t m = strlen(lit);

	if (j >= n)
		return 0;
	if (m <= n - j && memcmp(s + j, lit, m) == 0) {
		*len = m;
		return 1;
	}
	/*
	 * Only fullwidth forms (lead byte 0xef) fold to ASCII and only CJK
	 * (lead bytes 0xe3-0xe9) to CJK: another first byte cannot match.
	 */
	if ((unsigned char)s[j] != (unsigned char)lit[0] &&
	    ((unsigned char)lit[0] < 0x80 ? (unsigned char)s[j] != 0xef :
	    (unsigned char)s[j] < 0xe3 || (unsigned char)s[j] > 0xe9))
		return 0;
	/*
	 * Three-byte characters, the literal's first and the one at s[j]:
	 * unless the latter folds to another, they must be the same.
	 */
	if (((unsigned char)lit[0] & 0xf0) == 0xe0 &&
	    ((unsigned char)s[j] & 0xf0) == 0xe0 && j + 2 < n &&
	    memcmp(s + j, lit, 3) != 0 &&
	    !fold_changes(utf8_get3((const unsigned char *)s + j)))
		return 0;
	return text_at_folded(s, n, j, lit, m, len);
}

/* Whether lit is written just before s[j] (not before lo); as text_at. */
static inline __attribute__((always_inline)) int
text_before(const char *s, size_t lo, size_t j, const char *lit, size_t *len)
{
	size_t m = strlen(lit);

	if (j >= lo + m && memcmp(s + j - m, lit, m) == 0) {
		*len = m;
		return 1;
	}
	return text_before_folded(s, lo, j, lit, m, len);
}

/* Whether c joins the items of a list: 3和5, 110、120, 119或110. */
static inline int
list_join(uint32_t c)
{
	switch (fold_char(c)) {
	case U'、': case U'和': case U'及': case U'与': case U'或':
		return 1;
	}
	return 0;
}

#endif
