/* msg.c: errors, warnings and the end-of-run summary of bad input. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "msg.h"
#include "out.h"

const char *progname = "?";
int msg_strict;
int msg_quiet;

static int had_error;

/* One entry per kind of bad input: few kinds, so a small array. */
#define MAX_KINDS 32
static struct kind {
	char		 kind[64];	/* a copy: callers may pass a buffer */
	unsigned long	 count;
	char		 first[512];	/* "FILE:LINE: message" of the first */
} kinds[MAX_KINDS];
static int nkinds;
static unsigned long total_bad;
/* Where bad input on this thread goes, for the main thread to count. */
static _Thread_local struct buf *deferred;

void
msg_init(const char *name)
{
	const char *slash = strrchr(name, '/');

	progname = slash ? slash + 1 : name;
}

static void
format_at(char *dst, size_t size, const char *file, long line,
    const char *fmt, va_list ap)
{
	int n = 0;

	if (file != NULL && line > 0)
		n = snprintf(dst, size, "%s:%ld: ", file, line);
	else if (file != NULL)
		n = snprintf(dst, size, "%s: ", file);
	if (n < 0 || (size_t)n >= size)
		n = 0;
	vsnprintf(dst + n, size - n, fmt, ap);
}

static void
print(const char *text)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s\n", progname, text);
}

void
warn_at(const char *file, long line, const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	if (msg_quiet)
		return;
	va_start(ap, fmt);
	format_at(text, sizeof text, file, line, fmt, ap);
	va_end(ap);
	print(text);
}

void
error_at(const char *file, long line, const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	va_start(ap, fmt);
	format_at(text, sizeof text, file, line, fmt, ap);
	va_end(ap);
	print(text);
	had_error = 1;
}

_Noreturn static void
vfatal(int status, const char *file, long line, const char *fmt, va_list ap)
{
	char text[1024];

	format_at(text, sizeof text, file, line, fmt, ap);
	if (status != EXIT_TROUBLE)
		out_flush();
	print(text);
	exit(status);
}

void
fatal(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfatal(status, NULL, 0, fmt, ap);
}

void
fatal_at(int status, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfatal(status, file, line, fmt, ap);
}

static struct kind *
find_kind(const char *kind)
{
	int i;

	for (i = 0; i < nkinds; i++)
		if (strncmp(kinds[i].kind, kind, sizeof kinds[i].kind - 1) == 0)
			return &kinds[i];
	if (nkinds == MAX_KINDS)
		return &kinds[MAX_KINDS - 1];
	snprintf(kinds[nkinds].kind, sizeof kinds[nkinds].kind, "%s", kind);
	return &kinds[nkinds++];
}

void
bad_input(const char *kind, const char *file, long line, const char *fmt, ...)
{
	char text[sizeof kinds[0].first];
	struct kind *k;
	va_list ap;

	va_start(ap, fmt);
	if (deferred != NULL) {
		/* "KIND\0MESSAGE\0", counted when msg_replay() reads it. */
		format_at(text, sizeof text, file, line, fmt, ap);
		va_end(ap);
		buf_add(deferred, kind, strlen(kind) + 1);
		buf_add(deferred, text, strlen(text) + 1);
		return;
	}
	total_bad++;
	if (msg_strict)
		vfatal(EXIT_BAD, file, line, fmt, ap);
	k = find_kind(kind);
	if (k->count++ == 0)
		format_at(k->first, sizeof k->first, file, line, fmt, ap);
	va_end(ap);
}

void
msg_defer(struct buf *b)
{
	deferred = b;
}

void
msg_replay(const struct buf *b)
{
	const char *s = b->data, *e = b->data + b->len, *text;
	struct kind *k;

	while (s < e) {
		text = s + strlen(s) + 1;
		total_bad++;
		k = find_kind(s);
		if (k->count++ == 0)
			snprintf(k->first, sizeof k->first, "%s", text);
		s = text + strlen(text) + 1;
	}
}

int
bad_input_due(const char *kind)
{
	return msg_strict || find_kind(kind)->count == 0;
}

unsigned long
bad_input_count(void)
{
	return total_bad;
}

int
msg_summary(void)
{
	char text[640];
	int i;

	for (i = 0; i < nkinds && !msg_quiet; i++) {
		if (kinds[i].count == 1)
			print(kinds[i].first);
		else {
			snprintf(text, sizeof text, "%s (%lu times in all)",
			    kinds[i].first, kinds[i].count);
			print(text);
		}
	}
	return had_error ? EXIT_TROUBLE : EXIT_OK;
}
