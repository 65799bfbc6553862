/*
 * page.c: decode an HTML page to UTF-8 and render it.
 *
 * The parser is handed valid UTF-8 only: a legacy page goes through the
 * decoder, a UTF-8 page is validated and its invalid bytes become U+FFFD
 * (counted and reported with their byte offset), so libxml2 never guesses.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "conv.h"
#include "convert.h"
#include "decode.h"
#include "detect.h"
#include "detect_decl.h"
#include "doc.h"
#include "html.h"
#include "msg.h"
#include "opts.h"
#include "page.h"
#include "utf8.h"
#include "utf8_valid.h"

#define HEAD_WINDOW	4096

struct page {
	struct conv	*c;
	struct html	*html;
	struct decoder	*decoder;	/* NULL for UTF-8 */
	int		 skip_invalid;
	size_t		 skip;		/* BOM bytes still to skip */
	unsigned long long offset;	/* input offset of base */
	const unsigned char *base;	/* the bytes being decoded */
	struct buf	 carry;		/* a sequence cut by a chunk */
	struct buf	 text;		/* decoded text for the parser */
};

/* Whether s[0..n) has, in any case, the tag opening word. */
static int
has_tag(const unsigned char *s, size_t n, const char *word)
{
	size_t len = strlen(word), i;

	for (i = 0; i + len <= n; i++)
		if (s[i] == '<' && strncasecmp((const char *)s + i, word,
		    len) == 0)
			return 1;
	return 0;
}

int
page_is_html(const unsigned char *w, size_t n)
{
	if (n >= 3 && memcmp(w, "\xEF\xBB\xBF", 3) == 0) {
		w += 3;
		n -= 3;
	}
	while (n > 0 && (*w == ' ' || *w == '\t' || *w == '\r' || *w == '\n')) {
		w++;
		n--;
	}
	if (n == 0 || *w != '<')
		return 0;
	if (n > HEAD_WINDOW)
		n = HEAD_WINDOW;
	return has_tag(w, n, "<!doctype html") || has_tag(w, n, "<html") ||
	    has_tag(w, n, "<head") || has_tag(w, n, "<body") ||
	    has_tag(w, n, "<meta ") || has_tag(w, n, "<title>") ||
	    has_tag(w, n, "<script") || has_tag(w, n, "<style") ||
	    has_tag(w, n, "<div") || has_tag(w, n, "<table") ||
	    has_tag(w, n, "<p>");
}

/* Whether w[0..n) decodes in the encoding with no invalid sequence. */
static int
decodes_clean(const char *name, const unsigned char *w, size_t n, int at_eof)
{
	struct decoder *d;
	struct buf out = { NULL, 0, 0 };
	size_t valid;
	int bad = 0;

	if (encoding_is_utf8(name)) {
		valid = utf8_valid_prefix((const char *)w, n);
		return valid == n || (!at_eof && n - valid < 4);
	}
	if ((d = decoder_new(name, NULL)) == NULL)
		return 0;
	decoder_run(d, w, n, at_eof, 0, &out, decoder_count_invalid, &bad);
	decoder_free(d);
	buf_free(&out);
	return bad == 0;
}

/* The encoding of the page, and the BOM bytes to skip. */
static const char *
page_encoding(const unsigned char *w, size_t n, int at_eof, const char *from,
    const char *http_type, size_t *bom_len)
{
	struct detection det;
	const char *header;

	*bom_len = 0;
	if (from != NULL)
		return from;
	detect_encoding(w, n, at_eof, &det);
	if (det.bom_len > 0) {
		*bom_len = det.bom_len;
		return det.iconv_name;
	}
	if (http_type != NULL &&
	    (header = declared_encoding((const unsigned char *)http_type,
	    strlen(http_type))) != NULL &&
	    strcmp(header, "ASCII") != 0 && decodes_clean(header, w, n, at_eof))
		return header;
	return det.iconv_name;
}

static void
html_line(void *ctx, const char *s, size_t n, int end)
{
	struct conv *c = ctx;

	if (!c->in_line)
		c->line++;
	c->in_line = !end;
	conv_line(c, s, n, end);
}

struct page *
page_new(struct conv *c, const unsigned char *w, size_t n, int at_eof,
    const struct tocode_opts *o, const char *http_type)
{
	struct page *p = calloc(1, sizeof *p);
	const char *enc;

	if (p == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	p->c = c;
	p->skip_invalid = o->clean.skip_invalid;
	enc = page_encoding(w, n, at_eof, o->from, http_type, &p->skip);
	p->offset = p->skip;
	if (!encoding_is_utf8(enc) && strcmp(enc, "ASCII") != 0 &&
	    (p->decoder = decoder_new(enc, NULL)) == NULL)
		error_at(c->doc->file, 0, "unknown encoding '%s', read as "
		    "UTF-8", enc);
	if ((p->html = html_new(html_line, c)) == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	return p;
}

static void
invalid_byte(void *ctx, size_t off, size_t len)
{
	struct page *p = ctx;

	(void)len;
	bad_input("invalid", p->c->doc->file, p->c->line + 1,
	    "invalid byte 0x%02X at byte offset %llu", p->base[off],
	    p->offset + off);
}

/*
 * UTF-8 to the parser: valid runs as they are, each invalid byte U+FFFD.
 * Returns how many bytes were used (a sequence cut at the end waits).
 */
static size_t
validate_utf8(struct page *p, const unsigned char *s, size_t n, int final)
{
	size_t at = 0, valid;
	uint32_t cp;

	while (at < n) {
		valid = utf8_valid_prefix((const char *)s + at, n - at);
		html_feed(p->html, (const char *)s + at, valid);
		at += valid;
		/* A sequence cut by the chunk waits for the next. */
		if (at == n || (!final &&
		    utf8_decode(s + at, n - at, &cp) == UTF8_TRUNCATED))
			break;
		invalid_byte(p, at, 1);
		if (!p->skip_invalid)
			html_feed(p->html, "\xEF\xBF\xBD", 3);
		at++;
	}
	return at;
}

/* Decode s[0..n) to the parser; returns the bytes used. */
static size_t
run(struct page *p, const unsigned char *s, size_t n, int final)
{
	size_t used;

	p->base = s;
	if (p->decoder == NULL)
		used = validate_utf8(p, s, n, final);
	else {
		buf_reset(&p->text);
		used = decoder_run(p->decoder, s, n, final, p->skip_invalid,
		    &p->text, invalid_byte, p);
		html_feed(p->html, p->text.data, p->text.len);
	}
	p->offset += used;
	return used;
}

/* Bytes of a sequence cut by a chunk wait in carry for the next. */
void
page_feed(struct page *p, const unsigned char *s, size_t n)
{
	size_t skip = p->skip < n ? p->skip : n, used;

	p->skip -= skip;
	s += skip;
	n -= skip;
	if (p->carry.len == 0) {
		used = run(p, s, n, 0);
		buf_add(&p->carry, s + used, n - used);
		return;
	}
	buf_add(&p->carry, s, n);
	used = run(p, (const unsigned char *)p->carry.data, p->carry.len, 0);
	p->carry.len -= used;
	if (p->carry.len > 0)
		memmove(p->carry.data, p->carry.data + used, p->carry.len);
}

void
page_end(struct page *p)
{
	run(p, (const unsigned char *)p->carry.data, p->carry.len, 1);
	html_end(p->html);
	html_free(p->html);
	decoder_free(p->decoder);
	buf_free(&p->carry);
	buf_free(&p->text);
	free(p);
}
