/*
 * html_legacy.h: the references a browser decodes without their ';'.
 *
 * HTML keeps a legacy set of named references (&nbsp, &copy, &amp ...)
 * that browsers decode with no ';' after them, in text even when letters
 * follow (&nbspb is a no-break space and a b).  libxml2 decodes only
 * references closed by ';', so the page's bytes pass through this filter
 * on their way to the parser: it closes each legacy reference with the
 * ';' it lacks.  A reference that has its ';' is left as it is.
 */
#ifndef HTML_LEGACY_H
#define HTML_LEGACY_H

#include <stddef.h>

#include "buf.h"
#include "html.h"

/* The longest name a legacy reference has (frac12, middot ...). */
#define LEGACY_NAME_MAX	6
/* Letters read after '&' to find the ';' that closes a reference. */
#define LEGACY_RUN_MAX	32

/* The length of the longest legacy name s[0..n) starts with, or 0 (n > 0). */
typedef size_t (*legacy_prefix_fn)(const char *s, size_t n);

struct legacy_in {
	html_read_fn	 read;
	void		*read_ctx;
	legacy_prefix_fn prefix;
	char		 raw[4096];	/* read, not yet filtered */
	size_t		 rawlen;
	struct buf	 out;		/* filtered, not yet taken */
	size_t		 taken;
	int		 eof;
};

void	legacy_init(struct legacy_in *, html_read_fn, void *read_ctx,
	    legacy_prefix_fn);
/* An html_read_fn: the page's bytes, legacy references closed. */
size_t	legacy_read(void *ctx, char *buf, size_t size);
void	legacy_free(struct legacy_in *);

#endif
