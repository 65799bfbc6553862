/* out.c: buffered, checked writing to stdout. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"
#include "out.h"

#define OUT_SIZE (256 * 1024)
#define PIPE_SIZE (1024 * 1024)	/* asked of a pipe on stdout */

static char	buffer[OUT_SIZE];
/* Written 64 KiB at a time, as much as a default pipe holds. */
static size_t	chunk = 64 * 1024;
static size_t	used;
static int	per_line;
static int	tty = -1;
static _Thread_local struct buf *capture;

void
out_capture(struct buf *b)
{
	capture = b;
}

int
out_line_buffered(void)
{
	return per_line;
}

int
out_is_tty(void)
{
	if (tty < 0)
		tty = isatty(STDOUT_FILENO);
	return tty;
}

/*
 * A pipe of the default 64 KiB makes a run that writes much (numextract
 * writes twice what it reads) wait on its reader at every buffer: a
 * larger one lets both run, and takes larger writes, a quarter as many.
 * Refused (past the system's limit), the default stays, and so do 64 KiB
 * writes, which a narrow pipe takes best.  Only a tool that writes more
 * than it reads asks, since wide pipes count against the user's share of
 * pipe memory.
 */
void
out_widen_pipe(void)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	int size;

	if (per_line || fstat(STDOUT_FILENO, &st) != 0 ||
	    !S_ISFIFO(st.st_mode))
		return;
	/* A pipe made wider already (by its reader) is left as it is. */
	if ((size = fcntl(STDOUT_FILENO, F_GETPIPE_SZ)) < PIPE_SIZE)
		size = fcntl(STDOUT_FILENO, F_SETPIPE_SZ, PIPE_SIZE);
	if (size >= PIPE_SIZE)
		chunk = OUT_SIZE;
#endif
}

void
out_init(int line_buffered)
{
	per_line = line_buffered || out_is_tty();
}

static void
write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				_exit(EXIT_OK);	/* the reader is gone */
			used = 0;
			fatal(EXIT_TROUBLE, "write error: %s", strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	size_t n = used;

	used = 0;
	write_all(buffer, n);
}

void
out_write(const void *p, size_t n)
{
	if (n == 0)
		return;
	if (capture != NULL) {
		buf_add(capture, p, n);
		return;
	}
	if (n > chunk - used) {
		out_flush();
		if (n >= chunk) {
			write_all(p, n);
			return;
		}
	}
	memcpy(buffer + used, p, n);
	used += n;
}

char *
out_reserve(size_t n)
{
	if (capture != NULL)
		return buf_reserve(capture, n);
	if (n > chunk)
		return NULL;
	if (n > chunk - used)
		out_flush();
	return buffer + used;
}

void
out_commit(size_t n)
{
	if (capture != NULL)
		capture->len += n;
	else
		used += n;
}

void
out_str(const char *s)
{
	out_write(s, strlen(s));
}

void
out_char(int c)
{
	if (capture != NULL) {
		buf_addc(capture, c);
		return;
	}
	if (used >= chunk)
		out_flush();
	buffer[used++] = (char)c;
}

void
out_printf(const char *fmt, ...)
{
	char small[256];
	char *big;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal(EXIT_TROUBLE, "output formatting failed");
	if ((size_t)n < sizeof small) {
		out_write(small, (size_t)n);
		return;
	}
	big = malloc((size_t)n + 1);
	if (big == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	out_write(big, (size_t)n);
	free(big);
}

void
out_endline(void)
{
	out_char('\n');
	if (per_line && capture == NULL)
		out_flush();
}
