/* text.c: folded literal matching (see text.h). */
#include "fold.h"
#include "text.h"
#include "utf8.h"

int
text_at_folded(const char *s, size_t n, size_t j, const char *lit, size_t m,
    size_t *len)
{
	size_t k = 0, start = j, l1, l2;
	uint32_t c, c0;

	/* 个多 after 个: the characters written as in lit need no folding. */
	while (m - k > 3 && ((unsigned char)lit[k] & 0xf0) == 0xe0 &&
	    n - j > 3 && memcmp(s + j, lit + k, 3) == 0) {
		j += 3;
		k += 3;
	}
	/* Literals are folded already: most fail on the first character. */
	c = utf8_get(s, n, j, &l1);
	c0 = utf8_get(lit, m, k, &l2);
	if (c != c0 && fold_char(c) != c0)
		return 0;
	while (k < m) {
		if (j >= n)
			return 0;
		if (fold_char(utf8_get(s, n, j, &l1)) != fold_char(utf8_get(lit, m, k, &l2)))
			return 0;
		j += l1;
		k += l2;
	}
	*len = j - start;
	return 1;
}

int
text_before_folded(const char *s, size_t lo, size_t j, const char *lit,
    size_t m, size_t *len)
{
	size_t k = m, end = j, l1, l2;

	/* As text_at_folded: most calls fail on the last character. */
	if (j <= lo || fold_char(utf8_prev(s, j, &l1)) != utf8_prev(lit, k, &l2))
		return 0;
	while (k > 0) {
		if (j <= lo)
			return 0;
		if (fold_char(utf8_prev(s, j, &l1)) != fold_char(utf8_prev(lit, k, &l2)) ||
		    j - l1 < lo)
			return 0;
		j -= l1;
		k -= l2;
	}
	*len = end - j;
	return 1;
}
