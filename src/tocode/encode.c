/* encode.c: UTF-8 to the output encoding, through iconv(3). */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

#include "encode.h"
#include "out.h"
#include "utf8.h"
#include "util.h"

struct encoder {
	iconv_t	cd;
};

struct encoder *
encoder_new(const char *name)
{
	struct encoder *e;
	iconv_t cd;

	if ((cd = iconv_open(name, "UTF-8")) == (iconv_t)-1)
		return NULL;
	e = xmalloc(sizeof *e);
	e->cd = cd;
	return e;
}

void
encoder_free(struct encoder *e)
{
	if (e == NULL)
		return;
	iconv_close(e->cd);
	free(e);
}

unsigned long
encoder_write(struct encoder *e, const char *s, size_t n)
{
	char block[16384], *ip = (char *)s, *op;
	size_t il = n, ol, r;
	unsigned long unmappable = 0;
	uint32_t cp;
	size_t len;

	while (il > 0) {
		op = block;
		ol = sizeof block;
		r = iconv(e->cd, &ip, &il, &op, &ol);
		out_write(block, (size_t)(op - block));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		/* A character the encoding lacks: '?' in its place. */
		len = utf8_char(ip, il, &cp);
		ip += len;
		il -= len;
		out_char('?');
		unmappable++;
	}
	return unmappable;
}
