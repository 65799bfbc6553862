/*
 * table-input.h: what the build-time table makers share (each is one
 * program built from one file, so this is a header of static functions).
 */
#ifndef TABLE_INPUT_H
#define TABLE_INPUT_H

#include <stdio.h>
#include <stdlib.h>

/* MAKER, the maker's name for its messages, is defined before this. */
static void
die(const char *what, const char *name)
{
	fprintf(stderr, "%s: %s: %s\n", MAKER, name, what);
	exit(1);
}

/* The whole of file path, or NULL if it cannot be opened. */
static char *
read_whole(const char *path, size_t *len)
{
	char *text = NULL;
	size_t cap = 0;
	FILE *f;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	*len = 0;
	do {
		if ((text = realloc(text, cap += 1 << 16)) == NULL)
			die("out of memory", path);
		*len += fread(text + *len, 1, cap - *len, f);
	} while (*len == cap);
	if (ferror(f))
		die("cannot read", path);
	fclose(f);
	return text;
}

#endif
