/*
 * t.h: the unit tests' few macros.  Each check prints "ok - WHAT" or
 * "not ok - WHAT (file:line)"; tests/run counts them.  main() ends with
 * return t_status();
 */
#ifndef T_H
#define T_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int t_failed;

#define CHECK(cond, what) do { \
	if (cond) \
		printf("ok - %s\n", (what)); \
	else { \
		printf("not ok - %s (%s:%d)\n", (what), __FILE__, __LINE__); \
		t_failed = 1; \
	} \
} while (0)

/* Compare two NUL-terminated strings, printing both on failure. */
#define CHECK_STR(got, want, what) do { \
	const char *t_g = (got), *t_w = (want); \
	if (t_g != NULL && strcmp(t_g, t_w) == 0) \
		printf("ok - %s\n", (what)); \
	else { \
		printf("not ok - %s: got \"%s\", want \"%s\" (%s:%d)\n", \
		    (what), t_g ? t_g : "(null)", t_w, __FILE__, __LINE__); \
		t_failed = 1; \
	} \
} while (0)

/* A number below below, from a fixed sequence: a test's random inputs repeat. */
static uint32_t t_seed = 12345;

static inline unsigned
t_random(unsigned below)
{
	t_seed = t_seed * 1103515245 + 12345;
	return (t_seed >> 16) % below;
}

static inline int
t_status(void)
{
	return t_failed;
}

#endif
