/* html_elements.h: what an HTML element does to the rendered text. */
#ifndef HTML_ELEMENTS_H
#define HTML_ELEMENTS_H

#include <stddef.h>

enum {
	EL_INLINE = 0,		/* text joins the line */
	EL_BLOCK = 1,		/* starts and ends a line */
	EL_DROP = 2,		/* nothing inside is shown */
	EL_ITEM = 4,		/* a list item: "- " */
	EL_ROW = 8,		/* a table row */
	EL_CELL = 16,		/* a table cell: apart from the one before */
	EL_BREAK = 32,		/* <br>: ends the line */
	EL_PRE = 64,		/* white space kept */
	EL_TABLE = 128,		/* a table */
	EL_ARTICLE = 256,	/* an article: its asides are its own */
	EL_ASIDE = 512,		/* dropped outside an article */
};

/* The rendering flags of an element by its lower-case name. */
int	html_element(const char *name);

/* Whether the class s[0..n) hides what it is set on. */
int	html_class_hides(const char *s, size_t n);

#endif
