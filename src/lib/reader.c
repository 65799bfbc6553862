/* reader.c: lines of any length and raw bytes from a file or stdin. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "reader.h"
#include "util.h"

#define READ_SIZE	(128 * 1024)
#define DEFAULT_MAX	((size_t)64 * 1024 * 1024)

struct reader {
	int		 fd;
	const char	*path;
	unsigned char	*buf;
	size_t		 cap;
	size_t		 start;		/* first unconsumed byte */
	size_t		 end;		/* end of valid bytes */
	size_t		 max;
	long		 lineno;
	int		 newline;	/* last line ended with '\n' */
	int		 eof;
};

struct reader *
reader_open(const char *path)
{
	struct reader *r;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) < 0)
		return NULL;
	r = xcalloc(1, sizeof *r);
	r->fd = fd;
	r->path = path;
	r->max = DEFAULT_MAX;
	r->cap = READ_SIZE;
	r->buf = xmalloc(r->cap);
	return r;
}

void
reader_close(struct reader *r)
{
	if (r == NULL)
		return;
	if (r->fd != STDIN_FILENO)
		close(r->fd);
	free(r->buf);
	free(r);
}

void
reader_set_max(struct reader *r, size_t max)
{
	r->max = max;
}

/* Move unconsumed bytes to the front of the buffer. */
static void
compact(struct reader *r)
{
	if (r->start == 0)
		return;
	memmove(r->buf, r->buf + r->start, r->end - r->start);
	r->end -= r->start;
	r->start = 0;
}

/* Read once into the free space, growing to hold at least want bytes. */
static size_t
fill(struct reader *r, size_t want)
{
	ssize_t n;

	if (r->eof)
		return 0;
	compact(r);
	grow(&r->buf, &r->cap, want > r->end + READ_SIZE / 4 ?
	    want : r->end + READ_SIZE / 4);
	for (;;) {
		n = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (n >= 0)
			break;
		if (errno != EINTR)
			fatal_at(EXIT_TROUBLE, r->path, 0, "read error: %s",
			    strerror(errno));
	}
	if (n == 0)
		r->eof = 1;
	r->end += (size_t)n;
	return (size_t)n;
}

/* Drop the rest of an over-long line, through its '\n'. */
static void
skip_line(struct reader *r)
{
	unsigned char *nl;

	for (;;) {
		nl = memchr(r->buf + r->start, '\n', r->end - r->start);
		if (nl != NULL) {
			r->start = (size_t)(nl - r->buf) + 1;
			r->newline = 1;
			return;
		}
		r->start = r->end = 0;
		if (fill(r, READ_SIZE) == 0) {
			r->newline = 0;
			return;
		}
	}
}

ssize_t
reader_getline(struct reader *r, const char **line)
{
	unsigned char *nl;
	size_t scanned = 0, len;

	for (;;) {
		nl = memchr(r->buf + r->start + scanned, '\n',
		    r->end - r->start - scanned);
		if (nl != NULL)
			break;
		scanned = r->end - r->start;
		if (scanned > r->max) {
			r->lineno++;
			skip_line(r);
			return READER_TOOLONG;
		}
		if (fill(r, scanned + READ_SIZE) == 0) {
			if (scanned == 0)
				return READER_EOF;
			nl = NULL;
			break;
		}
	}
	*line = (const char *)r->buf + r->start;
	len = nl ? (size_t)(nl - r->buf) - r->start : r->end - r->start;
	r->lineno++;
	if (len > r->max) {
		r->start += len + (nl != NULL);
		r->newline = nl != NULL;
		return READER_TOOLONG;
	}
	r->start += len + (nl != NULL);
	r->newline = nl != NULL;
	return (ssize_t)len;
}

long
reader_lineno(const struct reader *r)
{
	return r->lineno;
}

int
reader_had_newline(const struct reader *r)
{
	return r->newline;
}

size_t
reader_peek(struct reader *r, const unsigned char **p, size_t n)
{
	while (r->end - r->start < n && fill(r, n) > 0)
		;
	*p = r->buf + r->start;
	return r->end - r->start < n ? r->end - r->start : n;
}

size_t
reader_chunk(struct reader *r, const unsigned char **p)
{
	size_t n;

	if (r->start == r->end) {
		r->start = r->end = 0;
		fill(r, READ_SIZE);
	}
	n = r->end - r->start;
	*p = r->buf + r->start;
	r->start = r->end;
	return n;
}
