/*
 * fold.h: folding characters so that Traditional and fullwidth forms match
 * the Simplified data files (lines are valid UTF-8 by then: repaired
 * before they are scanned, see main.c; lib's utf8.h steps through them).
 */
#ifndef NUMEXTRACT_FOLD_H
#define NUMEXTRACT_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

#define FOLD_LO	0x3400
#define FOLD_HI	0xa000

/* u8_fold_tab[c - FOLD_LO]: the Simplified form of c, or 0 for c itself. */
extern uint32_t *u8_fold_tab;

/* Fold Traditional to Simplified and fullwidth ASCII to ASCII. */
static inline uint32_t
u8_fold(uint32_t c)
{
	if (c >= FOLD_LO && c < FOLD_HI && u8_fold_tab[c - FOLD_LO] != 0)
		return u8_fold_tab[c - FOLD_LO];
	if (c >= 0xff01 && c <= 0xff5e)
		return c - 0xff01 + 0x21;
	return c;
}

/* Reads the fold table (data/numextract/fold.tsv); before any u8_fold. */
void	u8_fold_init(void);

#endif
