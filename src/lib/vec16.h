/*
 * vec16.h: sixteen bytes as a vector, for the loops that pass over plain
 * text (GCC and Clang vector extensions: SSE2, NEON or plain words).
 * Users keep a word-at-a-time or byte-by-byte path for other compilers.
 */
#ifndef VEC16_H
#define VEC16_H

#if defined(__GNUC__)
#define HAVE_VEC16	1

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef unsigned char	v16 __attribute__((vector_size(16)));
typedef signed char	v16s __attribute__((vector_size(16)));

static inline v16
load16(const unsigned char *p)
{
	v16 v;

	memcpy(&v, p, 16);
	return v;
}

/* Whether a lane of a comparison's result is set. */
static inline int
any16(v16s m)
{
	uint64_t half[2];

	memcpy(half, &m, 16);
	return (half[0] | half[1]) != 0;
}

/* The first lane, in memory order, that the comparison m set (one is). */
static inline size_t
first16(v16s m)
{
	uint64_t half[2];
	size_t k = 0;

	memcpy(half, &m, 16);
	if (half[0] == 0) {
		half[0] = half[1];
		k = 8;
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return k + (size_t)__builtin_clzll(half[0]) / 8;
#else
	return k + (size_t)__builtin_ctzll(half[0]) / 8;
#endif
}
#endif

#endif
