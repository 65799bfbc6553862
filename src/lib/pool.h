/*
 * pool.h: work cut into jobs, run on other threads, written in order.
 *
 * The main thread fills a job (pool_take), gives it (pool_give) and goes
 * on reading; a worker runs it with everything it writes through out.h
 * captured in a buffer of the job's own, and the bad input it meets
 * (msg.h) kept beside it; the main thread writes those buffers and counts
 * that bad input in the order the jobs were given, so the output and
 * the summary are byte for byte those of one thread, and hands each job back (done) before it is
 * filled again.  A few jobs are in flight at most: memory stays bounded
 * whatever the input's size.
 */
#ifndef POOL_H
#define POOL_H

#include <stddef.h>

struct pool;

typedef void (*pool_fn)(void *job);

/*
 * A pool of threads workers over the njobs jobs given (njobs > threads):
 * work runs a job on a worker, done (if not NULL) on the main thread
 * once its output is written.
 */
struct pool	*pool_new(int threads, void **jobs, int njobs, pool_fn work,
		    pool_fn done);
/*
 * n jobs of size bytes each, zeroed, for pool_new().  POOL_RING(threads)
 * of them keep every worker busy: two a worker, one running and one
 * waiting filled, and the one the main thread fills.
 */
#define POOL_RING(threads)	(2 * (threads) + 1)
void		**pool_jobs(int n, size_t size);

/* The next job to fill (waiting, if need be, for the oldest to end). */
void		*pool_take(struct pool *);
/* The job taken last, filled: to the workers. */
void		 pool_give(struct pool *, void *job);
/* Every job given run and written (the pool stays, for more jobs). */
void		 pool_drain(struct pool *);

/*
 * The threads a --threads argument asks for: a count, 0 for one per
 * processor online (pool_cpus()).  Anything else is a usage error.
 */
int		 pool_threads(const char *arg);
int		 pool_cpus(void);

#endif
