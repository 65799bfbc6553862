/*
 * record.h: declutter's part of corpus mode (-J): the page held in a
 * record's text field is decided like a page of text mode, the field is
 * rewritten to what the mode prints, and --meta adds title, date, source
 * and author as fields.  Reading and writing the records is corpus.h's.
 */
#ifndef RECORD_H
#define RECORD_H

#include <stddef.h>

#include "emit.h"

struct record_opts {
	int		 meta;		/* add the meta fields */
	enum emit_mode	 mode;
};

/* A corpus_fn: declutter one record (arg is a struct record_opts). */
struct corpus_rec;
int	record_run(const struct corpus_rec *, void *arg);

#endif
