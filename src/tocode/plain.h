/*
 * plain.h: text that every stage of tocode passes unchanged (clean UTF-8,
 * nothing to clean, fold or normalize, no parenthesis that could open
 * pinyin), found sixteen bytes at a time, so that runs of such lines go
 * out as they came, with no work per line.
 */
#ifndef PLAIN_H
#define PLAIN_H

#include <stddef.h>

/* After clean_init(): the characters plain text takes at speed. */
void	plain_init(void);

/* The length of the longest prefix of s[0..n) made of plain characters. */
size_t	plain_span(const char *s, size_t n);

#endif
