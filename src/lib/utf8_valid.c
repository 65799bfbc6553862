/*
 * utf8_valid.c: a strict check of UTF-8 (RFC 3629), sixteen bytes at a
 * time while the text is plain ASCII or two- and three-byte characters.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"
#include "utf8_valid.h"

#include "vec16.h"

#ifdef HAVE_VEC16

/*
 * Whether the sixteen bytes at p (two bytes of text before them) are
 * plain: a byte is a continuation (10xxxxxx) exactly where the byte
 * before leads two or more bytes or the one before that three, and none
 * needs a closer look (C0 C1 E0 ED and F0 and above: overlong forms,
 * surrogates, four-byte characters).
 */
static inline int
block_plain(const unsigned char *p)
{
	v16 v, prev1, prev2;
	v16s cont, need, odd;

	/* Masks and equality only: SSE2 compares no unsigned bytes. */
	v = load16(p);
	prev1 = load16(p - 1);
	prev2 = load16(p - 2);
	cont = (v16s)((v & 0xc0) == 0x80);
	need = (v16s)((prev1 & 0xc0) == 0xc0) | (v16s)((prev2 & 0xe0) == 0xe0);
	odd = (v16s)((v & 0xfe) == 0xc0) | (v16s)(v == 0xe0) |
	    (v16s)(v == 0xed) | (v16s)((v & 0xf0) == 0xf0);
	odd |= cont ^ need;
	return !any16(odd);
}

/*
 * Sixteen bytes at a time from i, a boundary after a well-formed prefix
 * of at least two bytes, while they are plain.  Returns how far that
 * holds, back at the start of the last character begun (it may be cut),
 * or n when the text is plain to its end; the rest is for the
 * byte-by-byte check.
 */
static size_t
plain_blocks(const unsigned char *p, size_t i, size_t n)
{
	size_t from = i;

	for (; i + 16 <= n; i += 16)
		if (!block_plain(p + i))
			return i > from ? utf8_start(p, i - 1) : from;
	/*
	 * The last bytes, as the sixteen that end the text (those before
	 * are checked): plain, and no character cut short at the end.
	 */
	if (i < n && n >= 18 && block_plain(p + n - 16) && p[n - 1] < 0xc0 &&
	    p[n - 2] < 0xe0)
		return n;
	return i > from ? utf8_start(p, i - 1) : from;
}
#else
static size_t
plain_blocks(const unsigned char *p, size_t i, size_t n)
{
	(void)p;
	(void)n;
	return i;
}
#endif

size_t
utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	uint32_t cp;
	int len;

	while (i < n) {
		if (p[i] < 0x80)
			len = 1;
		else if ((len = utf8_decode(p + i, n - i, &cp)) <= 0)
			return i;
		i += (size_t)len;
		if (i >= 2)
			i = plain_blocks(p, i, n);
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
