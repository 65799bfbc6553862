/*
 * corpus.h: corpus mode (-J): each input line is one JSON object holding
 * one page in a string field; that field is rewritten, every other field
 * passes through in order, and --meta adds title, date, source, author.
 */
#ifndef CORPUS_H
#define CORPUS_H

#include <stddef.h>

#include "emit.h"

struct doc;
struct page;

struct corpus {
	const char	*text_field;	/* "text", or --text-field */
	int		 meta;		/* add the meta fields */
	enum emit_mode	 mode;
	/* Decide every line of a page; returns the title's index or -1. */
	size_t		(*decide)(struct page *);
};

/* Declutter every record of the document. */
void	corpus_run(struct doc *, struct page *, const struct corpus *);

#endif
