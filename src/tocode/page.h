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
struct tocode_opts;

/* Where a page's bytes come from. */
struct page_src {
	/* The page's next bytes in *p, from its first; 0 at its end. */
	size_t	 (*more)(void *ctx, const unsigned char **p);
	void	*ctx;
	/* Its first bytes, for the encoding, read again through more(). */
	const unsigned char *head;
	size_t	 head_len;
	int	 head_is_all;
};

/* Whether bytes w[0..n) start like an HTML document. */
int	page_is_html(const unsigned char *w, size_t n);

/*
 * The page read through src with the options (-f, --invalid), its lines
 * to c; http_type is the Content-Type header or NULL.
 */
void	page_render(struct conv *c, const struct page_src *src,
	    const struct tocode_opts *o, const char *http_type);
/* The same for a page held whole in s[0..n). */
void	page_render_bytes(struct conv *c, const char *s, size_t n,
	    const struct tocode_opts *o, const char *http_type);

#endif
