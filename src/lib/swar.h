/*
 * swar.h: tests on eight bytes at once in a 64-bit word (SIMD within a
 * register), for the loops that skip plain text quickly.
 */
#ifndef SWAR_H
#define SWAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"
#include "vec16.h"

#define SWAR_ONES	UINT64_C(0x0101010101010101)
#define SWAR_HIGHS	UINT64_C(0x8080808080808080)

/* Nonzero when a byte of w is zero (exact for the word as a whole). */
static inline uint64_t
swar_zero_byte(uint64_t w)
{
	return (w - SWAR_ONES) & ~w & SWAR_HIGHS;
}

/* Nonzero when a byte of w is c. */
static inline uint64_t
swar_has_byte(uint64_t w, unsigned char c)
{
	return swar_zero_byte(w ^ (SWAR_ONES * c));
}

/* Nonzero when a byte of w is below 0x20, a control character. */
static inline uint64_t
swar_has_control(uint64_t w)
{
	return (w - SWAR_ONES * 0x20) & ~w & SWAR_HIGHS;
}

/* The characters begun in the word w: its bytes that are not 10xxxxxx. */
static inline size_t
swar_leads(uint64_t w)
{
	uint64_t cont = (w & ~(w << 1) & SWAR_HIGHS) >> 7;

	return 8 - ((cont * SWAR_ONES) >> 56);
}

/* Characters of UTF-8 text s[0..n): sixteen bytes at a time, or eight. */
static inline size_t
swar_utf8_count(const char *s, size_t n)
{
	size_t i = 0, count = 0;
	uint64_t w;
#ifdef HAVE_VEC16
	uint64_t half[2];
	v16 lead;

	for (; i + 16 <= n; i += 16) {
		/* 1 in each lane that is not a continuation byte. */
		lead = (v16)((load16((const unsigned char *)s + i) & 0xc0) !=
		    0x80) & 1;
		memcpy(half, &lead, 16);
		count += ((half[0] + half[1]) * SWAR_ONES) >> 56;
	}
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		count += swar_leads(w);
	}
	for (; i < n; i++)
		count += !utf8_is_cont((unsigned char)s[i]);
	return count;
}

/* The sum of the eight bytes of w. */
static inline size_t
swar_sum_bytes(uint64_t w)
{
	uint64_t pairs = (w & UINT64_C(0x00ff00ff00ff00ff)) +
	    (w >> 8 & UINT64_C(0x00ff00ff00ff00ff));

	return (size_t)((pairs * UINT64_C(0x0001000100010001)) >> 48);
}

/* How many bytes of s[0..n) are c: sixteen at a time, or one. */
static inline size_t
swar_count_byte(const char *s, size_t n, unsigned char c)
{
	size_t i = 0, count = 0;
#ifdef HAVE_VEC16
	uint64_t half[2];
	size_t k;
	v16 hits;

	while (i + 16 <= n) {
		/* A lane counts up to 255 blocks. */
		hits = (v16){ 0 };
		for (k = 0; k < 255 && i + 16 <= n; k++, i += 16)
			hits -= (v16)(load16((const unsigned char *)s + i) == c);
		memcpy(half, &hits, 16);
		count += swar_sum_bytes(half[0]) + swar_sum_bytes(half[1]);
	}
#endif
	for (; i < n; i++)
		count += (unsigned char)s[i] == c;
	return count;
}

/*
 * The offset nchars characters after i in UTF-8 text s[..n), or n: as
 * many steps of utf8_len(), words at a time while they end short of it.
 */
static inline size_t
swar_utf8_forward(const char *s, size_t i, size_t n, size_t nchars)
{
	size_t k;
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((k = swar_leads(w)) >= nchars)
			break;
		nchars -= k;
	}
	for (; i < n; i++)
		if (!utf8_is_cont((unsigned char)s[i]) && nchars-- == 0)
			break;
	return i;
}

/* As utf8_back(): nchars characters before i, not before lo. */
static inline size_t
swar_utf8_back(const char *s, size_t i, size_t lo, size_t nchars)
{
	size_t k;
	uint64_t w;

	for (; nchars > 0 && i >= lo + 8; i -= 8) {
		memcpy(&w, s + i - 8, 8);
		if ((k = swar_leads(w)) >= nchars)
			break;
		nchars -= k;
	}
	while (nchars > 0 && i > lo)
		if (!utf8_is_cont((unsigned char)s[--i]))
			nchars--;
	return i;
}

#endif
