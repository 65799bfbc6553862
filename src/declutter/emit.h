/*
 * emit.h: writing a decided page as text, explanation or dropped lines,
 * to stdout (text mode) or into a buffer (the text field in corpus mode).
 */
#ifndef EMIT_H
#define EMIT_H

struct buf;
struct page;
struct meta;

enum emit_mode {
	EMIT_KEPT,		/* the article: kept lines, trimmed */
	EMIT_DROPPED,		/* -v: the dropped non-blank lines */
	EMIT_EXPLAIN		/* --explain: every line, sign, score, reason */
};

/* Write "# key: value" lines for the meta found, to stdout. */
void	emit_meta(const struct meta *);

/*
 * Write the lines the mode asks for: to stdout, one a line, when to is
 * NULL; else into to, separated by '\n' with none after the last.
 */
void	emit_page(const struct page *, enum emit_mode, struct buf *to);

#endif
