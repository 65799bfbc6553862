/* utf8.c: counting and folding UTF-8 text. */
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "msg.h"
#include "utf8.h"
#include "util.h"

uint32_t *u8_fold_tab;

size_t
u8_back(const char *s, size_t i, size_t lo, size_t nchars)
{
	while (nchars > 0 && i > lo) {
		i--;
		while (i > lo && ((unsigned char)s[i] & 0xc0) == 0x80)
			i--;
		nchars--;
	}
	return i;
}

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
		from = u8_get(line, n, 0, &l1);
		if (n < 3 || l1 + 1 >= n || line[l1] != '\t')
			continue;
		to = u8_get(line, n, l1 + 1, &l2);
		if (from >= FOLD_LO && from < FOLD_HI)
			u8_fold_tab[from - FOLD_LO] = to;
	}
}
