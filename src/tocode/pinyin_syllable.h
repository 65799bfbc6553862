/*
 * pinyin_syllable.h: Hanyu Pinyin syllables, with or without a tone mark,
 * as small integer codes (the syllable's index and its tone).
 */
#ifndef PINYIN_SYLLABLE_H
#define PINYIN_SYLLABLE_H

#include <stddef.h>
#include <stdint.h>

#include "repair.h"

#define SYLLABLE_BASE(code)	((code) >> 3)
#define SYLLABLE_TONE(code)	((code) & 7)	/* 1-4, 0 unmarked */

/* Read data/tocode/pinyin-syllables.txt; once, before syllable_code(). */
void	syllables_load(void);

/*
 * The code of s[0..n) if it is exactly one lower-case syllable whose
 * tone mark, if any, sits where the standard rule puts it; else -1.
 */
int	syllable_code(const char *s, size_t n);

#endif
