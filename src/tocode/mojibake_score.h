/*
 * mojibake_score.h: how badly a run of text reads, from the character
 * frequencies of data/tocode/tables/freq-{zh,ja,ko,latin}.txt.  The cost of a run
 * is the cost of its characters in the one language that reads it best:
 * common characters cost nothing, rare ones more, characters no language
 * uses (and U+FFFD, private use, C1 controls) most.  A run reads as
 * Japanese only if it holds kana, as Korean only if it holds Hangul.
 */
#ifndef MOJIBAKE_SCORE_H
#define MOJIBAKE_SCORE_H

#include <stddef.h>

/* The index of language "zh", "ja", "ko" or "latin", or -1. */
int	score_language(const char *name);

/*
 * Cost of the UTF-8 run s[0..n) in language only, or in the language that
 * reads it best when only is -1; *chars gets its count of characters.
 */
unsigned long	run_cost(const char *s, size_t n, int only, size_t *chars);

#endif
