/* utf8_valid.h: a strict, fast check of UTF-8. */
#ifndef UTF8_VALID_H
#define UTF8_VALID_H

#include <stddef.h>

/*
 * Whether s[0..n-1] is well-formed UTF-8 (RFC 3629): no overlong forms,
 * no surrogates, nothing past U+10FFFF, no stray or missing continuation
 * bytes.  Runs of ASCII are checked eight bytes at a time.
 */
int	utf8_valid(const char *s, size_t n);

/* The length of the longest well-formed prefix of s[0..n-1]. */
size_t	utf8_valid_prefix(const char *s, size_t n);

struct buf;

/*
 * s[0..*n-1] as well-formed UTF-8: s itself when it is, else a copy in
 * fixed where each invalid byte is U+FFFD, *n set to its length and
 * *bad to the offset of the first invalid byte (for the message).
 */
const char	*utf8_repair(const char *s, size_t *n, struct buf *fixed,
		    size_t *bad);

#endif
