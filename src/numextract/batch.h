/*
 * batch.h: lines gathered in batches and scanned on worker threads
 * (pool.h), their records written in the order of the lines.
 *
 * The main thread reads, checks and frames the input as ever and hands
 * each line here with its document's name; the reference date in force
 * (ref_date) goes with it.  A worker scans a batch with the function
 * given; whatever the main thread writes meanwhile (a bad record passed
 * through) goes out between the lines it came between.  An input smaller
 * than a batch is scanned on the main thread at the end: no thread is
 * started for it.
 */
#ifndef BATCH_H
#define BATCH_H

#include <stddef.h>

/* Scan one line, writing its records; returns how many it wrote. */
typedef unsigned long (*batch_scan_fn)(const char *doc, long lineno,
		    const char *s, size_t n);

/* Gather lines from now on, for threads workers (> 1). */
void		batch_start(int threads, batch_scan_fn scan);
/* Whether lines are gathered (batch_start was called). */
int		batch_on(void);
/* A document (a file, a record) begins: its lines' name. */
void		batch_doc(const char *name);
void		batch_line(long lineno, const char *s, size_t n);
/* Every line gathered scanned and written; the records written in all. */
unsigned long	batch_finish(void);

#endif
