/* buf.h: a growable byte buffer, reused across lines to avoid allocation. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	buf_add(struct buf *, const void *, size_t);
void	buf_addc(struct buf *, int);
void	buf_adds(struct buf *, const char *);
/* Make room for n more bytes; returns where they go (len unchanged). */
char	*buf_reserve(struct buf *, size_t n);
void	buf_free(struct buf *);

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
}

#endif
