/*
 * detect_score.h: the statistics stage of encoding detection.  Each
 * candidate encoding decodes the window; the decoding is scored by the
 * log-likelihood of its characters under the candidate's language model,
 * with a heavy penalty for byte sequences that are not characters.
 */
#ifndef DETECT_SCORE_H
#define DETECT_SCORE_H

#include <stddef.h>

/*
 * An encoding read as one language; an encoding used for several
 * languages is a candidate once for each.
 */
struct candidate {
	const char	*name;		/* as printed */
	const char	*iconv_name;
	int		 scheme;	/* how bytes form characters */
	int		 lang;		/* enum lang, or -1: any */
	int		 rare;		/* seldom met: a prior cost */
};

/*
 * The prior cost of a rare candidate, in score units: with one or two
 * telling characters the common encodings win.
 */
#define SCORE_RARE	(-80)

struct tally {
	long	score;		/* sum of character scores */
	long	nonascii;	/* characters from non-ASCII bytes */
	long	invalid;	/* byte sequences that are no character */
};

#define NCANDIDATES	38
extern const struct candidate candidates[NCANDIDATES];

/* The first candidate printed as name, or NULL. */
const struct candidate *candidate_named(const char *name);

/*
 * A window of bytes, and the counts that every single-byte reading of it
 * shares.  at_eof: the window is the whole input.
 */
struct window {
	const unsigned char	*buf;
	size_t			 len;
	int			 at_eof;
	long			 ascii;		/* bytes below 0x80 */
	long			 high[128];	/* each byte 0x80-0xFF */
	long			 mixed[2];	/* letters that sit wrongly when
						   read as Latin, and as
						   another alphabet */
};

void	window_init(struct window *, const unsigned char *buf, size_t len,
	    int at_eof);

/* Decode the window as candidate c and tally the result. */
void	score_candidate(const struct candidate *c, const struct window *,
	    struct tally *);

#endif
