/*
 * warc.h: web archives (WARC 1.0/1.1, plain or one gzip member per record)
 * to corpus lines, one per page:
 *
 *	{"id":WARC-Record-ID,"url":WARC-Target-URI,"date":WARC-Date,"text":...}
 *
 * from each response record holding an HTML or text page (its HTTP
 * header read, chunked transfer and gzip or deflate content encoding
 * undone) and each conversion record (WET text).  Other records are
 * counted and skipped; a record cut short or with a bad length is
 * reported with its byte offset and reading goes on at the next record.
 */
#ifndef WARC_H
#define WARC_H

#include <stddef.h>

struct doc;
struct tocode_opts;

/* Whether w[0..n) starts a web archive, plain or gzip-compressed. */
int	warc_is_archive(const unsigned char *w, size_t n);

/* A doc_fn's work for an archive: every record to the output. */
int	warc_doc(struct doc *d, const struct tocode_opts *o);

#endif
