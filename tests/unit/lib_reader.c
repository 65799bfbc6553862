/* Unit tests of src/lib: reader, buf, sizes, messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"
#include "opts.h"
#include "reader.h"
#include "t.h"

/* A reader over a temporary file holding data[0..n). */
static struct reader *
reader_over(const char *data, size_t n, char *path)
{
	FILE *f;
	int fd;

	strcpy(path, "/tmp/lib_reader.XXXXXX");
	if ((fd = mkstemp(path)) < 0 || (f = fdopen(fd, "w")) == NULL)
		return NULL;
	fwrite(data, 1, n, f);
	fclose(f);
	return reader_open(path);
}

static void
test_lines(void)
{
	char path[64];
	const char *line;
	struct reader *r = reader_over("one\n\ntwo\0x\nlast", 15, path);
	ssize_t n;

	n = reader_getline(r, &line);
	CHECK(n == 3 && memcmp(line, "one", 3) == 0 && reader_lineno(r) == 1,
	    "first line");
	n = reader_getline(r, &line);
	CHECK(n == 0 && reader_lineno(r) == 2, "empty line");
	n = reader_getline(r, &line);
	CHECK(n == 5 && memcmp(line, "two\0x", 5) == 0, "line holding NUL");
	n = reader_getline(r, &line);
	CHECK(n == 4 && memcmp(line, "last", 4) == 0 &&
	    !reader_had_newline(r), "last line without newline");
	CHECK(reader_getline(r, &line) == READER_EOF, "end of input");
	reader_close(r);
	unlink(path);
}

static void
test_long_lines(void)
{
	size_t big = 3 * 1024 * 1024, n = 2 * big + 20;
	char *data = malloc(n), path[64];
	const char *line;
	struct reader *r;
	ssize_t got;

	memset(data, 'a', n);
	data[big] = '\n';			/* line 1: big bytes */
	memcpy(data + 2 * big + 1 - 4, "\nok\n", 4);	/* line 2 long, 3 "ok" */
	r = reader_over(data, 2 * big + 1, path);
	got = reader_getline(r, &line);
	CHECK(got == (ssize_t)big, "a 3 MiB line comes whole");
	reader_set_max(r, 1024 * 1024);
	got = reader_getline(r, &line);
	CHECK(got == READER_TOOLONG && reader_lineno(r) == 2,
	    "a line over the limit is reported with its number");
	got = reader_getline(r, &line);
	CHECK(got == 2 && memcmp(line, "ok", 2) == 0 && reader_lineno(r) == 3,
	    "the line after an over-long one is read");
	reader_close(r);
	unlink(path);
	free(data);
}

static void
test_bytes(void)
{
	char path[64];
	const unsigned char *p;
	struct reader *r = reader_over("abcdef", 6, path);
	size_t n, total = 0;

	n = reader_peek(r, &p, 4);
	CHECK(n == 4 && memcmp(p, "abcd", 4) == 0, "peek does not consume");
	n = reader_peek(r, &p, 100);
	CHECK(n == 6, "peek past the end gives what there is");
	while ((n = reader_chunk(r, &p)) > 0)
		total += n;
	CHECK(total == 6, "chunks give every byte once");
	reader_close(r);
	unlink(path);
	CHECK(reader_open("/nonexistent/file") == NULL, "open failure is NULL");
}

static void
test_buf(void)
{
	struct buf b = { 0 };
	int i;

	for (i = 0; i < 10000; i++)
		buf_addc(&b, 'x');
	buf_adds(&b, "end");
	CHECK(b.len == 10003 && b.data[b.len] == '\0' &&
	    memcmp(b.data + 10000, "end", 3) == 0, "buf grows and stays terminated");
	buf_reset(&b);
	CHECK(b.len == 0 && b.cap >= 10003, "buf_reset keeps the room");
	buf_free(&b);
}

static void
test_sizes(void)
{
	CHECK(parse_size("64M") == 64LL << 20, "64M");
	CHECK(parse_size("100k") == 100LL << 10, "100k");
	CHECK(parse_size("7") == 7, "7");
	CHECK(parse_size("1G") == 1LL << 30, "1G");
	CHECK(parse_size("x") == -1 && parse_size("5Q") == -1 &&
	    parse_size("-3") == -1 && parse_size("") == -1, "bad sizes");
}

static void
test_messages(void)
{
	msg_init("/usr/bin/lib_reader");
	CHECK(strcmp(progname, "lib_reader") == 0, "program name from argv[0]");
	msg_quiet = 1;
	CHECK(bad_input_due("thing"), "the first bad input of a kind is due");
	bad_input("thing", "f", 3, "first");
	CHECK(!bad_input_due("thing") && bad_input_due("other"),
	    "a later one is not, one of another kind is");
	bad_input("thing", "f", 9, "second");
	bad_input("other", "g", 1, "else");
	CHECK(bad_input_count() == 3, "bad input is counted");
	CHECK(msg_summary() == EXIT_OK, "bad input alone leaves status 0");
	error_at("f", 0, "unreadable");
	CHECK(msg_summary() == EXIT_TROUBLE, "an error makes status 2");
}

int
main(void)
{
	test_lines();
	test_long_lines();
	test_bytes();
	test_buf();
	test_sizes();
	test_messages();
	return t_status();
}
