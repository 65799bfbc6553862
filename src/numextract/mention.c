/* mention.c: building a mention around a numeral (see mention.h). */
#include <string.h>

#include "mention.h"
#include "numeral.h"
#include "reject.h"
#include "text.h"
#include "trie.h"
#include "utf8.h"

#define CH_DI	0x7b2c		/* 第 */
#define CH_BAN	0x534a		/* 半 */

int
mention_start_char(uint32_t c)
{
	int v;

	if (c < 0x80)
		return is_ascii_digit(c);
	if (is_wide_digit(c) || c == CH_DI || c == CH_BAN)
		return 1;
	switch (numeral_class(c, &v)) {
	case NC_NONE:
	case NC_POINT:
		return 0;
	}
	return 1;
}

static void
init(struct mention *m, size_t start, size_t end, enum kind kind)
{
	m->start = start;
	m->end = end;
	m->kind = kind;
	m->ranged = 0;
	m->valued = 0;
	m->unit = "";
	m->qual = Q_NONE;
	m->frac_num = m->frac_den = 0;
	dec_zero(&m->lo);
	dec_zero(&m->hi);
}

static int
as_id(struct mention *m, size_t start, size_t end, size_t *next)
{
	init(m, start, end, K_ID);
	*next = end;
	return 1;
}

/* A numeral standing alone or in a name: an id that keeps its value. */
static int
as_valued_id(struct mention *m, size_t *next)
{
	m->kind = K_ID;
	m->unit = "";
	m->qual = Q_NONE;
	m->valued = 1;
	*next = m->end;
	return 1;
}

static int
as_date(struct mention *m, size_t start, const struct datespan *ds,
    size_t *next)
{
	init(m, start, ds->end, ds->is_time ? K_TIME : K_DATE);
	m->date = *ds;
	m->ranged = ds->ranged;
	*next = ds->end;
	return 1;
}

/* 第N: an ordinal, or 第一季度, a date. */
static int
ordinal_at(const char *s, size_t n, size_t i, size_t dilen,
    struct mention *m, size_t *next)
{
	struct numeral num;
	struct datespan ds;
	size_t j = i, blen;

	timex_clear(&ds.lo);
	if (!numeral_parse(s, n, i + dilen, &num) || num.bad || num.ranged ||
	    !dec_is_integer(&num.lo) || num.has_big) {
		*next = i + dilen;
		return 0;
	}
	if (date_after_numeral(s, n, &num, NULL, &ds) && ds.lo.q >= 0 &&
	    ds.end > num.end)
		return as_date(m, i, &ds, next);
	j = num.end;
	if (trie_match(lex.ordinal, s, n, j, &blen) >= 0)
		j += blen;
	init(m, i, j, K_ORDINAL);
	m->lo = num.lo;
	*next = j;
	return 1;
}

/* 百分之五十四点七六, 千分之二. */
static int
fraction_percent_at(const char *s, size_t n, size_t i, struct mention *m,
    size_t *next)
{
	struct numeral num;
	size_t l;
	const char *unit;

	if (text_at(s, n, i, "百分之", &l))
		unit = "%";
	else if (text_at(s, n, i, "千分之", &l))
		unit = "‰";
	else
		return 0;
	if (!numeral_parse(s, n, i + l, &num) || num.bad)
		return 0;
	init(m, i, num.end, K_PERCENT);
	m->lo = num.lo;
	m->hi = num.hi;
	m->ranged = num.ranged;
	m->unit = unit;
	*next = num.end;
	return 1;
}

static long long
gcd(long long a, long long b)
{
	while (b != 0) {
		long long t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * 三分之一, 十分之一, 3分之2 (num is the denominator, read at i): the
 * value is an exact decimal when there is one (二分之一 is 0.5), else
 * the fraction in lowest terms (1/3).
 */
static int
fraction_at(const char *s, size_t n, const struct numeral *num,
    struct mention *m, size_t *next)
{
	struct numeral top;
	long long p, q, g;
	size_t l;
	int twos = 0, fives = 0;

	if (!text_at(s, n, num->end, "分之", &l) || num->ranged || num->point ||
	    !numeral_parse(s, n, num->end + l, &top) || top.bad ||
	    top.ranged || top.point || (q = dec_to_small(&num->lo, 1000000000)) < 1 ||
	    (p = dec_to_small(&top.lo, 1000000000)) < 0)
		return 0;
	init(m, num->start, top.end, K_NUMBER);
	g = gcd(p, q);
	if (g > 0) {
		p /= g;
		q /= g;
	}
	for (g = q; g % 2 == 0; g /= 2)
		twos++;
	for (; g % 5 == 0; g /= 5)
		fives++;
	if (g == 1) {
		/* p / (2^a 5^b) is p 2^(k-a) 5^(k-b) / 10^k, k = max(a, b). */
		dec_from_uint(&m->lo, p);
		for (; twos < fives; twos++)
			dec_mul_uint(&m->lo, 2);
		for (; fives < twos; fives++)
			dec_mul_uint(&m->lo, 5);
		dec_shift(&m->lo, -twos);
	} else {
		m->frac_num = p;
		m->frac_den = q;
	}
	*next = m->end;
	return 1;
}

/* 半年, 半个月, 上半年. */
static int
half_at(const char *s, size_t n, size_t lo, size_t i, struct mention *m,
    size_t *next)
{
	struct datespan ds;
	size_t start, l, blen;
	int u;

	*next = i + 3;
	if (date_half_year(s, n, lo, i, &ds, &start))
		return as_date(m, start, &ds, next);
	u8_get(s, n, i, &l);
	u = trie_match(lex.after, s, n, i + l, &blen);
	if (u < 0 || lex.units[u].kind != K_DURATION)
		return 0;
	init(m, i, i + l + blen, K_DURATION);
	dec_parse(&m->lo, "0.5", 3);
	m->unit = lex.units[u].name;
	*next = m->end;
	return 1;
}

/* A multiplier written after 多/余: 一千多万. */
static size_t
late_multiplier(const char *s, size_t n, size_t j, int *pow)
{
	size_t l;
	int v;

	*pow = 0;
	while (j < n && numeral_class(u8_get(s, n, j, &l), &v) == NC_BIG) {
		*pow += v;
		j += l;
	}
	return j;
}

static int
add_half(struct dec *x)
{
	struct dec h;

	dec_parse(&h, "0.5", 3);
	return dec_add(x, &h);
}

/* 三成, 7.5成: tenths are written with a number from 0 to 10. */
static int
tenths(const struct mention *m)
{
	struct dec ten;

	dec_from_uint(&ten, 10);
	return !m->lo.neg && dec_cmp(m->ranged ? &m->hi : &m->lo, &ten) <= 0;
}

/*
 * 5%-8%, 3亿元至5亿元: the unit written after both ends.  j is the end of
 * the first end's unit u; returns the end of the range, or j.
 */
static size_t
unit_range(const char *s, size_t n, size_t j, struct mention *m, int u)
{
	struct numeral num2;
	size_t sep = range_sep_at(s, n, j), blen;
	int u2;

	if (sep == 0 || lex.units[u].scale > 0 ||
	    !numeral_parse(s, n, j + sep, &num2) || num2.bad || num2.ranged ||
	    num2.lead_unit)
		return j;
	u2 = trie_match(lex.after, s, n, num2.end, &blen);
	if (u2 < 0 || lex.units[u2].kind != lex.units[u].kind ||
	    strcmp(lex.units[u2].name, lex.units[u].name) != 0 ||
	    dec_cmp(&m->lo, &num2.lo) >= 0)
		return j;
	m->hi = num2.lo;
	m->ranged = 1;
	return num2.end + blen;
}

/* Qualifier words and currency names before the number. */
static size_t
look_back(const char *s, size_t lo, size_t start, struct mention *m,
    const char **cur)
{
	size_t blen;
	int round, q, u;

	for (round = 0; round < 2; round++) {
		if (*cur == NULL &&
		    (u = trie_match_back(lex.cur_before, s, lo, start, &blen)) >= 0) {
			*cur = lex.units[u].name;
			start -= blen;
		}
		if (m->qual == Q_NONE &&
		    (q = trie_match_back(lex.qual_before, s, lo, start, &blen)) >= 0) {
			if (q == Q_NONE)	/* 签约 is no 约 */
				break;
			m->qual = q;
			start -= blen;
		}
	}
	return start;
}

/* A qualifier before and one after: 超…以上 is gt. */
static enum qual
combine(enum qual before, enum qual after)
{
	if (before == Q_GT && after == Q_GE)
		return Q_GT;
	return before != Q_NONE ? before : after;
}

int
mention_at(const char *s, size_t n, size_t lo, size_t i, struct mention *m,
    size_t *next)
{
	struct numeral num, num2;
	struct datespan ds;
	size_t l, j, sep, blen, ps, pe, start;
	const char *cur_before = NULL;
	uint32_t c = u8_get(s, n, i, &l), c2;
	int u = -1, have2 = 0, pow, fraction = 0;
	enum qual after = Q_NONE;
	int q;

	*next = i + l;
	if (in_negative_phrase(s, n, lo, i, &ps, &pe))
		return as_id(m, ps, pe, next);
	if (c == CH_DI)
		return ordinal_at(s, n, i, l, m, next);
	if (c == CH_BAN)
		return half_at(s, n, lo, i, m, next);
	if ((c == 0x767e || c == 0x5343) && fraction_percent_at(s, n, i, m, next)) {
		m->start = look_back(s, lo, i, m, &cur_before);
		goto qualify;
	}
	if (is_ascii_digit(c) && date_at_digits(s, n, i, &ds)) {
		if (in_short_quote(s, n, i, ds.end))
			return as_id(m, i, ds.end, next);
		return as_date(m, i, &ds, next);
	}
	if (!numeral_parse(s, n, i, &num))
		return 0;
	*next = num.end > i ? num.end : i + l;
	if (num.bad)
		return as_id(m, i, num.end, next);
	if (fraction_at(s, n, &num, m, next)) {
		fraction = 1;
		m->start = look_back(s, lo, i, m, &cur_before);
		goto qualify;
	}
	if (plus_joined(s, n, lo, i, num.end) ||
	    (num.arabic && after_code_word(s, lo, i)))
		return as_id(m, i, joined_run_end(s, n, num.end), next);
	start = i;

	/* A range: 3-5亿元, 3至5亿元, 五到六个; 1至3月 and 7月12日至13日. */
	j = num.end;
	if ((sep = range_sep_at(s, n, j)) > 0 &&
	    numeral_parse(s, n, j + sep, &num2) && !num2.bad && !num.ranged &&
	    !num2.ranged) {
		if (num2.end < n && u8_get(s, n, num2.end, &l) == '-' &&
		    num.arabic && text_at(s, n, j, "-", &l))
			return as_id(m, i, joined_run_end(s, n, i), next);
		have2 = 1;
	}
	if (have2 && date_after_numeral(s, n, &num2, &num, &ds))
		return as_date(m, start, &ds, next);
	if (date_after_numeral(s, n, &num, NULL, &ds)) {
		if (in_short_quote(s, n, start, ds.end))
			return as_id(m, start, ds.end, next);
		/* 前三季度: the quarters from the first. */
		if (ds.lo.q >= 2 && !ds.ranged &&
		    (text_before(s, lo, start, "前", &l) ||
		    text_before(s, lo, start, "首", &l))) {
			ds.hi = ds.lo;
			ds.lo.q = 1;
			ds.ranged = 1;
			start -= l;
		}
		return as_date(m, start, &ds, next);
	}
	init(m, start, num.end, K_NUMBER);
	m->lo = num.lo;
	m->hi = num.hi;
	m->ranged = num.ranged;
	if (have2) {
		struct dec lo1 = num.lo;

		if (num.ntok == 1 && num2.scale > 0 && dec_cmp(&lo1, &num2.base) < 0)
			dec_shift(&lo1, num2.scale);
		if (dec_cmp(&lo1, &num2.lo) < 0) {
			m->lo = lo1;
			m->hi = num2.lo;
			m->ranged = 1;
			m->end = num2.end;
			num.chinese |= num2.chinese;
			num.arabic |= num2.arabic;
		}
	}
	j = m->end;

	/* 40多个, 2000余元, 一千多万. */
	if ((q = trie_match(lex.qual_mid, s, n, j, &blen)) >= 0 && !m->ranged) {
		size_t k = late_multiplier(s, n, j + blen, &pow);

		if (k > j + blen || trie_match(lex.after, s, n, k, &l) >= 0) {
			m->qual = q;
			dec_shift(&m->lo, pow);
			j = k;
		}
	}
	/* 177.1 亿元: one space between an Arabic number and its unit. */
	if (num.arabic && j + 1 < n && s[j] == ' ' &&
	    trie_match(lex.after, s, n, j + 1, &blen) >= 0)
		j++;
	/* 一个半小时 */
	if (text_at(s, n, j, "个半", &l) &&
	    (u = trie_match(lex.after, s, n, j + l, &blen)) >= 0 &&
	    lex.units[u].kind == K_DURATION) {
		add_half(&m->lo);
		j += l;
	}
	u = trie_match(lex.after, s, n, j, &blen);
	if (u >= 0 && ((is_ascii_alpha((unsigned char)s[j + blen - 1]) &&
	    j + blen < n && is_ascii_alnum((unsigned char)s[j + blen])) ||
	    lex.units[u].kind == K_NKINDS ||
	    (lex.units[u].scale > 0 && !tenths(m))))
		u = -1;
	if (u >= 0) {
		j += blen;
		m->kind = lex.units[u].kind;
		m->unit = lex.units[u].name;
		if ((m->kind == K_DURATION || lex.units[u].scale > 0) &&
		    text_at(s, n, j, "半", &l)) {
			add_half(&m->lo);
			j += l;
		}
		if (lex.units[u].scale > 0) {
			dec_shift(&m->lo, lex.units[u].scale);
			dec_shift(&m->hi, lex.units[u].scale);
		}
		if (!m->ranged)
			j = unit_range(s, n, j, m, u);
	}
	m->end = j;

	/* 九届十二次全会: sessions are ordinals without 第. */
	if (u < 0 && !m->ranged && text_at(s, n, j, "届", &l)) {
		m->kind = K_ORDINAL;
		m->end = j + l;
		*next = m->end;
		return 1;
	}
	if (m->kind == K_COUNT && strcmp(m->unit, "次") == 0 &&
	    text_before(s, 0, i, "届", &l)) {
		m->kind = K_ORDINAL;
		m->unit = "";
		*next = m->end;
		return 1;
	}
	if (u < 0) {
		/* From j: a run from i stops at once after 九 of 九千M. */
		if (j < n && is_ascii_alpha((unsigned char)s[j]))
			return as_id(m, i, joined_run_end(s, n, j), next);
		if (trie_match(lex.id_suffix, s, n, j, &blen) >= 0)
			return as_id(m, i, j + blen, next);
	}
	start = look_back(s, lo, start, m, &cur_before);
	if (cur_before != NULL) {
		if (u < 0) {
			m->kind = K_MONEY;
			m->unit = cur_before;
		} else if (m->kind == K_MONEY && strcmp(m->unit, "*") == 0)
			m->unit = cur_before;
	}
	if (m->kind == K_MONEY && strcmp(m->unit, "*") == 0)
		m->unit = default_currency;
	/* A sign: -2.5%, 负三十二. */
	if (start > lo && m->qual == Q_NONE && cur_before == NULL) {
		c2 = u8_prev(s, start, &l);
		if ((c2 == '-' || c2 == 0x2212 || c2 == 0x8d1f || c2 == 0x8ca0) &&
		    start - l >= lo) {
			size_t l2;
			uint32_t c3 = start - l > lo ? u8_prev(s, start - l, &l2) : ' ';

			if (!is_ascii_alnum(c3) && !is_wide_digit(c3) &&
			    c3 != '.') {
				start -= l;
				m->lo.neg = !dec_is_zero(&m->lo);
				m->hi.neg = !dec_is_zero(&m->hi);
				if (m->ranged) {
					struct dec t = m->lo;

					m->lo = m->hi;
					m->hi = t;
				}
			}
		}
	}
	m->start = start;
	*next = m->end;

	/* 前两个月, 首五个月: the first months of the year. */
	if (m->kind == K_DURATION && strcmp(m->unit, "month") == 0 &&
	    !m->ranged && m->start == i && (text_before(s, lo, i, "前", &l) ||
	    text_before(s, lo, i, "首", &l))) {
		long long v = dec_to_small(&m->lo, 12);

		if (v >= 2) {
			timex_clear(&ds.lo);
			ds.lo.m = 1;
			ds.hi = ds.lo;
			ds.hi.m = v;
			ds.ranged = 1;
			ds.is_time = 0;
			ds.end = m->end;
			return as_date(m, i - l, &ds, next);
		}
	}
	/* Not quantities. */
	if (m->kind == K_NUMBER) {
		/* 兩百五十五萬 is a number; 十四五, 一 alone are names or words. */
		if (num.chinese && !num.arabic &&
		    !(num.big_unit && num.ntok >= 2 && !num.lead_unit))
			return as_valued_id(m, next);
		if (num.plain && !m->ranged &&
		    (num.int_digits > 15 || (num.int_digits == 11 &&
		    num.lo.d[0] == 1) || num.leading_zero))
			return as_id(m, m->start, m->end, next);
	}
	if (num.leading_zero && !num.point)
		return as_id(m, m->start, m->end, next);
	if (m->kind == K_COUNT && num.one_char && !m->ranged &&
	    dec_to_small(&m->lo, 1) == 1 && m->qual == Q_NONE)
		return as_id(m, m->start, m->end, next);

qualify:
	if ((m->kind != K_NUMBER || m->qual != Q_NONE || fraction) &&
	    (q = trie_match(lex.qual_after, s, n, m->end, &blen)) >= 0 &&
	    !(m->kind == K_NUMBER && q == Q_GE && text_at(s, n, m->end, "起", &l))) {
		after = q;
		m->end += blen;
		*next = m->end;
	}
	m->qual = combine(m->qual, after);
	if (in_short_quote(s, n, m->start, m->end))
		return as_id(m, m->start, m->end, next);
	return 1;
}
