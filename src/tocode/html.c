/*
 * html.c: the innerText rendering of a page from libxml2's SAX events.
 *
 * The parser closes what the page leaves open and calls endElement for
 * every element it started, void ones included, so a depth counter is
 * enough to know where a dropped element or a <pre> ends: no stack of
 * our own, whatever the nesting.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "buf.h"
#include "html.h"
#include "html_elements.h"
#include "uclass.h"
#include "utf8.h"

#define PARSE_STEP	(64 * 1024)

struct html {
	htmlParserCtxtPtr ctxt;
	html_line_fn	 fn;
	void		*ctx;
	struct buf	 line;
	struct buf	 held;		/* bytes from a '<' not yet parsed */
	size_t		 prefix_len;	/* the line holds only "- " so far */
	int		 continued;	/* a piece of the line went out */
	int		 pending;	/* a space or TAB due before more text */
	long		 depth;
	long		 drop_depth;	/* depth of the dropped element, or 0 */
	long		 pre_depth;	/* depth of the <pre>, or 0 */
};

static int
has_text(const struct html *h)
{
	return h->continued || h->line.len > h->prefix_len;
}

/* Drop the white space (NBSP and ideographic spaces too) ending the line. */
static void
trim_tail(struct html *h)
{
	size_t n = h->line.len, len;

	while (n > h->prefix_len &&
	    (uclass(utf8_prev(h->line.data, n, &len)) & UC_SPACE) &&
	    n - len >= h->prefix_len)
		n -= len;
	h->line.len = n;
}

static void
end_line(struct html *h)
{
	h->pending = 0;
	trim_tail(h);
	if (!has_text(h))
		return;
	h->fn(h->ctx, h->line.data, h->line.len, 1);
	buf_reset(&h->line);
	h->prefix_len = 0;
	h->continued = 0;
}

/* A line too long to hold goes out in pieces cut between characters. */
static void
emit_piece(struct html *h)
{
	size_t cut = h->line.len;

	/* The last character may be cut: it waits for the next piece. */
	if (cut > 0 && (unsigned char)h->line.data[cut - 1] >= 0x80)
		cut = utf8_start(h->line.data, cut - 1);
	if (cut == 0)
		return;
	h->fn(h->ctx, h->line.data, cut, 0);
	h->line.len -= cut;
	memmove(h->line.data, h->line.data + cut, h->line.len);
	h->prefix_len = 0;
	h->continued = 1;
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void
add_text(struct html *h, const char *s, size_t n)
{
	if (h->pending) {
		buf_addc(&h->line, h->pending);
		h->pending = 0;
	}
	buf_add(&h->line, s, n);
	if (h->line.len >= HTML_PIECE)
		emit_piece(h);
}

/* Text outside <pre>: each run of white space is one space. */
static void
add_collapsed(struct html *h, const char *s, const char *end)
{
	const char *word;

	while (s < end) {
		if (is_space((unsigned char)*s)) {
			while (s < end && is_space((unsigned char)*s))
				s++;
			if (has_text(h) && !h->pending)
				h->pending = ' ';
			continue;
		}
		word = s;
		while (s < end && !is_space((unsigned char)*s))
			s++;
		add_text(h, word, (size_t)(s - word));
	}
}

/* Text inside <pre>: as it is, its newlines end lines. */
static void
add_preformatted(struct html *h, const char *s, const char *end)
{
	const char *nl;

	while ((nl = memchr(s, '\n', (size_t)(end - s))) != NULL) {
		add_text(h, s, (size_t)(nl - s));
		end_line(h);
		s = nl + 1;
	}
	add_text(h, s, (size_t)(end - s));
}

static void
on_text(void *ctx, const xmlChar *ch, int len)
{
	struct html *h = ctx;
	const char *s = (const char *)ch;

	if (h->drop_depth > 0 || len <= 0)
		return;
	if (h->pre_depth > 0)
		add_preformatted(h, s, s + len);
	else
		add_collapsed(h, s, s + len);
}

/* Whether a style attribute says "prop: value", in any case and spacing. */
static int
style_says(const char *style, const char *prop, const char *value)
{
	const char *p = style;
	size_t plen = strlen(prop), vlen = strlen(value);

	while ((p = strcasestr(p, prop)) != NULL) {
		p += plen;
		while (is_space((unsigned char)*p))
			p++;
		if (*p != ':')
			continue;
		p++;
		while (is_space((unsigned char)*p))
			p++;
		if (strncasecmp(p, value, vlen) == 0)
			return 1;
	}
	return 0;
}

/* The hidden attribute, or an inline style that hides the element. */
static int
hidden(const xmlChar **attrs)
{
	const char *name, *value;

	for (; attrs != NULL && attrs[0] != NULL; attrs += 2) {
		name = (const char *)attrs[0];
		value = (const char *)attrs[1];
		if (strcmp(name, "hidden") == 0)
			return 1;
		if (strcmp(name, "style") == 0 && value != NULL &&
		    (style_says(value, "display", "none") ||
		    style_says(value, "visibility", "hidden")))
			return 1;
	}
	return 0;
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
	struct html *h = ctx;
	int el;

	h->depth++;
	if (h->drop_depth > 0)
		return;
	el = html_element((const char *)name);
	if ((el & EL_DROP) || hidden(attrs)) {
		h->drop_depth = h->depth;
		return;
	}
	if (el & (EL_BLOCK | EL_BREAK))
		end_line(h);
	if (el & EL_ITEM) {
		buf_reset(&h->line);
		buf_add(&h->line, "- ", 2);
		h->prefix_len = 2;
	}
	if ((el & EL_CELL) && has_text(h))
		h->pending = '\t';
	if ((el & EL_PRE) && h->pre_depth == 0)
		h->pre_depth = h->depth;
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct html *h = ctx;
	int el;

	if (h->drop_depth > 0) {
		if (h->depth-- == h->drop_depth)
			h->drop_depth = 0;
		return;
	}
	el = html_element((const char *)name);
	if (el & EL_BLOCK)
		end_line(h);
	if ((el & EL_ITEM) && !has_text(h)) {
		buf_reset(&h->line);	/* an empty item: no lone "- " */
		h->prefix_len = 0;
	}
	if (h->pre_depth == h->depth)
		h->pre_depth = 0;
	h->depth--;
}

/* The page's mistakes are the parser's to mend, not the user's to read. */
static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

struct html *
html_new(html_line_fn fn, void *ctx)
{
	static xmlSAXHandler sax;
	struct html *h;

	if (sax.startElement == NULL) {
		xmlSetGenericErrorFunc(NULL, quiet);
		sax.startElement = on_start;
		sax.endElement = on_end;
		sax.characters = on_text;
		sax.ignorableWhitespace = on_text;
		sax.cdataBlock = on_text;
		sax.warning = quiet;
		sax.error = quiet;
		sax.fatalError = quiet;
	}
	h = calloc(1, sizeof *h);
	if (h == NULL)
		return NULL;
	h->fn = fn;
	h->ctx = ctx;
	h->ctxt = htmlCreatePushParserCtxt(&sax, h, NULL, 0, NULL,
	    XML_CHAR_ENCODING_UTF8);
	if (h->ctxt == NULL) {
		free(h);
		return NULL;
	}
	/* The text is UTF-8 already: a <meta charset> must not re-decode it. */
	htmlCtxtUseOptions(h->ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
	    HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	return h;
}

/*
 * Bytes to the parser in steps small enough for it to let go of what it
 * has read (it keeps the whole of a larger chunk), each cut before a '<'
 * as html_feed() cuts chunks.
 */
static void
parse_raw(struct html *h, const char *s, size_t n, int last)
{
	const char *lt;
	size_t part;

	do {
		part = n;
		if (n > PARSE_STEP) {
			lt = memrchr(s, '<', PARSE_STEP);
			part = lt != NULL && lt > s ? (size_t)(lt - s) : PARSE_STEP;
		}
		htmlParseChunk(h->ctxt, s, (int)part, last && part == n);
		s += part;
		n -= part;
	} while (n > 0);
}

/* Whether s[0..n) starts an end tag of html or body: "</html", "</body". */
static int
closes_document(const char *s, size_t n)
{
	return n >= 7 && (strncasecmp(s + 2, "html", 4) == 0 ||
	    strncasecmp(s + 2, "body", 4) == 0) &&
	    (s[6] == '>' || s[6] == '/' || is_space((unsigned char)s[6]));
}

/*
 * As a browser does, text after </body> or </html> is still the body's:
 * libxml2 would drop all that follows them, so those end tags never reach
 * it (the parser closes what is open at the end).
 */
static void
parse(struct html *h, const char *s, size_t n, int last)
{
	const char *end, *p = s, *tag, *gt;

	if (n == 0) {
		htmlParseChunk(h->ctxt, NULL, 0, last);
		return;
	}
	end = s + n;
	while ((tag = memmem(p, (size_t)(end - p), "</", 2)) != NULL) {
		p = tag + 2;
		if (!closes_document(tag, (size_t)(end - tag)) ||
		    (gt = memchr(tag, '>', (size_t)(end - tag))) == NULL)
			continue;
		parse_raw(h, s, (size_t)(tag - s), 0);
		s = p = gt + 1;
	}
	parse_raw(h, s, (size_t)(end - s), last);
}

/*
 * libxml2's push parser loses the rest of the page when a chunk ends
 * inside a tag that closes a script ("</scr"): chunks are cut before the
 * last '<' they hold, the bytes from there wait for the next.
 */
void
html_feed(struct html *h, const char *s, size_t n)
{
	const char *lt;
	size_t keep;

	if (n == 0)
		return;
	if (h->held.len > 0) {
		buf_add(&h->held, s, n);
		s = h->held.data;
		n = h->held.len;
	}
	lt = memrchr(s, '<', n);
	if (lt == NULL || lt == s) {
		if (n < HTML_PIECE) {
			if (s != h->held.data)
				buf_add(&h->held, s, n);
			return;
		}
		lt = s + n;
	}
	parse(h, s, (size_t)(lt - s), 0);
	keep = n - (size_t)(lt - s);
	if (s == h->held.data) {
		if (keep > 0)
			memmove(h->held.data, lt, keep);
		h->held.len = keep;
	} else
		buf_add(&h->held, lt, keep);
}

void
html_end(struct html *h)
{
	parse(h, h->held.data, h->held.len, 1);
	buf_reset(&h->held);
	end_line(h);
}

void
html_free(struct html *h)
{
	if (h == NULL)
		return;
	htmlFreeParserCtxt(h->ctxt);
	buf_free(&h->line);
	buf_free(&h->held);
	free(h);
}
