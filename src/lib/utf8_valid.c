/*
 * utf8_valid.c: a strict check of UTF-8 (RFC 3629), eight bytes at a time
 * while the text is plain ASCII or two- and three-byte characters.
 */
#include <stdint.h>
#include <string.h>

#include "swar.h"
#include "buf.h"
#include "utf8.h"
#include "utf8_valid.h"

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
		hi = w & SWAR_HIGHS;
		b6 = w << 1 & SWAR_HIGHS;
		lead = hi & b6;
		lead3 = lead & w << 2;
		if ((lead3 & w << 3) | swar_has_byte(w & 0xfe * SWAR_ONES, 0xc0) |
		    swar_has_byte(w, 0xe0) | swar_has_byte(w, 0xed))
			break;
		if ((lead << 8 | lead3 << 16 | carry) != (hi & ~b6))
			break;
		carry = lead >> 56 | lead3 >> 48;
	}
	/* Back to the start of the last character begun: it may be cut. */
	if (i > 0)
		i--;
	i = utf8_start(p, i);
#endif
	(void)p;
	(void)n;
	return i;
}

size_t
utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = plain_words(p, n);

	while (i < n) {
		uint32_t cp;
		int len;

		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((len = utf8_decode(p + i, n - i, &cp)) <= 0)
			return i;
		i += (size_t)len;
		i += plain_words(p + i, n - i);
	}
	return n;
}

int
utf8_valid(const char *s, size_t n)
{
	return utf8_valid_prefix(s, n) == n;
}

const char *
utf8_repair(const char *s, size_t *n, struct buf *fixed, size_t *bad)
{
	size_t left = *n, ok = utf8_valid_prefix(s, left);

	if (ok == left)
		return s;
	*bad = ok;
	buf_reset(fixed);
	while (ok < left) {
		buf_add(fixed, s, ok);
		buf_adds(fixed, "\xef\xbf\xbd");
		s += ok + 1;
		left -= ok + 1;
		ok = utf8_valid_prefix(s, left);
	}
	buf_add(fixed, s, left);
	*n = fixed->len;
	return fixed->data;
}
