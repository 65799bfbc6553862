/* html_elements.h: what an HTML element does to the rendered text. */
#ifndef HTML_ELEMENTS_H
#define HTML_ELEMENTS_H

enum {
	EL_INLINE = 0,		/* text joins the line */
	EL_BLOCK = 1,		/* starts and ends a line */
	EL_DROP = 2,		/* nothing inside is shown */
	EL_ITEM = 4,		/* a list item: "- " */
	EL_ROW = 8,		/* a table row */
	EL_CELL = 16,		/* a table cell: apart from the one before */
	EL_BREAK = 32,		/* <br>: ends the line */
	EL_PRE = 64,		/* white space kept */
};

/* The rendering flags of an element by its lower-case name. */
int	html_element(const char *name);

#endif
