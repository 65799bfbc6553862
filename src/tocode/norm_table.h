/*
 * norm_table.h: the characters a normal form may change, or that may
 * change the character before them (combining marks, second elements of
 * compositions), so that clean.c passes every other line untouched.
 * Made at build time by scripts/tocode-tables.c from the utf8proc linked.
 */
#ifndef NORM_TABLE_H
#define NORM_TABLE_H

#include <stddef.h>

struct norm_table {
	const unsigned char	*bmp;	/* a bit per code point below 0x10000 */
	const unsigned		*astral;	/* sorted code points above */
	size_t			 nastral;
};

/* Indexed by enum nf; NULL for NF_NONE. */
extern const struct norm_table *const norm_tables[];

#endif
