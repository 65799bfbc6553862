/*
 * html_row.h: the lines of a table row, held until the row ends, to go
 * out as they are or joined into one line (a row of data).
 */
#ifndef HTML_ROW_H
#define HTML_ROW_H

#include <stddef.h>

#include "buf.h"
#include "html.h"

struct row {
	struct buf	 lines;		/* each: '\t' or ' ', the text, '\n' */
	int		 cells;		/* cells with text */
};

/* A line of the row; new_cell: it starts a cell, else it goes on in one. */
void	row_add(struct row *, const char *s, size_t n, int new_cell);
/* The lines as they were rendered, each to fn; the row is emptied. */
void	row_flush(struct row *, html_line_fn fn, void *ctx);
/*
 * The row as one line to fn, its cells apart (a TAB), the lines of a
 * cell joined by a space; the row is emptied.
 */
void	row_join(struct row *, html_line_fn fn, void *ctx);

#endif
