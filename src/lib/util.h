/* util.h: allocation that never returns NULL, and small helpers. */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* Grow *buf (capacity *cap) to hold at least need bytes, doubling. */
void	 grow(void *bufp, size_t *cap, size_t need);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#endif
