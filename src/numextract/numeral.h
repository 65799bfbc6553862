/*
 * numeral.h: the grammar of a written number, Arabic, Chinese or mixed,
 * read into an exact decimal value: 1,358  19.27亿  3千万  2万亿  一千零五
 * 三万五  十五万三千  二〇〇二  五十四点七六  貳佰零參  廿二.  Juxtaposed
 * digits (五六, 八九亿) and 几 (十几, 几十) give a range lo..hi.
 */
#ifndef NUMEXTRACT_NUMERAL_H
#define NUMEXTRACT_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "ucp.h"

struct numeral {
	size_t		start, end;	/* bytes of the line */
	int		scale;		/* the powers of ten after base */
	int		ranged;		/* 五六, 十几 */
	int		arabic;		/* has Arabic digits */
	int		chinese;	/* has Chinese digits or units */
	int		has_big;	/* uses 万 or 亿 */
	int		big_unit;	/* uses 百, 千, 万 or 亿 */
	int		lead_unit;	/* starts with a unit: 千亩, 亿元 */
	int		ntok;		/* numbers and units written */
	int		int_digits;	/* Arabic: digits before the point */
	int		point;		/* has a decimal point */
	int		leading_zero;	/* Arabic 0 followed by a digit */
	int		separators;	/* thousands separators used */
	int		positional;	/* digit by digit: 二〇二一 */
	int		bad;		/* no quantity: too long, 1.2.3 */
	int		plain;		/* one Arabic integer, nothing else */
	int		one_char;	/* a single Chinese digit: 一, 两 */
	/* Last, as numeral_parse() clears what comes before them. */
	struct dec	lo, hi;		/* hi == lo unless ranged */
	struct dec	base;		/* the last number written */
};

/* What a character is to the grammar (0: not part of a numeral). */
enum { NC_NONE, NC_DIGIT, NC_UNIT, NC_BIG, NC_POINT, NC_TENS, NC_JI };
int	numeral_class(uint32_t c, int *val);
/* Make numeral_class()'s table now (else on its first call). */
void	numeral_prepare(void);
/* The k-th character of the grammar, 0 past the last (for tables of them). */
uint32_t	numeral_char(size_t k);
static inline int
is_ascii_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}
static inline int
is_wide_digit(uint32_t c)
{
	return c >= UCP_FULLWIDTH('0') && c <= UCP_FULLWIDTH('9');
}

/*
 * Read the numeral at s[i]; returns 1 and fills *num, or 0 when s[i]
 * does not start one.
 */
int	numeral_parse(const char *s, size_t n, size_t i, struct numeral *num);

#endif
