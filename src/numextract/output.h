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
void	output_grep(const struct mention *);

#endif
