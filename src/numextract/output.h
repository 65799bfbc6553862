/*
 * output.h: a mention as a JSON Lines record (through json.h) or as a
 * line of the human view (-g), with the sentence around it as context.
 */
#ifndef NUMEXTRACT_OUTPUT_H
#define NUMEXTRACT_OUTPUT_H

#include <stddef.h>

struct mention;

/* The line being scanned: mentions of one line come in order. */
void	output_line(const char *doc, long lineno, const char *s, size_t n);
void	output_json(const struct mention *);
/*
 * The human view: "DOC:LINE: context" with the mention marked, in colour
 * (an escape for bold red) when color is set, else in [brackets]; without
 * "DOC:" when show_doc is 0.
 */
void	output_grep(const struct mention *, int show_doc, int color);

#endif
