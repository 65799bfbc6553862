/*
 * html.c: the innerText rendering of a page from libxml2's SAX events.
 *
 * The parser closes what the page leaves open and calls endElement for
 * every element it started, void ones included, so a depth counter is
 * enough to know where a dropped element, a <pre>, an <article> or a
 * table row ends: no stack of our own, whatever the nesting.
 *
 * A table row is held (html_row.c) until it ends: a row of two cells
 * with text or more is one line, its cells apart, even when a cell holds
 * paragraphs or breaks (as tables pasted from word processors do); a row
 * that holds a table, or more than ROW_MAX bytes of text, is a layout and
 * its lines go out as they are.
 */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "buf.h"
#include "dynlib.h"
#include "html.h"
#include "html_elements.h"
#include "html_legacy.h"
#include "html_row.h"
#include "uclass.h"
#include "utf8.h"

#define ROW_MAX		1024

struct html {
	html_read_fn	 read;
	void		*read_ctx;
	html_line_fn	 fn;
	void		*ctx;
	struct buf	 line;
	size_t		 prefix_len;	/* the line holds only "- " so far */
	int		 continued;	/* a piece of the line went out */
	int		 pending;	/* a space or TAB due before more text */
	long		 depth;
	long		 drop_depth;	/* depth of the dropped element, or 0 */
	long		 pre_depth;	/* depth of the <pre>, or 0 */
	long		 article_depth;	/* depth of the <article>, or 0 */
	long		 row_depth;	/* depth of the <tr> held, or 0 */
	struct row	 row;		/* its lines so far */
	int		 cell_fresh;	/* a cell began, with no text yet */
	int		 cell_line;	/* the line begins a cell */
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
	/* A cell that began on this line begins the next. */
	int cell_due = h->pending == '\t';

	h->pending = 0;
	trim_tail(h);
	if (!has_text(h))
		return;
	if (h->row_depth > 0)
		row_add(&h->row, h->line.data, h->line.len, h->cell_line);
	else
		h->fn(h->ctx, h->line.data, h->line.len, 1);
	h->cell_line = cell_due;
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

/* The row held goes out as its lines: it is a layout. */
static void
let_row_go(struct html *h)
{
	row_flush(&h->row, h->fn, h->ctx);
	h->row_depth = 0;
}

static void
add_text(struct html *h, const char *s, size_t n)
{
	if (h->pending) {
		buf_addc(&h->line, h->pending);
		h->pending = 0;
	}
	if (h->cell_fresh) {
		h->row.cells++;
		h->cell_fresh = 0;
	}
	buf_add(&h->line, s, n);
	if (h->row_depth > 0 && h->row.lines.len + h->line.len > ROW_MAX)
		let_row_go(h);
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

/*
 * The Windows-1252 characters that C1 controls stand for in a page, as
 * the HTML standard reads &#128;..&#159; (and as a page saved through
 * Latin-1 holds them raw): taken from iconv once; empty where cp1252 has
 * none, and the control stays (cleanup drops it).
 */
static char cp1252[32][4];

static void
load_cp1252(void)
{
	iconv_t cd = iconv_open("UTF-8", "CP1252");
	char in, *ip, *op;
	size_t il, ol;
	int b;

	if (cd == (iconv_t)-1)
		return;
	for (b = 0; b < 32; b++) {
		in = (char)(0x80 + b);
		ip = &in;
		il = 1;
		op = cp1252[b];
		ol = sizeof cp1252[b] - 1;
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
			cp1252[b][0] = '\0';
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
}

static void
add_run(struct html *h, const char *s, const char *end)
{
	if (h->pre_depth > 0)
		add_preformatted(h, s, end);
	else
		add_collapsed(h, s, end);
}

static void
on_text(void *ctx, const xmlChar *ch, int len)
{
	struct html *h = ctx;
	const char *s = (const char *)ch, *end = s + len, *p = s, *c1;

	if (h->drop_depth > 0 || len <= 0)
		return;
	/* A C1 control is U+0080..U+009F: 0xC2 0x80..0x9F. */
	while ((p = memchr(p, 0xC2, (size_t)(end - p))) != NULL &&
	    ++p < end) {
		if ((unsigned char)*p < 0x80 || (unsigned char)*p > 0x9F ||
		    (c1 = cp1252[(unsigned char)*p - 0x80])[0] == '\0')
			continue;
		add_run(h, s, p - 1);
		add_run(h, c1, c1 + strlen(c1));
		s = ++p;
	}
	add_run(h, s, end);
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

/* Whether a class attribute names a class that hides its element. */
static int
class_hides(const char *value)
{
	const char *s = value, *word;

	for (;;) {
		while (is_space((unsigned char)*s))
			s++;
		if (*s == '\0')
			return 0;
		word = s;
		while (*s != '\0' && !is_space((unsigned char)*s))
			s++;
		if (html_class_hides(word, (size_t)(s - word)))
			return 1;
	}
}

/*
 * The hidden attribute, an inline style that hides the element, or a
 * class that does.
 */
static int
hidden(const xmlChar **attrs)
{
	const char *name, *value;

	for (; attrs != NULL && attrs[0] != NULL; attrs += 2) {
		name = (const char *)attrs[0];
		value = (const char *)attrs[1];
		if (strcmp(name, "hidden") == 0)
			return 1;
		if (strcmp(name, "class") == 0 && value != NULL &&
		    class_hides(value))
			return 1;
		/*
		 * Not visibility:hidden: pages hide their article that way
		 * until a script shows it (WeChat's js_content), and a saved
		 * page runs no script.
		 */
		if (strcmp(name, "style") == 0 && value != NULL &&
		    style_says(value, "display", "none"))
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
	/* An aside in an article is the article's own (a quote), not a column. */
	if ((el & EL_DROP) || ((el & EL_ASIDE) && h->article_depth == 0) ||
	    hidden(attrs)) {
		h->drop_depth = h->depth;
		return;
	}
	if ((el & EL_ARTICLE) && h->article_depth == 0)
		h->article_depth = h->depth;
	if (el & (EL_BLOCK | EL_BREAK))
		end_line(h);
	if ((el & EL_TABLE) && h->row_depth > 0)
		let_row_go(h);
	if ((el & EL_ROW) && h->row_depth == 0)
		h->row_depth = h->depth;
	if (el & EL_ITEM) {
		buf_reset(&h->line);
		buf_add(&h->line, "- ", 2);
		h->prefix_len = 2;
	}
	if (el & EL_CELL) {
		if (has_text(h))
			h->pending = '\t';
		else
			h->cell_line = 1;
		h->cell_fresh = 1;
	}
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
	if (h->row_depth == h->depth) {
		if (h->row.cells >= 2)
			row_join(&h->row, h->fn, h->ctx);
		else
			row_flush(&h->row, h->fn, h->ctx);
		h->row_depth = 0;
	}
	if (h->pre_depth == h->depth)
		h->pre_depth = 0;
	if (h->article_depth == h->depth)
		h->article_depth = 0;
	h->depth--;
}

/* The page's mistakes are the parser's to mend, not the user's to read. */
static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

/* The functions of libxml2 the reader calls, loaded by its first page. */
static struct {
	__typeof__(xmlSetGenericErrorFunc)	*set_generic_error_func;
	__typeof__(htmlNewParserCtxt)		*new_parser_ctxt;
	__typeof__(xmlParserInputBufferCreateIO) *input_buffer_create_io;
	__typeof__(xmlNewIOInputStream)		*new_io_input_stream;
	__typeof__(xmlFreeParserInputBuffer)	*free_input_buffer;
	__typeof__(inputPush)			*input_push;
	__typeof__(htmlCtxtUseOptions)		*ctxt_use_options;
	__typeof__(htmlParseDocument)		*parse_document;
	__typeof__(htmlFreeParserCtxt)		*free_parser_ctxt;
	__typeof__(htmlEntityValueLookup)	*entity_value_lookup;
} xml;

static void
load_libxml2(void)
{
	struct dynlib lib;

	dynlib_open(&lib, SONAME_LIBXML2, "HTML input");
	*(void **)&xml.set_generic_error_func = dynlib_sym(&lib,
	    "xmlSetGenericErrorFunc");
	*(void **)&xml.new_parser_ctxt = dynlib_sym(&lib, "htmlNewParserCtxt");
	*(void **)&xml.input_buffer_create_io = dynlib_sym(&lib,
	    "xmlParserInputBufferCreateIO");
	*(void **)&xml.new_io_input_stream = dynlib_sym(&lib,
	    "xmlNewIOInputStream");
	*(void **)&xml.free_input_buffer = dynlib_sym(&lib,
	    "xmlFreeParserInputBuffer");
	*(void **)&xml.input_push = dynlib_sym(&lib, "inputPush");
	*(void **)&xml.ctxt_use_options = dynlib_sym(&lib,
	    "htmlCtxtUseOptions");
	*(void **)&xml.parse_document = dynlib_sym(&lib, "htmlParseDocument");
	*(void **)&xml.free_parser_ctxt = dynlib_sym(&lib,
	    "htmlFreeParserCtxt");
	*(void **)&xml.entity_value_lookup = dynlib_sym(&lib,
	    "htmlEntityValueLookup");
}

/*
 * HTML's legacy references, decoded without ';': the names of the
 * Latin-1 characters (U+00A0..U+00FF, from libxml2's table) and of the
 * four of the markup.
 */
static char legacy_names[96 + 4][LEGACY_NAME_MAX + 1] = {
	"amp", "lt", "gt", "quot"
};
static size_t nlegacy = 4;

static void
load_legacy_names(void)
{
	const htmlEntityDesc *e;
	unsigned c;

	for (c = 0xA0; c <= 0xFF; c++)
		if ((e = xml.entity_value_lookup(c)) != NULL &&
		    strlen(e->name) <= LEGACY_NAME_MAX)
			strcpy(legacy_names[nlegacy++], e->name);
}

static size_t
legacy_prefix(const char *s, size_t n)
{
	size_t i, len, best = 0;

	for (i = 0; i < nlegacy; i++)
		if (legacy_names[i][0] == s[0] &&
		    (len = strlen(legacy_names[i])) <= n && len > best &&
		    memcmp(legacy_names[i], s, len) == 0)
			best = len;
	return best;
}

/*
 * The parser's read: as many bytes as it asks for, short only at the end
 * of the page (libxml2 takes a short read inside a script or a tag for
 * the end of the page).
 */
static int
pull(void *ctx, char *buf, int len)
{
	struct html *h = ctx;
	size_t got = 0, n;

	while (got < (size_t)len &&
	    (n = h->read(h->read_ctx, buf + got, (size_t)len - got)) > 0)
		got += n;
	return (int)got;
}

/* A parser that pulls the page through pull() and calls back into h. */
static htmlParserCtxtPtr
parser_new(struct html *h)
{
	static xmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	xmlParserInputBufferPtr in;
	xmlParserInputPtr stream;

	if (sax.startElement == NULL) {
		load_libxml2();
		load_cp1252();
		load_legacy_names();
		xml.set_generic_error_func(NULL, quiet);
		sax.startElement = on_start;
		sax.endElement = on_end;
		sax.characters = on_text;
		sax.ignorableWhitespace = on_text;
		sax.cdataBlock = on_text;
		sax.warning = quiet;
		sax.error = quiet;
		sax.fatalError = quiet;
	}
	if ((ctxt = xml.new_parser_ctxt()) == NULL)
		return NULL;
	in = xml.input_buffer_create_io(pull, NULL, h, XML_CHAR_ENCODING_UTF8);
	stream = in != NULL ? xml.new_io_input_stream(ctxt, in,
	    XML_CHAR_ENCODING_UTF8) : NULL;
	if (stream == NULL) {
		xml.free_input_buffer(in);
		xml.free_parser_ctxt(ctxt);
		return NULL;
	}
	xml.input_push(ctxt, stream);
	memcpy(ctxt->sax, &sax, sizeof sax);
	ctxt->userData = h;
	/* The text is UTF-8 already: a <meta charset> must not re-decode it. */
	xml.ctxt_use_options(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
	    HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	return ctxt;
}

int
html_render(html_read_fn read, void *read_ctx, html_line_fn fn, void *ctx)
{
	struct html h;
	struct legacy_in in;
	htmlParserCtxtPtr ctxt;

	memset(&h, 0, sizeof h);
	legacy_init(&in, read, read_ctx, legacy_prefix);
	h.read = legacy_read;
	h.read_ctx = &in;
	h.fn = fn;
	h.ctx = ctx;
	if ((ctxt = parser_new(&h)) == NULL) {
		legacy_free(&in);
		return -1;
	}
	xml.parse_document(ctxt);
	end_line(&h);
	xml.free_parser_ctxt(ctxt);
	legacy_free(&in);
	buf_free(&h.line);
	buf_free(&h.row.lines);
	return 0;
}
