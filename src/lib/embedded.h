/*
 * embedded.h: data files compiled into the program.
 *
 * Every file of data/TOOL/ is embedded in bin/TOOL by scripts/embed; the
 * text is parsed into tables once, at start-up, by the code that uses it.
 */
#ifndef EMBEDDED_H
#define EMBEDDED_H

#include <stddef.h>

/* The contents of data/TOOL/NAME (NUL-terminated), or NULL. */
const char	*embedded_file(const char *name, size_t *len);

#endif
