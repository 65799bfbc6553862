/*
 * out.h: buffered, checked writing to stdout.
 *
 * Block-buffered, or flushed at every out_endline() when stdout is a
 * terminal or --line-buffered was given.  Every write is checked: a reader
 * that went away (EPIPE) ends the program quietly with status 0; any other
 * failure (ENOSPC, EIO) is an error, exit 2.
 */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

struct buf;

void	out_init(int line_buffered);
/* Block-buffered into a pipe, widen it to 1 MiB where the system allows. */
void	out_widen_pipe(void);
void	out_write(const void *, size_t);
/*
 * Room for n bytes written in place (NULL when n is more than the buffer
 * holds); out_commit() then counts those written.
 */
char	*out_reserve(size_t n);
void	out_commit(size_t n);
void	out_str(const char *);
void	out_char(int);
void	out_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	out_endline(void);	/* '\n', and a flush when line-buffered */
void	out_flush(void);
int	out_is_tty(void);	/* stdout is a terminal (for colour) */
/*
 * What this thread writes goes to b, not to stdout, until
 * out_capture(NULL): a worker's output, written later in order (pool.h).
 */
void	out_capture(struct buf *b);
/* Whether each line is flushed (a terminal, --line-buffered). */
int	out_line_buffered(void);

#endif
