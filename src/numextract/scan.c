/* scan.c: the per-line scanner (see scan.h). */
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "lexicon.h"
#include "mention.h"
#include "numeral.h"
#include "reject.h"
#include "scan.h"
#include "text.h"
#include "trie.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"

/*
 * Which three-byte characters can start a mention, by their bytes:
 * bit (b2 & 0x3f) of starts3[b0 & 0x0f][b1 & 0x3f].  One load and a shift
 * per Chinese character, no decoding.  starts_tail, the same by the last
 * two bytes alone, rules out most characters with less work.
 */
static uint64_t starts3[16][64];
static uint64_t starts_tail[64];
static int starts_ready;

static void
starts_mark(uint32_t c)
{
	if (c >= 0x800 && c < 0x10000) {
		starts3[c >> 12][(c >> 6) & 0x3f] |= 1ULL << (c & 0x3f);
		starts_tail[(c >> 6) & 0x3f] |= 1ULL << (c & 0x3f);
	}
}

static void
starts_init(void)
{
	uint32_t c;

	mention_start_each(starts_mark);
	/* A code in fullwidth letters (Ｇ４２) is stepped over whole. */
	for (c = UCP_FULLWIDTH('A'); c <= UCP_FULLWIDTH('Z'); c++) {
		starts_mark(c);
		starts_mark(c + 0x20);
	}
	starts_ready = 1;
}

void
scan_prepare(void)
{
	if (!starts_ready)
		starts_init();
	numeral_prepare();
	trie_ready_all();
}

/* Whether the three-byte character b0 b1 b2 can start a mention. */
static int
starts_here(unsigned char b0, unsigned char b1, unsigned char b2)
{
	return starts3[b0 & 0x0f][b1 & 0x3f] >> (b2 & 0x3f) & 1;
}

/*
 * Past the three-byte characters from p that start nothing: most of a
 * Chinese line, in a loop of its own.
 */
static size_t
skip_ideographs(const unsigned char *s, size_t n, size_t p)
{
	const unsigned char *q = s + p, *end;

	if (n < 3)
		return p;
	for (end = s + n - 2; q < end && (q[0] & 0xf0) == 0xe0; q += 3)
		if (starts_tail[q[1] & 0x3f] >> (q[2] & 0x3f) & 1 &&
		    starts_here(q[0], q[1], q[2]))
			break;
	return q - s;
}

/* The end of the letters at p when a digit follows them, or p. */
static size_t
letters_before_digits(const char *s, size_t n, size_t p)
{
	size_t e = p;

	while (e < n && uclass_ascii_letter((unsigned char)s[e]))
		e++;
	return e < n && is_ascii_digit((unsigned char)s[e]) ? e : p;
}

/*
 * The end of a currency written in letters right before digits (RM500,
 * USD30), or p when the letters at p are none.
 */
static size_t
currency_letters(const char *s, size_t n, size_t p)
{
	size_t e = letters_before_digits(s, n, p), blen;

	if (e == p || trie_match_back(lex.cur_before, s, p, e, &blen) < 0 ||
	    blen != e - p)
		return p;
	return e;
}

/*
 * Past a rate's base in capitals and the sign after it, before a spread
 * in percent (P-2.25厘 is the prime rate less 2.25 %, H+1.3%, LPR-20BP),
 * or p: the spread is the quantity, the sign an operator.
 */
static size_t
rate_base_letters(const char *s, size_t n, size_t p)
{
	size_t e = p, d, blen;
	int u;

	if (p > 0 && uclass_ascii_alnum((unsigned char)s[p - 1]))
		return p;
	while (e < n && s[e] >= 'A' && s[e] <= 'Z')
		e++;
	if (e == p || e - p > 5 || e + 1 >= n || (s[e] != '-' && s[e] != '+') ||
	    !is_ascii_digit((unsigned char)s[e + 1]))
		return p;
	for (d = e + 1; d < n && (is_ascii_digit((unsigned char)s[d]) ||
	    (s[d] == '.' && d + 1 < n && is_ascii_digit((unsigned char)s[d + 1])));
	    d++)
		;
	if ((u = trie_match(lex.after, s, n, d, &blen)) < 0 ||
	    lex.units[u].kind != K_PERCENT)
		return p;
	return e + 1;
}

/*
 * The end of a unit in letters after 每, right before digits: the price
 * of each (每GB3元, 每kg12元) follows it.  Or p when there is none.
 */
static size_t
each_unit_letters(const char *s, size_t n, size_t p)
{
	size_t e, blen;

	if (p < 3 || memcmp(s + p - 3, "每", 3) != 0 ||
	    (e = letters_before_digits(s, n, p)) == p ||
	    trie_match(lex.after, s, n, p, &blen) < 0 || blen != e - p)
		return p;
	return e;
}

/*
 * Past the symbol M before a magnitude (M5.2地震, M3.0～3.9地震), or p:
 * an M alone, digits with a tenth after it, an earthquake or a range
 * after them.  PM2.5, M2 and 问界M9 are names.
 */
static size_t
magnitude_letter(const char *s, size_t n, size_t p)
{
	size_t e = p + 1, l;

	if (s[p] != 'M' || (p > 0 && uclass_ascii_letter((unsigned char)s[p - 1])))
		return p;
	while (e < n && is_ascii_digit((unsigned char)s[e]))
		e++;
	if (e == p + 1 || e + 1 >= n || s[e] != '.' ||
	    !is_ascii_digit((unsigned char)s[e + 1]))
		return p;
	for (e += 2; e < n && is_ascii_digit((unsigned char)s[e]); e++)
		;
	return text_at(s, n, e, "地震", &l) || text_at(s, n, e, "级", &l) ||
	    range_sep_at(s, n, e) > 0 ? p + 1 : p;
}

/*
 * A word of letters, s[start..end), passed over: one with digits is a
 * code, reported to fn when ids are wanted, and the next number looks
 * back no further than its end (*lo).  Returns fn's answer, to stop.
 */
static int
code_passed(const char *s, size_t n, size_t start, size_t end, int has_digit,
    int want_ids, mention_fn fn, void *arg, size_t *lo)
{
	struct mention m;

	if (!has_digit)
		return 0;
	*lo = end;
	if (!want_ids)
		return 0;
	m.start = start;
	m.end = end;
	m.kind = K_ID;
	m.unit = "";
	m.qual = Q_NONE;
	m.ranged = 0;
	m.valued = 0;
	m.frac_num = m.frac_den = 0;
	dec_zero(&m.lo);
	return fn(s, n, &m, arg);
}

void
scan_line(const char *s, size_t n, int want_ids, mention_fn fn, void *arg)
{
	struct mention m;
	size_t p = 0, lo = 0, next, e;
	unsigned char b;
	int has_digit;

	if (!starts_ready)
		starts_init();
	while (p < n) {
		b = s[p];
		if (b < 0x80) {
			if (uclass_ascii_letter(b)) {
				/* The x between the sides of a size: 60x55x85厘米. */
				if ((b | 0x20) == 'x' && p > 0 && p + 1 < n &&
				    is_ascii_digit((unsigned char)s[p - 1]) &&
				    is_ascii_digit((unsigned char)s[p + 1])) {
					p++;
					continue;
				}
				next = ascii_word_end(s, n, p, &has_digit);
				/*
				 * RM500, USD30: a currency, then the amount,
				 * which looks back across it for a hedge
				 * (最多RM4,600).
				 */
				if (has_digit &&
				    ((e = currency_letters(s, n, p)) > p ||
				    (e = each_unit_letters(s, n, p)) > p ||
				    (e = rate_base_letters(s, n, p)) > p ||
				    (e = magnitude_letter(s, n, p)) > p)) {
					p = e;
					continue;
				}
				/* Letters alone may end a currency: HK$30. */
				if (code_passed(s, n, p, next, has_digit,
				    want_ids, fn, arg, &lo))
					return;
				p = next;
				continue;
			}
			if (b < '0' || b > '9') {
				p++;
				continue;
			}
		} else if (b >= 0xe0 && b < 0xf0 && p + 2 < n) {
			if (!starts_here(b, s[p + 1], s[p + 2])) {
				p = skip_ideographs((const unsigned char *)s,
				    n, p + 3);
				continue;
			}
			if (b == 0xef && wide_letter_at(s, n, p, &next)) {
				next = wide_word_end(s, n, p, &has_digit);
				if (code_passed(s, n, p, next, has_digit,
				    want_ids, fn, arg, &lo))
					return;
				p = next;
				continue;
			}
		} else {
			/* No character of two or four bytes starts a number. */
			p = utf8_next_start(s, n, p + 1);
			continue;
		}
		if (mention_at(s, n, lo, p, &m, &next)) {
			if ((m.kind != K_ID || want_ids) && fn(s, n, &m, arg))
				return;
			/*
			 * What was no quantity (一 alone, a set phrase) keeps
			 * the words before it in the next one's look-back.
			 */
			if (m.kind != K_ID)
				lo = m.end;
		}
		p = next > p ? next : p + 1;
	}
}
