/*
 * utf8.h: stepping through valid UTF-8 (lines are repaired before they are
 * scanned, see scan.c), forwards and backwards, and folding characters so
 * that Traditional and fullwidth forms match the Simplified data files.
 */
#ifndef NUMEXTRACT_UTF8_H
#define NUMEXTRACT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The character at s[i] (i < n); *len gets its length in bytes. */
static inline uint32_t
u8_get(const char *s, size_t n, size_t i, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s + i;
	size_t left = n - i;

	if (p[0] < 0x80 || left < 2) {
		*len = 1;
		return p[0];
	}
	if (p[0] < 0xe0) {
		*len = 2;
		return (p[0] & 0x1f) << 6 | (p[1] & 0x3f);
	}
	if (p[0] < 0xf0 || left < 4) {
		if (left < 3) {
			*len = 1;
			return 0xfffd;
		}
		*len = 3;
		return (p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
	}
	*len = 4;
	return (p[0] & 0x07) << 18 | (p[1] & 0x3f) << 12 | (p[2] & 0x3f) << 6 |
	    (p[3] & 0x3f);
}

/* The length of the character led by the byte b (valid UTF-8). */
static inline size_t
u8_len(unsigned char b)
{
	static const unsigned char len[16] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4
	};

	return len[b >> 4];
}

/* The character ending just before s[i] (i > 0); *len as above. */
static inline uint32_t
u8_prev(const char *s, size_t i, size_t *len)
{
	size_t j = i - 1;

	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xc0) == 0x80)
		j--;
	return u8_get(s, i, j, len);
}

/* The byte offset n characters before i, not before lo. */
size_t	u8_back(const char *s, size_t i, size_t lo, size_t nchars);

#define FOLD_LO	0x3400
#define FOLD_HI	0xa000

/* u8_fold_tab[c - FOLD_LO]: the Simplified form of c, or 0 for c itself. */
extern uint32_t *u8_fold_tab;

/* Fold Traditional to Simplified and fullwidth ASCII to ASCII. */
static inline uint32_t
u8_fold(uint32_t c)
{
	if (c >= FOLD_LO && c < FOLD_HI && u8_fold_tab[c - FOLD_LO] != 0)
		return u8_fold_tab[c - FOLD_LO];
	if (c >= 0xff01 && c <= 0xff5e)
		return c - 0xff01 + 0x21;
	return c;
}

/* Reads the fold table (data/numextract/fold.tsv); before any u8_fold. */
void	u8_fold_init(void);

#endif
