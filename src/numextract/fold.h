/*
 * fold.h: folding characters so that Traditional and fullwidth forms
 * match the Simplified, ASCII forms of the data files.
 */
#ifndef FOLD_H
#define FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "ucp.h"

/* The table spans the CJK Unified Ideographs and their extension A. */
#define FOLD_LO	0x3400
#define FOLD_HI	0xa000

/*
 * The tables, made at build time from data/numextract/tables/fold.tsv by
 * scripts/numextract-tables.c.  fold_tab[c - FOLD_LO]: the Simplified
 * form of c, or 0 for c itself.
 */
extern const uint32_t fold_tab[FOLD_HI - FOLD_LO];
/*
 * The fold_nfrom characters that fold_tab folds, ordered by their folded
 * form: those that fold to one character stand together.
 */
extern const uint32_t fold_from[];
extern const size_t fold_nfrom;

/* Bit c % 64 of fold_bits[c / 64]: the BMP characters that fold_char changes. */
extern const uint64_t fold_bits[0x10000 / 64];

static inline int
fold_changes(uint32_t c)
{
	return c < 0x10000 && (fold_bits[c / 64] >> (c % 64) & 1);
}

/*
 * Traditional to Simplified, fullwidth ASCII to ASCII.  The bitmap is
 * looked at first: it stays in cache, the table would not.
 */
static inline uint32_t
fold_char(uint32_t c)
{
	if (!fold_changes(c))
		return c;
	if (c >= FOLD_LO && c < FOLD_HI)
		return fold_tab[c - FOLD_LO];
	return ucp_halfwidth(c);
}

#endif
