/*
 * warc.c: the records of a web archive to corpus lines.
 *
 * A record is a header of "Name: value" lines ended by a blank line,
 * a block of Content-Length bytes, and CRLF CRLF.  Only the record being
 * read is held in memory.  When a record's length is wrong (its block is
 * not followed by the next record or the end) or its header is not a
 * WARC header, the record is reported and reading resumes at the next
 * line that starts "WARC/1.".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "buf.h"
#include "conv.h"
#include "convert.h"
#include "doc.h"
#include "http.h"
#include "json.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "page.h"
#include "reader.h"
#include "script.h"
#include "warc.h"
#include "warc_src.h"

#define HEADER_MAX	(1024 * 1024)
#define MAGIC		"WARC/1."
#define MAGIC_LEN	7

struct record {
	unsigned long long offset;	/* in the archive */
	char		 type[32];
	char		 content_type[256];
	struct buf	 id, url, date;
	unsigned long long length;
	int		 has_length;
};

/*
 * What became of a record: a page, or why not, as the count at the end
 * names it.  The record types come first, in the order of their names.
 */
enum fate {
	PAGE, SKIP_WARCINFO, SKIP_REQUEST, SKIP_METADATA, SKIP_REVISIT,
	SKIP_RESOURCE, SKIP_OTHER, SKIP_STATUS, SKIP_NOT_PAGE, SKIP_LONG,
	SKIP_BROKEN, FATES
};

static const char *const fate_names[FATES] = {
	"page", "warcinfo", "request", "metadata", "revisit", "resource",
	"other type", "status not 2xx", "not HTML or text", "too long",
	"unreadable"
};

struct warc {
	struct warc_src	 src;
	const struct tocode_opts *o;
	struct record	 rec;
	struct buf	 text, work, work2;
	unsigned long	 records;	/* records read */
	unsigned long	 fates[FATES];	/* how many had each fate */
};

int
warc_is_archive(const unsigned char *w, size_t n)
{
	unsigned char head[MAGIC_LEN];
	z_stream z;
	int ok;

	if (n >= MAGIC_LEN && memcmp(w, MAGIC, MAGIC_LEN) == 0)
		return 1;
	if (n < 2 || w[0] != 0x1F || w[1] != 0x8B)
		return 0;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		return 0;
	z.next_in = (unsigned char *)w;
	z.avail_in = (uInt)(n > 65536 ? 65536 : n);
	z.next_out = head;
	z.avail_out = sizeof head;
	inflate(&z, Z_NO_FLUSH);
	ok = z.avail_out == 0 && memcmp(head, MAGIC, MAGIC_LEN) == 0;
	inflateEnd(&z);
	return ok;
}

/* A record that cannot be read: each one is said, with its offset. */
static void
record_lost(struct warc *w, unsigned long long off, const char *why)
{
	unsigned long long at = src_file_offset(&w->src, off);

	if (msg_strict)
		fatal_at(EXIT_BAD, w->src.doc->file, 0, "byte offset %llu: "
		    "%s", at, why);
	warn_at(w->src.doc->file, 0, "byte offset %llu: %s", at, why);
}

/* A record read but lost: said, and counted. */
static void
record_broken(struct warc *w, const char *why)
{
	record_lost(w, w->rec.offset, why);
	w->fates[SKIP_BROKEN]++;
}

static size_t
avail(const struct warc *w)
{
	return w->src.out.len - w->src.pos;
}

static const char *
at(const struct warc *w)
{
	return w->src.out.data + w->src.pos;
}

/*
 * Make n bytes available at pos: 1, 0 when the input ends first, -1
 * when a broken gzip member lost bytes in between.
 */
static int
need(struct warc *w, size_t n)
{
	int r;

	while (avail(w) < n)
		if ((r = src_more(&w->src)) <= 0)
			return r;
	return 1;
}

/* Skip the blank lines between records; 0 at the end of input. */
static int
skip_blank(struct warc *w)
{
	for (;;) {
		while (avail(w) > 0 && (*at(w) == '\r' || *at(w) == '\n'))
			w->src.pos++;
		if (avail(w) > 0)
			return 1;
		src_compact(&w->src);
		if (src_more(&w->src) == 0)
			return 0;
	}
}

/* Go on at the next line that starts a record; 0 at the end of input. */
static int
resync(struct warc *w)
{
	const char *m;

	for (;;) {
		m = avail(w) > 1 ? memmem(at(w) + 1, avail(w) - 1, "\n" MAGIC,
		    MAGIC_LEN + 1) : NULL;
		if (m != NULL) {
			w->src.pos = (size_t)(m + 1 - w->src.out.data);
			return 1;
		}
		if (avail(w) > MAGIC_LEN)
			w->src.pos = w->src.out.len - MAGIC_LEN;
		src_compact(&w->src);
		if (src_more(&w->src) == 0)
			return 0;
	}
}

/* The length of the header at pos, blank line included; 0 if none. */
static size_t
header_length(const struct warc *w, size_t from)
{
	const char *s = at(w), *p;
	size_t n = avail(w);

	if (from > 0)
		from--;
	while ((p = memchr(s + from, '\n', n - from)) != NULL) {
		from = (size_t)(p - s) + 1;
		if (from < n && s[from] == '\n')
			return from + 1;
		if (from + 1 < n && s[from] == '\r' && s[from + 1] == '\n')
			return from + 2;
	}
	return 0;
}

static void
copy_value(const char *v, const char *end, struct buf *b)
{
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == ' ' || end[-1] == '\r'))
		end--;
	buf_reset(b);
	buf_add(b, v, (size_t)(end - v));
}

static void
copy_field(const char *v, const char *end, char *dst, size_t size)
{
	struct buf b = { NULL, 0, 0 };
	size_t n;

	copy_value(v, end, &b);
	n = b.len < size - 1 ? b.len : size - 1;
	if (n > 0)
		memcpy(dst, b.data, n);
	dst[n] = '\0';
	buf_free(&b);
}

static int
is_field(const char *s, const char *colon, const char *name)
{
	size_t n = strlen(name);

	return (size_t)(colon - s) == n && strncasecmp(s, name, n) == 0;
}

/* The fields of the header at pos, hlen bytes. */
static void
parse_header(struct warc *w, size_t hlen)
{
	struct record *r = &w->rec;
	const char *s = at(w), *end = s + hlen, *nl, *colon;
	char len[32];

	r->type[0] = r->content_type[0] = '\0';
	buf_reset(&r->id);
	buf_reset(&r->url);
	buf_reset(&r->date);
	r->has_length = 0;
	for (; (nl = memchr(s, '\n', (size_t)(end - s))) != NULL; s = nl + 1) {
		if ((colon = memchr(s, ':', (size_t)(nl - s))) == NULL)
			continue;
		if (is_field(s, colon, "WARC-Type"))
			copy_field(colon + 1, nl, r->type, sizeof r->type);
		else if (is_field(s, colon, "WARC-Record-ID"))
			copy_value(colon + 1, nl, &r->id);
		else if (is_field(s, colon, "WARC-Target-URI"))
			copy_value(colon + 1, nl, &r->url);
		else if (is_field(s, colon, "WARC-Date"))
			copy_value(colon + 1, nl, &r->date);
		else if (is_field(s, colon, "Content-Type"))
			copy_field(colon + 1, nl, r->content_type,
			    sizeof r->content_type);
		else if (is_field(s, colon, "Content-Length")) {
			char *e;

			copy_field(colon + 1, nl, len, sizeof len);
			r->length = strtoull(len, &e, 10);
			r->has_length = len[0] >= '0' && len[0] <= '9' &&
			    *e == '\0';
		}
	}
	/* A URI in angle brackets (WARC 1.0's grammar) loses them. */
	if (r->url.len >= 2 && r->url.data[0] == '<' &&
	    r->url.data[r->url.len - 1] == '>') {
		memmove(r->url.data, r->url.data + 1, r->url.len - 2);
		r->url.len -= 2;
	}
}

static void
text_line(struct conv *c, const char *s, size_t n, int newline)
{
	c->line++;
	if (newline && n > 0 && s[n - 1] == '\r')
		n--;
	conv_line(c, s, n, newline);
}

/* Plain text to lines through the stages. */
static void
convert_text(struct conv *c, const char *s, size_t n)
{
	const char *end = s + n, *nl;

	for (; (nl = memchr(s, '\n', (size_t)(end - s))) != NULL; s = nl + 1)
		text_line(c, s, (size_t)(nl - s), 1);
	if (s < end)
		text_line(c, s, (size_t)(end - s), 0);
}

static int
is_html_type(const char *type)
{
	size_t n = strlen(type);

	return http_has_token(type, n, "text/html") ||
	    http_has_token(type, n, "application/xhtml+xml");
}

static int
is_text_type(const char *type)
{
	return http_has_token(type, strlen(type), "text/plain");
}

static int
is_web_url(const struct buf *url)
{
	return (url->len > 7 && strncasecmp(url->data, "http://", 7) == 0) ||
	    (url->len > 8 && strncasecmp(url->data, "https://", 8) == 0);
}

static void
write_field(struct json_b *j, const char *key, const struct buf *v)
{
	json_b_key(j, key, strlen(key));
	json_b_string(j, v->data != NULL ? v->data : "", v->len);
}

/* The record's text through the stages, then its corpus line. */
static void
write_page(struct warc *w, struct doc *d, const char *body, size_t n,
    const char *type, int html)
{
	struct conv c;
	static struct json_b out;

	memset(&c, 0, sizeof c);
	c.doc = d;
	c.to = &w->text;
	buf_reset(&w->text);
	if (html)
		page_render_bytes(&c, body, n, w->o, type);
	else
		convert_text(&c, body, n);
	if (w->o->opencc_config != NULL)
		script_convert(c.script.data, c.script.len, c.to);
	if (w->text.len > 0 && w->text.data[w->text.len - 1] == '\n')
		w->text.len--;
	conv_free(&c);
	json_b_begin(&out);
	write_field(&out, "id", &w->rec.id);
	write_field(&out, "url", &w->rec.url);
	write_field(&out, "date", &w->rec.date);
	write_field(&out, "text", &w->text);
	json_b_write(&out);
}

/* The fate of a record of a type that holds no page. */
static enum fate
fate_of_type(const char *type)
{
	int f;

	for (f = SKIP_WARCINFO; f < SKIP_OTHER; f++)
		if (strcasecmp(type, fate_names[f]) == 0)
			return (enum fate)f;
	return SKIP_OTHER;
}

/* A record read whole, its block block[0..n): a page written, or why not. */
static enum fate
take_record(struct warc *w, const char *block, size_t n)
{
	struct record *r = &w->rec;
	struct http_response resp;
	const char *err;
	char why[160];

	if (strcasecmp(r->type, "conversion") == 0) {
		write_page(w, w->src.doc, block, n, r->content_type, 0);
		return PAGE;
	}
	/* A page archived without its HTTP exchange (not a crawler's log). */
	if (strcasecmp(r->type, "resource") == 0 &&
	    is_html_type(r->content_type) && is_web_url(&r->url)) {
		write_page(w, w->src.doc, block, n, r->content_type, 1);
		return PAGE;
	}
	if (strcasecmp(r->type, "response") != 0)
		return fate_of_type(r->type);
	if (!http_has_token(r->content_type, strlen(r->content_type),
	    "application/http"))
		return SKIP_NOT_PAGE;
	err = http_parse(block, n, &w->work, &w->work2, &resp);
	if (resp.status < 200 || resp.status > 299)
		return SKIP_STATUS;
	if (err != NULL) {
		snprintf(why, sizeof why, "response record: %s", err);
		record_lost(w, r->offset, why);
		if (resp.body_len == 0)
			return SKIP_BROKEN;
	}
	if (is_html_type(resp.content_type) || (resp.content_type[0] == '\0' &&
	    page_is_html((const unsigned char *)resp.body, resp.body_len)))
		write_page(w, w->src.doc, resp.body, resp.body_len,
		    resp.content_type, 1);
	else if (is_text_type(resp.content_type))
		write_page(w, w->src.doc, resp.body, resp.body_len,
		    resp.content_type, 0);
	else
		return SKIP_NOT_PAGE;
	return PAGE;
}

/* Past a block of a record too long to hold; 0 at the end of input. */
static int
skip_block(struct warc *w, unsigned long long n)
{
	size_t k;

	for (;;) {
		k = avail(w) < n ? avail(w) : (size_t)n;
		w->src.pos += k;
		n -= k;
		if (n == 0)
			return 1;
		src_compact(&w->src);
		if (src_more(&w->src) <= 0)
			return 0;
	}
}

/*
 * Whether the block of len bytes after the header is followed by the
 * end of input or, past its CRLF CRLF, by the next record.
 */
static int
length_ends_record(struct warc *w, size_t end)
{
	size_t i = end;

	need(w, end + 4 + MAGIC_LEN);
	while (i < avail(w) && i < end + 4 && (at(w)[i] == '\r' ||
	    at(w)[i] == '\n'))
		i++;
	if (i == avail(w))
		return 1;
	return avail(w) - i >= 5 && memcmp(at(w) + i, "WARC/", 5) == 0;
}

/* One record at pos: read, written, and pos past it; 0 at the end. */
static int
next_record(struct warc *w)
{
	struct record *r = &w->rec;
	size_t hlen = 0, scanned = 0;
	int got;

	if (!skip_blank(w))
		return 0;
	src_compact(&w->src);
	r->offset = w->src.out_off;
	if (need(w, MAGIC_LEN) > 0 && memcmp(at(w), MAGIC, MAGIC_LEN) != 0) {
		record_lost(w, r->offset, "not a WARC record, skipped to the "
		    "next one");
		return resync(w);
	}
	w->records++;
	while ((hlen = header_length(w, scanned)) == 0) {
		scanned = avail(w);
		if (scanned > HEADER_MAX) {
			record_broken(w, "WARC header too long");
			return resync(w);
		}
		if ((got = src_more(&w->src)) <= 0) {
			/* A broken member was reported already. */
			if (got == 0) {
				record_broken(w, "WARC header cut short");
				return 0;
			}
			w->fates[SKIP_BROKEN]++;
			w->src.pos = w->src.out.len;
			return 1;
		}
	}
	parse_header(w, hlen);
	if (!r->has_length) {
		record_broken(w, "record without a valid "
		    "Content-Length, skipped");
		return resync(w);
	}
	if (r->length > common.max_bytes) {
		record_lost(w, r->offset, "record longer than --max-bytes, "
		    "skipped");
		w->fates[SKIP_LONG]++;
		w->src.pos += hlen;
		return skip_block(w, r->length);
	}
	if ((got = need(w, hlen + (size_t)r->length)) <= 0) {
		if (got == 0) {
			record_broken(w, "record cut short");
			return 0;
		}
		w->fates[SKIP_BROKEN]++;
		w->src.pos = w->src.out.len;
		return 1;
	}
	if (!length_ends_record(w, hlen + (size_t)r->length)) {
		record_broken(w, "record's Content-Length does not "
		    "end it, skipped to the next record");
		return resync(w);
	}
	w->fates[take_record(w, at(w) + hlen, (size_t)r->length)]++;
	w->src.pos += hlen + (size_t)r->length;
	return 1;
}

/* One message for the archive: how many records, how many skipped, why. */
static void
report_skipped(const struct warc *w)
{
	char msg[640];
	unsigned long skipped = w->records - w->fates[PAGE];
	size_t len;
	int f;

	if (skipped == 0)
		return;
	len = (size_t)snprintf(msg, sizeof msg, "%lu records read, %lu "
	    "skipped (", w->records, skipped);
	for (f = PAGE + 1; f < FATES; f++)
		if (w->fates[f] > 0)
			len += (size_t)snprintf(msg + len, sizeof msg - len,
			    "%s%lu %s", msg[len - 1] == '(' ? "" : ", ",
			    w->fates[f], fate_names[f]);
	warn_at(w->src.doc->file, 0, "%s)", msg);
}

int
warc_doc(struct doc *d, const struct tocode_opts *o)
{
	struct warc w;

	memset(&w, 0, sizeof w);
	w.o = o;
	src_open(&w.src, d);
	while (next_record(&w))
		;
	report_skipped(&w);
	src_close(&w.src);
	buf_free(&w.rec.id);
	buf_free(&w.rec.url);
	buf_free(&w.rec.date);
	buf_free(&w.text);
	buf_free(&w.work);
	buf_free(&w.work2);
	return 0;
}
