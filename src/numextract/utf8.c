/* utf8.c: counting, validating and folding UTF-8 text. */
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "msg.h"
#include "utf8.h"
#include "util.h"

#define FOLD_LO	0x3400
#define FOLD_HI	0xa000

/* fold_tab[c - FOLD_LO]: the Simplified form of c, or 0 for c itself. */
static uint32_t *fold_tab;

size_t
u8_back(const char *s, size_t i, size_t lo, size_t nchars)
{
	while (nchars > 0 && i > lo) {
		i--;
		while (i > lo && ((unsigned char)s[i] & 0xc0) == 0x80)
			i--;
		nchars--;
	}
	return i;
}

size_t
u8_count(const char *s, size_t from, size_t to)
{
	size_t n = 0;

	for (; from < to; from++)
		n += ((unsigned char)s[from] & 0xc0) != 0x80;
	return n;
}

size_t
u8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t need;
		uint32_t cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		/* The common case of Chinese text: a three-byte character. */
		if (c >= 0xe1 && c <= 0xec && i + 2 < n &&
		    (p[i + 1] & 0xc0) == 0x80 && (p[i + 2] & 0xc0) == 0x80) {
			i += 3;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			need = 1;
		else if (c >= 0xe0 && c <= 0xef)
			need = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			need = 3;
		else
			return i;
		if (i + need >= n)
			return i;
		cp = c & (0x3f >> need);
		for (size_t k = 1; k <= need; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		if ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (need == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return i;
		i += need + 1;
	}
	return n;
}

uint32_t
u8_fold(uint32_t c)
{
	if (c >= FOLD_LO && c < FOLD_HI && fold_tab[c - FOLD_LO] != 0)
		return fold_tab[c - FOLD_LO];
	if (c >= 0xff01 && c <= 0xff5e)
		return c - 0xff01 + 0x21;
	return c;
}

void
u8_fold_init(void)
{
	const char *p, *end;
	size_t len, l1, l2;

	p = embedded_file("fold.tsv", &len);
	if (p == NULL)
		fatal(2, "fold.tsv is missing from the build");
	fold_tab = xcalloc(FOLD_HI - FOLD_LO, sizeof(*fold_tab));
	end = p + len;
	while (p < end) {
		const char *eol = memchr(p, '\n', end - p);
		uint32_t from, to;

		if (eol == NULL)
			eol = end;
		if (*p != '#' && eol - p >= 3) {
			from = u8_get(p, eol - p, 0, &l1);
			if (l1 < (size_t)(eol - p) && p[l1] == '\t') {
				to = u8_get(p, eol - p, l1 + 1, &l2);
				if (from >= FOLD_LO && from < FOLD_HI)
					fold_tab[from - FOLD_LO] = to;
			}
		}
		p = eol + 1;
	}
}
