/*
 * corpus.h: corpus mode (-J), the other way documents are framed.  Each
 * input line is one JSON object holding one document: its text is the
 * string field common.text_field ("text"), its name the field
 * common.id_field ("id").
 *
 * corpus_foreach() reads the records of one input and hands each record
 * that holds a document to the tool.  A tool that rewrites the text
 * writes the record back with corpus_write(): the text replaced, every
 * other field passed through in order.  A line that is not a JSON object,
 * and a record whose text field is missing or not a string, is bad input:
 * counted by bad_input() with FILE:LINE (fatal under --strict) and, when
 * the tool asks, passed through unchanged, so that nothing is lost on the
 * way down a pipeline.  Blank lines hold no record and are skipped, as
 * tsvify does, and so is a UTF-8 byte-order mark opening an input.
 *
 * Records are independent: nothing is carried from one to the next, so a
 * corpus split in parts gives, part by part, the output of a single run.
 */
#ifndef CORPUS_H
#define CORPUS_H

#include <stddef.h>

#include "lines.h"

struct doc;
struct json_field;

struct corpus_rec {
	struct doc		*doc;		/* the input it is read from */
	long			 lineno;	/* its line there */
	const struct json_field	*fields;	/* every field, in order */
	long			 nfields;
	const struct json_field	*text;		/* the text field, a string */
	/*
	 * The document's name: the id field when it is a string or a
	 * number (as written), else "NAME:LINE" with the input's name.
	 */
	const char		*name;
};

/* Flags of corpus_foreach(): what goes out as it came in. */
#define CORPUS_PASS_BAD		0x1	/* a line that is not a JSON object */
#define CORPUS_PASS_NOTEXT	0x2	/* a record without its text */

/* Called once per record with a text; nonzero stops the loop. */
typedef int (*corpus_fn)(const struct corpus_rec *, void *arg);

/*
 * Run fn over the records of d.  Returns nonzero when fn stopped the
 * loop, so that a doc_fn can return it as its own.
 */
int	corpus_foreach(struct doc *d, int flags, corpus_fn fn, void *arg);

/*
 * Run the records of corpus_foreach() from now on on threads workers
 * (a count above 1; else nothing changes), in batches of lines: fn runs
 * on a worker with what it writes (out.h) and the bad input it meets
 * (msg.h) captured, both written and counted in the order of the input,
 * so that the bytes are those of one thread.  fn keeps its state per
 * thread, and its return is ignored: it cannot stop the loop.  ready, if
 * not NULL, is called on the main thread before the first worker
 * starts; an input smaller than a batch starts none.  Not for --strict
 * (its first bad input must stop the run there) nor output flushed line
 * by line.
 */
void	corpus_threads(int threads, void (*ready)(void));

/*
 * A UTF-8 byte-order mark opening an input of JSON lines (or TSV) is not
 * data: its length, 3, on line 1, else 0.  jq skips it too.
 */
size_t	corpus_bom(const char *line, size_t len, long lineno);

/* The last field of the record named key, or NULL. */
const struct json_field	*corpus_field(const struct corpus_rec *,
	    const char *key);

/* A field a tool adds to the records it writes: a string, or null. */
struct corpus_add {
	const char	*key;
	const char	*val;	/* NULL for null */
	size_t		 len;
};

/*
 * Write the record as one line with its text field replaced by
 * text[0..len) and add[0..nadd) at the end; a field of the record named
 * like one of them gives way to it.  Other fields keep their place and
 * their value, written compact: numbers as written (1.50 stays 1.50),
 * strings escaped afresh (\u4e2d comes out as 中), no white space
 * between tokens.
 */
void	corpus_write(const struct corpus_rec *, const char *text, size_t len,
	    const struct corpus_add *add, size_t nadd);

#endif
