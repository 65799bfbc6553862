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

struct trie;

struct trie	*trie_new(void);
/* Add word (UTF-8, len bytes) with payload >= 0; backwards tries store it reversed. */
void	trie_add(struct trie *, const char *word, size_t len, int payload,
	    int backwards);
/*
 * Longest word starting at s[i] (forwards) or ending just before s[i]
 * (backwards, not reaching before lo).  Returns its payload and sets
 * *blen to its length in bytes, or returns -1.
 */
int	trie_match(struct trie *, const char *s, size_t n, size_t i,
	    size_t *blen);
int	trie_match_back(struct trie *, const char *s, size_t lo,
	    size_t i, size_t *blen);
/* Longest word starting at s[i] that ends after s[cover]; as trie_match. */
/* Whether some word starts with the (folded) character c. */
int	trie_first(const struct trie *, uint32_t c);
int	trie_match_covering(struct trie *, const char *s, size_t n,
	    size_t i, size_t cover, size_t *blen);

#endif
