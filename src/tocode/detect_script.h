/*
 * detect_script.h: the script of each letter of a candidate decoding,
 * and what it costs when a letter sits amid letters of another script,
 * as in "xi角ng" or a lone Hangul syllable between kanji: the look of a
 * wrong decoding.
 */
#ifndef DETECT_SCRIPT_H
#define DETECT_SCRIPT_H

#include <stdint.h>

#include "detect_model.h"
#include "ucp.h"

enum script {
	SC_NONE,	/* no letter: digits, punctuation, symbols, unknown */
	SC_LATIN, SC_GREEK, SC_CYRILLIC, SC_HEBREW, SC_HAN, SC_KANA,
	SC_HANGUL,
};

static inline int
script_within(uint32_t cp, uint32_t lo, uint32_t hi)
{
	return cp >= lo && cp <= hi;
}

/* The script of cp by its block (inline: the table maker uses it too). */
static inline enum script
script_of(uint32_t cp)
{
	if (script_within(cp, 'A', 'Z') || script_within(cp, 'a', 'z') ||
	    (script_within(cp, U'À', U'ɏ') && cp != U'×' && cp != U'÷') ||
	    script_within(cp, U'Ḁ', U'ỿ'))
		return SC_LATIN;
	if (script_within(cp, U'Ͱ', U'Ͽ'))
		return SC_GREEK;
	if (script_within(cp, U'Ѐ', U'ԯ'))
		return SC_CYRILLIC;
	if (script_within(cp, U'א', U'ת'))
		return SC_HEBREW;
	if (script_within(cp, U'ぁ', U'ヿ') || script_within(cp, U'ｦ', U'ﾟ'))
		return SC_KANA;
	/* and the ideographic planes, 2 and 3 */
	if (script_within(cp, U'㐀', U'鿿') ||
	    script_within(cp, UCP_CJK_COMPAT_FIRST, UCP_CJK_COMPAT_LAST) ||
	    script_within(cp >> 16, 2, 3))
		return SC_HAN;
	if (script_within(cp, UCP_HANGUL_FIRST, UCP_HANGUL_LAST) ||
	    script_within(cp, U'ᄀ', U'ᇿ') || script_within(cp, U'ㄱ', U'ㆎ'))
		return SC_HANGUL;
	return SC_NONE;
}

/* The last two characters seen, to judge the one before the next. */
struct script_trail {
	unsigned char	before;		/* enum script */
	unsigned char	prev;		/* enum script */
	unsigned char	prev_judged;	/* prev came from non-ASCII bytes */
};

/*
 * Take the next character (its script, and whether it came from
 * non-ASCII bytes) and return the cost of the one before it: SCORE_STRAY
 * when that one came from non-ASCII bytes and sits between two letters
 * of one other script, else 0.  Kana and Han sit together in Japanese.
 * Inline: it runs for every character of every candidate.
 */
static inline int
script_step(struct script_trail *t, enum script next, int judged)
{
	int cost = 0;

	if (t->prev_judged && t->prev != SC_NONE && t->before == next &&
	    next != SC_NONE && t->prev != next &&
	    !(t->prev == SC_KANA && next == SC_HAN) &&
	    !(t->prev == SC_HAN && next == SC_KANA))
		cost = SCORE_STRAY;
	t->before = t->prev;
	t->prev = (unsigned char)next;
	t->prev_judged = (unsigned char)judged;
	return cost;
}

#endif
