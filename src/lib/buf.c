/* buf.c: a growable byte buffer. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "util.h"

char *
buf_reserve(struct buf *b, size_t n)
{
	grow(&b->data, &b->cap, b->len + n + 1);
	return b->data + b->len;
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	char *w = buf_reserve(b, n);	/* data is never NULL after an add */

	if (n > 0)
		memcpy(w, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, int c)
{
	char ch = (char)c;

	buf_add(b, &ch, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
