/* pool.c: jobs on worker threads, output in order (see pool.h). */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "pool.h"
#include "util.h"

enum slot_state { SLOT_FREE, SLOT_GIVEN, SLOT_DONE };

struct slot {
	void		*job;
	struct buf	 out;
	struct buf	 bad;		/* its bad input (msg_defer()) */
	enum slot_state	 state;
};

/*
 * Slots form a ring: [oldest, given) are given and not yet written, in
 * order; [next_run, given) wait for a worker.  Counters only grow; a
 * slot is counter % njobs.
 */
struct pool {
	pthread_mutex_t	 lock;
	pthread_cond_t	 work_ready, job_done;
	struct slot	*slots;
	unsigned long	 njobs, oldest, given, next_run;
	pool_fn		 work, done;
};

static void *
worker(void *arg)
{
	struct pool *p = arg;
	struct slot *s;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->next_run == p->given)
			pthread_cond_wait(&p->work_ready, &p->lock);
		s = &p->slots[p->next_run++ % p->njobs];
		pthread_mutex_unlock(&p->lock);
		buf_reset(&s->out);
		buf_reset(&s->bad);
		out_capture(&s->out);
		msg_defer(&s->bad);
		p->work(s->job);
		msg_defer(NULL);
		out_capture(NULL);
		pthread_mutex_lock(&p->lock);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&p->job_done);
	}
	return NULL;
}

struct pool *
pool_new(int threads, void **jobs, int njobs, pool_fn work, pool_fn done)
{
	struct pool *p = xcalloc(1, sizeof *p);
	pthread_t t;
	int i;

	p->slots = xcalloc((size_t)njobs, sizeof *p->slots);
	for (i = 0; i < njobs; i++)
		p->slots[i].job = jobs[i];
	p->njobs = (unsigned long)njobs;
	p->work = work;
	p->done = done;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->work_ready, NULL);
	pthread_cond_init(&p->job_done, NULL);
	/* Workers wait for jobs until the program exits. */
	for (i = 0; i < threads; i++) {
		if (pthread_create(&t, NULL, worker, p) != 0)
			fatal(EXIT_TROUBLE, "cannot start a thread");
		pthread_detach(t);
	}
	return p;
}

/* Write the oldest job's output, with the lock held; wait for it if wait. */
static int
write_oldest(struct pool *p, int wait)
{
	struct slot *s = &p->slots[p->oldest % p->njobs];

	while (s->state != SLOT_DONE) {
		if (!wait)
			return 0;
		pthread_cond_wait(&p->job_done, &p->lock);
	}
	pthread_mutex_unlock(&p->lock);
	out_write(s->out.data, s->out.len);
	msg_replay(&s->bad);
	if (p->done != NULL)
		p->done(s->job);
	pthread_mutex_lock(&p->lock);
	s->state = SLOT_FREE;
	p->oldest++;
	return 1;
}

void *
pool_take(struct pool *p)
{
	void *job;

	pthread_mutex_lock(&p->lock);
	/* What is done already goes out now, not when the ring is full. */
	while (p->oldest < p->given && write_oldest(p, 0))
		;
	if (p->given - p->oldest == p->njobs)
		write_oldest(p, 1);
	job = p->slots[p->given % p->njobs].job;
	pthread_mutex_unlock(&p->lock);
	return job;
}

void
pool_give(struct pool *p, void *job)
{
	struct slot *s;

	pthread_mutex_lock(&p->lock);
	s = &p->slots[p->given % p->njobs];
	if (s->job != job)
		fatal(EXIT_TROUBLE, "internal error: a job given out of turn");
	s->state = SLOT_GIVEN;
	p->given++;
	pthread_cond_signal(&p->work_ready);
	pthread_mutex_unlock(&p->lock);
}

void
pool_drain(struct pool *p)
{
	pthread_mutex_lock(&p->lock);
	while (p->oldest < p->given)
		write_oldest(p, 1);
	pthread_mutex_unlock(&p->lock);
}

void **
pool_jobs(int n, size_t size)
{
	void **jobs = xcalloc((size_t)n, sizeof *jobs);
	int i;

	for (i = 0; i < n; i++)
		jobs[i] = xcalloc(1, size);
	return jobs;
}

int
pool_threads(const char *arg)
{
	long n;
	char *end;

	n = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || n < 0 || n > 256)
		usage_error("--threads: '%s' is not a count from 0 to 256",
		    arg);
	return n == 0 ? pool_cpus() : (int)n;
}

int
pool_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
