/*
 * html.h: an HTML page rendered to text lines as a browser's innerText
 * shows it, streaming through libxml2's HTML push parser.
 *
 * Block elements and <br> break lines, inline text joins with its white
 * space collapsed, list items start with "- ", table rows are lines with
 * their cells apart (a TAB), <pre> keeps its spacing.  Scripts, styles,
 * <noscript>, <template>, the head, embedded objects and hidden elements
 * (the hidden attribute, display:none, visibility:hidden) are dropped;
 * comments too; entities are decoded.  No blank lines come out.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

struct html;

/*
 * A rendered line s[0..n), without '\n'; end is 0 for a piece of a line
 * too long to hold (HTML_PIECE bytes), whose rest follows.
 */
typedef void (*html_line_fn)(void *ctx, const char *s, size_t n, int end);

#define HTML_PIECE	(1024 * 1024)

struct html	*html_new(html_line_fn fn, void *ctx);
/* Parse the next bytes of the page, which must be valid UTF-8. */
void		 html_feed(struct html *, const char *s, size_t n);
/* The page ended: close what is open, the last line goes out. */
void		 html_end(struct html *);
void		 html_free(struct html *);

#endif
