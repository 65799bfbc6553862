/*
 * page.h: an HTML page's bytes, in whatever encoding, to rendered text
 * lines through tocode's stages (see conv.h).
 *
 * The encoding is the first of: -f; a byte-order mark; the HTTP header's
 * charset (a page from a web archive) when the page decodes cleanly in
 * it; the page's own <meta charset> when it decodes cleanly in it; and
 * detection on the leading window (detect.h does the last three).
 */
#ifndef PAGE_H
#define PAGE_H

#include <stddef.h>

struct conv;
struct page;
struct tocode_opts;

/* Whether bytes w[0..n) start like an HTML document. */
int	page_is_html(const unsigned char *w, size_t n);

/*
 * A page whose first bytes are w[0..n) (at_eof: all of it), read with
 * the options (-f, --invalid); http_type is the Content-Type header or
 * NULL.  Lines go to c.
 * The window is not consumed: it is fed again with page_feed().
 */
struct page	*page_new(struct conv *c, const unsigned char *w, size_t n,
		    int at_eof, const struct tocode_opts *o,
		    const char *http_type);
void		 page_feed(struct page *, const unsigned char *s, size_t n);
/* The page ended: its last line goes out and p is freed. */
void		 page_end(struct page *);

#endif
