/*
 * page.c: decode an HTML page to UTF-8 and render it.
 *
 * The parser is handed valid UTF-8 only: a legacy page goes through the
 * decoder, a UTF-8 page is validated and its invalid bytes become U+FFFD
 * (counted and reported with their byte offset), so libxml2 never guesses.
 * The parser pulls: each read takes the next chunk of the source only
 * when the last one was used up.
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
	const struct page_src *src;
	struct decoder	*decoder;	/* NULL for UTF-8 */
	int		 skip_invalid;
	int		 ended;		/* src has no more bytes */
	size_t		 skip;		/* BOM bytes still to skip */
	unsigned long long read_off;	/* bytes taken from src */
	const unsigned char *in;	/* raw bytes: in[in_pos..in_len) unread */
	size_t		 in_len, in_pos;
	size_t		 valid_end;	/* in[in_pos..valid_end) is valid UTF-8 */
	size_t		 base;		/* where in[] the decoder started */
	struct buf	 carry;		/* a cut sequence and the next chunk */
	struct buf	 text;		/* decoded text: text[text_pos..) unread */
	size_t		 text_pos;
	size_t		 repl_len;	/* bytes of a U+FFFD still to give */
};

#define REPLACEMENT	"\xEF\xBF\xBD"

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

/* An invalid sequence at in[base + off]: reported with its offset. */
static void
invalid_byte(void *ctx, size_t off, size_t len)
{
	struct page *p = ctx;
	size_t at = p->base + off;

	(void)len;
	bad_input("invalid", p->c->doc->file, p->c->line + 1,
	    "invalid byte 0x%02X at byte offset %llu", p->in[at],
	    p->read_off - p->in_len + at);
}

/* The unread bytes of in[] (a sequence a chunk cut) to the start of carry. */
static void
carry_rest(struct page *p)
{
	size_t rest = p->in_len - p->in_pos;

	if (p->in == (const unsigned char *)p->carry.data) {
		memmove(p->carry.data, p->carry.data + p->in_pos, rest);
		p->carry.len = rest;
	} else {
		buf_reset(&p->carry);
		buf_add(&p->carry, p->in + p->in_pos, rest);
	}
}

/* Read on from the start of carry. */
static void
take_carry(struct page *p)
{
	p->in = (const unsigned char *)p->carry.data;
	p->in_len = p->carry.len;
	p->in_pos = p->valid_end = 0;
}

/*
 * More raw bytes in in[], after the unread ones; 0 when the page has
 * ended and none are left.  The unread bytes are kept first: the source
 * may reuse its buffer.
 */
static int
refill(struct page *p)
{
	const unsigned char *s;
	size_t n, skip, rest = p->in_len - p->in_pos;

	if (p->ended)
		return rest > 0;
	if (rest > 0)
		carry_rest(p);
	if ((n = p->src->more(p->src->ctx, &s)) == 0) {
		p->ended = 1;
		if (rest > 0)
			take_carry(p);
		return rest > 0;
	}
	p->read_off += n;
	skip = p->skip < n ? p->skip : n;
	p->skip -= skip;
	if (rest > 0) {
		buf_add(&p->carry, s + skip, n - skip);
		take_carry(p);
	} else {
		p->in = s + skip;
		p->in_len = n - skip;
		p->in_pos = p->valid_end = 0;
	}
	return 1;
}

/* A legacy page: decoded a chunk at a time, served from text. */
static size_t
read_decoded(void *ctx, char *buf, size_t size)
{
	struct page *p = ctx;
	size_t n;

	while (p->text_pos == p->text.len) {
		if (!refill(p))
			return 0;
		buf_reset(&p->text);
		p->text_pos = 0;
		p->base = p->in_pos;
		p->in_pos += decoder_run(p->decoder, p->in + p->in_pos,
		    p->in_len - p->in_pos, p->ended, p->skip_invalid, &p->text,
		    invalid_byte, p);
	}
	n = p->text.len - p->text_pos < size ? p->text.len - p->text_pos : size;
	memcpy(buf, p->text.data + p->text_pos, n);
	p->text_pos += n;
	return n;
}

/*
 * A UTF-8 page: its valid runs as they are, each invalid byte U+FFFD.
 * Bytes are checked a read at a time, 4 more to end its last character,
 * which the next read gives unchecked when this one cut it.
 */
static size_t
read_utf8(void *ctx, char *buf, size_t size)
{
	struct page *p = ctx;
	const unsigned char *s;
	size_t n, k;
	uint32_t cp;

	for (;;) {
		if (p->repl_len > 0) {
			k = p->repl_len < size ? p->repl_len : size;
			memcpy(buf, &REPLACEMENT[3 - p->repl_len], k);
			p->repl_len -= k;
			return k;
		}
		if (p->in_pos < p->valid_end) {
			k = p->valid_end - p->in_pos < size ?
			    p->valid_end - p->in_pos : size;
			memcpy(buf, p->in + p->in_pos, k);
			p->in_pos += k;
			return k;
		}
		while (p->in_pos == p->in_len)
			if (!refill(p))
				return 0;
		s = p->in + p->in_pos;
		n = p->in_len - p->in_pos;
		p->valid_end = p->in_pos + utf8_valid_prefix((const char *)s,
		    n < size + 4 ? n : size + 4);
		if (p->valid_end > p->in_pos)
			continue;
		/* A sequence cut by the chunk waits for the next. */
		if (!p->ended && utf8_decode(s, n, &cp) == UTF8_TRUNCATED) {
			if (!refill(p))
				return 0;
			continue;
		}
		p->base = p->in_pos++;
		p->valid_end = p->in_pos;
		invalid_byte(p, 0, 1);
		if (!p->skip_invalid)
			p->repl_len = 3;
	}
}

void
page_render(struct conv *c, const struct page_src *src,
    const struct tocode_opts *o, const char *http_type)
{
	struct page p;
	const char *enc;

	memset(&p, 0, sizeof p);
	p.c = c;
	p.src = src;
	p.skip_invalid = o->clean.skip_invalid;
	enc = page_encoding(src->head, src->head_len, src->head_is_all, o->from,
	    http_type, &p.skip);
	if (!encoding_is_utf8(enc) && strcmp(enc, "ASCII") != 0 &&
	    (p.decoder = decoder_new(enc, NULL)) == NULL)
		error_at(c->doc->file, 0, "unknown encoding '%s', read as "
		    "UTF-8", enc);
	if (html_render(p.decoder != NULL ? read_decoded : read_utf8, &p,
	    html_line, c) < 0)
		fatal(EXIT_TROUBLE, "out of memory");
	decoder_free(p.decoder);
	buf_free(&p.carry);
	buf_free(&p.text);
}

struct bytes {
	const unsigned char *s;
	size_t	 n;
};

/* All the bytes at once, then the end. */
static size_t
bytes_more(void *ctx, const unsigned char **p)
{
	struct bytes *b = ctx;
	size_t n = b->n;

	*p = b->s;
	b->n = 0;
	return n;
}

void
page_render_bytes(struct conv *c, const char *s, size_t n,
    const struct tocode_opts *o, const char *http_type)
{
	struct bytes b = { (const unsigned char *)s, n };
	struct page_src src = { bytes_more, &b, b.s, n, 1 };

	page_render(c, &src, o, http_type);
}
