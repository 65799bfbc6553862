/* spread.c: a large page's lines measured on worker threads. */
#include <stdlib.h>

#include "lexicon.h"
#include "page.h"
#include "pool.h"
#include "spread.h"

/*
 * A page of this much text is cut into spans: a smaller one takes less
 * time than handing its spans out would save.
 */
#define SPREAD_MIN	(1024 * 1024)
/* Spans a worker: a thread that ends early takes another. */
#define SPANS_EACH	4

struct span {
	const struct page	*page;
	line_fn			 fn;
	size_t			 from, to;
};

static struct pool	*pool;
static int		 threads, nspans;
static int		 sharing;	/* a job readies the lexicon */

static void
run_span(void *job)
{
	struct span *s = job;
	struct line *l;
	size_t i;

	if (s->page == NULL) {	/* given by spread_ready() */
		lexicon_share();
		return;
	}
	for (i = s->from; i < s->to; i++) {
		l = &s->page->lines[i];
		if (!(l->flags & L_BLANK))
			s->fn(s->page, l);
	}
}

void
spread_start(int n)
{
	threads = n;
}

/*
 * The workers, started once a page being read is large (none for small
 * pages); the first of them readies the lexicon for them all (its
 * patterns compiled to machine code) while the page is still read.
 */
void
spread_ready(size_t bytes)
{
	struct span *s;
	void **jobs;

	if (threads < 2 || bytes < SPREAD_MIN || pool != NULL)
		return;
	nspans = threads * SPANS_EACH;
	jobs = pool_jobs(nspans, sizeof(struct span));
	pool = pool_new(threads, jobs, nspans, run_span, NULL);
	free(jobs);
	s = pool_take(pool);
	*s = (struct span){ NULL, NULL, 0, 0 };
	pool_give(pool, s);
	sharing = 1;
}

/* The first line at or after byte off of the page's text. */
static size_t
line_at(const struct page *p, size_t off)
{
	size_t lo = 0, hi = p->nlines, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (p->lines[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
spread_lines(struct page *p, line_fn fn)
{
	struct span *s, all = { p, fn, 0, p->nlines };
	size_t from = 0, to;
	int i;

	if (threads < 2 || p->textlen < SPREAD_MIN) {
		run_span(&all);
		return;
	}
	spread_ready(p->textlen);
	if (sharing) {	/* no span before the lexicon is ready */
		pool_drain(pool);
		sharing = 0;
	}
	for (i = 1; i <= nspans; i++) {
		to = i == nspans ? p->nlines :
		    line_at(p, p->textlen / (size_t)nspans * (size_t)i);
		s = pool_take(pool);
		*s = (struct span){ p, fn, from, to };
		pool_give(pool, s);
		from = to;
	}
	pool_drain(pool);
}
