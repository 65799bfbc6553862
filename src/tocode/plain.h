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

/*
 * The length of the longest prefix of s[0..n) made of plain characters,
 * or of a shorter one: the span ends early past give_up characters in a
 * row that the sixteen-byte blocks do not take (text of another script,
 * which each line's own scan reads faster); (size_t)-1 never gives up.
 */
size_t	plain_span(const char *s, size_t n, size_t give_up);

/* What tocode gives up after: a few, as in 中文，中文 the blocks go on. */
#define PLAIN_GIVE_UP	2

#endif
