/*
 * embedded.h: data files compiled into the program.
 *
 * Every file of data/TOOL/ is embedded in bin/TOOL by scripts/embed; the
 * text is parsed into tables once, at start-up, by the code that uses it.
 * What only a build-time table maker reads (scripts/TOOL-tables.c) lies
 * in data/TOOL/tables/ and is not embedded.
 */
#ifndef EMBEDDED_H
#define EMBEDDED_H

#include <stddef.h>
#include <string.h>

#include "lines.h"

/* The contents of data/TOOL/NAME (NUL-terminated), or NULL. */
const char	*embedded_file(const char *name, size_t *len);

/* The lines of a data text, read with data_next_line(). */
struct data_lines {
	struct text_lines	 t;
	long			 lineno;	/* of the last line returned */
};

static inline void
data_lines_init(struct data_lines *d, const char *text, size_t len)
{
	text_lines_init(&d->t, text, len);
	d->lineno = 0;
}

/*
 * The next line of the data text that is neither blank nor a '#'
 * comment, without its '\n': sets *line and *len and returns 1; 0 at the
 * end.  d->lineno counts every line, skipped ones too, for messages.
 */
static inline int
data_next_line(struct data_lines *d, const char **line, size_t *len)
{
	while (text_lines_next(&d->t, line, len, NULL)) {
		d->lineno++;
		if (*len > 0 && **line != '#')
			return 1;
	}
	return 0;
}

#endif
