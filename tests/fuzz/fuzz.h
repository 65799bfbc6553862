/*
 * fuzz.h: what the libFuzzer targets of tests/fuzz/ share.
 *
 * The tools read documents through struct doc, which reads a file; a
 * target hands its bytes over as an anonymous in-memory file.  Output
 * goes to /dev/null and warnings are silenced, so that a run prints only
 * what the fuzzer and the sanitizers have to say.
 */
#ifndef FUZZ_H
#define FUZZ_H
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "doc.h"
#include "msg.h"
#include "out.h"
#include "reader.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Once per process: output to /dev/null, no warnings. */
static inline void
fuzz_quiet(const char *tool)
{
	int null = open("/dev/null", O_WRONLY);

	if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
		abort();
	close(null);
	msg_init(tool);
	msg_quiet = 1;
	out_init(0);
}

/* Run fn on data[0..size) as one document; the tool's status. */
static inline int
fuzz_doc(const uint8_t *data, size_t size, doc_fn fn, void *arg)
{
	char path[64];
	struct doc d = { "fuzz", "fuzz", NULL };
	int fd = memfd_create("fuzz", 0), status;

	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t)size))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if ((d.r = reader_open(path)) == NULL)
		abort();
	status = fn(&d, arg);
	reader_close(d.r);
	close(fd);
	out_flush();
	return status;
}

/* Call fn on each '\n'-ended line of data[0..size), the last one too. */
static inline void
fuzz_lines(const uint8_t *data, size_t size,
    void (*fn)(const char *line, size_t len, long lineno, void *), void *arg)
{
	const char *s = (const char *)data, *end = s + size, *nl;
	long lineno = 0;

	while (s < end) {
		nl = memchr(s, '\n', end - s);
		if (nl == NULL)
			nl = end;
		fn(s, nl - s, ++lineno, arg);
		s = nl + 1;
	}
}
#endif
