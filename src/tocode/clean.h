/*
 * clean.h: the per-line cleanup, folding and normalization of tocode.
 *
 * clean_scan() is the fast path: one pass over a line that validates the
 * UTF-8 and looks up every character in a table built once; most lines of
 * real pages need nothing and go out untouched.  clean_rewrite() does the
 * work on the others.
 */
#ifndef CLEAN_H
#define CLEAN_H

#include <stddef.h>

#include "decode.h"

struct buf;

enum nf { NF_NONE, NF_NFC, NF_NFKC, NF_NFD, NF_NFKD };
enum halfwidth { HW_NONE, HW_ALNUM, HW_ASCII };

struct clean_opts {
	enum nf		 nf;
	enum halfwidth	 halfwidth;
	int		 keep_space;	/* keep NBSP and U+3000 */
	int		 skip_invalid;	/* drop invalid bytes, no U+FFFD */
};

enum scan { SCAN_CLEAN, SCAN_CHANGE, SCAN_INVALID };

void		clean_init(const struct clean_opts *);

/* Whether a character needs cleanup, folding or normalization. */
int		clean_needs_work(unsigned cp);

/* Whether a line needs no change, a change, or holds invalid UTF-8. */
enum scan	clean_scan(const char *s, size_t n);

/*
 * Write the cleaned, folded and normalized line to out (reset first).
 * Invalid bytes become U+FFFD (or nothing) and go to invalid().  CR
 * becomes LF: a bare CR was a line break.
 */
void		clean_rewrite(const char *s, size_t n, struct buf *out,
		    invalid_fn invalid, void *ctx);

#endif
