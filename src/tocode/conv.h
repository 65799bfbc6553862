/*
 * conv.h: the state of one document going through tocode's stages, for
 * the readers that hand it lines of their own (HTML, web archives).
 */
#ifndef CONV_H
#define CONV_H

#include "buf.h"

struct decoder;
struct doc;

/* The state of the document being converted. */
struct conv {
	struct doc	*doc;
	struct decoder	*decoder;	/* NULL for UTF-8 input */
	struct decoder	*legacy;	/* for invalid lines of UTF-8 input */
	int		 legacy_tried;
	long		 line;		/* input line of the current text */
	int		 in_line;	/* pieces of a long line went out */
	unsigned long long offset;	/* input byte offset of that line */
	unsigned long long next_offset;
	const unsigned char *base;	/* what invalid offsets count from */
	unsigned long long base_offset;	/* input offset of base */
	size_t		 nl_scanned;	/* decoder: pending bytes counted */
	long		 nl_pending;	/* decoder: newlines among them */
	struct buf	 pending;	/* decoded text not yet cut into lines */
	struct buf	 carry;		/* decoder input: a sequence cut by a chunk */
	struct buf	 tmp[3];
	struct buf	 script;	/* lines waiting for OpenCC */
	struct buf	 scripted;
	struct buf	*to;		/* corpus mode: the new text, else NULL */
};

/*
 * One line (or a piece of a long one, newline 0) of UTF-8 text or of the
 * document's bytes, without its '\n': through every stage to the output,
 * or into c->to.
 */
void	conv_line(struct conv *c, const char *s, size_t n, int newline);
/* Text waiting for OpenCC goes out. */
void	conv_flush_script(struct conv *c);
void	conv_free(struct conv *c);

#endif
