/* buf.h: a growable byte buffer, reused across lines to avoid allocation. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

/* The slow path of buf_reserve(): grow the buffer. */
void	buf_grow(struct buf *, size_t n);
void	buf_adds(struct buf *, const char *);
void	buf_free(struct buf *);

/*
 * Make room for n more bytes and a NUL; returns where they go (len
 * unchanged).  Inline: records are built a few bytes at a time.
 */
static inline char *
buf_reserve(struct buf *b, size_t n)
{
	if (b->len + n + 1 > b->cap)
		buf_grow(b, n);
	return b->data + b->len;
}

/* Append n bytes; the data stays NUL-terminated. */
static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	char *w = buf_reserve(b, n);	/* data is never NULL after an add */

	if (n > 0)
		memcpy(w, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, int c)
{
	char *w = buf_reserve(b, 1);

	w[0] = (char)c;
	w[1] = '\0';
	b->len++;
}

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
}

#endif
