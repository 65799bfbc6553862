/*
 * numextract-tables: write, as C source, numextract's fold table (see
 * src/numextract/fold.h) read from data/numextract/tables/fold.tsv.  Run
 * at build time, so that numextract starts without parsing the 4000 pairs.
 */
#include <stdio.h>
#include <stdlib.h>

#include "lib/embedded.h"
#include "lib/utf8.h"
#include "numextract/fold.h"

#define MAKER	"numextract-tables"
#include "table-input.h"

#define DATA	"data/numextract/tables/fold.tsv"

static uint32_t	tab[FOLD_HI - FOLD_LO];
static uint32_t	from[FOLD_HI - FOLD_LO];
static size_t	nfrom;
static uint64_t	bits[0x10000 / 64];

static void
mark(uint32_t c)
{
	bits[c / 64] |= 1ULL << (c % 64);
}

/* A line is "CHARACTER TAB ITS FOLDED FORM"; the last pair of a character wins. */
static void
parse(const char *p, size_t len)
{
	struct data_lines dl;
	const char *line;
	size_t n, l1, l2;
	uint32_t c, to;

	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &n);) {
		c = utf8_get(line, n, 0, &l1);
		if (n < 3 || l1 + 1 >= n || line[l1] != '\t')
			continue;
		to = utf8_get(line, n, l1 + 1, &l2);
		if (c < FOLD_LO || c >= FOLD_HI)
			continue;
		if (tab[c - FOLD_LO] == 0)
			from[nfrom++] = c;
		tab[c - FOLD_LO] = to;
		mark(c);
	}
	for (c = UCP_FULLWIDTH('!'); c <= UCP_FULLWIDTH('~'); c++)
		mark(c);
}

/* By folded form, then by character: fold_from's order. */
static int
by_folded_form(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	uint32_t fx = tab[x - FOLD_LO], fy = tab[y - FOLD_LO];

	if (fx != fy)
		return fx < fy ? -1 : 1;
	return x < y ? -1 : x > y;
}

int
main(void)
{
	size_t len, i;
	char *text;

	if ((text = read_whole(DATA, &len)) == NULL)
		die("cannot open", DATA);
	parse(text, len);
	qsort(from, nfrom, sizeof(from[0]), by_folded_form);
	printf("/* Made by scripts/numextract-tables from %s. */\n", DATA);
	printf("#include \"numextract/fold.h\"\n\n");
	printf("const uint32_t fold_tab[FOLD_HI - FOLD_LO] = {\n");
	for (i = 0; i < FOLD_HI - FOLD_LO; i++)
		if (tab[i] != 0)
			printf("\t[0x%zx - FOLD_LO] = 0x%x,\n", i + FOLD_LO,
			    (unsigned)tab[i]);
	printf("};\n\nconst uint32_t fold_from[] = {\n");
	for (i = 0; i < nfrom; i++)
		printf("\t0x%x,\n", (unsigned)from[i]);
	printf("};\nconst size_t fold_nfrom = %zu;\n\n", nfrom);
	printf("const uint64_t fold_bits[0x10000 / 64] = {\n");
	for (i = 0; i < 0x10000 / 64; i++)
		if (bits[i] != 0)
			printf("\t[%zu] = 0x%016llxULL,\n", i,
			    (unsigned long long)bits[i]);
	printf("};\n");
	free(text);
	return 0;
}
