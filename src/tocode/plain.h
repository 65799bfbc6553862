/*
 * plain.h: text that cleanup, folding and normalization pass unchanged
 * (valid UTF-8 without a character clean.c must work on), found sixteen
 * bytes at a time, so that runs of such lines go out as they came, with
 * no work per line.
 */
#ifndef PLAIN_H
#define PLAIN_H

#include <stddef.h>

/* After clean_init(): the characters plain text takes at speed. */
void	plain_init(void);

/* The length of the longest prefix of s[0..n) made of plain characters. */
size_t	plain_span(const char *s, size_t n);

#endif
