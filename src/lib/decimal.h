/*
 * decimal.h: exact decimal numbers for values read from text.
 *
 * A value is sign, a run of significant decimal digits and a power of ten:
 * 19.27 is digits 1927 with exponent -2.  Numbers are built from the digits
 * as written and combined by shifting (multiplying by a power of ten),
 * multiplying by a small integer and adding, so nothing is ever rounded:
 * a result that would need more than DEC_DIGITS significant digits, or an
 * exponent beyond DEC_MAXEXP, is refused with -1.  No binary floating
 * point is involved anywhere.
 */
#ifndef DECIMAL_H
#define DECIMAL_H

#include <stddef.h>

#define DEC_DIGITS	72	/* significant digits kept exactly */
#define DEC_MAXEXP	96	/* largest |exponent| */
/* Room for dec_format() of any value, with its NUL. */
#define DEC_FMTMAX	(DEC_DIGITS + DEC_MAXEXP + 4)

struct dec {
	int		neg;
	int		exp;		/* value = digits * 10^exp */
	int		n;		/* count of digits; 0 is zero */
	unsigned char	d[DEC_DIGITS];	/* most significant first, 0..9 */
};

void	dec_zero(struct dec *);
void	dec_from_uint(struct dec *, unsigned long long);
/*
 * Parse ASCII "[-+]DIGITS[.DIGITS]" (leading and trailing zeros allowed,
 * nothing else); 0 or -1.
 */
int	dec_parse(struct dec *, const char *, size_t);
/* As dec_parse, and an exponent may follow: 1e9, 2.5E-3, -1e+2. */
int	dec_parse_sci(struct dec *, const char *, size_t);
int	dec_shift(struct dec *, int power);		/* *= 10^power */
int	dec_mul_uint(struct dec *, unsigned);		/* *= k */
int	dec_add(struct dec *, const struct dec *);	/* += */
int	dec_cmp(const struct dec *, const struct dec *);
int	dec_is_zero(const struct dec *);
int	dec_is_integer(const struct dec *);
/* The value as an unsigned integer if it is one and fits; else -1. */
long long	dec_to_small(const struct dec *, long long max);
/* Plain decimal text, no exponent, no trailing fraction zeros. */
size_t	dec_format(const struct dec *, char *buf);

#endif
