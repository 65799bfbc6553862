/* util.h: allocation that never returns NULL, and small helpers. */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/*
 * Room in the array *arrp (capacity *cap items of size bytes) for its
 * item n, the next one appended: doubled, from first items.
 */
void	 grow_items(void *arrp, size_t *cap, size_t n, size_t size,
	    size_t first);
/* Grow *buf (capacity *cap) to hold at least need bytes, doubling. */
void	 grow(void *bufp, size_t *cap, size_t need);
/*
 * The same for a buffer written from its start on and reused, whose
 * bytes up to *ready have been written before (0 for a new one): the
 * pages past them are faulted in a chunk at a time, ahead of the writes.
 * Such a buffer is mapped apart from the heap: it is never freed.
 */
void	 grow_ready(void *bufp, size_t *cap, size_t *ready, size_t need);

/*
 * Fault in the whole pages of [start, start + n) for writing, in one call
 * where the system can: cheaper than a trap per page.
 */
void	 populate(void *start, size_t n);

/* A 64-bit hash of s[0..n), eight bytes at a time. */
uint64_t hash_bytes(const void *s, size_t n);

/*
 * A file of at most max bytes read whole, NUL-terminated, its length in
 * *len; NULL (errno set) if it cannot be opened or read, or is larger.
 */
char	*read_small_file(const char *path, size_t max, size_t *len);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#endif
