/* util.c: allocation that never returns NULL, hashing, small files. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "msg.h"
#include "util.h"

static void *
checked(void *p)
{
	if (p == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	return p;
}

void *
xmalloc(size_t n)
{
	return checked(malloc(n ? n : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return checked(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t n)
{
	return checked(realloc(p, n ? n : 1));
}

char *
xstrdup(const char *s)
{
	return checked(strdup(s));
}

char *
xstrndup(const char *s, size_t n)
{
	return checked(strndup(s, n));
}

void
grow_items(void *arrp, size_t *cap, size_t n, size_t size, size_t first)
{
	void **arr = arrp;
	size_t c;

	if (n < *cap)
		return;
	for (c = *cap ? *cap : first; c <= n; c *= 2)
		if (c > (size_t)-1 / 2 / size)
			fatal(EXIT_TROUBLE, "out of memory");
	*arr = xrealloc(*arr, c * size);
	*cap = c;
}

/* n doubled until it is need or more. */
static size_t
doubled(size_t n, size_t need)
{
	while (n < need) {
		if (n > (size_t)-1 / 2)
			fatal(EXIT_TROUBLE, "out of memory");
		n *= 2;
	}
	return n;
}

void
grow(void *bufp, size_t *cap, size_t need)
{
	void **buf = bufp;
	size_t n;

	if (need <= *cap)
		return;
	n = doubled(*cap ? *cap : 64, need);
	*buf = xrealloc(*buf, n);
	*cap = n;
}

/*
 * Memory written for the first time costs a trap per page, which on
 * some machines (virtual ones) costs more than the writing: one call
 * faults in this much at once, where the system can.
 */
#define READY_AHEAD	(1u << 20)
/* A buffer grown by grow_ready() starts at a page (see remap()). */
#define READY_FIRST	4096u
/* A huge page, as x86-64 and arm64 have them by default. */
#define HUGE_PAGE	(2u << 20)

void
populate(void *start, size_t n)
{
#ifdef MADV_POPULATE_WRITE
	/* The system's page size: madvise() takes whole pages. */
	uintptr_t page_mask = (uintptr_t)sysconf(_SC_PAGESIZE) - 1;
	uintptr_t from = ((uintptr_t)start + page_mask) & ~page_mask;
	uintptr_t to = ((uintptr_t)start + n) & ~page_mask;

	if (to > from)
		madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
	(void)start;
	(void)n;
#endif
}

/*
 * A buffer of its own mapping: it grows in place or moves without a copy
 * (mremap), and asks for huge pages, a trap for 2 MB where small pages
 * take 512.  Page buffers of a hundred megabytes grow this way.
 */
static void *
remap(void *old, size_t oldcap, size_t cap)
{
	void *p;

	if (old == NULL)
		p = mmap(NULL, cap, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	else
		p = mremap(old, oldcap, cap, MREMAP_MAYMOVE);
	if (p == MAP_FAILED)
		fatal(EXIT_TROUBLE, "out of memory");
#ifdef MADV_HUGEPAGE
	if (cap >= HUGE_PAGE)
		madvise(p, cap, MADV_HUGEPAGE);
#endif
	return p;
}

void
grow_ready(void *bufp, size_t *cap, size_t *ready, size_t need)
{
	char **buf = bufp;
	size_t want;

	if (need > *cap) {
		want = doubled(*cap ? *cap : READY_FIRST, need);
		*buf = remap(*buf, *cap, want);
		*cap = want;
	}
	if (need <= *ready)
		return;
	want = need + READY_AHEAD < *cap ? need + READY_AHEAD : *cap;
	populate(*buf + *ready, want - *ready);
	*ready = want;
}

uint64_t
hash_bytes(const void *str, size_t n)
{
	const char *s = str;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	if (n > 0)	/* s may be NULL when there are no bytes */
		memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 29);
}

/* The size of the open file f, rewound; -1 if it cannot be told. */
static long
file_size(FILE *f)
{
	long size;

	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0)
		return -1;
	return size;
}

char *
read_small_file(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	long size;

	if (f == NULL)
		return NULL;
	if ((size = file_size(f)) >= 0 && (size_t)size > max)
		errno = EFBIG;
	else if (size >= 0) {
		text = xmalloc((size_t)size + 1);
		*len = fread(text, 1, (size_t)size, f);
		text[*len] = '\0';
		if (ferror(f)) {
			free(text);
			text = NULL;
		}
	}
	fclose(f);
	return text;
}
