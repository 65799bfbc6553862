/* fold.c: the fold table (see fold.h). */
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "msg.h"
#include "fold.h"
#include "util.h"

uint32_t *u8_fold_tab;

void
u8_fold_init(void)
{
	struct data_lines dl;
	const char *p, *line;
	size_t len, n, l1, l2;
	uint32_t from, to;

	p = embedded_file("fold.tsv", &len);
	if (p == NULL)
		fatal(2, "fold.tsv is missing from the build");
	u8_fold_tab = xcalloc(FOLD_HI - FOLD_LO, sizeof(*u8_fold_tab));
	/* a line is "CHARACTER TAB ITS FOLDED FORM" */
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &n);) {
		from = utf8_get(line, n, 0, &l1);
		if (n < 3 || l1 + 1 >= n || line[l1] != '\t')
			continue;
		to = utf8_get(line, n, l1 + 1, &l2);
		if (from >= FOLD_LO && from < FOLD_HI)
			u8_fold_tab[from - FOLD_LO] = to;
	}
}
