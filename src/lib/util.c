/* util.c: allocation that never returns NULL. */
#include <stdlib.h>
#include <string.h>

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
grow(void *bufp, size_t *cap, size_t need)
{
	void **buf = bufp;
	size_t n;

	if (need <= *cap)
		return;
	n = *cap ? *cap : 64;
	while (n < need) {
		if (n > (size_t)-1 / 2)
			fatal(EXIT_TROUBLE, "out of memory");
		n *= 2;
	}
	*buf = xrealloc(*buf, n);
	*cap = n;
}
