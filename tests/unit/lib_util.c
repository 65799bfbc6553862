/*
 * lib_util: a small file read whole, and refused when missing or larger
 * than asked; the byte hash depends on every byte and on the length.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t.h"
#include "util.h"

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
	return t_status();
}
