/*
 * html.h: an HTML page rendered to text lines as a browser's innerText
 * shows it, streaming: libxml2's HTML parser pulls the page's bytes as it
 * goes, so only a few KB of them are held, whatever the page's size.
 *
 * Block elements and <br> break lines, inline text joins with its white
 * space collapsed, list items start with "- ", table rows are lines with
 * their cells apart (a TAB) (a row of layout keeps its lines), <pre>
 * keeps its spacing.  Scripts, styles, <noscript>, <template>, the head,
 * embedded objects, hidden elements (the hidden attribute, display:none,
 * visibility:hidden, the classes frameworks hide with) and the page's
 * frame (<nav>, <footer>, <aside> outside an <article>) are dropped;
 * comments too; entities are decoded (and, as browsers do, the legacy
 * ones without their ";": html_legacy.h), C1 controls read as cp1252.  No
 * blank lines come out.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

/*
 * A rendered line s[0..n), without '\n'; end is 0 for a piece of a line
 * too long to hold (HTML_PIECE bytes), whose rest follows.
 */
typedef void (*html_line_fn)(void *ctx, const char *s, size_t n, int end);

#define HTML_PIECE	(1024 * 1024)

/*
 * The page's next bytes, valid UTF-8 (a character may be cut between two
 * reads), at most size of them; 0 at its end only.
 */
typedef size_t (*html_read_fn)(void *ctx, char *buf, size_t size);

/* The page read through read, rendered to fn; -1 when out of memory. */
int	html_render(html_read_fn read, void *read_ctx, html_line_fn fn,
	    void *ctx);

#endif
