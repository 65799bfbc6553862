/*
 * mention.h: one mention, the maximal span that states a quantity, date,
 * time or ordinal: qualifiers and currency before the number, the number
 * (or a range of two), its multiplier, unit or classifier, and the
 * qualifiers after it.  What is found but is no quantity (an idiom, a
 * code, a slogan) comes back with kind K_ID.
 */
#ifndef NUMEXTRACT_MENTION_H
#define NUMEXTRACT_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "decimal.h"
#include "lexicon.h"

struct mention {
	size_t		 start, end;	/* bytes of the line */
	enum kind	 kind;
	struct dec	 lo, hi;	/* hi only when ranged */
	int		 ranged;
	int		 own_sign;	/* the low end's sign is its own: -5℃至8℃ */
	int		 valued;	/* an id that is a numeral: 十四五 has 14 */
	struct datespan	 date;		/* date and time kinds */
	const char	*unit;		/* normalized, "" when none */
	enum qual	 qual;
	long long	 frac_num, frac_den;	/* 三分之一: no exact decimal */
};

/*
 * Look for a mention at s[i] (a character the scanner stopped at); lo is
 * where the previous mention ended, the limit of looking back.  Returns 1
 * with *m filled, or 0; either way *next is where scanning goes on.
 */
int	mention_at(const char *s, size_t n, size_t lo, size_t i,
	    struct mention *m, size_t *next);

/* Whether c starts a mention the scanner should look at. */
int	mention_start_char(uint32_t c);
/* Calls fn for each character mention_start_char takes (for tables). */
void	mention_start_each(void (*fn)(uint32_t c));

#endif
