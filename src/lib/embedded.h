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

/* The lines of a data text, read with data_next_line(). */
struct data_lines {
	const char	*p, *end;
	long		 lineno;	/* of the line last returned, from 1 */
};

static inline void
data_lines_init(struct data_lines *d, const char *text, size_t len)
{
	d->p = text;
	d->end = text + len;
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
	const char *eol;

	while (d->p < d->end) {
		if ((eol = memchr(d->p, '\n', (size_t)(d->end - d->p))) == NULL)
			eol = d->end;
		*line = d->p;
		*len = (size_t)(eol - d->p);
		d->p = eol < d->end ? eol + 1 : d->end;
		d->lineno++;
		if (*len > 0 && **line != '#')
			return 1;
	}
	return 0;
}

#endif
