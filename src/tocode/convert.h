/* convert.h: one document through tocode's stages. */
#ifndef CONVERT_H
#define CONVERT_H

#include <stddef.h>

#include "clean.h"

struct doc;

struct tocode_opts {
	const char		*from;		/* -f, or NULL to detect */
	const char		*to;		/* -t, or NULL for UTF-8 */
	size_t			 sniff;		/* detection window */
	int			 detect_only;	/* -d */
	int			 html;		/* --html: the input is a page */
	int			 warc;		/* --warc: a web archive */
	int			 pinyin_repair;
	int			 fix_mojibake;
	const char		*opencc_config;	/* --t2s, --s2t, --opencc */
	struct clean_opts	 clean;
};

void	convert_init(const struct tocode_opts *);
/* A doc_fn: one document of bytes to the output. */
int	convert_doc(struct doc *, void *);
/* A doc_fn for corpus mode (-J): the text field of each record. */
int	convert_corpus(struct doc *, void *);
void	convert_finish(void);

#endif
