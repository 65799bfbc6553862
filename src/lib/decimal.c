/* decimal.c: exact decimal arithmetic on digit arrays (see decimal.h). */
#include <string.h>

#include "decimal.h"

/* Drop leading and trailing zero digits; keep zero canonical. */
static int
normalize(struct dec *x)
{
	int lead = 0, trail;

	while (lead < x->n && x->d[lead] == 0)
		lead++;
	if (lead > 0) {
		memmove(x->d, x->d + lead, x->n - lead);
		x->n -= lead;
	}
	trail = 0;
	while (trail < x->n && x->d[x->n - 1 - trail] == 0)
		trail++;
	x->n -= trail;
	x->exp += trail;
	if (x->n == 0) {
		x->neg = 0;
		x->exp = 0;
		return 0;
	}
	if (x->exp > DEC_MAXEXP || x->exp < -DEC_MAXEXP)
		return -1;
	return 0;
}

void
dec_zero(struct dec *x)
{
	x->neg = 0;
	x->exp = 0;
	x->n = 0;
}

void
dec_from_uint(struct dec *x, unsigned long long v)
{
	unsigned char tmp[24];
	int k = 0;

	dec_zero(x);
	/* One digit, most calls: nothing to reverse or normalize. */
	if (v < 10) {
		x->n = v > 0;
		x->d[0] = (unsigned char)v;
		return;
	}
	while (v > 0) {
		tmp[k++] = v % 10;
		v /= 10;
	}
	while (k > 0)
		x->d[x->n++] = tmp[--k];
	normalize(x);
}

int
dec_parse(struct dec *x, const char *s, size_t len)
{
	size_t i = 0;
	int seen_point = 0, any = 0, frac = 0, zeros = 0;

	dec_zero(x);
	if (i < len && (s[i] == '-' || s[i] == '+'))
		x->neg = s[i++] == '-';
	for (; i < len; i++) {
		if (s[i] == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			return -1;
		any = 1;
		frac += seen_point;
		/*
		 * Zeros are held back until a nonzero digit follows: trailing
		 * ones are a power of ten, so what dec_format writes (a 70-digit
		 * value times 10^12) reads back, whatever its length.
		 */
		if (s[i] == '0') {
			zeros += x->n > 0;
			continue;
		}
		if (x->n + zeros >= DEC_DIGITS)
			return -1;
		for (; zeros > 0; zeros--)
			x->d[x->n++] = 0;
		x->d[x->n++] = s[i] - '0';
	}
	if (!any)
		return -1;
	x->exp = zeros - frac;
	if (x->n == 0)
		x->exp = 0;
	return normalize(x);
}

int
dec_parse_sci(struct dec *x, const char *s, size_t len)
{
	size_t e = 0, i;
	long exp = 0;
	int neg = 0;

	while (e < len && s[e] != 'e' && s[e] != 'E')
		e++;
	if (dec_parse(x, s, e) != 0)
		return -1;
	if (e == len)
		return 0;
	i = e + 1;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (i == len)
		return -1;
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || exp > DEC_MAXEXP)
			return -1;
		exp = exp * 10 + (s[i] - '0');
	}
	return dec_shift(x, neg ? (int)-exp : (int)exp);
}

int
dec_shift(struct dec *x, int power)
{
	if (x->n == 0)
		return 0;
	if (power > 2 * DEC_MAXEXP || power < -2 * DEC_MAXEXP)
		return -1;
	x->exp += power;
	if (x->exp > DEC_MAXEXP || x->exp < -DEC_MAXEXP)
		return -1;
	return 0;
}

int
dec_mul_uint(struct dec *x, unsigned k)
{
	unsigned char out[DEC_DIGITS + 12];
	unsigned long long carry = 0;
	int i, len = 0, j;

	if (k == 0 || x->n == 0) {
		dec_zero(x);
		return 0;
	}
	/* Least significant digit first into out[], then reversed. */
	for (i = x->n - 1; i >= 0; i--) {
		carry += (unsigned long long)x->d[i] * k;
		out[len++] = carry % 10;
		carry /= 10;
	}
	while (carry > 0) {
		out[len++] = carry % 10;
		carry /= 10;
	}
	/* Trailing zeros (out[0..]) go into the exponent. */
	for (j = 0; j < len && out[j] == 0; j++)
		x->exp++;
	if (len - j > DEC_DIGITS)
		return -1;
	x->n = 0;
	for (i = len - 1; i >= j; i--)
		x->d[x->n++] = out[i];
	return normalize(x);
}

/* |a| compared with |b|. */
static int
cmp_abs(const struct dec *a, const struct dec *b)
{
	int ma, mb, i;

	if (a->n == 0 || b->n == 0)
		return (a->n != 0) - (b->n != 0);
	/* Position of the most significant digit. */
	ma = a->exp + a->n;
	mb = b->exp + b->n;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	for (i = 0; i < a->n || i < b->n; i++) {
		int da = i < a->n ? a->d[i] : 0;
		int db = i < b->n ? b->d[i] : 0;

		if (da != db)
			return da < db ? -1 : 1;
	}
	return 0;
}

int
dec_cmp(const struct dec *a, const struct dec *b)
{
	int sa = a->n == 0 ? 0 : a->neg ? -1 : 1;
	int sb = b->n == 0 ? 0 : b->neg ? -1 : 1;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	return sa * cmp_abs(a, b);
}

int
dec_is_zero(const struct dec *x)
{
	return x->n == 0;
}

int
dec_is_integer(const struct dec *x)
{
	return x->exp >= 0;
}

long long
dec_to_small(const struct dec *x, long long max)
{
	long long v = 0;
	int i;

	if (x->neg || x->exp < 0 || x->n + x->exp > 18)
		return x->n == 0 ? 0 : -1;
	for (i = 0; i < x->n + x->exp; i++)
		v = v * 10 + (i < x->n ? x->d[i] : 0);
	return v > max ? -1 : v;
}

/*
 * Digit of |x| at power of ten p (0 outside the digits).
 */
static int
digit_at(const struct dec *x, int p)
{
	int i = x->n - 1 - (p - x->exp);

	return i >= 0 && i < x->n ? x->d[i] : 0;
}

int
dec_add(struct dec *x, const struct dec *y)
{
	struct dec r;
	const struct dec *big, *small;
	unsigned char out[2 * DEC_MAXEXP + DEC_DIGITS + 4];
	int lo, hi, p, len = 0, carry = 0, sub;

	if (y->n == 0)
		return 0;
	if (x->n == 0) {
		*x = *y;
		return 0;
	}
	sub = x->neg != y->neg;
	big = x;
	small = y;
	if (sub && cmp_abs(x, y) < 0) {
		big = y;
		small = x;
	}
	lo = x->exp < y->exp ? x->exp : y->exp;
	hi = x->exp + x->n > y->exp + y->n ? x->exp + x->n : y->exp + y->n;
	if (hi - lo + 1 > (int)sizeof(out))
		return -1;
	for (p = lo; p < hi; p++) {
		int v = sub ? digit_at(big, p) - digit_at(small, p) - carry
		    : digit_at(big, p) + digit_at(small, p) + carry;

		carry = 0;
		if (v < 0) {
			v += 10;
			carry = 1;
		} else if (v >= 10) {
			v -= 10;
			carry = 1;
		}
		out[len++] = v;
	}
	if (carry)
		out[len++] = 1;
	/* out[] is least significant first, starting at power lo. */
	r.neg = big->neg;
	r.exp = lo;
	while (len > 0 && out[len - 1] == 0)
		len--;
	p = 0;
	while (p < len && out[p] == 0) {
		p++;
		r.exp++;
	}
	if (len - p > DEC_DIGITS)
		return -1;
	r.n = 0;
	while (len > p)
		r.d[r.n++] = out[--len];
	if (normalize(&r) != 0)
		return -1;
	*x = r;
	return 0;
}

size_t
dec_format(const struct dec *x, char *buf)
{
	size_t k = 0;
	int i, point;

	if (x->n == 0) {
		buf[0] = '0';
		buf[1] = '\0';
		return 1;
	}
	if (x->neg)
		buf[k++] = '-';
	point = x->n + x->exp;	/* digits before the point */
	if (point <= 0) {
		buf[k++] = '0';
		buf[k++] = '.';
		for (i = point; i < 0; i++)
			buf[k++] = '0';
		for (i = 0; i < x->n; i++)
			buf[k++] = '0' + x->d[i];
	} else {
		for (i = 0; i < point; i++)
			buf[k++] = '0' + (i < x->n ? x->d[i] : 0);
		if (point < x->n) {
			buf[k++] = '.';
			for (i = point; i < x->n; i++)
				buf[k++] = '0' + x->d[i];
		}
	}
	buf[k] = '\0';
	return k;
}
