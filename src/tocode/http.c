/*
 * http.c: an HTTP/1.x response as an archive holds it.  The header ends
 * at the first blank line (CRLF or bare LF); a chunked body is joined
 * from its chunks; a gzip, x-gzip or deflate body is inflated by zlib.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "buf.h"
#include "http.h"

int
http_has_token(const char *v, size_t n, const char *token)
{
	size_t len = strlen(token), i;

	for (i = 0; i + len <= n; i++)
		if (strncasecmp(v + i, token, len) == 0 &&
		    (i == 0 || !isalnum((unsigned char)v[i - 1])) &&
		    (i + len == n || !isalnum((unsigned char)v[i + len])))
			return 1;
	return 0;
}

/* Join the chunks of a chunked body; NULL or what went wrong. */
static const char *
dechunk(const char *s, size_t n, struct buf *out)
{
	const char *end = s + n, *nl;
	unsigned long long size;
	char *after;

	buf_reset(out);
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			return "chunked body cut short";
		size = strtoull(s, &after, 16);
		if (after == s)
			return "bad chunk size";
		if (size == 0)
			return NULL;
		s = nl + 1;
		if (size > (unsigned long long)(end - s)) {
			buf_add(out, s, (size_t)(end - s));
			return "chunked body cut short";
		}
		buf_add(out, s, (size_t)size);
		s += size;
		if (s < end && *s == '\r')
			s++;
		if (s < end && *s == '\n')
			s++;
	}
	return "chunked body without its last chunk";
}

/* Inflate a gzip, zlib or raw deflate body; NULL or what went wrong. */
static const char *
inflate_body(const char *s, size_t n, struct buf *out)
{
	z_stream z;
	int rc, raw;

	buf_reset(out);
	for (raw = 0; raw < 2; raw++) {
		memset(&z, 0, sizeof z);
		if (inflateInit2(&z, raw ? -15 : 15 + 32) != Z_OK)
			return "out of memory";
		z.next_in = (unsigned char *)s;
		z.avail_in = (uInt)n;
		do {
			z.next_out = (unsigned char *)buf_reserve(out, 65536);
			z.avail_out = 65536;
			rc = inflate(&z, Z_NO_FLUSH);
			out->len += 65536 - z.avail_out;
		} while (rc == Z_OK && z.avail_out == 0);
		inflateEnd(&z);
		if (rc == Z_STREAM_END || (rc == Z_OK && z.avail_in == 0))
			return rc == Z_STREAM_END ? NULL : "compressed body cut short";
		if (out->len > 0)
			return "corrupt compressed body";
	}
	return "body is not in its content encoding";
}

/* Copy the value of a header field, trimmed, to dst. */
static void
field_value(const char *v, const char *end, char *dst, size_t size)
{
	size_t n;

	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	n = (size_t)(end - v) < size - 1 ? (size_t)(end - v) : size - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
}

const char *
http_parse(const char *block, size_t n, struct buf *work, struct buf *work2,
    struct http_response *r)
{
	const char *s = block, *end = block + n, *nl, *line_end, *colon;
	char te[64] = "", ce[64] = "";
	const char *err = NULL, *coding_err;

	memset(r, 0, sizeof *r);
	if (n < 12 || strncmp(block, "HTTP/", 5) != 0)
		return "not an HTTP response";
	r->status = atoi(block + 9);
	for (;;) {
		/* The status line first, then fields up to a blank line. */
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			return "HTTP header cut short";
		s = nl + 1;
		nl = memchr(s, '\n', (size_t)(end - s));
		line_end = nl != NULL ? nl : end;
		if (line_end > s && line_end[-1] == '\r')
			line_end--;
		if (line_end == s) {
			s = nl != NULL ? nl + 1 : end;
			break;
		}
		colon = memchr(s, ':', (size_t)(line_end - s));
		if (colon == NULL)
			continue;
		if (colon - s == 12 && strncasecmp(s, "Content-Type", 12) == 0)
			field_value(colon + 1, line_end, r->content_type,
			    sizeof r->content_type);
		else if (colon - s == 17 &&
		    strncasecmp(s, "Transfer-Encoding", 17) == 0)
			field_value(colon + 1, line_end, te, sizeof te);
		else if (colon - s == 16 &&
		    strncasecmp(s, "Content-Encoding", 16) == 0)
			field_value(colon + 1, line_end, ce, sizeof ce);
	}
	r->body = s;
	r->body_len = (size_t)(end - s);
	if (http_has_token(te, strlen(te), "chunked")) {
		err = dechunk(r->body, r->body_len, work);
		r->body = work->data;
		r->body_len = work->len;
	}
	if (http_has_token(ce, strlen(ce), "gzip") ||
	    http_has_token(ce, strlen(ce), "x-gzip") ||
	    http_has_token(ce, strlen(ce), "deflate")) {
		coding_err = inflate_body(r->body, r->body_len, work2);
		r->body = work2->data;
		r->body_len = work2->len;
		if (err == NULL)
			err = coding_err;
	}
	return err;
}
