/*
 * embedded.h: data files compiled into the program.
 *
 * Every file of data/TOOL/ is embedded in bin/TOOL by scripts/embed; the
 * text is parsed into tables once, at start-up, by the code that uses it.
 */
#ifndef EMBEDDED_H
#define EMBEDDED_H

#include <stddef.h>
#include <string.h>

/* The contents of data/TOOL/NAME (NUL-terminated), or NULL. */
const char	*embedded_file(const char *name, size_t *len);

/*
 * The next line of data text in *p..end that is neither blank nor a '#'
 * comment, without its '\n': sets *line and *len and returns 1; 0 at the
 * end.  *p moves past the line.
 */
static inline int
data_next_line(const char **p, const char *end, const char **line,
    size_t *len)
{
	const char *eol;

	while (*p < end) {
		if ((eol = memchr(*p, '\n', (size_t)(end - *p))) == NULL)
			eol = end;
		*line = *p;
		*len = (size_t)(eol - *p);
		*p = eol < end ? eol + 1 : end;
		if (*len > 0 && **line != '#')
			return 1;
	}
	return 0;
}

#endif
