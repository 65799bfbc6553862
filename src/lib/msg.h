/*
 * msg.h: errors and warnings, as "PROG: FILE:LINE: message" on stderr.
 *
 * Recoverable bad input (invalid bytes, a malformed JSON line, a line over
 * the limit) is reported with bad_input(): it is counted per kind and one
 * summary warning per kind is printed at the end by msg_summary().  Under
 * --strict the first one is fatal (exit 1).  --quiet silences warnings but
 * never errors.
 */
#ifndef MSG_H
#define MSG_H

extern const char *progname;
extern int msg_strict;		/* --strict */
extern int msg_quiet;		/* -s, --quiet */

enum { EXIT_OK = 0, EXIT_BAD = 1, EXIT_TROUBLE = 2 };

void	msg_init(const char *name);

/* A warning printed at once (not counted); line 0 omits ":LINE". */
void	warn_at(const char *file, long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* An error that ends the run with status. */
_Noreturn void fatal(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
_Noreturn void fatal_at(int status, const char *file, long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* An error that does not stop the run but makes its status 2. */
void	error_at(const char *file, long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * Recoverable bad input of a kind (a short static string such as
 * "invalid byte").  Counted; the first occurrence's position and message
 * are kept for the summary.  Under --strict: printed and exit 1.
 */
void	bad_input(const char *kind, const char *file, long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/*
 * Whether bad input of the kind would be reported now (the first of its
 * kind, or any under --strict): a caller whose message costs work to
 * place does that work only then.
 */
int	bad_input_due(const char *kind);

/*
 * Bad input on a worker thread: msg_defer(b) keeps what bad_input()
 * reports on this thread in b (NULL: counted at once again), and the
 * main thread counts it with msg_replay(b), in the order of the input,
 * so that the summary names the first of each kind as one thread
 * would.  Not under --strict, whose first bad input stops the run.
 */
struct buf;
void	msg_defer(struct buf *b);
void	msg_replay(const struct buf *b);

/* Count of bad input of every kind so far. */
unsigned long	bad_input_count(void);

/*
 * Print one summary warning per kind of bad input and return the exit
 * status the run has earned: 2 after error_at(), else 0.
 */
int	msg_summary(void);

#endif
