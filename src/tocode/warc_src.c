/*
 * warc_src.c: plain or gzip archive bytes, inflated with zlib member by
 * member.  A member that fails to inflate is reported with its file
 * offset, and reading resumes at the next gzip magic after its start.
 */
#include <string.h>

#include "doc.h"
#include "msg.h"
#include "reader.h"
#include "warc_src.h"

#define OUT_STEP	(64 * 1024)

static const unsigned char gzip_magic[3] = { 0x1F, 0x8B, 0x08 };

void
src_open(struct warc_src *s, struct doc *d)
{
	const unsigned char *w;
	size_t n;

	memset(s, 0, sizeof *s);
	s->doc = d;
	n = reader_peek(d->r, &w, 2);
	s->gzip = n == 2 && w[0] == 0x1F && w[1] == 0x8B;
	if (s->gzip && inflateInit2(&s->z, 15 + 16) != Z_OK)
		fatal(EXIT_TROUBLE, "out of memory");
}

void
src_close(struct warc_src *s)
{
	if (s->gzip)
		inflateEnd(&s->z);
	buf_free(&s->out);
}

/* Make compressed (or plain) bytes available; 0 at the end of input. */
static int
fill_in(struct warc_src *s)
{
	if (s->in_len > 0)
		return 1;
	if (s->eof)
		return 0;
	s->in_len = reader_chunk(s->doc->r, &s->in);
	if (s->in_len == 0)
		s->eof = 1;
	return s->in_len > 0;
}

static void
take_in(struct warc_src *s, size_t n)
{
	s->in += n;
	s->in_len -= n;
	s->in_off += n;
}

/* Skip to the next gzip magic; 0 when the input ends first. */
static int
resync(struct warc_src *s)
{
	const unsigned char *m;

	while (fill_in(s)) {
		m = memchr(s->in, gzip_magic[0], s->in_len);
		if (m == NULL) {
			take_in(s, s->in_len);
			continue;
		}
		take_in(s, (size_t)(m - s->in));
		/* A magic cut by a chunk is checked again from its start. */
		if (s->in_len < 3 || memcmp(s->in, gzip_magic, 3) == 0)
			return 1;
		take_in(s, 1);
	}
	return 0;
}

static void
member_start(struct warc_src *s)
{
	unsigned i = s->members++ % SRC_MEMBERS;

	s->member_at[i][0] = s->out_off + s->out.len;
	s->member_at[i][1] = s->in_off;
	inflateReset(&s->z);
	s->z_live = 1;
}

/* The member being inflated failed: say where, go on at the next. */
static int
member_failed(struct warc_src *s, const char *what)
{
	unsigned i = (s->members - 1) % SRC_MEMBERS;
	unsigned long long start = s->member_at[i][1];
	int empty = s->out_off + s->out.len == s->member_at[i][0];

	if (msg_strict)
		fatal_at(EXIT_BAD, s->doc->file, 0, "byte offset %llu: gzip "
		    "member %s", start, empty ? "is not gzip" : what);
	warn_at(s->doc->file, 0, "byte offset %llu: gzip member %s, skipped",
	    start, empty ? "is not gzip" : what);
	s->z_live = 0;
	if (s->in_off <= start)
		take_in(s, 1);
	resync(s);
	return -1;
}

static int
more_gzip(struct warc_src *s)
{
	char *dst;
	int rc;

	if (!fill_in(s)) {
		if (s->z_live)
			return member_failed(s, "is cut short");
		return 0;
	}
	if (!s->z_live)
		member_start(s);
	dst = buf_reserve(&s->out, OUT_STEP);
	s->z.next_in = (unsigned char *)s->in;
	s->z.avail_in = (uInt)(s->in_len > (1u << 30) ? 1u << 30 : s->in_len);
	s->z.next_out = (unsigned char *)dst;
	s->z.avail_out = OUT_STEP;
	rc = inflate(&s->z, Z_NO_FLUSH);
	take_in(s, (size_t)(s->z.next_in - s->in));
	s->out.len += OUT_STEP - s->z.avail_out;
	if (rc == Z_STREAM_END)
		s->z_live = 0;
	if (rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR)
		return 1;
	return member_failed(s, "is corrupt");
}

int
src_more(struct warc_src *s)
{
	if (s->gzip)
		return more_gzip(s);
	if (!fill_in(s))
		return 0;
	buf_add(&s->out, s->in, s->in_len);
	take_in(s, s->in_len);
	return 1;
}

unsigned long long
src_file_offset(const struct warc_src *s, unsigned long long off)
{
	unsigned i, n = s->members < SRC_MEMBERS ? s->members : SRC_MEMBERS;
	unsigned long long best = 0;

	if (!s->gzip)
		return off;
	for (i = 0; i < n; i++)
		if (s->member_at[i][0] <= off && s->member_at[i][1] >= best)
			best = s->member_at[i][1];
	return best;
}

void
src_compact(struct warc_src *s)
{
	if (s->pos == 0)
		return;
	s->out.len -= s->pos;
	memmove(s->out.data, s->out.data + s->pos, s->out.len);
	s->out_off += s->pos;
	s->pos = 0;
}
