/* utf8.h: decoding one UTF-8 sequence, strictly (RFC 3629). */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

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

#endif
