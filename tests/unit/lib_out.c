/*
 * lib_out: out_widen_pipe() widens a pipe on stdout to 1 MiB (or the
 * system's limit, when lower) under block-buffered output; line-buffered
 * output leaves it, and so does out_init() alone or a pipe already wider.
 * Output is written 64 KiB at a time, 256 KiB once the pipe is 1 MiB.
 * Captured, a thread's output goes whole to its buffer, however large,
 * and none of it to stdout.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "out.h"
#include "t.h"

/* The system's largest pipe for an unprivileged process, or -1. */
static long
pipe_max(void)
{
	FILE *f = fopen("/proc/sys/fs/pipe-max-size", "r");
	long max = -1;

	if (f != NULL) {
		if (fscanf(f, "%ld", &max) != 1)
			max = -1;
		fclose(f);
	}
	return max;
}

/*
 * The size of a new pipe on stdout, first set to before bytes (0: left
 * at the default), after out_init(line_buffered) and, when widen,
 * out_widen_pipe().
 */
static long
pipe_size_after(long before, int line_buffered, int widen)
{
	int fds[2], saved = dup(STDOUT_FILENO);
	long size;

	if (saved < 0 || pipe(fds) != 0)
		return -1;
	if ((before > 0 && fcntl(fds[1], F_SETPIPE_SZ, before) < 0) ||
	    dup2(fds[1], STDOUT_FILENO) < 0) {
		close(saved);
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	out_init(line_buffered);
	if (widen)
		out_widen_pipe();
	size = fcntl(STDOUT_FILENO, F_GETPIPE_SZ);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	close(fds[0]);
	close(fds[1]);
	return size;
}

/* Everything out.h writes, captured in a buffer, as a worker's is. */
static void
capture_takes_all(void)
{
	struct buf b = { 0 };
	char *p;
	int i;

	out_capture(&b);
	out_write("ab", 2);
	out_char('c');
	out_printf("%d", 42);
	p = out_reserve(3);
	memcpy(p, "xyz", 3);
	out_commit(3);
	for (i = 0; i < 300 * 1024; i++)
		out_char('.');
	out_endline();
	out_capture(NULL);
	CHECK(b.len == 8 + 300 * 1024 + 1 &&
	    memcmp(b.data, "abc42xyz", 8) == 0 && b.data[b.len - 1] == '\n',
	    "a captured thread's writes all go to its buffer, past the output "
	    "buffer's size");
	CHECK(out_reserve(100 * 1024) == NULL,
	    "and stdout's buffer is as it was");
	buf_free(&b);
}

int
main(void)
{
	long want = pipe_max(), wide, plain, wider;

	if (want < 0 || want > 1024 * 1024)
		want = 1024 * 1024;
	CHECK(out_reserve(100 * 1024) == NULL, "output goes 64 KiB at a time");
	capture_takes_all();
	wide = pipe_size_after(0, 0, 1);
	if (wide >= 1024 * 1024)
		CHECK(out_reserve(100 * 1024) != NULL,
		    "and 256 KiB at a time into a pipe of 1 MiB");
	plain = pipe_size_after(0, 1, 1);
	CHECK(wide >= want, "a pipe on stdout is widened to 1 MiB");
	CHECK(plain > 0 && plain < wide, "line-buffered, it is left as it is");
	/* Only where this process may make a pipe wider than 1 MiB. */
	CHECK(pipe_size_after(0, 0, 0) == plain,
	    "out_init alone leaves the pipe as it is");
	if ((wider = pipe_size_after(2 * 1024 * 1024, 0, 1)) != -1)
		CHECK(wider == 2 * 1024 * 1024,
		    "a pipe made wider already is not narrowed");
	return t_status();
}
