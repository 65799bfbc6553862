/*
 * html_elements.c: the rendering of HTML elements, after the HTML
 * standard's rendering section: which elements are blocks (display:
 * block, list-item, table parts), which are never shown, and the few that
 * render in their own way.  Everything else is inline.
 *
 * Past innerText, the page's frame is no text: navigation (<nav>), the
 * page's footer (<footer>) and columns beside the text (<aside>, unless
 * in an <article>, where it is a quote of the article), and the classes
 * that CSS frameworks hide things with, whose stylesheets are not read.
 */
#include <stdlib.h>
#include <string.h>

#include "html_elements.h"

struct element {
	const char	*name;
	int		 flags;
};

/* Sorted by name, for bsearch. */
static const struct element elements[] = {
	{ "address",	EL_BLOCK },
	{ "applet",	EL_DROP },
	{ "article",	EL_BLOCK | EL_ARTICLE },
	{ "aside",	EL_BLOCK | EL_ASIDE },
	{ "audio",	EL_DROP },
	{ "blockquote",	EL_BLOCK },
	{ "body",	EL_BLOCK },
	{ "br",		EL_BREAK },
	{ "canvas",	EL_DROP },
	{ "caption",	EL_BLOCK },
	{ "center",	EL_BLOCK },
	{ "datalist",	EL_DROP },
	{ "dd",		EL_BLOCK },
	{ "details",	EL_BLOCK },
	{ "dialog",	EL_BLOCK },
	{ "dir",	EL_BLOCK },
	{ "div",	EL_BLOCK },
	{ "dl",		EL_BLOCK },
	{ "dt",		EL_BLOCK },
	{ "embed",	EL_DROP },
	{ "fieldset",	EL_BLOCK },
	{ "figcaption",	EL_BLOCK },
	{ "figure",	EL_BLOCK },
	{ "footer",	EL_DROP },
	{ "form",	EL_BLOCK },
	{ "frame",	EL_DROP },
	{ "frameset",	EL_DROP },
	{ "h1",		EL_BLOCK },
	{ "h2",		EL_BLOCK },
	{ "h3",		EL_BLOCK },
	{ "h4",		EL_BLOCK },
	{ "h5",		EL_BLOCK },
	{ "h6",		EL_BLOCK },
	{ "head",	EL_DROP },
	{ "header",	EL_BLOCK },
	{ "hgroup",	EL_BLOCK },
	{ "hr",		EL_BLOCK },
	{ "html",	EL_BLOCK },
	{ "iframe",	EL_DROP },
	{ "legend",	EL_BLOCK },
	{ "li",		EL_BLOCK | EL_ITEM },
	{ "listing",	EL_BLOCK | EL_PRE },
	{ "main",	EL_BLOCK },
	{ "map",	EL_DROP },
	{ "math",	EL_DROP },
	{ "menu",	EL_BLOCK },
	{ "nav",	EL_DROP },
	{ "noembed",	EL_DROP },
	{ "noframes",	EL_DROP },
	{ "noscript",	EL_DROP },
	{ "object",	EL_DROP },
	{ "ol",		EL_BLOCK },
	{ "optgroup",	EL_DROP },
	{ "option",	EL_DROP },
	{ "p",		EL_BLOCK },
	{ "param",	EL_DROP },
	{ "plaintext",	EL_BLOCK | EL_PRE },
	{ "pre",	EL_BLOCK | EL_PRE },
	{ "rp",		EL_DROP },
	{ "script",	EL_DROP },
	{ "section",	EL_BLOCK },
	{ "select",	EL_DROP },
	{ "style",	EL_DROP },
	{ "summary",	EL_BLOCK },
	{ "svg",	EL_DROP },
	{ "table",	EL_BLOCK | EL_TABLE },
	{ "tbody",	EL_BLOCK },
	{ "td",		EL_CELL },
	{ "template",	EL_DROP },
	{ "textarea",	EL_DROP },
	{ "tfoot",	EL_BLOCK },
	{ "th",		EL_CELL },
	{ "thead",	EL_BLOCK },
	{ "title",	EL_DROP },
	{ "tr",		EL_BLOCK | EL_ROW },
	{ "ul",		EL_BLOCK },
	{ "video",	EL_DROP },
	{ "xmp",	EL_BLOCK | EL_PRE },
};

static int
by_name(const void *key, const void *el)
{
	return strcmp(key, ((const struct element *)el)->name);
}

int
html_element(const char *name)
{
	const struct element *e;

	e = bsearch(name, elements, sizeof elements / sizeof elements[0],
	    sizeof elements[0], by_name);
	return e != NULL ? e->flags : EL_INLINE;
}

/* Bootstrap's, Foundation's and Tailwind's: display: none. */
static const char *const hiding_classes[] = { "d-none", "hidden", "hide" };

int
html_class_hides(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof hiding_classes / sizeof hiding_classes[0]; i++)
		if (strlen(hiding_classes[i]) == n &&
		    memcmp(hiding_classes[i], s, n) == 0)
			return 1;
	return 0;
}
