/* numeral.c: reading written numbers into exact values (see numeral.h). */
#include <string.h>

#include "lexicon.h"
#include "numeral.h"
#include "trie.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"

#define MAXTOK	48

enum { T_NUM, T_ZERO, T_UNIT, T_BIG };

struct tok {
	int		type;
	int		pow;		/* T_UNIT, T_BIG */
	int		single;		/* one digit: 三万五 reads 5 as 5000 */
	int		arabic;
	struct dec	lo, hi;		/* T_NUM */
};

int
numeral_class(uint32_t c, int *val)
{
	switch (c) {
	case U'零': case U'〇': case U'○':
		*val = 0; return NC_DIGIT;
	case U'一': case U'壹':
		*val = 1; return NC_DIGIT;
	case U'二': case U'贰': case U'貳':
	case U'两': case U'兩': case U'俩': case U'倆':
		*val = 2; return NC_DIGIT;
	case U'三': case U'叁': case U'參': case U'叄':
		*val = 3; return NC_DIGIT;
	case U'四': case U'肆':
		*val = 4; return NC_DIGIT;
	case U'五': case U'伍':
		*val = 5; return NC_DIGIT;
	case U'六': case U'陆': case U'陸':
		*val = 6; return NC_DIGIT;
	case U'七': case U'柒':
		*val = 7; return NC_DIGIT;
	case U'八': case U'捌':
		*val = 8; return NC_DIGIT;
	case U'九': case U'玖':
		*val = 9; return NC_DIGIT;
	case U'十': case U'拾':
		*val = 1; return NC_UNIT;
	case U'百': case U'佰':
		*val = 2; return NC_UNIT;
	case U'千': case U'仟':
		*val = 3; return NC_UNIT;
	case U'万': case U'萬':
		*val = 4; return NC_BIG;
	case U'亿': case U'億':
		*val = 8; return NC_BIG;
	case U'兆':			/* 10^12 in money */
		*val = 12; return NC_BIG;
	case U'点': case U'點': case UCP_FULLWIDTH('.'):
		*val = 0; return NC_POINT;
	case U'廿':
		*val = 2; return NC_TENS;
	case U'卅':
		*val = 3; return NC_TENS;
	case U'卌':
		*val = 4; return NC_TENS;
	case U'几': case U'幾':
		*val = 0; return NC_JI;
	}
	return NC_NONE;
}

static int
digit_at(const char *s, size_t n, size_t j, size_t *l)
{
	uint32_t c;

	if (j >= n)
		return -1;
	c = utf8_get(s, n, j, l);
	if (is_ascii_digit(c))
		return c - '0';
	if (is_wide_digit(c))
		return c - UCP_FULLWIDTH('0');
	return -1;
}

/*
 * Arabic digits at s[i]: 1,358  82，225.00  ０.５.  Returns the end; the
 * value goes to *v.  Too many digits or a dotted code (1.2.3) set num->bad.
 */
static size_t
parse_arabic(const char *s, size_t n, size_t i, struct dec *v,
    struct numeral *num)
{
	char buf[DEC_DIGITS * 2 + 4];
	size_t k = 0, j = i, l, l2, l3, j0, k0;
	int d, count = 0, groups = 0, spaced = 0;
	uint32_t c;

	while ((d = digit_at(s, n, j, &l)) >= 0) {
		if (k < sizeof(buf) - 2)
			buf[k++] = '0' + d;
		count++;
		j += l;
	}
	num->leading_zero = count > 1 && buf[0] == '0';
	/*
	 * Thousands: a first group of 1-3 digits, then groups of exactly 3,
	 * after commas or (2 500, as SI writes it) spaces.
	 */
	j0 = j;
	k0 = k;
	while (count <= 3 && !num->leading_zero && j < n) {
		size_t g, m;

		c = utf8_get(s, n, j, &l);
		if (c == ' ' || c == UCP_NBSP || c == UCP_THIN_SPACE)
			spaced = 1;
		else if (ucp_halfwidth(c) != ',')
			break;
		for (g = j + l, m = 0; m < 3 && digit_at(s, n, g, &l2) >= 0; m++)
			g += l2;
		if (m != 3 || digit_at(s, n, g, &l2) >= 0)
			break;
		for (g = j + l, m = 0; m < 3; m++) {
			d = digit_at(s, n, g, &l2);
			if (k < sizeof(buf) - 2)
				buf[k++] = '0' + d;
			g += l2;
		}
		j = g;
		groups++;
	}
	/* Table columns (12 345 678 at a line's or cell's end) stay apart. */
	if (spaced && (j >= n || s[j] == ' ' || s[j] == '\t')) {
		j = j0;
		k = k0;
		groups = 0;
	}
	num->separators = groups;
	num->int_digits = count + 3 * groups;
	if (j < n) {
		c = utf8_get(s, n, j, &l);
		if (ucp_halfwidth(c) == '.' && digit_at(s, n, j + l, &l2) >= 0) {
			buf[k++] = '.';
			j += l;
			while ((d = digit_at(s, n, j, &l3)) >= 0) {
				if (k < sizeof(buf) - 2)
					buf[k++] = '0' + d;
				j += l3;
			}
			num->point = 1;
			if (j < n) {
				c = utf8_get(s, n, j, &l);
				if (ucp_halfwidth(c) == '.' &&
				    digit_at(s, n, j + l, &l2) >= 0) {
					num->bad = 1;
					while (j < n && (ucp_halfwidth(c =
					    utf8_get(s, n, j, &l)) == '.' ||
					    digit_at(s, n, j, &l) >= 0))
						j += l;
				}
			}
		}
	}
	if (k >= sizeof(buf) - 2 || num->int_digits > DEC_DIGITS ||
	    dec_parse(v, buf, k) != 0)
		num->bad = 1;
	return j;
}

/* A unit word starts here (千瓦, 千米, 百分点): the numeral stops before it. */
static int
unit_word_at(const char *s, size_t n, size_t j, size_t charlen)
{
	size_t blen;

	return trie_match(lex.after, s, n, j, &blen) >= 0 && blen > charlen;
}

static void
push(struct tok *t, int *nt, int type, int pow)
{
	memset(&t[*nt], 0, sizeof(t[*nt]));
	t[*nt].type = type;
	t[*nt].pow = pow;
	(*nt)++;
}

static int
add_scaled(struct dec *acc, const struct dec *v, int pow)
{
	struct dec x = *v;

	return dec_shift(&x, pow) || dec_add(acc, &x);
}

/* The value of the tokens, with the low or high reading of ranged digits. */
static int
evaluate(const struct tok *t, int nt, int hi, struct dec *out)
{
	struct dec total, section, pending, one;
	int i, have = 0, single = 0, last_pow = 0, after_zero = 0;
	int max_big = 0;

	dec_zero(&total);
	dec_zero(&section);
	dec_from_uint(&one, 1);
	for (i = 0; i < nt; i++) {
		switch (t[i].type) {
		case T_NUM:
			pending = hi ? t[i].hi : t[i].lo;
			have = 1;
			single = t[i].single;
			break;
		case T_ZERO:
			after_zero = 1;
			break;
		case T_UNIT:
			if (add_scaled(&section, have ? &pending : &one, t[i].pow))
				return -1;
			have = 0;
			last_pow = t[i].pow;
			after_zero = 0;
			break;
		case T_BIG:
			if (have && dec_add(&section, &pending))
				return -1;
			if (dec_is_zero(&section) && dec_is_zero(&total) && !have)
				section = one;
			if (t[i].pow > max_big) {
				if (dec_add(&total, &section) ||
				    dec_shift(&total, t[i].pow))
					return -1;
				max_big = t[i].pow;
			} else if (add_scaled(&total, &section, t[i].pow))
				return -1;
			dec_zero(&section);
			have = 0;
			last_pow = t[i].pow;
			after_zero = 0;
			break;
		}
	}
	if (have) {
		/* 三万五, 一百二: a lone last digit counts in the next lower place. */
		if (single && last_pow > 0 && !after_zero) {
			if (add_scaled(&section, &pending, last_pow - 1))
				return -1;
		} else if (dec_add(&section, &pending))
			return -1;
	}
	if (dec_add(&total, &section))
		return -1;
	*out = total;
	return 0;
}

/*
 * A digit of a Chinese run; a zero may be written 0 or ０ after the
 * first digit (二00三年).
 */
static int
run_digit(uint32_t c, size_t k, int *v)
{
	if (k > 0 && ucp_halfwidth(c) == '0') {
		*v = 0;
		return 1;
	}
	return numeral_class(c, v) == NC_DIGIT;
}

/* Read Chinese digits 五六 / 二〇二一 / 七 at s[j] into one token. */
static size_t
digit_run(const char *s, size_t n, size_t j, struct tok *t, struct numeral *num)
{
	char buf[DEC_DIGITS + 2];
	size_t k = 0, l;
	int v, first = -1, second = -1;

	while (j < n && run_digit(utf8_get(s, n, j, &l), k, &v)) {
		if (k == 0)
			first = v;
		else if (k == 1)
			second = v;
		if (k < sizeof(buf) - 1)
			buf[k] = '0' + v;
		k++;
		j += l;
	}
	t->single = k == 1;
	if (k == 2 && first >= 1 && second == first + 1) {
		dec_from_uint(&t->lo, first);
		dec_from_uint(&t->hi, second);
		t->single = 1;
		num->ranged = 1;
		return j;
	}
	if (k > DEC_DIGITS || dec_parse(&t->lo, buf, k) != 0)
		num->bad = 1;
	t->hi = t->lo;
	num->positional |= k > 1;
	return j;
}

/* Fraction digits after 点: Chinese or Arabic; 0 when none follow. */
static size_t
fraction(const char *s, size_t n, size_t j, struct dec *frac)
{
	char buf[DEC_DIGITS + 4];
	size_t k = 0, l;
	uint32_t c;
	int v;

	buf[k++] = '0';
	buf[k++] = '.';
	while (j < n) {
		c = utf8_get(s, n, j, &l);
		if (is_ascii_digit(c))
			v = c - '0';
		else if (is_wide_digit(c))
			v = c - UCP_FULLWIDTH('0');
		else if (numeral_class(c, &v) != NC_DIGIT ||
		    c == U'两' || c == U'兩')	/* 两百点两 is two numbers */
			break;
		if (k < sizeof(buf))
			buf[k++] = '0' + v;
		j += l;
	}
	if (k == 2 || k >= sizeof(buf) || dec_parse(frac, buf, k) != 0)
		return 0;
	return j;
}

/*
 * The capital forms of digits that are also common in words: 陆 (登陆,
 * 大陆), 伍 (队伍), 拾 (收拾), 肆 (放肆).
 */
static int
is_word_capital(uint32_t c)
{
	return c == U'陆' || c == U'陸' || c == U'伍' || c == U'拾' ||
	    c == U'肆';
}

int
numeral_parse(const char *s, size_t n, size_t i, struct numeral *num)
{
	struct tok t[MAXTOK];
	int nt = 0, cls, v, no_small = 0;
	size_t j = i, l, e;
	uint32_t c;

	memset(num, 0, sizeof(*num));
	num->start = i;
	while (j < n && nt < MAXTOK - 2) {
		struct tok *last = nt > 0 ? &t[nt - 1] : NULL;

		c = utf8_get(s, n, j, &l);
		/* 356.8 亿元: a space between digits and their multiplier. */
		if (c == ' ' && nt == 1 && last->arabic && j + 1 < n &&
		    numeral_class(utf8_get(s, n, j + 1, &e), &v) == NC_BIG) {
			j++;
			continue;
		}
		if (is_ascii_digit(c) || is_wide_digit(c)) {
			if (last != NULL && last->type == T_NUM)
				break;
			if (last != NULL && (no_small || num->point))
				break;	/* 1万600 yes, 1.5万2 no */
			push(t, &nt, T_NUM, 0);
			e = parse_arabic(s, n, j, &t[nt - 1].lo, num);
			t[nt - 1].hi = t[nt - 1].lo;
			t[nt - 1].arabic = 1;
			t[nt - 1].single = e - j == l;
			num->arabic = 1;
			if (nt > 1)
				num->int_digits = 0;
			j = e;
			if (num->bad)
				break;
			continue;
		}
		cls = numeral_class(c, &v);
		if (cls == NC_DIGIT) {
			if (last != NULL && last->type == T_NUM)
				break;
			if (v == 0 && last != NULL &&
			    (last->type == T_UNIT || last->type == T_BIG)) {
				push(t, &nt, T_ZERO, 0);
				j += l;
				continue;
			}
			push(t, &nt, T_NUM, 0);
			j = digit_run(s, n, j, &t[nt - 1], num);
			num->chinese = 1;
			if (num->bad)
				break;
			continue;
		}
		if (cls == NC_UNIT || cls == NC_BIG) {
			if (nt > 0 && unit_word_at(s, n, j, l))
				break;
			if (cls == NC_UNIT && no_small)
				break;
			if (cls == NC_UNIT && last != NULL && last->type == T_UNIT &&
			    last->pow <= v)
				break;	/* 十百 is no number */
			push(t, &nt, cls == NC_UNIT ? T_UNIT : T_BIG, v);
			num->chinese = 1;
			num->has_big |= cls == NC_BIG;
			num->big_unit |= v >= 2;
			if (nt == 1)
				num->lead_unit = 1;
			j += l;
			continue;
		}
		if (cls == NC_TENS) {
			if (last != NULL && last->type == T_NUM)
				break;
			push(t, &nt, T_NUM, 0);
			dec_from_uint(&t[nt - 1].lo, v);
			t[nt - 1].hi = t[nt - 1].lo;
			push(t, &nt, T_UNIT, 1);
			num->chinese = 1;
			j += l;
			continue;
		}
		if (cls == NC_JI) {
			uint32_t c2 = j + l < n ? utf8_get(s, n, j + l, &e) : 0;
			int v2, cls2 = numeral_class(c2, &v2);

			if (last != NULL && last->type == T_NUM)
				break;
			if (!(last != NULL && last->type == T_UNIT) &&
			    cls2 != NC_UNIT && cls2 != NC_BIG)
				break;
			if (last == NULL && cls2 == NC_BIG)
				break;
			push(t, &nt, T_NUM, 0);
			dec_from_uint(&t[nt - 1].lo, 1);
			dec_from_uint(&t[nt - 1].hi, 9);
			num->ranged = 1;
			num->chinese = 1;
			j += l;
			continue;
		}
		if (cls == NC_POINT && nt > 0 && !last->arabic && !no_small) {
			struct dec frac, lo, hi;

			e = fraction(s, n, j + l, &frac);
			if (e == 0)
				break;
			if (evaluate(t, nt, 0, &lo) || evaluate(t, nt, 1, &hi) ||
			    dec_add(&lo, &frac) || dec_add(&hi, &frac)) {
				num->bad = 1;
				break;
			}
			nt = 0;
			push(t, &nt, T_NUM, 0);
			t[0].lo = lo;
			t[0].hi = hi;
			num->point = 1;
			no_small = 1;
			j = e;
			continue;
		}
		break;
	}
	if (nt == 0)
		return 0;
	if (nt >= MAXTOK - 2) {
		/* Not a quantity; consume the whole run so it is looked at once. */
		num->bad = 1;
		while (j < n) {
			c = utf8_get(s, n, j, &l);
			if (!is_ascii_digit(c) && !is_wide_digit(c) &&
			    numeral_class(c, &v) == NC_NONE)
				break;
			j += l;
		}
	}
	num->end = j;
	/* 登陆时: a capital numeral alone after a word is part of it. */
	if (j - i == 3 && nt == 1 && is_word_capital(utf8_get(s, n, i, &l)) &&
	    i > 0 && (uclass(c = utf8_prev(s, i, &l)) & UC_HAN) &&
	    numeral_class(c, &v) == NC_NONE && c != U'负' && c != U'負')
		return 0;	/* (负 and 負 are signs) */
	num->ntok = nt;
	num->plain = nt == 1 && t[0].arabic && !num->point;
	num->one_char = nt == 1 && !t[0].arabic && t[0].single && !num->ranged &&
	    !num->point;
	if (nt == 1 && t[0].type == T_NUM) {
		/* One number, the common case: its value as read. */
		num->lo = t[0].lo;
		num->hi = t[0].hi;
	} else if (!num->bad && (evaluate(t, nt, 0, &num->lo) ||
	    evaluate(t, nt, 1, &num->hi)))
		num->bad = 1;
	/* The last number written and the powers after it: 3千万 is 3, 7. */
	num->scale = 0;
	dec_zero(&num->base);
	for (v = nt - 1; v >= 0; v--) {
		if (t[v].type == T_NUM) {
			num->base = t[v].lo;
			break;
		}
		if (t[v].type == T_UNIT || t[v].type == T_BIG)
			num->scale += t[v].pow;
	}
	return 1;
}
