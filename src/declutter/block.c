/* block.c: the article block and the decision for each line. */
#include <stddef.h>

#include "block.h"
#include "page.h"
#include "score.h"

/* Points a line gains from each neighbour that reads as prose. */
#define NEIGHBOUR	25
/* Points a line whose low score is excused gains inside the block. */
#define PLAIN		50
/* Outside the block a line must read as prose by this much. */
#define OUTSIDE		40

void
block_find(struct page *p)
{
	long sum = 0, best = 0;
	size_t i, from = 0;

	p->start = p->end = 0;
	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		if (sum <= 0) {
			sum = 0;
			from = i;
		}
		sum += p->lines[i].region;
		if (sum > best) {
			best = sum;
			p->start = from;
			p->end = i + 1;
		}
	}
}

/* The nearest non-blank line before (dir -1) or after (+1) i, or NULL. */
static const struct line *
neighbour(const struct page *p, size_t i, int dir)
{
	while (dir < 0 ? i-- > p->start : ++i < p->end)
		if (!(p->lines[i].flags & L_BLANK))
			return &p->lines[i];
	return NULL;
}

static void
decide(struct page *p, size_t i)
{
	struct line *l = &p->lines[i];
	const struct line *n;
	int eff;

	l->keep = 0;
	if (l->flags & L_BLANK) {
		l->why = "blank";
		return;
	}
	if (l->flags & L_USER_KEEP) {
		l->keep = 1;
		l->why = "keep rule";
	} else if (l->flags & L_USER_DROP)
		l->why = "drop rule";
	else if (l->flags & L_TITLE) {
		l->keep = 1;
		l->why = "title";
	} else if (l->flags & L_LEX_DROP)
		l->why = "lexicon";
	else if (i >= p->start && i < p->end) {
		eff = l->score;
		if (score_excused(l))
			eff += PLAIN;
		if ((n = neighbour(p, i, -1)) != NULL && n->score > 0)
			eff += NEIGHBOUR;
		if ((n = neighbour(p, i, 1)) != NULL && n->score > 0)
			eff += NEIGHBOUR;
		l->keep = eff > 0;
		if (l->keep)
			l->why = l->score > 0 ? "prose" : "between prose";
		else
			l->why = score_weakness(p, l);
	} else if (l->score >= OUTSIDE) {
		l->keep = 1;
		l->why = "prose outside block";
	} else
		l->why = "outside block";
}

void
block_decide(struct page *p)
{
	size_t i;

	for (i = 0; i < p->nlines; i++)
		decide(p, i);
}
