/*
 * reader.h: reading a file or stdin in bounded memory.
 *
 * Lines of any length up to a limit are handed out without their '\n';
 * longer ones are skipped and reported as READER_TOOLONG so the caller can
 * say where.  Raw byte access (peek and read) serves tools that work on
 * bytes rather than lines.
 */
#ifndef READER_H
#define READER_H

#include <stddef.h>
#include <sys/types.h>

#define READER_EOF	(-1)
#define READER_TOOLONG	(-2)

struct reader;

/* "-" is stdin.  NULL with errno set on failure. */
struct reader	*reader_open(const char *path);
void		 reader_close(struct reader *);

/* Line limit in bytes (default 64 MiB). */
void		 reader_set_max(struct reader *, size_t);

/*
 * The next line, without '\n'; *line stays valid until the next call.
 * Returns its length (it may hold NUL bytes), READER_EOF, or
 * READER_TOOLONG (the line was consumed and dropped).
 * A read error is fatal (exit 2).
 */
ssize_t		 reader_getline(struct reader *, const char **line);

/* 1-based number of the line last returned. */
long		 reader_lineno(const struct reader *);

/* Whether the line last returned ended with '\n' (the last may not). */
int		 reader_had_newline(const struct reader *);

/*
 * Make up to n bytes available without consuming them; returns how many
 * (fewer only at end of input).  *p valid until the next call.
 */
size_t		 reader_peek(struct reader *, const unsigned char **p, size_t n);

/*
 * Hand out the next buffered chunk of raw bytes (consumed); 0 at EOF.
 * *p valid until the next call.
 */
size_t		 reader_chunk(struct reader *, const unsigned char **p);

#endif
