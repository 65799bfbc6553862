/*
 * lines.h: the lines of text held in memory, split as a file's lines are:
 * at '\n', and a text that ends with '\n' has no empty line after it (nor
 * has an empty text any line).  A record's text (corpus.h) and a data
 * file (embedded.h) are read with it.
 */
#ifndef LINES_H
#define LINES_H

#include <stddef.h>
#include <string.h>

struct text_lines {
	const char	*s, *end;
};

static inline void
text_lines_init(struct text_lines *t, const char *text, size_t len)
{
	t->s = text;
	t->end = text + len;
}

/*
 * The next line without its '\n': sets *line, *len and *ended (whether
 * a '\n' ended it; NULL if not wanted) and returns 1; 0 at the end.
 */
static inline int
text_lines_next(struct text_lines *t, const char **line, size_t *len,
    int *ended)
{
	const char *nl;

	if (t->s >= t->end)
		return 0;
	if ((nl = memchr(t->s, '\n', (size_t)(t->end - t->s))) == NULL)
		nl = t->end;
	*line = t->s;
	*len = (size_t)(nl - t->s);
	if (ended != NULL)
		*ended = nl < t->end;
	t->s = nl < t->end ? nl + 1 : nl;
	return 1;
}

#endif
