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
	const uint64_t highs = 0x8080808080808080ULL;
	size_t n = 0;
	uint64_t w, cont;

	/* Eight bytes at a time: a continuation byte is 10xxxxxx. */
	for (; from + 8 <= to; from += 8) {
		memcpy(&w, s + from, 8);
		cont = (w & ~(w << 1) & highs) >> 7;
		n += 8 - ((cont * 0x0101010101010101ULL) >> 56);
	}
	for (; from < to; from++)
		n += ((unsigned char)s[from] & 0xc0) != 0x80;
	return n;
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* Whether a byte of x is zero (exact for the word as a whole). */
static inline uint64_t
zero_byte(uint64_t x)
{
	return (x - ONES) & ~x & HIGHS;
}

/*
 * Eight bytes at a time while they are plain: every continuation byte
 * (10xxxxxx) is where a lead byte of two or three bytes wants one, and no
 * byte needs a closer look (C0 C1 E0 ED and F0 and above: overlong forms,
 * surrogates, four-byte characters).  Returns how far that holds, in
 * whole words; the rest is for the byte-by-byte check.  The shifts that
 * cross bytes assume a little-endian word.
 */
static size_t
plain_words(const unsigned char *p, size_t n)
{
	size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w, hi, b6, lead, lead3, carry = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		hi = w & HIGHS;
		b6 = w << 1 & HIGHS;
		lead = hi & b6;
		lead3 = lead & w << 2;
		if ((lead3 & w << 3) | zero_byte((w & 0xfe * ONES) ^ 0xc0 * ONES) |
		    zero_byte(w ^ 0xe0 * ONES) | zero_byte(w ^ 0xed * ONES))
			break;
		if ((lead << 8 | lead3 << 16 | carry) != (hi & ~b6))
			break;
		carry = lead >> 56 | lead3 >> 48;
	}
	/* Back to the start of the last character begun: it may be cut. */
	if (i > 0)
		i--;
	while (i > 0 && (p[i] & 0xc0) == 0x80)
		i--;
#endif
	(void)p;
	(void)n;
	return i;
}

size_t
u8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = plain_words(p, n);

	while (i < n) {
		unsigned c = p[i];
		size_t need;
		uint32_t cp;

		if (c < 0x80) {
			i++;
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
		i += plain_words(p + i, n - i);
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
