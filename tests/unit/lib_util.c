/*
 * lib_util: a small file read whole, and refused when missing or larger
 * than asked; the byte hash depends on every byte and on the length;
 * a buffer grown ahead of its writes holds what it held and is ready
 * past what was asked, within its capacity; an array grown item by item
 * keeps its items and has room for the next.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t.h"
#include "util.h"

static void
grow_ready_keeps(void)
{
	size_t cap = 0, ready = 0, i, ok = 1;
	char *buf = NULL;

	grow_ready(&buf, &cap, &ready, 10);
	memcpy(buf, "0123456789", 10);
	CHECK(cap >= 10 && ready >= 10 && ready <= cap, "ready past the need");
	for (i = 10; i < (3u << 20); i += 4096) {
		grow_ready(&buf, &cap, &ready, i + 1);
		ok &= ready > i && ready <= cap;
		buf[i] = 'x';
	}
	CHECK(ok && memcmp(buf, "0123456789", 10) == 0 && buf[4106] == 'x',
	    "grown by megabytes, the bytes written stay");
	/* Mapped apart from the heap and never freed: not free()'s to take. */
}

static void
grow_items_keeps(void)
{
	size_t cap = 0, i, ok = 1;
	long *items = NULL;

	for (i = 0; i < 10000; i++) {
		grow_items(&items, &cap, i, sizeof *items, 4);
		ok &= cap > i;
		items[i] = (long)i * 3;
	}
	for (i = 0; i < 10000; i++)
		ok &= items[i] == (long)i * 3;
	CHECK(ok && cap >= 10000 && cap < 20000,
	    "an array grown item by item keeps them, doubling");
	free(items);
}

int
main(void)
{
	char path[] = "/tmp/lib_util_XXXXXX", *text;
	size_t len = 0;
	int fd = mkstemp(path);

	CHECK(fd >= 0 && write(fd, "ab\0cd", 5) == 5, "a file to read");
	text = read_small_file(path, 5, &len);
	CHECK(text != NULL && len == 5 && memcmp(text, "ab\0cd", 6) == 0,
	    "read whole, NUL bytes kept, NUL-terminated");
	free(text);
	errno = 0;
	CHECK(read_small_file(path, 4, &len) == NULL && errno == EFBIG,
	    "a file larger than asked is refused (EFBIG)");
	unlink(path);
	close(fd);
	CHECK(read_small_file(path, 5, &len) == NULL && errno == ENOENT,
	    "a missing file is NULL (ENOENT)");
	CHECK(hash_bytes("abcdefghi", 9) != hash_bytes("abcdefghj", 9) &&
	    hash_bytes("abc", 3) != hash_bytes("abc\0", 4) &&
	    hash_bytes("abc", 3) == hash_bytes("abc", 3) &&
	    hash_bytes(NULL, 0) == hash_bytes("", 0),
	    "the hash tells bytes and lengths apart, is the same twice, and "
	    "takes no bytes at NULL");
	grow_ready_keeps();
	grow_items_keeps();
	return t_status();
}
