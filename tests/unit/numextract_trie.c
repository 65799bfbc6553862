/*
 * Unit tests of the folded-character tries (src/numextract/trie.c) and of
 * the fold table's order they rely on (scripts/numextract-tables.c).
 */
#include <string.h>

#include "numextract/fold.h"
#include "numextract/trie.h"
#include "t.h"

/* The payload of the longest word of t at the start of s, or -1. */
static int
forwards(struct trie *t, const char *s)
{
	size_t blen;

	return trie_match(t, s, strlen(s), 0, &blen);
}

/* The payload of the longest word of t that ends s, or -1. */
static int
backwards(struct trie *t, const char *s)
{
	size_t blen;

	return trie_match_back(t, s, 0, strlen(s), &blen);
}

static void
check_fold_order(void)
{
	size_t i, folded = 0;
	uint32_t c;
	int ordered = 1, listed = 1;

	for (i = 1; i < fold_nfrom; i++)
		if (fold_tab[fold_from[i - 1] - FOLD_LO] >
		    fold_tab[fold_from[i] - FOLD_LO])
			ordered = 0;
	for (c = FOLD_LO; c < FOLD_HI; c++)
		folded += fold_tab[c - FOLD_LO] != 0;
	for (i = 0; i < fold_nfrom; i++)
		if (fold_tab[fold_from[i] - FOLD_LO] == 0)
			listed = 0;
	CHECK(ordered, "fold_from is ordered by folded form");
	CHECK(listed && folded == fold_nfrom,
	    "fold_from lists every character the table folds, once");
}

int
main(void)
{
	struct trie *units = trie_new(), *before = trie_new();

	check_fold_order();
	trie_add(units, "万元", strlen("万元"), 1, 0);
	trie_add(units, "万", strlen("万"), 2, 0);
	trie_add(units, "km", 2, 3, 0);
	trie_add(units, "个", strlen("个"), 4, 0);
	trie_add(before, "约", strlen("约"), 5, 1);
	trie_add(before, "不超过", strlen("不超过"), 6, 1);
	trie_ready_all();

	CHECK(forwards(units, "万元以上") == 1, "longest word first");
	CHECK(forwards(units, "万人") == 2, "a shorter word when the longer fails");
	CHECK(forwards(units, "萬元") == 1, "a Traditional first character folds");
	CHECK(forwards(units, "個") == 4 && forwards(units, "箇") == 4,
	    "every Traditional form of a first character");
	CHECK(forwards(units, "ｋｍ") == 3, "fullwidth letters fold");
	CHECK(forwards(units, "元") == -1, "a character no word starts with");
	CHECK(forwards(units, "亿元") == -1, "a character that folds to no first character");
	CHECK(backwards(before, "大約") == 5, "backwards, folded");
	CHECK(backwards(before, "不超過") == 6, "backwards, a longer word folded");
	CHECK(backwards(before, "超过") == -1, "backwards, only a word's tail");
	return t_status();
}
