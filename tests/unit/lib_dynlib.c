/*
 * lib_dynlib: a library loaded on first use gives its functions; a
 * missing library or function stops the tool with status 2 and a message
 * naming what needed it.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dynlib.h"
#include "msg.h"
#include "t.h"

/* Run fn in a child; its exit status, and its stderr in err[0..size). */
static int
in_child(void (*fn)(void), char *err, size_t size)
{
	int fd[2], status;
	ssize_t n;
	size_t got = 0;
	pid_t pid;

	fflush(stdout);	/* the child exits through exit(): print nothing twice */
	if (pipe(fd) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		dup2(fd[1], STDERR_FILENO);
		close(fd[0]);
		fn();
		_exit(0);
	}
	close(fd[1]);
	while (got + 1 < size && (n = read(fd[0], err + got,
	    size - 1 - got)) > 0)
		got += (size_t)n;
	err[got] = '\0';
	close(fd[0]);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

static void
open_missing_library(void)
{
	struct dynlib l;

	dynlib_open(&l, "libtextkit-none.so.0", "the test");
}

static void
open_unnamed_library(void)
{
	struct dynlib l;

	dynlib_open(&l, "", "the test");
}

static void
find_missing_function(void)
{
	struct dynlib l;

	dynlib_open(&l, "libz.so.1", "the test");
	dynlib_sym(&l, "no_such_function");
}

int
main(void)
{
	const char *(*version)(void);
	struct dynlib l;
	char err[512];

	msg_init("lib_dynlib");
	dynlib_open(&l, "libz.so.1", "the test");
	*(void **)&version = dynlib_sym(&l, "zlibVersion");
	CHECK(version != NULL && version()[0] >= '1',
	    "a loaded library's function runs");
	CHECK(in_child(open_missing_library, err, sizeof err) == 2 &&
	    strstr(err, "the test needs libtextkit-none.so.0") != NULL,
	    "a missing library: status 2, naming what needs it");
	CHECK(in_child(open_unnamed_library, err, sizeof err) == 2 &&
	    strstr(err, "the test needs a library the build did not find") !=
	    NULL, "a library the build did not find: status 2, saying so");
	CHECK(in_child(find_missing_function, err, sizeof err) == 2 &&
	    strstr(err, "needs no_such_function from libz.so.1") != NULL,
	    "a missing function: status 2, naming it and its library");
	return t_status();
}
