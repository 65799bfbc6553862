/* numeral.c: reading written numbers into exact values (see numeral.h). */
#include <stddef.h>
#include <string.h>

#include "fold.h"
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

/* The characters of the grammar, and what each is to it. */
static const struct numchar {
	uint32_t	c;
	unsigned char	cls, val;
} numchars[] = {
	{ U'零', NC_DIGIT, 0 }, { U'〇', NC_DIGIT, 0 }, { U'○', NC_DIGIT, 0 },
	{ U'一', NC_DIGIT, 1 }, { U'壹', NC_DIGIT, 1 },
	{ U'二', NC_DIGIT, 2 }, { U'贰', NC_DIGIT, 2 }, { U'貳', NC_DIGIT, 2 },
	{ U'两', NC_DIGIT, 2 }, { U'兩', NC_DIGIT, 2 }, { U'俩', NC_DIGIT, 2 },
	{ U'倆', NC_DIGIT, 2 },
	{ U'三', NC_DIGIT, 3 }, { U'叁', NC_DIGIT, 3 }, { U'參', NC_DIGIT, 3 },
	{ U'叄', NC_DIGIT, 3 }, { U'仨', NC_DIGIT, 3 },
	{ U'四', NC_DIGIT, 4 }, { U'肆', NC_DIGIT, 4 },
	{ U'五', NC_DIGIT, 5 }, { U'伍', NC_DIGIT, 5 },
	{ U'六', NC_DIGIT, 6 }, { U'陆', NC_DIGIT, 6 }, { U'陸', NC_DIGIT, 6 },
	{ U'七', NC_DIGIT, 7 }, { U'柒', NC_DIGIT, 7 },
	{ U'八', NC_DIGIT, 8 }, { U'捌', NC_DIGIT, 8 },
	{ U'九', NC_DIGIT, 9 }, { U'玖', NC_DIGIT, 9 },
	{ U'十', NC_UNIT, 1 }, { U'拾', NC_UNIT, 1 },
	{ U'百', NC_UNIT, 2 }, { U'佰', NC_UNIT, 2 },
	{ U'千', NC_UNIT, 3 }, { U'仟', NC_UNIT, 3 },
	{ U'万', NC_BIG, 4 }, { U'萬', NC_BIG, 4 },
	{ U'亿', NC_BIG, 8 }, { U'億', NC_BIG, 8 },
	{ U'兆', NC_BIG, 12 },			/* 10^12 in money */
	{ U'点', NC_POINT, 0 }, { U'點', NC_POINT, 0 },
	{ UCP_FULLWIDTH('.'), NC_POINT, 0 },
	{ U'廿', NC_TENS, 2 }, { U'卅', NC_TENS, 3 }, { U'卌', NC_TENS, 4 },
	{ U'几', NC_JI, 0 }, { U'幾', NC_JI, 0 },
	/* 数 reads as 几 only where it leads a numeral: 数百, 数十万. */
	{ U'数', NC_JI, 1 }, { U'數', NC_JI, 1 },
};

#define NUMCHAR_SLOTS	256	/* a power of two, well above the count */

/*
 * numchars as an open-addressing hash table, made on the first lookup:
 * most characters asked about are in no numeral, and find an empty slot
 * at once.
 */
static const struct numchar *numchar_slot[NUMCHAR_SLOTS];
static int numchar_ready;

static size_t
numchar_hash(uint32_t c)
{
	return (c * 0x9e3779b1u) >> 24 & (NUMCHAR_SLOTS - 1);
}

void
numeral_prepare(void)
{
	size_t k, h;

	if (numchar_ready)
		return;
	for (k = 0; k < sizeof(numchars) / sizeof(numchars[0]); k++) {
		h = numchar_hash(numchars[k].c);
		while (numchar_slot[h] != NULL)
			h = (h + 1) & (NUMCHAR_SLOTS - 1);
		numchar_slot[h] = &numchars[k];
	}
	numchar_ready = 1;
}

int
numeral_class(uint32_t c, int *val)
{
	const struct numchar *e;
	size_t h;

	if (!numchar_ready)
		numeral_prepare();
	for (h = numchar_hash(c); (e = numchar_slot[h]) != NULL;
	    h = (h + 1) & (NUMCHAR_SLOTS - 1))
		if (e->c == c) {
			*val = e->val;
			return e->cls;
		}
	return NC_NONE;
}

uint32_t
numeral_char(size_t k)
{
	return k < sizeof(numchars) / sizeof(numchars[0]) ? numchars[k].c : 0;
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

/* Digits read so far, as dec_parse takes them. */
struct digits {
	char	buf[DEC_DIGITS * 2 + 4];
	size_t	k;
};

/* Arabic digits at s[j] into b: returns their end, their count to *count. */
static size_t
read_digits_into(const char *s, size_t n, size_t j, struct digits *b,
    int *count)
{
	size_t l;
	int d;

	for (*count = 0; (d = digit_at(s, n, j, &l)) >= 0; j += l, ++*count)
		if (b->k < sizeof(b->buf) - 2)
			b->buf[b->k++] = '0' + d;
	return j;
}

/*
 * Where a group of exactly three digits starts after a thousands
 * separator at s[j], a comma or (2 500, as SI writes it) a space, which
 * sets *spaced; 0 when there is none.
 */
static size_t
group_start(const char *s, size_t n, size_t j, int *spaced)
{
	size_t l, g, l2;
	uint32_t c = utf8_get(s, n, j, &l);
	int m, space = c == ' ' || c == UCP_NBSP || c == UCP_THIN_SPACE;

	if (!space && ucp_halfwidth(c) != ',')
		return 0;
	for (g = j + l, m = 0; m < 4 && digit_at(s, n, g, &l2) >= 0; m++)
		g += l2;
	if (m != 3)
		return 0;
	/* A space after no group is none: 1,862 · is no table column. */
	*spaced |= space;
	return j + l;
}

/* A point at s[j] with a digit after it; its length to *l. */
static int
point_at(const char *s, size_t n, size_t j, size_t *l)
{
	size_t l2;

	return j < n && ucp_halfwidth(utf8_get(s, n, j, l)) == '.' &&
	    digit_at(s, n, j + *l, &l2) >= 0;
}

/*
 * The decimals after a point at s[j] into b; returns their end, or j
 * when there are none.  A second point (1.2.3) makes a dotted code, no
 * number: num->bad, and the whole code is read.
 */
static size_t
decimals(const char *s, size_t n, size_t j, struct digits *b,
    struct numeral *num)
{
	size_t l;
	int count;

	if (!point_at(s, n, j, &l))
		return j;
	b->buf[b->k++] = '.';
	j = read_digits_into(s, n, j + l, b, &count);
	num->point = 1;
	if (!point_at(s, n, j, &l))
		return j;
	num->bad = 1;
	while (j < n && (ucp_halfwidth(utf8_get(s, n, j, &l)) == '.' ||
	    digit_at(s, n, j, &l) >= 0))
		j += l;
	return j;
}

/*
 * Arabic digits at s[i]: 1,358  82，225.00  ０.５.  Returns the end; the
 * value goes to *v.  Too many digits or a dotted code (1.2.3) set num->bad.
 * Thousands: a first group of 1-3 digits, then groups of exactly 3.
 */
static size_t
parse_arabic(const char *s, size_t n, size_t i, struct dec *v,
    struct numeral *num)
{
	struct digits b;
	size_t j, j0, k0, g;
	int count, three, groups = 0, spaced = 0;

	b.k = 0;
	j = read_digits_into(s, n, i, &b, &count);
	num->leading_zero = count > 1 && b.buf[0] == '0';
	j0 = j;
	k0 = b.k;
	while (count <= 3 && !num->leading_zero && j < n &&
	    (g = group_start(s, n, j, &spaced)) > 0) {
		j = read_digits_into(s, n, g, &b, &three);
		groups++;
	}
	/* Table columns (12 345 678 at a line's or cell's end) stay apart. */
	if (spaced && (j >= n || s[j] == ' ' || s[j] == '\t')) {
		j = j0;
		b.k = k0;
		groups = 0;
	}
	num->separators = groups;
	num->int_digits = count + 3 * groups;
	j = decimals(s, n, j, &b, num);
	if (b.k >= sizeof(b.buf) - 2 || num->int_digits > DEC_DIGITS ||
	    dec_parse(v, b.buf, b.k) != 0)
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

/*
 * 5个亿, 两个亿, 十几个亿: speech puts 个 between a number and its 亿
 * (5个亿万富翁 counts billionaires).
 */
static int
ge_before_yi(const char *s, size_t n, size_t j)
{
	size_t l, e, e2;
	uint32_t c = utf8_get(s, n, j, &l);
	int v, v2;

	return (c == U'个' || c == U'個') && j + l < n &&
	    numeral_class(utf8_get(s, n, j + l, &e), &v) == NC_BIG && v == 8 &&
	    !unit_word_at(s, n, j + l, e) && !(j + l + e < n &&
	    numeral_class(utf8_get(s, n, j + l + e, &e2), &v2) == NC_BIG);
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

/*
 * Whether 两 (c) at s[j] ends a numeral as a weight, not a digit: after
 * a digit (二两白酒; 一两 is one or two) or as the lone last digit after
 * 十, 百, 千 or 万 (三百两银子 is 300 两; 220 is written 二百二).
 */
static int
liang_after(const char *s, size_t n, size_t j, uint32_t c, int last_digit)
{
	size_t l;
	int v;

	if (c != U'两' && c != U'兩')
		return 0;
	if (last_digit >= 0)
		return last_digit != 1;
	return j + 3 >= n ||
	    numeral_class(utf8_get(s, n, j + 3, &l), &v) == NC_NONE;
}

/*
 * Whether two Chinese digits side by side say "this or that many": each
 * next to the other (五六个), or 三五 (三五个人, three to five), the one
 * pair with a gap that is said that way.
 */
static int
digit_pair_range(int first, int second)
{
	return first >= 1 && (second == first + 1 || (first == 3 && second == 5));
}

/*
 * The length of 、 at s[j] between the first digit of a pair, at s[start],
 * and the next (五、六十万, 三、四百人: fifty or sixty, three or four
 * hundred), when a unit of ten or more follows the second; else 0
 * (第一、二名 and 第一、二十名 list places).
 */
static size_t
pause_in_pair(const char *s, size_t n, size_t start, size_t j, int first)
{
	size_t l = 3, l2, l3;	/* 、 */
	int v, w;

	if ((start >= 3 && memcmp(s + start - 3, "\xe7\xac\xac", 3) == 0) ||
	    j + l >= n || memcmp(s + j, "\xe3\x80\x81", l) != 0 ||
	    numeral_class(utf8_get(s, n, j + l, &l2), &v) != NC_DIGIT ||
	    v != first + 1 || j + l + l2 >= n)
		return 0;
	w = numeral_class(utf8_get(s, n, j + l + l2, &l3), &v);
	return w == NC_UNIT || w == NC_BIG ? l : 0;
}

/*
 * The length of a comma at s[j] before three Chinese digits that group a
 * run's thousands (六，一七五万元, 七，七八○亿元 in yearbooks), when no
 * digit, comma or pause follows them; else 0.
 */
static size_t
thousands_group_at(const char *s, size_t n, size_t j)
{
	size_t k = j, l, comma;
	uint32_t c;
	int v, i;

	c = utf8_get(s, n, k, &l);
	if (c != ',' && c != UCP_FULLWIDTH(','))
		return 0;
	k += l;
	comma = l;
	for (i = 0; i < 3; i++) {
		if (k >= n || !run_digit(utf8_get(s, n, k, &l), 1, &v))
			return 0;
		k += l;
	}
	if (k >= n)
		return 0;
	c = utf8_get(s, n, k, &l);
	if (run_digit(c, 1, &v) || c == ',' || c == UCP_FULLWIDTH(',') ||
	    c == U'、' || c == U'。' || c == U'；')
		return 0;
	return comma;
}

/* Read Chinese digits 五六 / 二〇二一 / 七 at s[j] into one token. */
static size_t
digit_run(const char *s, size_t n, size_t j, struct tok *t, struct numeral *num)
{
	char buf[DEC_DIGITS + 2];
	size_t k = 0, l, start = j, g;
	int v, first = -1, second = -1, grouped = 0;
	uint32_t c;

	while (j < n) {
		if (k == 1)
			j += pause_in_pair(s, n, start, j, first);
		c = utf8_get(s, n, j, &l);
		if (!run_digit(c, k, &v) ||
		    (k == 1 && liang_after(s, n, j, c, first)))
			break;
		if (k == 0)
			first = v;
		else if (k == 1)
			second = v;
		if (k < sizeof(buf) - 1)
			buf[k] = '0' + v;
		k++;
		j += l;
		/* 六，一七五: the digits after the comma are the run's. */
		if (k <= 3 && !grouped && (g = thousands_group_at(s, n, j)) > 0) {
			j += g;
			grouped = 1;
		}
	}
	t->single = k == 1;
	if (k == 2 && digit_pair_range(first, second)) {
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

/* A numeral being read: its tokens so far and where reading goes on. */
struct reading {
	const char	*s;
	size_t		 n, j;
	struct numeral	*num;
	struct tok	 t[MAXTOK];
	int		 nt;
	int		 no_small;	/* after 点: only 万, 亿 may follow */
};

static struct tok *
push(struct reading *r, int type, int pow)
{
	struct tok *t = &r->t[r->nt++];

	/* A zero's digits are never read: only the fields before them. */
	memset(t, 0, offsetof(struct tok, lo));
	dec_zero(&t->lo);
	dec_zero(&t->hi);
	t->type = type;
	t->pow = pow;
	return t;
}

/* The last token read, if of the given type. */
static int
last_is(const struct reading *r, int type)
{
	return r->nt > 0 && r->t[r->nt - 1].type == type;
}

/*
 * The token readers: each reads the token at r->j, its first character
 * l bytes long, and returns 1, or 0 when the numeral ends before it.
 */

/* The digit of a superscript character (⁰ to ⁹), or -1. */
static int
superscript_digit(uint32_t c)
{
	if (c == 0x2070)
		return 0;
	if (c == 0xb9)
		return 1;
	if (c == 0xb2 || c == 0xb3)
		return (int)c - 0xb0;
	if (c >= 0x2074 && c <= 0x2079)
		return (int)c - 0x2070;
	return -1;
}

/*
 * The exponent written after a 10 at s[k]: ^6, ^-3, ⁶, ⁻¹⁹.  Returns
 * where it ends, the exponent to *power, or k when none.
 */
static size_t
ten_exponent(const char *s, size_t n, size_t k, int *power)
{
	size_t from = k, l;
	int neg = 0, digits = 0, d, p = 0;

	if (k < n && s[k] == '^') {
		k++;
		if (k < n && s[k] == '-')
			neg = 1, k++;
		for (; k < n && is_ascii_digit((unsigned char)s[k]) &&
		    digits < 2; k++, digits++)
			p = p * 10 + (s[k] - '0');
	} else {
		if (k < n && utf8_get(s, n, k, &l) == 0x207b)	/* ⁻ */
			neg = 1, k += l;
		for (; k < n && digits < 2 && (d = superscript_digit(
		    utf8_get(s, n, k, &l))) >= 0; k += l, digits++)
			p = p * 10 + d;
	}
	if (digits == 0)
		return from;
	*power = neg ? -p : p;
	return k;
}

/*
 * A power of ten after a number at s[j]: ×10^6, x10^-3, ×10⁶, ×10⁻¹⁹.
 * Returns where it ends, its exponent to *power, or j when none.
 */
static size_t
times_ten_power(const char *s, size_t n, size_t j, int *power)
{
	size_t k = j, l, e;
	uint32_t c;

	/* Most numbers are followed by none of the signs' lead bytes. */
	if (k + 3 > n || (s[k] != 'x' && s[k] != 'X' && s[k] != '*' &&
	    (unsigned char)s[k] != 0xc3 && (unsigned char)s[k] != 0xef))
		return j;
	c = utf8_get(s, n, k, &l);
	if (c != U'×' && c != 'x' && c != 'X' && c != '*' && c != U'＊')
		return j;
	k += l;
	if (k + 2 > n || s[k] != '1' || s[k + 1] != '0')
		return j;
	e = ten_exponent(s, n, k + 2, power);
	return e > k + 2 ? e : j;
}

/* Arabic digits: 1万600 yes, 1.5万2 no; 1.39×10^6 in scientific notation. */
static int
read_arabic(struct reading *r, size_t l)
{
	struct numeral *num = r->num;
	struct tok *t;
	size_t e, k;
	int power;

	if (r->nt > 0 && (last_is(r, T_NUM) || r->no_small || num->point))
		return 0;
	t = push(r, T_NUM, 0);
	e = parse_arabic(r->s, r->n, r->j, &t->lo, num);
	/*
	 * 1万5 is 15000, but 60萬1元 (a tax bracket's low end) is 600001: a
	 * digit 元 follows counts ones.
	 */
	t->single = e - r->j == l && !(e + 3 <= r->n &&
	    (memcmp(r->s + e, "元", 3) == 0 || memcmp(r->s + e, "圓", 3) == 0));
	/* 10^8 alone is the power: a ten, shifted one less. */
	if (r->nt == 1 && !num->bad && e == r->j + 2 && r->s[r->j] == '1' &&
	    r->s[r->j + 1] == '0' && (k = ten_exponent(r->s, r->n, e,
	    &power)) > e)
		power--;
	else
		k = times_ten_power(r->s, r->n, e, &power);
	if (r->nt == 1 && !num->bad && k > e) {
		if (dec_shift(&t->lo, power))
			num->bad = 1;
		num->plain = 0;
		num->int_digits = 0;
		r->no_small = 1;
		e = k;
	}
	t->hi = t->lo;
	t->arabic = 1;
	num->arabic = 1;
	if (r->nt > 1)
		num->int_digits = 0;
	r->j = e;
	return !num->bad;
}

/*
 * Whether 一 at s[j] after 百 or more starts a word (20万一共, 3万一起,
 * 两三千一个月) rather than ending the amount in speech (一万一, 一万一的
 * 工资; 十一月 is a number): a Han character follows that is no numeral's
 * and no amount's next word.
 */
static int
one_starts_word(const char *s, size_t n, size_t j, size_t l)
{
	size_t k = j + l, l2;
	uint32_t c;
	int v;

	if (k >= n)
		return 0;
	c = utf8_get(s, n, k, &l2);
	return (uclass(c) & UC_HAN) && numeral_class(c, &v) == NC_NONE &&
	    c != U'的' && c != U'块' && c != U'塊' && c != U'元' &&
	    c != U'多' && c != U'左' && c != U'出' && c != U'上' && c != U'来';
}

/* Chinese digits; a zero after a unit (一千零五) only marks the gap. */
static int
read_digits(struct reading *r, int v, size_t l)
{
	if (last_is(r, T_NUM))
		return 0;
	if (v == 1 && (last_is(r, T_BIG) || (last_is(r, T_UNIT) &&
	    r->t[r->nt - 1].pow >= 2)) && one_starts_word(r->s, r->n, r->j, l))
		return 0;
	if ((last_is(r, T_UNIT) || last_is(r, T_BIG)) &&
	    liang_after(r->s, r->n, r->j, utf8_get(r->s, r->n, r->j, &l), -1))
		return 0;
	if (v == 0 && (last_is(r, T_UNIT) || last_is(r, T_BIG))) {
		push(r, T_ZERO, 0);
		r->j += l;
		return 1;
	}
	r->j = digit_run(r->s, r->n, r->j, push(r, T_NUM, 0), r->num);
	r->num->chinese = 1;
	return !r->num->bad;
}

/* 十, 百, 千 and the big units 万, 亿: not in a unit word (千米). */
static int
read_unit(struct reading *r, int cls, int v, size_t l)
{
	struct numeral *num = r->num;

	if ((r->nt > 0 && unit_word_at(r->s, r->n, r->j, l)) ||
	    (cls == NC_UNIT && r->no_small) ||
	    (cls == NC_UNIT && last_is(r, T_UNIT) &&
	    r->t[r->nt - 1].pow <= v))	/* 十百 is no number */
		return 0;
	push(r, cls == NC_UNIT ? T_UNIT : T_BIG, v);
	num->chinese = 1;
	num->has_big |= cls == NC_BIG;
	num->big_unit |= v >= 2;
	if (r->nt == 1)
		num->lead_unit = 1;
	r->j += l;
	return 1;
}

/* 廿, 卅, 卌: two, three, four tens. */
static int
read_tens(struct reading *r, int v, size_t l)
{
	struct tok *t;

	if (last_is(r, T_NUM))
		return 0;
	t = push(r, T_NUM, 0);
	dec_from_uint(&t->lo, v);
	t->hi = t->lo;
	push(r, T_UNIT, 1);
	r->num->chinese = 1;
	r->j += l;
	return 1;
}

/*
 * 百分 of a percent, 十分 (very), 千分 of a per mille at s[j], not
 * followed by 钟: where 数 is a word's end (总数百分之三十, 人数十分踊跃).
 */
static int
percent_or_very_at(const char *s, size_t n, size_t j)
{
	size_t l, l2;

	utf8_get(s, n, j, &l);
	return j + l < n && utf8_get(s, n, j + l, &l2) == U'分' &&
	    !(j + l + l2 < n &&
	    fold_char(utf8_get(s, n, j + l + l2, &l)) == U'钟');
}

/*
 * 几, one to nine: 十几, 几十, 几百万, but no 几万 alone; 数 (leading is
 * set) only before 十, 百 or 千: 数百人, 数十亿元.
 */
/*
 * The value of Arabic tens alone: 30, 90; else -1 (0, 35, 3.0; 100几 may
 * be a hundred and tens or units).
 */
static long long
arabic_tens(const struct tok *t)
{
	long long v = dec_to_small(&t->lo, 90);

	return t->arabic && t->single == 0 && v >= 10 && v % 10 == 0 ? v : -1;
}

static int
read_ji(struct reading *r, int leading, size_t l)
{
	struct tok *t;
	long long tens;
	size_t e;
	uint32_t c2 = r->j + l < r->n ? utf8_get(r->s, r->n, r->j + l, &e) : 0;
	int v2, cls2 = numeral_class(c2, &v2);

	if (leading && (r->nt > 0 || cls2 != NC_UNIT ||
	    percent_or_very_at(r->s, r->n, r->j + l)))
		return 0;
	/* 30几, 20幾: so many tens and one to nine more. */
	if (!leading && r->nt == 1 && (tens = arabic_tens(&r->t[0])) > 0) {
		t = &r->t[0];
		dec_from_uint(&t->lo, (unsigned long long)tens + 1);
		dec_from_uint(&t->hi, (unsigned long long)tens + 9);
		r->num->ranged = 1;
		r->j += l;
		return 1;
	}
	if (last_is(r, T_NUM) ||
	    (!last_is(r, T_UNIT) && cls2 != NC_UNIT && cls2 != NC_BIG) ||
	    (r->nt == 0 && cls2 == NC_BIG))
		return 0;
	t = push(r, T_NUM, 0);
	dec_from_uint(&t->lo, 1);
	dec_from_uint(&t->hi, 9);
	r->num->ranged = 1;
	r->num->chinese = 1;
	r->j += l;
	return 1;
}

/*
 * Whether a clock goes on at s[j] after the digits that follow 点: 十
 * (八点二十分), 刻 (三点一刻), 分 (八点五分), 零 (八点零五): then 点 is
 * the hour's, and the numeral ends before it.
 */
static int
clock_goes_on(const char *s, size_t n, size_t j)
{
	size_t l;

	if (j >= n)
		return 0;
	switch (fold_char(utf8_get(s, n, j, &l))) {
	case U'十': case U'刻': case U'分': case U'零':
		return 1;
	}
	return 0;
}

/*
 * 点 and the digits after it (五十四点七六): the tokens so far become
 * one number; only big units may follow.
 */
static int
read_point(struct reading *r, size_t l)
{
	struct dec frac, lo, hi;
	struct tok *t;
	size_t e, d = r->j + l;

	if (r->nt == 0 || r->t[r->nt - 1].arabic || r->no_small ||
	    (e = fraction(r->s, r->n, d, &frac)) == 0 ||
	    clock_goes_on(r->s, r->n, e))
		return 0;
	/*
	 * 三点5 is 3.5 and 一百点123 is 100.123, but 久一点15秒 is a little
	 * longer, 15 seconds: after 一点, a little, Arabic digits are a
	 * tenth, one digit.
	 */
	if (r->j >= 3 && memcmp(r->s + r->j - 3, "一", 3) == 0 &&
	    r->num->start == r->j - 3 &&
	    (memcmp(r->s + r->j, "点", 3) == 0 ||
	    memcmp(r->s + r->j, "點", 3) == 0) && e - d >= 2 &&
	    is_ascii_digit((unsigned char)r->s[d]))
		return 0;
	if (evaluate(r->t, r->nt, 0, &lo) || evaluate(r->t, r->nt, 1, &hi) ||
	    dec_add(&lo, &frac) || dec_add(&hi, &frac)) {
		r->num->bad = 1;
		return 0;
	}
	r->nt = 0;
	t = push(r, T_NUM, 0);
	t->lo = lo;
	t->hi = hi;
	r->num->point = 1;
	r->no_small = 1;
	r->j = e;
	return 1;
}

/* 356.8 亿元: a space at r->j between digits and their multiplier. */
static int
space_before_big(const struct reading *r)
{
	size_t e;
	int v;

	return r->nt == 1 && r->t[0].arabic && r->j + 1 < r->n &&
	    numeral_class(utf8_get(r->s, r->n, r->j + 1, &e), &v) == NC_BIG;
}

/* A middle dot, · or ・: a decimal point between Chinese digits at times. */
static int
middle_dot(uint32_t c)
{
	return c == U'·' || c == U'・';
}

/*
 * A middle dot at r->j (after l bytes, its length) is a decimal point
 * between Chinese digits when a multiplier or a percent sign follows the
 * fraction (二·八六亿元); else it parts names and dates (一二·九运动).
 */
static int
middle_dot_point(const struct reading *r, size_t l)
{
	struct dec frac;
	size_t e, l2;
	uint32_t c;
	int v;

	if (r->nt == 0 || r->t[r->nt - 1].arabic ||
	    (e = fraction(r->s, r->n, r->j + l, &frac)) == 0 || e >= r->n)
		return 0;
	c = utf8_get(r->s, r->n, e, &l2);
	return numeral_class(c, &v) == NC_BIG || ucp_halfwidth(c) == '%';
}

/* Read the token at r->j: 1, or 0 when the numeral ends before it. */
static int
read_token(struct reading *r)
{
	size_t l;
	uint32_t c = utf8_get(r->s, r->n, r->j, &l);
	int v, cls;

	if ((c == ' ' && space_before_big(r)) ||
	    (r->nt > 0 && ge_before_yi(r->s, r->n, r->j))) {
		r->j += l;
		return 1;
	}
	if (is_ascii_digit(c) || is_wide_digit(c))
		return read_arabic(r, l);
	if (middle_dot(c) && middle_dot_point(r, l))
		return read_point(r, l);
	switch (cls = numeral_class(c, &v)) {
	case NC_DIGIT:
		return read_digits(r, v, l);
	case NC_UNIT:
	case NC_BIG:
		return read_unit(r, cls, v, l);
	case NC_TENS:
		return read_tens(r, v, l);
	case NC_JI:
		return read_ji(r, v, l);
	case NC_POINT:
		return read_point(r, l);
	}
	return 0;
}

/* The end of the run of digits and numeral characters at s[j]. */
static size_t
run_end(const char *s, size_t n, size_t j)
{
	size_t l;
	uint32_t c;
	int v;

	for (; j < n; j += l) {
		c = utf8_get(s, n, j, &l);
		if (!is_ascii_digit(c) && !is_wide_digit(c) &&
		    numeral_class(c, &v) == NC_NONE)
			return j;
	}
	return j;
}

/*
 * 登陆时: a capital numeral (one token, s[i..j)) alone after a word is
 * part of it, unless copies are counted (一式陆份,
 * data/numextract/capital_counters.txt); 负 and 負 are signs.
 */
static int
capital_in_word(const char *s, size_t n, size_t i, size_t j, int nt)
{
	size_t l;
	uint32_t c;
	int v;

	return j - i == 3 && nt == 1 &&
	    is_word_capital(utf8_get(s, n, i, &l)) && i > 0 &&
	    (uclass(c = utf8_prev(s, i, &l)) & UC_HAN) &&
	    numeral_class(c, &v) == NC_NONE && c != U'负' && c != U'負' &&
	    trie_match(lex.capital_counters, s, n, j, &l) < 0;
}

/*
 * The numeral's value and shape from its tokens; the last number
 * written and the powers after it: 3千万 is 3, 7.
 */
static void
summarize(const struct reading *r)
{
	const struct tok *t = r->t;
	struct numeral *num = r->num;
	int nt = r->nt, k;

	num->ntok = nt;
	num->plain = nt == 1 && t[0].arabic && !num->point;
	num->one_char = nt == 1 && !t[0].arabic && t[0].single &&
	    !num->ranged && !num->point;
	if (nt == 1 && t[0].type == T_NUM) {
		/* One number, the common case: its value as read. */
		num->lo = t[0].lo;
		num->hi = t[0].hi;
	} else if (!num->bad) {
		/* Unless a token is a range, each has hi == lo: so has the sum. */
		if (evaluate(t, nt, 0, &num->lo))
			num->bad = 1;
		else if (!num->ranged)
			num->hi = num->lo;
		else if (evaluate(t, nt, 1, &num->hi))
			num->bad = 1;
	}
	num->scale = 0;
	for (k = nt - 1; k >= 0 && t[k].type != T_NUM; k--)
		if (t[k].type == T_UNIT || t[k].type == T_BIG)
			num->scale += t[k].pow;
	if (k >= 0)
		num->base = t[k].lo;
	else
		dec_zero(&num->base);
}

/*
 * The two commonest numerals, read without tokens: the shape and value
 * numeral_parse gives them.
 */
static void
one_number(struct numeral *num, size_t i, size_t j)
{
	memset(num, 0, offsetof(struct numeral, lo));
	num->start = i;
	num->end = j;
	num->ntok = 1;
	num->hi = num->base = num->lo;
}

/*
 * Whether a numeral of Arabic digits alone ends at s[j]: no digit, group
 * separator, point, space, power (10^8) or multiplier follows (the
 * fullwidth forms and the spaces outside ASCII lead with bytes other than
 * 0xe3-0xe9).
 */
static int
ends_arabic(const char *s, size_t n, size_t j)
{
	size_t l;
	unsigned char b;
	int v, cls;

	if (j >= n)
		return 1;
	b = s[j];
	if (b < 0x80)
		return !is_ascii_digit(b) && b != ',' && b != '.' && b != ' ' &&
		    b != '^';
	if (b < 0xe3 || b > 0xe9)
		return 0;
	cls = numeral_class(utf8_get(s, n, j, &l), &v);
	/* 30几 is thirty-odd, read with its 几. */
	if (cls == NC_JI && v == 0 && s[j - 1] == '0')
		return 0;
	return cls != NC_UNIT && cls != NC_BIG && !ge_before_yi(s, n, j);
}

/* 2020, 35: ASCII digits alone (at most 18); 0 when s[i] starts another form. */
static int
plain_integer(const char *s, size_t n, size_t i, struct numeral *num)
{
	struct dec v;
	size_t j = i;

	while (j < n && is_ascii_digit((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 18 || !ends_arabic(s, n, j) ||
	    dec_parse(&v, s + i, j - i) != 0)
		return 0;
	num->lo = v;
	one_number(num, i, j);
	num->arabic = 1;
	num->plain = 1;
	num->int_digits = j - i;
	num->leading_zero = j - i > 1 && s[i] == '0';
	return 1;
}

/*
 * 一, 三: one Chinese digit that no numeral character (nor the 0 of
 * 二00三) follows, and no capital that may be part of a word (陆, 伍).
 */
static int
lone_digit(const char *s, size_t n, size_t i, struct numeral *num)
{
	size_t l, l2;
	uint32_t c, c2;
	int v, v2;

	if (i >= n)
		return 0;
	c = utf8_get(s, n, i, &l);
	if (numeral_class(c, &v) != NC_DIGIT || is_word_capital(c))
		return 0;
	if (i + l < n) {
		c2 = utf8_get(s, n, i + l, &l2);
		if (numeral_class(c2, &v2) != NC_NONE ||
		    ucp_halfwidth(c2) == '0' || ge_before_yi(s, n, i + l) ||
		    pause_in_pair(s, n, i, i + l, v) > 0 ||
		    thousands_group_at(s, n, i + l) > 0 || middle_dot(c2))
			return 0;
	}
	dec_from_uint(&num->lo, v);
	one_number(num, i, i + l);
	num->chinese = 1;
	num->one_char = 1;
	return 1;
}

int
numeral_parse(const char *s, size_t n, size_t i, struct numeral *num)
{
	struct reading r;

	if (plain_integer(s, n, i, num) || lone_digit(s, n, i, num))
		return 1;
	memset(num, 0, offsetof(struct numeral, lo));
	dec_zero(&num->lo);
	dec_zero(&num->hi);
	dec_zero(&num->base);
	num->start = i;
	r.s = s;
	r.n = n;
	r.j = i;
	r.num = num;
	r.nt = 0;
	r.no_small = 0;
	while (r.j < n && r.nt < MAXTOK - 2 && read_token(&r))
		;
	if (r.nt == 0)
		return 0;
	/* Not a quantity; the whole run is consumed so it is looked at once. */
	if (r.nt >= MAXTOK - 2) {
		num->bad = 1;
		r.j = run_end(s, n, r.j);
	}
	num->end = r.j;
	if (capital_in_word(s, n, i, r.j, r.nt))
		return 0;
	summarize(&r);
	return 1;
}
