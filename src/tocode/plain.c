/*
 * plain.c: the span of plain text (plain.h).  Blocks of sixteen bytes are
 * checked at once while they hold ASCII, U+4000..U+9FFF (most of Chinese
 * text, which cleaning never changes) and the punctuation around it that
 * needs no work; any other character is looked up in clean.c's table, and
 * the blocks take over again after it.
 */
#include <stdint.h>

#include "clean.h"
#include "plain.h"
#include "utf8.h"
#include "util.h"
#include "vec16.h"

/*
 * The blocks of punctuation Chinese text uses most, General Punctuation
 * (“” — …) and CJK Symbols (、。《》【】): in UTF-8 both a lead, 0x80, a
 * third byte.  Of each, the longest run of characters that need no work
 * under the options is taken whole by the blocks.
 */
static struct window {
	unsigned	block;
	unsigned char	lead, lo, hi;	/* an empty run: lo > hi */
} windows[] = {
	{ 0x2000, 0, 0, 0 },
	{ 0x3000, 0, 0, 0 },
};

void
plain_init(void)
{
	unsigned cp, run, best, at;
	size_t i;

	for (i = 0; i < NELEM(windows); i++) {
		windows[i].lead = (unsigned char)(0xe0 | windows[i].block >> 12);
		windows[i].lo = 1;
		best = run = at = 0;
		for (cp = 0; cp < 0x40; cp++) {
			run = clean_needs_work(windows[i].block + cp) ? 0 : run + 1;
			if (run > best) {
				best = run;
				at = cp + 1 - run;
			}
		}
		if (best > 0) {
			windows[i].lo = (unsigned char)(0x80 + at);
			windows[i].hi = (unsigned char)(0x80 + at + best - 1);
		}
	}
}

/* ASCII with nothing to do: printable, TAB or LF. */
static int
plain_ascii(unsigned char c)
{
	return (c >= 0x20 && c < 0x80) || c == '\t' || c == '\n';
}

/* Whether b leads three bytes that are a character whatever they are. */
static int
lead3(unsigned char b)
{
	return b >= 0xe1 && b <= 0xec;
}

/* The length of the plain character at s[0..n), or 0. */
static size_t
plain_char(const unsigned char *s, size_t n)
{
	uint32_t cp;
	int len;

	if (s[0] < 0x80)
		return plain_ascii(s[0]);
	if ((len = utf8_decode(s, n, &cp)) <= 0 || clean_needs_work(cp))
		return 0;
	return (size_t)len;
}

/* A block reads sixteen bytes and the two after them (punct16()). */
#define BLOCK_READ	(16 + 2)

/* The start of the character that holds s[i], when lead3() began it. */
static size_t
back_to_lead3(const unsigned char *s, size_t i)
{
	if (lead3(s[i - 1]))
		return i - 1;
	if (lead3(s[i - 2]))
		return i - 2;
	return i;
}

#ifdef HAVE_VEC16
/* The lanes of v in lo..lo+len-1 (len 0..255), by one signed comparison. */
static inline v16s
range16(v16 v, unsigned char lo, unsigned len)
{
	return (v16s)(v + (unsigned char)(0x80 - lo)) < (signed char)(len - 0x80);
}

/* The lanes that lead a character of a window (seconds: the next bytes). */
static inline v16s
punct16(v16 v, v16 seconds, v16 thirds)
{
	v16s m = (v16s)(v == windows[0].lead) &
	    range16(thirds, windows[0].lo, windows[0].hi + 1u - windows[0].lo);

	m |= (v16s)(v == windows[1].lead) &
	    range16(thirds, windows[1].lo, windows[1].hi + 1u - windows[1].lo);
	return m & (v16s)(seconds == 0x80);
}

/*
 * The lanes of the block at p that are no plain character's first byte
 * but printable ASCII or LF, a continuation (10xxxxxx) or a lead of
 * U+4000..U+9FFF (the leads of windows are looked at apart).
 */
static inline v16s
unplain(const unsigned char *p)
{
	v16 v = load16(p);

	/* Printable ASCII and continuations: 0x20..0xBF. */
	return ~(range16(v, 0x20, 0xc0 - 0x20) | (v16s)(v == '\n') |
	    range16(v, 0xe4, 6));
}

/*
 * The lanes of the block at p where a continuation is missing or one too
 * many: a byte continues exactly where lead3() holds one or two bytes
 * before.  Reads two bytes before the block.
 */
static inline v16s
misplaced(const unsigned char *p)
{
	return ((v16s)load16(p) < -0x40) ^ (range16(load16(p - 1), 0xe1, 12) |
	    range16(load16(p - 2), 0xe1, 12));
}

/*
 * From i, the start of a character two bytes or more into the span,
 * block by block while every lane is plain: returns the first byte that
 * is not, or near the end the start of the first character no block
 * took whole; every character before it is plain.  The windows are
 * looked at only in a block with punctuation, one in three.
 */
static size_t
plain_blocks(const unsigned char *s, size_t i, size_t n)
{
	const unsigned char *p;
	v16s odd;

	for (; i + BLOCK_READ <= n; i += 16) {
		p = s + i;
		if (any16(odd = unplain(p) | misplaced(p)) &&
		    any16(odd = (unplain(p) & ~punct16(load16(p),
		    load16(p + 1), load16(p + 2))) | misplaced(p)))
			return back_to_lead3(s, i + first16(odd));
	}
	return back_to_lead3(s, i);
}
#else
static size_t
plain_blocks(const unsigned char *s, size_t i, size_t n)
{
	(void)s;
	(void)n;
	return i;
}
#endif

size_t
plain_span(const char *str, size_t n, size_t give_up)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, from, len, slow = 0;

	for (;;) {
		from = i;
		if (i >= 2 && (i = plain_blocks(s, i, n)) - from >= 16)
			slow = 0;
		if (i == n || (len = plain_char(s + i, n - i)) == 0)
			return i;
		/* Only where a block could have taken it (not at the ends). */
		if (from >= 2 && i + BLOCK_READ <= n && ++slow > give_up)
			return i;
		i += len;
	}
}
