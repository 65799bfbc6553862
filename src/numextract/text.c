/* text.c: folded literal matching (see text.h). */
#include <string.h>

#include "text.h"
#include "utf8.h"

int
text_at(const char *s, size_t n, size_t j, const char *lit, size_t *len)
{
	size_t k = 0, m = strlen(lit), start = j, l1, l2;
	uint32_t c;

	if (j >= n)
		return 0;
	if (m <= n - j && memcmp(s + j, lit, m) == 0) {
		*len = m;
		return 1;
	}
	/* Literals are folded already: an unfoldable first character must match as is. */
	c = u8_get(s, n, j, &l1);
	if (u8_fold(c) == c && (unsigned char)s[j] != (unsigned char)lit[0])
		return 0;
	while (k < m) {
		if (j >= n)
			return 0;
		if (u8_fold(u8_get(s, n, j, &l1)) != u8_fold(u8_get(lit, m, k, &l2)))
			return 0;
		j += l1;
		k += l2;
	}
	*len = j - start;
	return 1;
}

int
text_before(const char *s, size_t lo, size_t j, const char *lit, size_t *len)
{
	size_t k = strlen(lit), end = j, l1, l2;

	while (k > 0) {
		if (j <= lo)
			return 0;
		if (u8_fold(u8_prev(s, j, &l1)) != u8_fold(u8_prev(lit, k, &l2)) ||
		    j - l1 < lo)
			return 0;
		j -= l1;
		k -= l2;
	}
	*len = end - j;
	return 1;
}
