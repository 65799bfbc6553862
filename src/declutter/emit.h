/* emit.h: writing a decided page as text, explanation or dropped lines. */
#ifndef EMIT_H
#define EMIT_H

struct page;
struct meta;

enum emit_mode {
	EMIT_KEPT,		/* the article: kept lines, trimmed */
	EMIT_DROPPED,		/* -v: the dropped non-blank lines */
	EMIT_EXPLAIN		/* --explain: every line, sign, score, reason */
};

/* Write "# key: value" lines for the meta found. */
void	emit_meta(const struct meta *);
void	emit_page(const struct page *, enum emit_mode);

#endif
