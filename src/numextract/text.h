/* text.h: matching a short literal in a line, characters folded. */
#ifndef NUMEXTRACT_TEXT_H
#define NUMEXTRACT_TEXT_H

#include <stddef.h>

/*
 * Whether the (Simplified or ASCII) literal lit is written at s[j]; its
 * length in the line goes to *len.
 */
int	text_at(const char *s, size_t n, size_t j, const char *lit, size_t *len);
/* Whether lit is written just before s[j] (not before lo). */
int	text_before(const char *s, size_t lo, size_t j, const char *lit,
	    size_t *len);

#endif
