/*
 * utf8.h: the one UTF-8 layer of the tools, inline so that loops over
 * every character cost no call.
 *
 * Text that may be invalid (input, a converter's output) is read with the
 * strict utf8_decode or utf8_char.  Text known to be valid (checked or
 * repaired by utf8_valid.h, the data files) is stepped through with
 * utf8_get (the next character) and utf8_prev, which trust the lead byte.
 * utf8_start and utf8_next_start move an offset to a character boundary,
 * utf8_back by whole characters; utf8_encode writes one character.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define UTF8_TRUNCATED	(-1)

/*
 * The character at s[0..n), n > 0: returns its length in bytes (1..4)
 * and sets *cp; 0 if s does not start a valid sequence (overlong,
 * surrogate, beyond U+10FFFF, stray or missing continuation byte); or
 * UTF8_TRUNCATED if s[0..n) is a valid sequence cut short by n.
 */
static inline int
utf8_decode(const void *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = str;
	uint32_t c = s[0], min;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, c &= 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, c &= 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, c &= 0x07, min = 0x10000;
	} else
		return 0;
	for (i = 1; i < len; i++) {
		if (i == n)
			break;
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3F);
	}
	/* Overlong, surrogate or too large shows in the bits read so far. */
	if (i < len) {
		c <<= 6 * (len - i);
		if ((c | ((1u << (6 * (len - i))) - 1)) < min ||
		    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
			return 0;
		return UTF8_TRUNCATED;
	}
	if (c < min || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return (int)len;
}

/*
 * The character at s[0..n), n > 0, for text known or assumed valid: its
 * length, or 1 with U+FFFD for a byte that starts no valid character.
 */
static inline size_t
utf8_char(const void *s, size_t n, uint32_t *cp)
{
	int len = utf8_decode(s, n, cp);

	if (len > 0)
		return (size_t)len;
	*cp = 0xFFFD;
	return 1;
}

/* Whether byte b continues a sequence: 10xxxxxx. */
static inline int
utf8_is_cont(unsigned char b)
{
	return (b & 0xc0) == 0x80;
}

/* The length of the character led by the byte b (valid UTF-8). */
static inline size_t
utf8_len(unsigned char b)
{
	static const unsigned char len[16] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4
	};

	return len[b >> 4];
}

/* The three-byte character at p (p[0] is 1110xxxx, two continuations). */
static inline uint32_t
utf8_get3(const unsigned char *p)
{
	return (uint32_t)(p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 |
	    (p[2] & 0x3f);
}

/*
 * Stepping through text that is valid UTF-8 (checked or repaired before,
 * so no check here): the character at s[i] (i < n); *len gets its length
 * in bytes.  A sequence cut by n reads as one byte (U+FFFD from three
 * bytes on).
 */
static inline uint32_t
utf8_get(const void *str, size_t n, size_t i, size_t *len)
{
	const unsigned char *p = (const unsigned char *)str + i;
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
		return utf8_get3(p);
	}
	*len = 4;
	return (p[0] & 0x07) << 18 | (p[1] & 0x3f) << 12 | (p[2] & 0x3f) << 6 |
	    (p[3] & 0x3f);
}

/* i moved back to the start of the character that holds s[i]. */
static inline size_t
utf8_start(const void *str, size_t i)
{
	const unsigned char *s = str;

	while (i > 0 && utf8_is_cont(s[i]))
		i--;
	return i;
}

/* i moved forward to the start of a character, or to n. */
static inline size_t
utf8_next_start(const void *str, size_t n, size_t i)
{
	const unsigned char *s = str;

	while (i < n && utf8_is_cont(s[i]))
		i++;
	return i;
}

/* The character ending just before s[i] (i > 0); *len as above. */
static inline uint32_t
utf8_prev(const void *str, size_t i, size_t *len)
{
	const unsigned char *s = str;

	/* ASCII and three bytes (most of Chinese text) without the search. */
	if (s[i - 1] < 0x80) {
		*len = 1;
		return s[i - 1];
	}
	if (i >= 3 && (s[i - 3] & 0xf0) == 0xe0 && utf8_is_cont(s[i - 2]) &&
	    utf8_is_cont(s[i - 1])) {
		*len = 3;
		return utf8_get3(s + i - 3);
	}
	return utf8_get(str, i, utf8_start(str, i - 1), len);
}

/* The byte offset nchars characters before i, not before lo. */
static inline size_t
utf8_back(const void *str, size_t i, size_t lo, size_t nchars)
{
	const unsigned char *s = str;

	while (nchars > 0 && i > lo) {
		i--;
		while (i > lo && utf8_is_cont(s[i]))
			i--;
		nchars--;
	}
	return i;
}

/*
 * Whether s[0..3) is one character of U+4000..U+9FFF, most of Chinese
 * text, which the fast loops step over three bytes at a time.
 */
static inline int
utf8_is_han3(const unsigned char *s)
{
	uint16_t tail;

	memcpy(&tail, s + 1, 2);
	return (unsigned)(s[0] - 0xe4) <= 0xe9 - 0xe4 &&
	    (tail & 0xc0c0) == 0x8080;
}

/* Write the character cp (a Unicode scalar value) to out: its length. */
static inline size_t
utf8_encode(uint32_t cp, unsigned char out[4])
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xc0 | cp >> 6);
		out[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xe0 | cp >> 12);
		out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (unsigned char)(0xf0 | cp >> 18);
	out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

#endif
