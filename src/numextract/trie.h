/*
 * trie.h: word lists matched at a position of a line, longest first,
 * forwards (units after a number) or backwards (qualifiers before it).
 * Characters are folded (fold.h) both when words are added and when text
 * is matched.  Each node is a slot of one open-addressing hash table keyed
 * by (parent, character), so a step costs one probe.
 */
#ifndef NUMEXTRACT_TRIE_H
#define NUMEXTRACT_TRIE_H

#include <stddef.h>
#include <stdint.h>

/* Bits of the filter of first characters (a power of two). */
#define TRIE_FIRST_BITS	4096

struct slot;

struct trie {
	struct slot	*slots;
	size_t		 mask;
	size_t		 used;
	size_t		 nnodes;	/* node 0 is the root */
	/*
	 * Bit c % TRIE_FIRST_BITS is set for every character c as written
	 * (not folded) that may start a word: most lookups fail on the first
	 * character, and then cost one load, no folding and no probe.  Made
	 * on the first lookup after the last word was added, or by
	 * trie_ready_all().
	 */
	uint64_t	 first[TRIE_FIRST_BITS / 64];
	int		 first_ready;
	struct trie	*next_made;	/* the trie made before this one */
};

struct trie	*trie_new(void);
/*
 * Every trie's filter made now, once the last word is in: lookups then
 * only read, and threads may share the tries.
 */
void	trie_ready_all(void);
/* Add word (UTF-8, len bytes) with payload >= 0; backwards tries store it reversed. */
void	trie_add(struct trie *, const char *word, size_t len, int payload,
	    int backwards);
/* Whether some word starts with the (folded) character c. */
int	trie_first(const struct trie *, uint32_t c);
/* Longest word starting at s[i] that ends after s[cover]; as trie_match. */
int	trie_match_covering(struct trie *, const char *s, size_t n,
	    size_t i, size_t cover, size_t *blen);
/* trie_match_back past the filter (below). */
int	trie_match_back_slow(struct trie *, const char *s, size_t lo,
	    size_t i, size_t *blen);

/*
 * Whether the filter rules out the character of key k (its code point
 * modulo TRIE_FIRST_BITS), -1 for one the callers below do not key.
 */
static inline int
trie_ruled_out(const struct trie *t, int32_t k)
{
	return k >= 0 && t->first_ready && !(t->first[k / 64] >> (k % 64) & 1);
}

/*
 * The key of the character at p, from its bytes: ASCII, and the three
 * bytes of most Chinese text (left: the bytes there are); else -1.
 */
static inline int32_t
trie_key_at(const unsigned char *p, size_t left)
{
	if (p[0] < 0x80)
		return p[0];
	if ((p[0] & 0xf0) == 0xe0 && left >= 3)
		return (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
	return -1;
}

/* The key of the character ending just before p + i (i > 0), or -1. */
static inline int32_t
trie_key_before(const unsigned char *p, size_t i)
{
	if (p[i - 1] < 0x80)
		return p[i - 1];
	if (i >= 3 && (p[i - 3] & 0xf0) == 0xe0 && (p[i - 2] & 0xc0) == 0x80 &&
	    (p[i - 1] & 0xc0) == 0x80)
		return (p[i - 2] & 0x3f) << 6 | (p[i - 1] & 0x3f);
	return -1;
}

/*
 * Longest word starting at s[i] (forwards) or ending just before s[i]
 * (backwards, not reaching before lo).  Returns its payload and sets
 * *blen to its length in bytes, or returns -1.  Inline, so that the
 * lookups the filter rules out, most of them, cost no call.
 */
static inline int
trie_match(struct trie *t, const char *s, size_t n, size_t i, size_t *blen)
{
	if (i >= n ||
	    trie_ruled_out(t, trie_key_at((const unsigned char *)s + i, n - i)))
		return -1;
	return trie_match_covering(t, s, n, i, i, blen);
}

static inline int
trie_match_back(struct trie *t, const char *s, size_t lo, size_t i,
    size_t *blen)
{
	if (i <= lo ||
	    trie_ruled_out(t, trie_key_before((const unsigned char *)s, i)))
		return -1;
	return trie_match_back_slow(t, s, lo, i, blen);
}

#endif
