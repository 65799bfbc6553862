/*
 * keys.c: a table of names (column names, and keys already reported or
 * ignored), found by hash with open addressing.  Bounded, so records that
 * each bring new keys cannot grow it without end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tsvify.h"
#include "util.h"

#define KEYS_MAX	65536		/* names */
#define KEYS_MAX_BYTES	(16 << 20)	/* of all names together */

struct entry {
	size_t		 off, len;
	uint32_t	 hash;
};

struct keys {
	struct buf	 names;		/* each followed by a NUL */
	struct entry	*entries;
	size_t		 n, cap;
	uint32_t	*slots;		/* entry index + 1, 0 when free */
	size_t		 nslots;	/* a power of two, over twice n */
};

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

struct keys *
keys_new(void)
{
	struct keys *k = xcalloc(1, sizeof *k);

	k->nslots = 64;
	k->slots = xcalloc(k->nslots, sizeof *k->slots);
	return k;
}

void
keys_free(struct keys *k)
{
	if (k == NULL)
		return;
	buf_free(&k->names);
	free(k->entries);
	free(k->slots);
	free(k);
}

static long
lookup(const struct keys *k, const char *name, size_t len, uint32_t h,
    size_t *slot)
{
	size_t mask = k->nslots - 1, i = h & mask;
	const struct entry *e;

	for (; k->slots[i] != 0; i = (i + 1) & mask) {
		e = &k->entries[k->slots[i] - 1];
		if (e->hash == h && e->len == len &&
		    memcmp(k->names.data + e->off, name, len) == 0)
			return (long)k->slots[i] - 1;
	}
	*slot = i;
	return -1;
}

long
keys_find(const struct keys *k, const char *name, size_t len)
{
	size_t slot;

	return lookup(k, name, len, hash(name, len), &slot);
}

static void
rehash(struct keys *k)
{
	size_t i, j, mask;

	free(k->slots);
	k->nslots *= 2;
	mask = k->nslots - 1;
	k->slots = xcalloc(k->nslots, sizeof *k->slots);
	for (i = 0; i < k->n; i++) {
		for (j = k->entries[i].hash & mask; k->slots[j] != 0;
		    j = (j + 1) & mask)
			;
		k->slots[j] = (uint32_t)i + 1;
	}
}

long
keys_add(struct keys *k, const char *name, size_t len)
{
	struct entry *e;
	uint32_t h = hash(name, len);
	size_t slot;
	long i;

	if ((i = lookup(k, name, len, h, &slot)) >= 0)
		return i;
	if (k->n == KEYS_MAX || k->names.len + len >= KEYS_MAX_BYTES)
		return -1;
	if (2 * (k->n + 1) > k->nslots) {
		rehash(k);
		lookup(k, name, len, h, &slot);
	}
	grow_items(&k->entries, &k->cap, k->n, sizeof *k->entries, 32);
	e = &k->entries[k->n];
	e->off = k->names.len;
	e->len = len;
	e->hash = h;
	buf_add(&k->names, name, len);
	k->names.len++;		/* keep the NUL */
	k->slots[slot] = (uint32_t)k->n + 1;
	return (long)k->n++;
}

const char *
keys_name(const struct keys *k, long i, size_t *len)
{
	*len = k->entries[i].len;
	return k->names.data + k->entries[i].off;
}

size_t
keys_count(const struct keys *k)
{
	return k->n;
}
