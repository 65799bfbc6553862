/* fold.c: the table that folds Traditional characters to Simplified. */
#include <stdlib.h>

#include "embedded.h"
#include "fold.h"
#include "msg.h"
#include "utf8.h"
#include "util.h"

uint32_t *fold_tab;
uint32_t *fold_from;
size_t fold_nfrom;
uint64_t fold_bits[0x10000 / 64];

static void
fold_mark(uint32_t c)
{
	fold_bits[c / 64] |= 1ULL << (c % 64);
}

void
fold_init(void)
{
	struct data_lines dl;
	const char *p, *line;
	size_t len, n, l1, l2;
	uint32_t from, to;

	p = embedded_file("fold.tsv", &len);
	if (p == NULL)
		fatal(2, "fold.tsv is missing from the build");
	fold_tab = xcalloc(FOLD_HI - FOLD_LO, sizeof(*fold_tab));
	fold_from = xcalloc(len / 4 + 1, sizeof(*fold_from));
	/* a line is "CHARACTER TAB ITS FOLDED FORM" */
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &n);) {
		from = utf8_get(line, n, 0, &l1);
		if (n < 3 || l1 + 1 >= n || line[l1] != '\t')
			continue;
		to = utf8_get(line, n, l1 + 1, &l2);
		if (from < FOLD_LO || from >= FOLD_HI)
			continue;
		if (fold_tab[from - FOLD_LO] == 0)
			fold_from[fold_nfrom++] = from;
		fold_tab[from - FOLD_LO] = to;
		fold_mark(from);
	}
	for (from = UCP_FULLWIDTH('!'); from <= UCP_FULLWIDTH('~'); from++)
		fold_mark(from);
}
