/* batch.c: lines scanned on worker threads, in order (see batch.h). */
#include <string.h>

#include "batch.h"
#include "buf.h"
#include "date.h"
#include "out.h"
#include "pool.h"
#include "util.h"

/*
 * A batch holds about this much text: enough that handing it over costs
 * little beside scanning it, little enough that it and its records (2.3
 * times its size) stay in a core's cache on their way out; batches of
 * 1 MiB ran a third slower, of 64 KiB a fifth.
 */
#define BATCH_BYTES	(256 * 1024)

struct batch_line {
	size_t	off, len;	/* in text */
	size_t	direct;		/* the main thread's output before it */
	long	lineno;
	size_t	doc;		/* in docs */
};

struct batch_doc {
	size_t		name;	/* in names */
	struct timex	ref;
};

struct batch {
	struct buf		 text, names;
	struct buf		 direct;	/* the main thread's own output */
	struct batch_line	*lines;
	size_t			 nlines, lines_cap;
	struct batch_doc	*docs;
	size_t			 ndocs, docs_cap;
	unsigned long		 matches;
};

static struct {
	int		 threads;
	batch_scan_fn	 scan;
	struct batch	*now;		/* being filled */
	void		**all;		/* the batches, pool_jobs() */
	int		 nall;
	struct pool	*pool;		/* started once a batch is full */
	struct buf	 doc;		/* the document's name */
	unsigned long	 matches;	/* of the batches written */
} bs;

static void
scan_batch(void *job)
{
	struct batch *b = job;
	const struct batch_line *l;
	size_t i, direct = 0, doc = (size_t)-1;

	for (i = 0; i < b->nlines; i++) {
		l = &b->lines[i];
		if (l->direct > direct) {
			out_write(b->direct.data + direct, l->direct - direct);
			direct = l->direct;
		}
		if (l->doc != doc) {
			doc = l->doc;
			ref_date = b->docs[doc].ref;
		}
		b->matches += bs.scan(b->names.data + b->docs[doc].name,
		    l->lineno, b->text.data + l->off, l->len);
	}
	if (b->direct.len > direct)
		out_write(b->direct.data + direct, b->direct.len - direct);
}

static void
count_batch(void *job)
{
	bs.matches += ((struct batch *)job)->matches;
}

/* A new entry in docs for the document's name and the date in force. */
static void
add_doc(struct batch *b)
{
	struct batch_doc *d;

	grow_items(&b->docs, &b->docs_cap, b->ndocs, sizeof *b->docs, 16);
	d = &b->docs[b->ndocs++];
	d->name = b->names.len;
	d->ref = ref_date;
	buf_add(&b->names, bs.doc.data, bs.doc.len + 1);
}

/* Make b empty, to be filled next; the main thread writes into it. */
static void
fill(struct batch *b)
{
	b->text.len = b->names.len = b->direct.len = 0;
	b->nlines = b->ndocs = 0;
	b->matches = 0;
	bs.now = b;
	if (bs.doc.data != NULL)
		add_doc(b);
	out_capture(&b->direct);
}

void
batch_start(int threads, batch_scan_fn scan)
{
	bs.threads = threads;
	bs.scan = scan;
	bs.nall = POOL_RING(threads);
	bs.all = pool_jobs(bs.nall, sizeof(struct batch));
	fill(bs.all[0]);
}

int
batch_on(void)
{
	return bs.now != NULL;
}

void
batch_doc(const char *name)
{
	buf_reset(&bs.doc);
	buf_adds(&bs.doc, name);
	add_doc(bs.now);
}

/* The batch full: to a worker, and the next one taken to fill. */
static void
hand_over(void)
{
	out_capture(NULL);
	if (bs.pool == NULL)
		bs.pool = pool_new(bs.threads, bs.all, bs.nall,
		    scan_batch, count_batch);
	pool_give(bs.pool, bs.now);
	fill(pool_take(bs.pool));
}

void
batch_line(long lineno, const char *s, size_t n)
{
	struct batch *b = bs.now;
	struct batch_line *l;

	/* A reference date read since (# date:) starts an entry of its own. */
	if (memcmp(&b->docs[b->ndocs - 1].ref, &ref_date, sizeof ref_date))
		add_doc(b);
	grow_items(&b->lines, &b->lines_cap, b->nlines, sizeof *b->lines,
	    1024);
	l = &b->lines[b->nlines++];
	l->off = b->text.len;
	l->len = n;
	l->direct = b->direct.len;
	l->lineno = lineno;
	l->doc = b->ndocs - 1;
	buf_add(&b->text, s, n);
	if (b->text.len >= BATCH_BYTES)
		hand_over();
}

unsigned long
batch_finish(void)
{
	out_capture(NULL);
	if (bs.pool == NULL) {
		scan_batch(bs.now);
		count_batch(bs.now);
	} else {
		pool_give(bs.pool, bs.now);
		pool_drain(bs.pool);
	}
	bs.now = NULL;
	return bs.matches;
}
