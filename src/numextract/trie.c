/* trie.c: folded-character tries on one hash table (see trie.h). */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "trie.h"
#include "utf8.h"
#include "util.h"

/* An edge to a node, with the node's payload: a step reads one slot. */
struct slot {
	uint32_t	parent;		/* node id + 1; 0 marks an empty slot */
	uint32_t	ch;
	uint32_t	child;
	int		payload;	/* of child: a word's, or -1 */
};

static size_t
hash(uint32_t parent, uint32_t ch)
{
	uint64_t h = ((uint64_t)parent << 32 | ch) * 0x9e3779b97f4a7c15ULL;

	return (size_t)(h >> 29);
}

/* The edge from node by ch, or NULL. */
static struct slot *
child_of(const struct trie *t, uint32_t node, uint32_t ch)
{
	size_t i = hash(node + 1, ch) & t->mask;

	for (;; i = (i + 1) & t->mask) {
		struct slot *s = &t->slots[i];

		if (s->parent == 0)
			return NULL;
		if (s->parent == node + 1 && s->ch == ch)
			return s;
	}
}

static void
first_set(struct trie *t, uint32_t c)
{
	c %= TRIE_FIRST_BITS;
	t->first[c / 64] |= 1ULL << (c % 64);
}

/* Whether the character c, as written, may start a word of t. */
static int
first_may(const struct trie *t, uint32_t c)
{
	c %= TRIE_FIRST_BITS;
	return t->first[c / 64] >> (c % 64) & 1;
}

/* Where in fold_from the characters that fold to c begin. */
static size_t
first_folding_to(uint32_t c)
{
	size_t lo = 0, hi = fold_nfrom, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (fold_tab[fold_from[mid] - FOLD_LO] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The filter: each first character, its fullwidth form, and every
 * character that folds to it (looked up per first character: a trie has
 * far fewer of those than there are characters to fold).
 */
static void
first_make(struct trie *t)
{
	size_t i, j;
	uint32_t c;

	memset(t->first, 0, sizeof(t->first));
	for (i = 0; i <= t->mask; i++) {
		if (t->slots[i].parent != 1)
			continue;
		c = t->slots[i].ch;
		first_set(t, c);
		if (c >= '!' && c <= '~')
			first_set(t, UCP_FULLWIDTH(c));
		for (j = first_folding_to(c); j < fold_nfrom &&
		    fold_tab[fold_from[j] - FOLD_LO] == c; j++)
			first_set(t, fold_from[j]);
	}
	t->first_ready = 1;
}

/* Whether the character c, as written, may start a word of t. */
static int
may_start(struct trie *t, uint32_t c)
{
	if (!t->first_ready)
		first_make(t);
	return first_may(t, c);
}

static void
grow_table(struct trie *t)
{
	struct slot *old = t->slots;
	size_t oldn = t->mask + 1, i;

	t->mask = oldn * 2 - 1;
	t->slots = xcalloc(oldn * 2, sizeof(*t->slots));
	for (i = 0; i < oldn; i++) {
		size_t j;

		if (old[i].parent == 0)
			continue;
		j = hash(old[i].parent, old[i].ch) & t->mask;
		while (t->slots[j].parent != 0)
			j = (j + 1) & t->mask;
		t->slots[j] = old[i];
	}
	free(old);
}

static struct trie *last_made;

struct trie *
trie_new(void)
{
	struct trie *t = xcalloc(1, sizeof(*t));

	t->mask = 63;
	t->slots = xcalloc(t->mask + 1, sizeof(*t->slots));
	t->nnodes = 1;
	t->next_made = last_made;
	last_made = t;
	return t;
}

void
trie_ready_all(void)
{
	struct trie *t;

	for (t = last_made; t != NULL; t = t->next_made)
		if (!t->first_ready)
			first_make(t);
}

/* The edge from node by ch, added when missing (valid until the next add). */
static struct slot *
step_add(struct trie *t, uint32_t node, uint32_t ch)
{
	struct slot *s = child_of(t, node, ch);
	size_t i;

	if (s != NULL)
		return s;
	if ((t->used + 1) * 2 > t->mask + 1)
		grow_table(t);
	i = hash(node + 1, ch) & t->mask;
	while (t->slots[i].parent != 0)
		i = (i + 1) & t->mask;
	s = &t->slots[i];
	s->parent = node + 1;
	s->ch = ch;
	s->child = t->nnodes++;
	s->payload = -1;
	t->used++;
	return s;
}

void
trie_add(struct trie *t, const char *w, size_t len, int payload, int backwards)
{
	struct slot *s = NULL;
	size_t i, l;

	if (len == 0)
		return;
	t->first_ready = 0;
	if (!backwards)
		for (i = 0; i < len; i += l)
			s = step_add(t, s != NULL ? s->child : 0,
			    fold_char(utf8_get(w, len, i, &l)));
	else
		for (i = len; i > 0; i -= l)
			s = step_add(t, s != NULL ? s->child : 0,
			    fold_char(utf8_prev(w, i, &l)));
	s->payload = payload;
}

int
trie_first(const struct trie *t, uint32_t c)
{
	return child_of(t, 0, c) != NULL;
}

int
trie_match_covering(struct trie *t, const char *s, size_t n, size_t i,
    size_t cover, size_t *blen)
{
	const struct slot *e = NULL;
	int best = -1;
	size_t j = i, l;
	uint32_t c;

	while (j < n) {
		c = utf8_get(s, n, j, &l);
		if (j == i && !may_start(t, c))
			break;
		e = child_of(t, e != NULL ? e->child : 0, fold_char(c));
		if (e == NULL)
			break;
		j += l;
		if (e->payload >= 0 && j > cover) {
			best = e->payload;
			*blen = j - i;
		}
	}
	return best;
}

int
trie_match_back_slow(struct trie *t, const char *s, size_t lo, size_t i,
    size_t *blen)
{
	const struct slot *e = NULL;
	int best = -1;
	size_t j = i, l;
	uint32_t c;

	while (j > lo) {
		c = utf8_prev(s, j, &l);
		if (j == i && !may_start(t, c))
			break;
		e = child_of(t, e != NULL ? e->child : 0, fold_char(c));
		if (e == NULL || j - l < lo)
			break;
		j -= l;
		if (e->payload >= 0) {
			best = e->payload;
			*blen = i - j;
		}
	}
	return best;
}
