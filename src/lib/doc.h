/*
 * doc.h: the loop over documents, the one place that knows how documents
 * are framed.  In text mode each FILE operand (or stdin when there is
 * none, or for "-") is one document named by its path; --id names
 * standard input.
 */
#ifndef DOC_H
#define DOC_H

#include <stddef.h>
#include <sys/types.h>

struct reader;

struct doc {
	const char	*name;	/* shown in records: path, "-" or --id */
	const char	*file;	/* shown in messages: the same in text mode */
	struct reader	*r;
};

/* Called once per document; returns 0, or nonzero to stop the loop. */
typedef int (*doc_fn)(struct doc *, void *arg);

/*
 * Run fn over every document of the operands argv[0..argc-1].  An
 * unreadable file is reported (status 2 at the end) and the loop goes on.
 * Returns the exit status of the whole run, bad input summaries printed.
 */
int	doc_foreach(int argc, char **argv, doc_fn fn, void *arg);

/* The document's next line; see reader_getline(). TOOLONG is reported. */
ssize_t	doc_getline(struct doc *, const char **line);
long	doc_lineno(const struct doc *);

#endif
