/*
 * regex-needs.h: the literals a PCRE2 pattern needs, at build time.
 *
 * Every match of the pattern holds one of them (ASCII letters lowered:
 * compare them with ASCII case folded).  What the analysis does not
 * know (a class of many characters, a repeat that may be empty) needs
 * nothing, so the set is sound, if not always the smallest.
 */
#ifndef REGEX_NEEDS_H
#define REGEX_NEEDS_H

#include <stddef.h>

#define NEEDS_MAX	512	/* literals in a set */
#define NEED_LEN	48	/* bytes in a literal */

struct needs {
	int	known;		/* 0: the pattern needs nothing known */
	size_t	n;
	char	lit[NEEDS_MAX][NEED_LEN + 1];
};

/* The literals re[0..len) needs; known is 0 when none is known. */
void	regex_needs(const char *re, size_t len, struct needs *);
/* Add a literal to s (unknown if there are too many). */
void	needs_add(struct needs *s, const char *lit);
/* Add b's literals to a (unknown if b is or if they are too many). */
void	needs_unite(struct needs *a, const struct needs *b);

#endif
