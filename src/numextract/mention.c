/* mention.c: building a mention around a numeral (see mention.h). */
#include <stdio.h>
#include <string.h>

#include "fold.h"
#include "mention.h"
#include "numeral.h"
#include "reject.h"
#include "text.h"
#include "trie.h"
#include "uclass.h"
#include "utf8.h"

int
mention_start_char(uint32_t c)
{
	int v;

	if (c < 0x80)
		return is_ascii_digit(c);
	if (is_wide_digit(c) || c == U'第' || c == U'半' || c == U'首')
		return 1;
	switch (numeral_class(c, &v)) {
	case NC_NONE:
	case NC_POINT:
		return 0;
	}
	return 1;
}

void
mention_start_each(void (*fn)(uint32_t))
{
	size_t k;
	uint32_t c;

	for (c = '0'; c <= '9'; c++)
		fn(c);
	for (c = UCP_FULLWIDTH('0'); c <= UCP_FULLWIDTH('9'); c++)
		fn(c);
	fn(U'第');
	fn(U'半');
	fn(U'首');
	for (k = 0; (c = numeral_char(k)) != 0; k++)
		if (mention_start_char(c))
			fn(c);
}

static void
init(struct mention *m, size_t start, size_t end, enum kind kind)
{
	m->start = start;
	m->end = end;
	m->kind = kind;
	m->ranged = 0;
	m->own_sign = 0;
	m->valued = 0;
	m->unit = "";
	m->qual = Q_NONE;
	m->frac_num = m->frac_den = 0;
	dec_zero(&m->lo);
	dec_zero(&m->hi);
}

/*
 * Whether two unit names are the same: most differ in their first two
 * bytes (Han classifiers share the first).
 */
static inline int
same_unit(const char *a, const char *b)
{
	return a[0] == b[0] && (a[0] == '\0' || (a[1] == b[1] &&
	    strcmp(a, b) == 0));
}

/* An id of no characters (a numeral cut short before it began) is none. */
static int
as_id(struct mention *m, size_t start, size_t end, size_t *next)
{
	*next = end;
	if (end <= start)
		return 0;
	init(m, start, end, K_ID);
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

/*
 * The bytes of a qualifier word of blen bytes ending at s[end] that are
 * in a mention's span: all of them, or the last character of a word whose
 * tail alone qualifies (QUAL_TAIL: 超 of 收入超).
 */
static size_t
qual_span(const char *s, size_t end, size_t blen, int q)
{
	size_t l;

	if (!(q & QUAL_TAIL))
		return blen;
	utf8_prev(s, end, &l);
	return l;
}

/*
 * A date or time mention; 5时许 is about 5:00, 8点多 past 8:00, and 前后
 * or 左右 after it about then (11时前后, 23日前后, 上午9时左右).
 */
static int
as_date(struct mention *m, const char *s, size_t n, size_t start,
    const struct datespan *ds, size_t *next)
{
	size_t l;
	uint32_t last = ds->end > start ? fold_char(utf8_prev(s, ds->end, &l)) :
	    0;

	init(m, start, ds->end, ds->is_time ? K_TIME : K_DATE);
	if (last == U'许')
		m->qual = Q_APPROX;
	else if (last == U'多' && (ds->is_time || ds->lo.hh >= 0))
		m->qual = Q_GT;
	else if (ds->end < n && (unsigned char)s[ds->end] == 0xe5 &&
	    (text_at(s, n, ds->end, "前后", &l) ||
	    text_at(s, n, ds->end, "左右", &l))) {
		m->qual = Q_APPROX;
		m->end += l;
	}
	m->date = *ds;
	m->ranged = ds->ranged;
	*next = m->end;
	return 1;
}

/* A date of one period t (a year, a quarter) written in s[start..end). */
static int
as_period(struct mention *m, const char *s, size_t n, size_t start,
    size_t end, const struct timex *t, size_t *next)
{
	struct datespan ds;

	ds.lo = ds.hi = *t;
	ds.ranged = 0;
	ds.is_time = 0;
	ds.end = end;
	return as_date(m, s, n, start, &ds, next);
}

/*
 * The qualifier word after a quantity of kind at s[j] (enum qual, or
 * Q_NONE): a word of physical quantities only (以外) holds after a
 * measure, one of time only after a duration, 内 after either (5公里内,
 * 48小时内; 3个内 and 3月内 no).
 */
/* Whether a digit (Arabic, wide or Chinese) is at s[j]. */
static int
number_starts_at(const char *s, size_t n, size_t j)
{
	size_t l;
	uint32_t c;
	int val;

	if (j >= n)
		return 0;
	c = utf8_get(s, n, j, &l);
	return is_ascii_digit(c) || is_wide_digit(c) ||
	    numeral_class(c, &val) != NC_NONE;
}

static int
qual_after_at(const char *s, size_t n, size_t j, enum kind kind,
    size_t *blen)
{
	int q = trie_match(lex.qual_after, s, n, j, blen);
	int only = q < 0 ? 0 : q & (QUAL_MEASURE | QUAL_DURATION);
	size_t l, p;

	/* 10万+ is more than; 9+2, 70%＋5% and 60%+面试成绩 are sums. */
	if (q < 0)
		return Q_NONE;
	p = j + 1;
	if (text_at(s, n, j, "＋", &l))
		p = j + l;
	if ((s[j] == '+' || p > j + 1) && p < n &&
	    (uclass_ascii_alnum((unsigned char)s[p]) || is_wide_digit(utf8_get(s,
	    n, p, &l)) || (uclass(utf8_get(s, n, p, &l)) & UC_HAN)))
		return Q_NONE;
	/* 一年不到1.1万公里: a word that also leads bounds the next number. */
	if (number_starts_at(s, n, j + *blen) &&
	    trie_match_back(lex.qual_before, s, j, j + *blen, &l) >= 0 &&
	    l == *blen)
		return Q_NONE;
	if (only == 0)
		return q;
	return ((only & QUAL_MEASURE) && kind == K_MEASURE) ||
	    ((only & QUAL_DURATION) && kind == K_DURATION) ? q - only : Q_NONE;
}

/* How far after 的 a period's 期 may end the word (10日的法定上诉期). */
enum { PERIOD_REACH = 5 };
/* Han characters between 的 and a line's word: 的年度控制目标. */
enum { REFERENCE_REACH = 6 };

/*
 * Whether 的 at j begins a word for a period, ending in 期 (10日的上诉期,
 * 7日的公示期): the days are its length.  期间 is a time within which a
 * date falls (5日的会议期间), 日期 a date.
 */
static int
period_after(const char *s, size_t n, size_t j)
{
	size_t k, l;
	uint32_t c, prev = 0;

	if (!text_at(s, n, j, "的", &l))
		return 0;
	for (j += l, k = 0; k < PERIOD_REACH && j < n; k++, j += l) {
		c = utf8_get(s, n, j, &l);
		if (c == U'期')
			return prev != U'日' && !text_at(s, n, j + l, "间", &l);
		if (!(uclass(c) & UC_HAN))
			return 0;
		prev = c;
	}
	return 0;
}

/*
 * 连续三日, 为期5日: a day of the month written after a word that counts
 * days (data/numextract/day_counts.txt) is a number of days; so is one
 * bounded after it (5日以上, 十日内 as a length of time; 10日左右 may be
 * a date, 12日起 is one), one before a period's name (10日的上诉期) and
 * 两日, as no date is written with 两.
 */
static int
days_counted(const char *s, size_t n, size_t lo, size_t start,
    const struct datespan *ds)
{
	size_t blen;
	int q;

	if (ds->lo.d < 0 || ds->lo.m >= 0 || ds->lo.y >= 0 ||
	    ds->lo.hh >= 0 || (ds->ranged && (ds->hi.m >= 0 ||
	    ds->hi.y >= 0 || ds->hi.hh >= 0)))
		return 0;
	/* 出发前15至29日: a range of days after the word only. */
	return trie_match_back(lex.day_counts, s, lo, start, &blen) >= 0 ||
	    (!ds->ranged && (((q = qual_after_at(s, n, ds->end, K_DURATION,
	    &blen)) > Q_NONE && q != Q_APPROX &&
	    !text_at(s, n, ds->end, "起", &blen)) ||
	    period_after(s, n, ds->end) ||
	    trie_match(lex.day_lengths, s, n, ds->end, &blen) >= 0 ||
	    text_at(s, n, start, "两", &blen)));
}

/*
 * 距今约2200年, 长达1500年之久, 有2000年历史: a year alone after a word
 * that counts years (data/numextract/year_counts.txt; a hedge may come
 * between) or before 之久 or 历史 is a number of years.
 */
static int
years_counted(const char *s, size_t n, size_t lo, size_t start,
    const struct datespan *ds)
{
	size_t blen, l;

	if (ds->lo.y < 0 || ds->lo.m >= 0 || ds->lo.d >= 0 || ds->lo.q >= 0 ||
	    ds->lo.hh >= 0 || ds->ranged)
		return 0;
	/* 2000年历史的古城, not 2020年历史性突破 nor 2024年历史新高. */
	if (text_at(s, n, ds->end, "之久", &blen) ||
	    (text_at(s, n, ds->end, "历史", &blen) && (ds->end + blen >= n ||
	    text_at(s, n, ds->end + blen, "的", &l) ||
	    !(uclass(utf8_get(s, n, ds->end + blen, &l)) & UC_HAN))))
		return 1;
	if (trie_match_back(lex.qual_before, s, lo, start, &blen) >= 0)
		start -= blen;
	return trie_match_back(lex.year_counts, s, lo, start, &blen) >= 0;
}

/* N日 or N年 as a duration, its unit the one units.tsv gives 日 or 年. */
static int
as_length(const char *s, size_t n, struct mention *m, size_t start,
    const struct numeral *num, size_t end, size_t *next)
{
	size_t blen;
	int u = trie_match(lex.after, s, n, num->end, &blen);

	if (u < 0 || lex.units[u].kind != K_DURATION)
		return 0;
	init(m, start, end, K_DURATION);
	m->lo = num->lo;
	m->unit = lex.units[u].name;
	*next = end;
	return 1;
}

/* Whether a word of a race (race_words.txt) stands anywhere in s[0..n). */
static int
race_line(const char *s, size_t n)
{
	size_t j, blen;

	for (j = 0; j < n; j += utf8_len((unsigned char)s[j]))
		if (trie_match(lex.race_words, s, n, j, &blen) >= 0)
			return 1;
	return 0;
}

/*
 * 2:06:39 in a line of a race: a clock with a one-digit hour and seconds
 * is a finishing time, 7599 seconds, not the time of day (北京时间8:30:00
 * and 上午8:30:00 are that).
 */
static int
finishing_time(const char *s, size_t n, size_t i, const struct datespan *ds,
    struct mention *m, size_t *next)
{
	struct datespan day = *ds;
	size_t l;

	if (!ds->is_time || ds->ranged || ds->lo.ss < 0 || i + 1 >= n ||
	    s[i + 1] != ':' || text_before(s, 0, i, "时间", &l) ||
	    date_day_part(s, 0, i, &day) < i || !race_line(s, n))
		return 0;
	init(m, i, ds->end, K_DURATION);
	dec_from_uint(&m->lo, (unsigned)(ds->lo.hh * 3600 + ds->lo.mm * 60 +
	    ds->lo.ss));
	m->unit = "second";
	*next = ds->end;
	return 1;
}

/* The seconds two ASCII digits at s[k] write, 00 to 59, or -1. */
static int
seconds_at(const char *s, size_t n, size_t k)
{
	int v;

	if (k + 2 > n || !is_ascii_digit((unsigned char)s[k]) ||
	    !is_ascii_digit((unsigned char)s[k + 1]) ||
	    (v = (s[k] - '0') * 10 + s[k + 1] - '0') > 59)
		return -1;
	return v;
}

/*
 * 用时55:41, 成绩为 52:18: minutes and seconds just after a word of a race
 * are a length in seconds, not a score or the time of day.
 */
static int
elapsed_minutes(const char *s, size_t n, size_t lo, size_t i,
    struct mention *m, size_t *next)
{
	size_t j = i, k = i, blen, l;
	unsigned min = 0;
	int sec;

	/* 用时 55:41, 成绩为 52:18: a space, 为 or a colon between. */
	while (k > lo && s[k - 1] == ' ')
		k--;
	if (text_before(s, lo, k, "为", &l) || text_before(s, lo, k, "：", &l))
		k -= l;
	while (j < n && j < i + 2 && is_ascii_digit((unsigned char)s[j]))
		min = min * 10 + (unsigned)(s[j++] - '0');
	if (j == i || j >= n || s[j] != ':' || (sec = seconds_at(s, n,
	    j + 1)) < 0 || (j + 3 < n && (is_ascii_digit((unsigned char)s[j +
	    3]) || s[j + 3] == ':')) ||
	    trie_match_back(lex.race_words_back, s, lo, k, &blen) < 0)
		return 0;
	init(m, i, j + 3, K_DURATION);
	dec_from_uint(&m->lo, min * 60 + (unsigned)sec);
	m->unit = "second";
	*next = j + 3;
	return 1;
}

/*
 * Whether s[from..to) is digits, a colon and digits that no clock reads
 * (25:20, 98:87): a score.
 */
static int
no_clock_pair(const char *s, size_t n, size_t from, size_t to)
{
	struct datespan ds;
	size_t j = from, digits = 0, colon = 0;

	for (; j < to; j++)
		if (is_ascii_digit((unsigned char)s[j]))
			digits++;
		else if (s[j] == ':' && colon == 0 && digits > 0)
			colon = j;
		else
			return 0;
	return colon > 0 && colon + 1 < to &&
	    (!date_at_digits(s, n, from, &ds) || ds.end != to);
}

/*
 * Whether the clock time at s[i..ds->end) is a match's score: a word of
 * one before or after it (比分为, 战胜), or an item beside it in a list
 * (、) that no clock reads (25:20、22:24、26:21).
 */
static int
score_pair(const char *s, size_t n, size_t lo, size_t i,
    const struct datespan *ds)
{
	size_t blen, j, k;

	if (!ds->is_time || ds->ranged || ds->lo.ss >= 0)
		return 0;
	if (trie_match(lex.score_after, s, n, ds->end, &blen) >= 0 ||
	    trie_match_back(lex.score_before, s, lo, i, &blen) >= 0)
		return 1;
	if (text_at(s, n, ds->end, "、", &blen)) {
		j = k = ds->end + blen;
		while (k < n && (is_ascii_digit((unsigned char)s[k]) ||
		    s[k] == ':'))
			k++;
		if (no_clock_pair(s, n, j, k))
			return 1;
	}
	if (text_before(s, lo, i, "、", &blen)) {
		j = k = i - blen;
		while (j > lo && (is_ascii_digit((unsigned char)s[j - 1]) ||
		    s[j - 1] == ':'))
			j--;
		if (no_clock_pair(s, n, j, k))
			return 1;
	}
	return 0;
}

/*
 * 首季, 首季度: the first quarter, without a digit (after a year, 2024年首季
 * is read with the year).  Else 首 starts nothing.
 */
static int
first_quarter_at(const char *s, size_t n, size_t i, struct mention *m,
    size_t *next)
{
	struct timex t;
	size_t l;

	if (!text_at(s, n, i, "首季度", &l) && !text_at(s, n, i, "首季", &l))
		return 0;
	timex_clear(&t);
	t.q = 1;
	return as_period(m, s, n, i, i + l, &t, next);
}

/*
 * The end of a range of ordinals whose first one, m, has its number end
 * at j and a word of wlen bytes after it: 第15天至第20天, 第3至5名 (the
 * word written once, at the end).  m->end when there is none.
 */
static size_t
ordinal_range_end(const char *s, size_t n, size_t j, size_t wlen,
    struct mention *m)
{
	struct numeral hi;
	struct datespan ds;
	size_t k = j + wlen, sep, l, blen;

	/* 从第1列到第1万列 tells of two events, not a range. */
	if ((sep = range_sep_at(s, n, k)) == 0 || text_at(s, n, k, "到", &l))
		return m->end;
	k += sep;
	if (text_at(s, n, k, "第", &l))
		k += l;
	if (!numeral_parse(s, n, k, &hi) || hi.bad || hi.ranged ||
	    !dec_is_integer(&hi.lo) || dec_cmp(&hi.lo, &m->lo) <= 0)
		return m->end;
	/* 第一至第三季度 is a date's range. */
	timex_clear(&ds.lo);
	if (date_after_numeral(s, n, &hi, NULL, &ds) && ds.lo.q >= 0)
		return m->end;
	k = hi.end;
	/* The same word after both, or one word after the second alone. */
	if (wlen > 0 && (k + wlen > n || memcmp(s + j, s + k, wlen) != 0))
		return m->end;
	if (wlen == 0 && trie_match(lex.ordinal, s, n, k, &blen) < 0)
		return m->end;
	k += wlen > 0 ? wlen : blen;
	m->hi = hi.lo;
	m->ranged = 1;
	m->end = k;
	return k;
}

/* Digits of an ordinal that is a serial number: 第2025032期. */
enum { SERIAL_DIGITS = 7 };

/* 第N: an ordinal, or 第一季度, a date. */
static int
ordinal_at(const char *s, size_t n, size_t i, size_t dilen,
    struct mention *m, size_t *next)
{
	struct numeral num;
	struct datespan ds;
	size_t j = i, blen, l;
	int q;

	timex_clear(&ds.lo);
	if (!numeral_parse(s, n, i + dilen, &num) || num.bad || num.ranged ||
	    !dec_is_integer(&num.lo)) {
		*next = i + dilen;
		return 0;
	}
	if (date_after_numeral(s, n, &num, NULL, &ds) && ds.lo.q >= 0 &&
	    ds.end > num.end)
		return as_date(m, s, n, i, &ds, next);
	j = num.end;
	/*
	 * 第2025032期: a draw's or an issue's serial with its year, a code;
	 * so is one digit by digit in Chinese (農防字第一一四一四七〇三五二號).
	 */
	if ((num.plain && num.int_digits >= SERIAL_DIGITS) ||
	    (num.positional && !num.has_big &&
	    num.lo.n + num.lo.exp >= SERIAL_DIGITS))
		return as_id(m, i, j, next);
	/*
	 * 第八百万.pdf: a file's name; 第44A號線: a route's label, digits
	 * and a letter.
	 */
	if ((j + 1 < n && s[j] == '.' && uclass_ascii_letter((unsigned char)s[j + 1])) ||
	    (num.plain && j < n && uclass_ascii_letter((unsigned char)s[j])))
		return as_id(m, i, joined_run_end(s, n, j), next);
	/* 第五大道, 第一中学: a street's or a place's name. */
	if (trie_match(lex.streets, s, n, j, &blen) >= 0 ||
	    trie_match(lex.ordinal_names, s, n, j, &blen) >= 0)
		return as_id(m, i, j + blen, next);
	if (trie_match(lex.ordinal, s, n, j, &blen) < 0)
		blen = 0;
	j += blen;
	init(m, i, j, K_ORDINAL);
	m->lo = num.lo;
	j = ordinal_range_end(s, n, num.end, blen, m);
	/*
	 * 第3名以上, 第10位以下: a bound on the rank (第二多 is none, 第12周起
	 * a start).
	 */
	if (j > num.end && ((q = trie_match(lex.qual_after, s, n, j, &blen)) ==
	    Q_GE || q == Q_LE) && !text_at(s, n, j, "起", &l)) {
		m->qual = q;
		j += blen;
	}
	*next = j;
	m->end = j;
	return 1;
}

/*
 * Whether a Han character other than 的 follows s[j]: 百分之百需要 is
 * wholly, where 覆盖率为百分之百 and 百分之百的税款 are a percent.
 */
static int
adverb_after(const char *s, size_t n, size_t j)
{
	size_t l;

	return j + 3 <= n && utf8_is_han3((const unsigned char *)s + j) &&
	    utf8_get(s, n, j, &l) != U'的';
}

/*
 * The high end of 百分之二点五至三点五 or 百分之二至百分之三 after the
 * percent m (its word of wlen bytes written once or twice).
 */
static void
percent_range_end(const char *s, size_t n, size_t wlen, struct mention *m)
{
	struct numeral num2;
	size_t sep, k;

	if (m->ranged || (sep = range_sep_at(s, n, m->end)) == 0)
		return;
	k = m->end + sep;
	if (k + wlen <= n && memcmp(s + k, s + m->start, wlen) == 0)
		k += wlen;
	if (k >= n || !numeral_parse(s, n, k, &num2) || num2.bad ||
	    num2.ranged || num2.arabic || dec_cmp(&m->lo, &num2.lo) >= 0)
		return;
	m->hi = num2.lo;
	m->ranged = 1;
	m->end = num2.end;
}

/*
 * 百分之五十四点七六, 千分之二, 万分之三 (0.03 %); 百分之百 before no
 * verb.
 */
static int
fraction_percent_at(const char *s, size_t n, size_t i, struct mention *m,
    size_t *next)
{
	static const struct {
		const char	*word, *unit;
		int		 shift;	/* of the value, in that unit */
	} words[] = {
		{ "百分之", "%", 0 }, { "千分之", "‰", 0 },
		{ "万分之", "%", -2 }, { "萬分之", "%", -2 },
	};
	struct numeral num;
	size_t l, w;

	for (w = 0; w < sizeof words / sizeof words[0]; w++)
		if (text_at(s, n, i, words[w].word, &l))
			break;
	if (w == sizeof words / sizeof words[0])
		return 0;
	if (!numeral_parse(s, n, i + l, &num) || num.bad)
		return 0;
	/* 百分之十到十四 is a range: only 百 is wholly. */
	if (num.end == i + l + 3 && num.lead_unit &&
	    dec_to_small(&num.lo, 1000) == 100 && adverb_after(s, n, num.end))
		return as_id(m, i, num.end, next);
	init(m, i, num.end, K_PERCENT);
	m->lo = num.lo;
	m->hi = num.hi;
	m->ranged = num.ranged;
	m->unit = words[w].unit;
	percent_range_end(s, n, l, m);
	dec_shift(&m->lo, words[w].shift);
	dec_shift(&m->hi, words[w].shift);
	*next = m->end;
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
 * p/q, in lowest terms, as an exact decimal to *x when there is one: q
 * has no prime factor but 2 and 5.
 */
static int
exact_ratio(struct dec *x, long long p, long long q)
{
	long long g;
	int twos = 0, fives = 0;

	for (g = q; g > 0 && g % 2 == 0; g /= 2)
		twos++;
	for (; g > 0 && g % 5 == 0; g /= 5)
		fives++;
	if (g != 1)
		return 0;
	/* p / (2^a 5^b) is p 2^(k-a) 5^(k-b) / 10^k, k = max(a, b). */
	dec_from_uint(x, p);
	for (; twos < fives; twos++)
		dec_mul_uint(x, 2);
	for (; fives < twos; fives++)
		dec_mul_uint(x, 5);
	dec_shift(x, -twos);
	return 1;
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
	if (!exact_ratio(&m->lo, p, q)) {
		m->frac_num = p;
		m->frac_den = q;
	}
	*next = m->end;
	return 1;
}

/*
 * Whether a fraction s[start..end) stands alone in Chinese text (约3/4是氢,
 * 完成浇筑3/4，): no letter, digit or date's mark touches it.  In text of
 * letters or next to one (3/4/2024, v1/2, 3/4-5), 3/4 may be a date or a
 * score.
 */
static int
fraction_alone(const char *s, size_t n, size_t start, size_t end)
{
	unsigned char before = start > 0 ? s[start - 1] : ' ';
	unsigned char after = end < n ? s[end] : 0xe3;

	return after >= 0x80 && before != '/' && before != '-' &&
	    before != '.' && !uclass_ascii_alnum(before);
}

/*
 * 一半, a half of something (超过一半的人, 近一半): the number 0.5, as a
 * fraction is; 一半天 and 一个半月 are lengths of time (half_at).
 */
static int
one_half_at(const char *s, size_t n, const struct numeral *num,
    struct mention *m, size_t *next)
{
	size_t l, blen;

	if (!num->one_char || dec_to_small(&num->lo, 1) != 1 ||
	    !text_at(s, n, num->end, "半", &l) ||
	    trie_match(lex.after, s, n, num->end + l, &blen) >= 0)
		return 0;
	init(m, num->start, num->end + l, K_NUMBER);
	dec_parse(&m->lo, "0.5", 3);
	*next = m->end;
	return 1;
}

/*
 * 1/4小勺, 3/4英寸: a fraction with a slash before a unit or alone in
 * Chinese text is one number, of the fraction's exact value; num becomes
 * it, and 1 is returned.  One with no exact decimal (1/3杯) returns -1:
 * no quantity can be told of it, and 3杯 is none.  Otherwise 1/4 may be a
 * date or a score, and stays two numbers (0).
 */
static int
slash_fraction(const char *s, size_t n, struct numeral *num)
{
	struct numeral den;
	long long p, q;
	struct dec v;
	size_t l;

	/*
	 * 25/26年度 is a fiscal year, 3/4月 two months, 1/4决赛 a round's
	 * name.
	 */
	if (num->end + 1 >= n || s[num->end] != '/' || !num->plain ||
	    num->int_digits > 2 || !numeral_parse(s, n, num->end + 1, &den) ||
	    !den.plain || den.int_digits > 2 ||
	    (unit_kind_at(s, n, den.end) < 0 &&
	    !fraction_alone(s, n, num->start, den.end)) ||
	    text_at(s, n, den.end, "决赛", &l) ||
	    text_at(s, n, den.end, "年", &l) || text_at(s, n, den.end, "月", &l) ||
	    (p = dec_to_small(&num->lo, 99)) < 1 ||
	    (q = dec_to_small(&den.lo, 99)) <= p)
		return 0;
	num->end = den.end;
	if (!exact_ratio(&v, p, q))
		return -1;
	num->lo = num->hi = num->base = v;
	num->plain = 0;
	num->point = 1;
	return 1;
}

/*
 * Whether 半 before unit is half of it: a length of time, a measure
 * written out (半斤, 半公里) or a classifier marked so (半勺); not one
 * told by its context (半度) or written after digits only.
 */
static int
half_measure(const struct unit *unit)
{
	return unit->halves || (unit->kind == K_MEASURE && unit->scale == 0 &&
	    !unit->digits_only && !unit->index_only && !unit->in_context &&
	    !unit->hundredths);
}

/* A qualifier before and one after: 超…以上 is gt. */
static enum qual
combine(enum qual before, enum qual after)
{
	if (before == Q_GT && after == Q_GE)
		return Q_GT;
	return before != Q_NONE ? before : after;
}

/*
 * 半年, 半斤, 上半年; a hedge before is in the span (约半天, 大半个月),
 * and a bound after (半年内, 半小时以上).
 */
static int
half_at(const char *s, size_t n, size_t lo, size_t i, struct mention *m,
    size_t *next)
{
	struct datespan ds;
	size_t start, l, blen;
	int u, q;

	*next = i + 3;
	if (date_half_year(s, n, lo, i, &ds, &start))
		return as_date(m, s, n, start, &ds, next);
	utf8_get(s, n, i, &l);
	u = trie_match(lex.after, s, n, i + l, &blen);
	if (u < 0 || (lex.units[u].kind != K_DURATION &&
	    !half_measure(&lex.units[u])))
		return 0;
	init(m, i, i + l + blen, lex.units[u].kind);
	dec_parse(&m->lo, "0.5", 3);
	m->unit = lex.units[u].name;
	if (((q = trie_match_back(lex.qual_before, s, lo, i, &blen)) > Q_NONE &&
	    !(q & QUAL_APART)) ||
	    (q = trie_match_back(lex.qual_half, s, lo, i, &blen)) > Q_NONE) {
		m->qual = qual_of(q);
		m->start = i - qual_span(s, i, blen, q);
	}
	if ((q = qual_after_at(s, n, m->end, m->kind, &blen)) > Q_NONE) {
		m->qual = combine(m->qual, q);
		m->end += blen;
	}
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
	while (j < n && numeral_class(utf8_get(s, n, j, &l), &v) == NC_BIG) {
		*pow += v;
		j += l;
	}
	return j;
}

/* x += v * 10^power: a tenth, the dimes and cents of an amount. */
static int
add_scaled(struct dec *x, unsigned v, int power)
{
	struct dec d;

	dec_from_uint(&d, v);
	return dec_shift(&d, power) || dec_add(x, &d);
}

static int
add_half(struct dec *x)
{
	return add_scaled(x, 5, -1);
}

/* 七五折, 75折: a discount of two digits, the percent itself. */
static int
two_digit_percent(const struct numeral *num, const struct unit *unit)
{
	return unit->two_digits && !num->ranged && !num->point &&
	    (num->arabic ? num->int_digits == 2 : num->positional) &&
	    dec_to_small(&num->lo, 99) > 10;
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
 * Where the high end of a range starts, sep bytes after j: a space may
 * follow the separator, and the end may have its own sign (-3~-1℃,
 * -15~ -11℃, 零下5至零下2摄氏度), then *neg is set.
 */
static size_t
second_end(const char *s, size_t n, size_t j, size_t sep, int *neg)
{
	size_t k = j + sep, l;
	uint32_t c;

	*neg = 0;
	if (k + 1 < n && s[k] == ' ' && s[j] != ' ')
		k++;
	if (k >= n)
		return k;
	c = utf8_get(s, n, k, &l);
	if ((ucp_halfwidth(c) == '-' || c == UCP_MINUS) && k + l < n &&
	    is_ascii_digit((unsigned char)s[k + l])) {
		*neg = 1;
		k += l;
	} else if (c == U'零' && text_at(s, n, k, "零下", &l)) {
		*neg = 1;
		k += l;
	}
	return k;
}

/* 一斤, 一个 at s[j]: a price's "per one unit" after the amount. */
static int
per_one_unit(const char *s, size_t n, size_t j)
{
	size_t l, blen;

	return text_at(s, n, j, "一", &l) &&
	    trie_match(lex.after, s, n, j + l, &blen) >= 0;
}

/* After 块 and its tenth: a price's 一斤 may follow, no number or unit. */
static int
ends_after_dimes(const char *s, size_t n, size_t j)
{
	size_t l;

	return j >= n || per_one_unit(s, n, j) ||
	    (!mention_start_char(utf8_get(s, n, j, &l)) &&
	    trie_match(lex.after, s, n, j, &l) < 0);
}

/*
 * After 成 and its tenth: a mark, a qualifier (两成五左右), 的 or a level
 * (九成五的人, 九成五水平), or whom the share is of (六成二民众认为,
 * data/numextract/share_holders.txt); 九成一线 is 90 % of first-tier
 * ones, 七成二手房 70 % of second-hand homes.
 */
static int
ends_after_tenths(const char *s, size_t n, size_t j)
{
	size_t l;
	uint32_t c;

	if (j >= n)
		return 1;
	c = utf8_get(s, n, j, &l);
	return !mention_start_char(c) && (!(uclass(c) & UC_HAN) ||
	    trie_match(lex.share_holders, s, n, j, &l) >= 0 ||
	    qual_after_at(s, n, j, K_PERCENT, &l) > Q_NONE ||
	    text_at(s, n, j, "的", &l) || text_at(s, n, j, "水平", &l) ||
	    text_at(s, n, j, "水准", &l));
}

/* One digit at s[j], Arabic (or fullwidth) or Chinese but 零: its value, or -1. */
static int
one_digit_at(const char *s, size_t n, size_t j, size_t *len)
{
	uint32_t c;
	int v;

	if (j >= n)
		return -1;
	c = utf8_get(s, n, j, len);
	if (is_ascii_digit(c))
		return (int)(c - '0');
	if (is_wide_digit(c))
		return (int)(c - UCP_FULLWIDTH('0'));
	return numeral_class(c, &v) == NC_DIGIT && v > 0 && v <= 9 ? v : -1;
}

/*
 * 两块五, 1块1, 九成一: one digit after 块 or 成 is a tenth of it, when
 * the amount ends there as ends tells.  Returns the end of the amount.
 */
static size_t
tenth_after(const char *s, size_t n, size_t j, struct dec *x,
    int (*ends)(const char *, size_t, size_t))
{
	size_t l, plen;
	int v;

	/*
	 * 18块六边形: a digit that begins a set phrase is no tenth, nor one
	 * a number goes on from (一块6.7英寸屏幕).
	 */
	if ((v = one_digit_at(s, n, j, &l)) < 0 || !ends(s, n, j + l) ||
	    trie_match(lex.negatives, s, n, j, &plen) >= 0 ||
	    (j + l + 1 < n && s[j + l] == '.' &&
	    is_ascii_digit((unsigned char)s[j + l + 1])))
		return j;
	add_scaled(x, (unsigned)v, -1);
	return j + l;
}

/*
 * 2元5角, 五元三毛, 50元6角3分, 3块5毛钱, 2元零5分: the dimes and cents
 * after yuan, a digit each, add to x (5分钟 is no cents).  j is the end
 * of the yuan; returns the end of the last part, or j.
 */
static size_t
dimes_and_cents(const char *s, size_t n, size_t j, struct dec *x)
{
	static const struct {
		const char	*name;
		int		 shift;
	} parts[] = { { "角", -1 }, { "毛", -1 }, { "分", -2 } };
	size_t k = j, l, pl;
	int v, i, from = 0;

	if (text_at(s, n, k, "零", &l))
		k += l;
	while (from < 3 && (v = one_digit_at(s, n, k, &l)) > 0) {
		for (i = from; i < 3 && !text_at(s, n, k + l, parts[i].name,
		    &pl); i++)
			;
		if (i == 3 || (i == 2 && text_at(s, n, k + l + pl, "钟", &pl)))
			break;
		add_scaled(x, (unsigned)v, parts[i].shift);
		k += l + pl;
		j = k;
		from = i == 2 ? 3 : 2;
	}
	if (from > 0 && text_at(s, n, j, "钱", &l))
		j += l;
	return j;
}

/*
 * 1毛2分, 一毛二分钱, 3毛5: the cents after dimes, a digit with 分 or a
 * digit alone where the amount ends (as after 块).  j is the end of the
 * dimes; returns the end of the cents, or j.
 */
static size_t
cents_after_dimes(const char *s, size_t n, size_t j, struct dec *x)
{
	size_t l, pl;
	int v;

	if ((v = one_digit_at(s, n, j, &l)) < 0)
		return j;
	if (text_at(s, n, j + l, "分", &pl) &&
	    !text_at(s, n, j + l + pl, "钟", &pl)) {
		add_scaled(x, (unsigned)v, -2);
		j += l + 3;
		return text_at(s, n, j, "钱", &l) ? j + l : j;
	}
	if (!ends_after_dimes(s, n, j + l) ||
	    trie_match(lex.negatives, s, n, j, &pl) >= 0)
		return j;
	add_scaled(x, (unsigned)v, -2);
	return j + l;
}

/* A number after a conjunction at s[j]: 3和5, 六十万及十万. */
static int
number_after_and(const char *s, size_t n, size_t j, struct numeral *num)
{
	size_t l;

	return j < n && list_join(utf8_get(s, n, j, &l)) &&
	    numeral_parse(s, n, j + l, num) && !num->bad && !num->ranged;
}

/* Whether num is written as a year is: 4 digits, 1900 to 2099. */
static int
year_like(const struct numeral *num)
{
	return num->plain && num->int_digits == 4 &&
	    dec_to_small(&num->lo, 2099) >= 1900;
}

/* 3、4月份: a month that shares the 月 of the next; fills *ds. */
static int
month_before_month(const char *s, size_t n, const struct numeral *num,
    struct datespan *ds)
{
	struct numeral next;
	long long v;

	/* The conjunctions are all of three bytes: most numerals end here. */
	if (num->end >= n || (unsigned char)s[num->end] < 0xe0 ||
	    num->bad || num->ranged || num->point ||
	    !number_after_and(s, n, num->end, &next) ||
	    (v = dec_to_small(&num->lo, 12)) < 1 ||
	    !date_after_numeral(s, n, &next, NULL, ds) || ds->ranged ||
	    ds->lo.m < 0 || ds->lo.d >= 0 || ds->lo.y >= 0 || ds->lo.hh >= 0)
		return 0;
	timex_clear(&ds->lo);
	ds->lo.m = (int)v;
	ds->hi = ds->lo;
	ds->end = num->end;
	return 1;
}

/* 2018、2019年: a year that shares the 年 of the next; fills *ds. */
static int
year_before_year(const char *s, size_t n, const struct numeral *num,
    struct datespan *ds)
{
	struct numeral next;

	if (!year_like(num) || !number_after_and(s, n, num->end, &next) ||
	    !date_after_numeral(s, n, &next, NULL, ds) || ds->ranged ||
	    ds->lo.y < 0 || ds->lo.m >= 0 || ds->lo.q >= 0 || ds->lo.half >= 0)
		return 0;
	timex_clear(&ds->lo);
	ds->lo.y = dec_to_small(&num->lo, 2099);
	ds->hi = ds->lo;
	ds->end = num->end;
	return 1;
}

/*
 * The unit of the next number when only a conjunction stands between:
 * 六十万及十万人次, 3家和5家 is written 3和5家.  Returns its index, or -1;
 * a date after the conjunction (2018、2019年) shares nothing.
 */
static int
shared_unit(const char *s, size_t n, size_t j)
{
	struct numeral num;
	struct datespan ds;
	size_t blen;
	int u;

	if (!number_after_and(s, n, j, &num) ||
	    date_after_numeral(s, n, &num, NULL, &ds))
		return -1;
	/* 十万零四千七百多人次: the next one's 多 stays its own. */
	if (trie_match(lex.qual_mid, s, n, num.end, &blen) >= 0)
		num.end += blen;
	u = trie_match(lex.after, s, n, num.end, &blen);
	if (u < 0 || lex.units[u].kind == K_NKINDS || lex.units[u].scale != 0 ||
	    lex.units[u].kind == K_DURATION)
		return -1;
	return u;
}

/*
 * Whether c joins the sides of a size: 1449×832×68毫米, 60x55x85cm (and
 * slashes all of a size's three, 4935/1960/1690mm: see size_unit).
 */
static int
times_sign(uint32_t c)
{
	return c == U'×' || c == U'✕' || c == '*' || c == U'＊' || c == 'x' ||
	    c == 'X';
}

/*
 * The unit written after the last side of a size whose side is s[i..j)
 * (1449×832×68毫米: each side is in mm), a measure's, or -1; where the
 * unit ends to *end.
 */
static int
size_unit(const char *s, size_t n, size_t i, size_t j, size_t *end)
{
	struct numeral num;
	size_t l, blen;
	int u, sides = 0, slashes = 0;
	uint32_t c;

	while (j < n && (times_sign(c = utf8_get(s, n, j, &l)) || c == '/') &&
	    (slashes == 0 || c == '/') && (sides == slashes || c != '/') &&
	    numeral_parse(s, n, j + l, &num) && num.arabic && !num.bad &&
	    !num.ranged) {
		j = num.end;
		sides++;
		slashes += c == '/';
	}
	if (sides == 0 || (u = trie_match(lex.after, s, n, j, &blen)) < 0 ||
	    lex.units[u].kind != K_MEASURE || lex.units[u].scale != 0)
		return -1;
	/*
	 * 4935/1960/1690mm: slashes join three sides, not a fraction's two;
	 * the middle side has one after it and one before.  A blood
	 * pressure's two readings are both in its unit (152/94mmHg).
	 */
	if (slashes == 1 && !(i >= 2 && s[i - 1] == '/' &&
	    is_ascii_digit((unsigned char)s[i - 2])) &&
	    !same_unit(lex.units[u].name, "mmHg"))
		return -1;
	*end = j + blen;
	return u;
}

/*
 * The end of a schedule of days by hours, 7×24小时 or 5×8小时 (round the
 * clock, office hours), from its first number num; or 0.  It names a
 * service, not a length of time.
 */
static size_t
schedule_end(const char *s, size_t n, const struct numeral *num)
{
	struct numeral hours;
	size_t l;

	if (!num->plain || num->end >= n ||
	    !times_sign(utf8_get(s, n, num->end, &l)) ||
	    dec_to_small(&num->lo, 7) < 1 ||
	    !numeral_parse(s, n, num->end + l, &hours) || !hours.plain ||
	    dec_to_small(&hours.lo, 24) < 1 ||
	    !text_at(s, n, hours.end, "小时", &l))
		return 0;
	return hours.end + l;
}

/*
 * The end of a relay's legs, 4× of 4×100米接力 or 4×200米自由泳接力,
 * from its first number num; or 0.  The legs name the event: the
 * distance after them is each leg's, a measure of its own.
 */
static size_t
relay_legs_end(const char *s, size_t n, const struct numeral *num)
{
	struct numeral leg;
	size_t l, blen, j;
	int u, chars;

	if (!num->plain || num->end >= n ||
	    !times_sign(utf8_get(s, n, num->end, &l)) ||
	    dec_to_small(&num->lo, 10) < 2 ||
	    !numeral_parse(s, n, num->end + l, &leg) || !leg.plain ||
	    (u = trie_match(lex.after, s, n, leg.end, &blen)) < 0 ||
	    lex.units[u].kind != K_MEASURE)
		return 0;
	/* 接力 within the event's name: 混合泳, 自由泳 may come between. */
	for (j = leg.end + blen, chars = 0; j < n && chars < 6; chars++) {
		if (text_at(s, n, j, "接力", &blen))
			return num->end + l;
		if (!(uclass(utf8_get(s, n, j, &blen)) & UC_HAN))
			break;
		j += blen;
	}
	return 0;
}

/*
 * The length of a sign that belongs to the quantity at s[start], or 0:
 * -2.5%, 负三十二, 零下8℃ (a temperature below zero); not a hyphen after
 * a word or a number (A-1, 3-5).
 */
static size_t
sign_before(const char *s, size_t lo, size_t start)
{
	size_t l, l2;
	uint32_t c, c2;

	if (start <= lo)
		return 0;
	c = utf8_prev(s, start, &l);
	if (c == U'下' && text_before(s, lo, start, "零下", &l))
		return l;
	if (c != '-' && c != UCP_MINUS && c != U'负' && c != U'負')
		return 0;
	c2 = start - l > lo ? utf8_prev(s, start - l, &l2) : ' ';
	/* 正负2.98个百分点 is plus or minus: a margin, no sign. */
	if (c2 == U'正')
		return 0;
	return uclass_ascii_alnum(c2) || is_wide_digit(c2) || c2 == '.' ? 0 : l;
}

/* After a unit at s[j], the end of what it is each of (/吨), or j. */
static size_t
per_unit_end(const char *s, size_t n, size_t j)
{
	size_t l, blen;

	if (j >= n || (s[j] != '/' && (unsigned char)s[j] != 0xef) ||
	    (!text_at(s, n, j, "/", &l) && !text_at(s, n, j, "／", &l)))
		return j;
	return trie_match(lex.after, s, n, j + l, &blen) >= 0 ? j + l + blen :
	    j;
}

/*
 * Whether a change's word before s[start] makes lo至hi a change and then
 * the level it reached (下跌156元至8,842元/吨): lo under a tenth of hi.
 */
static int
change_then_level(const char *s, size_t start, const struct dec *lo,
    const struct dec *hi)
{
	struct dec ten_lo = *lo;
	size_t blen;

	return trie_match_back(lex.change_words, s, 0, start, &blen) >= 0 &&
	    dec_mul_uint(&ten_lo, 10) == 0 && dec_cmp(&ten_lo, hi) < 0;
}

/*
 * The parts of a length of time, each with the smaller one that may
 * follow it and how many of those make one: 八年六个月, 2小时09分32秒.
 */
static const struct time_part {
	const char	*unit, *smaller;
	long long	 per;
} time_parts[] = {
	{ "year", "month", 12 }, { "hour", "minute", 60 },
	{ "minute", "second", 60 }, { NULL, NULL, 0 }
};

/*
 * 月 alone after a length in years, the months of it (3年8月), no month
 * of a date after it (8月5日, 8月份, 8月底): the unit of months, its
 * length to *len; or -1.
 */
static int
bare_months_at(const char *s, size_t n, size_t j, size_t *len)
{
	static _Thread_local int u = -2;
	size_t l, l2;

	if (!text_at(s, n, j, "月", &l) || number_starts_at(s, n, j + l))
		return -1;
	if (j + l < n)
		switch (fold_char(utf8_get(s, n, j + l, &l2))) {
		case U'份': case U'底': case U'初': case U'中': case U'末':
		case U'上': case U'下':
			return -1;
		}
	if (u == -2)
		u = trie_match(lex.after, "个月", 6, 0, &l2);
	*len = l;
	return u;
}

/*
 * The part after one in unit, or NULL; 分 (a score) is a minute here, 岁
 * a year (of age).
 */
static const struct time_part *
time_part_of(const char *unit)
{
	const struct time_part *p;

	if (same_unit(unit, "分"))
		unit = "minute";
	else if (same_unit(unit, "岁"))
		unit = "year";
	for (p = time_parts; p->unit != NULL; p++)
		if (same_unit(p->unit, unit))
			return p;
	return NULL;
}

/* How many of unit small make one of unit big, a part of time, or 0. */
static long long
parts_per(const char *small, const char *big)
{
	const struct time_part *p = time_part_of(big);

	return p != NULL && same_unit(p->smaller, small) ? p->per : 0;
}

/*
 * After 块 at j, its dimes (两块五, 3块5毛), added to x.  Returns their
 * end, or j.
 */
static size_t
kuai_dimes(const char *s, size_t n, size_t j, struct dec *x)
{
	size_t k = tenth_after(s, n, j, x, ends_after_dimes);

	return k > j ? k : dimes_and_cents(s, n, j, x);
}

/*
 * After 块 at j, two tenths in a row in Chinese (一块六七): the amount is
 * a range of them, 1.6..1.7 (3块45 is 3.45).  Returns their end, or j.
 */
static size_t
kuai_dimes_pair(const char *s, size_t n, size_t j, struct mention *m)
{
	size_t l, l2;
	int v, v2;

	if (j >= n || is_ascii_digit((unsigned char)s[j]) ||
	    (v = one_digit_at(s, n, j, &l)) < 0 ||
	    (v2 = one_digit_at(s, n, j + l, &l2)) != v + 1 || l2 != 3 ||
	    !ends_after_dimes(s, n, j + l + l2))
		return j;
	m->hi = m->lo;
	add_scaled(&m->lo, (unsigned)v, -1);
	add_scaled(&m->hi, (unsigned)v2, -1);
	m->ranged = 1;
	return j + l + l2;
}

/*
 * Whether units u and u2 may be the two ends' of an amount in 块 (三块五到
 * 三块八, 一块五到两块钱): with dimes or 钱 at either end it is money.
 */
static int
kuai_ends(int u, int u2)
{
	return same_unit(lex.units[u].name, "块") &&
	    ((lex.units[u2].kind == K_MONEY &&
	    same_unit(lex.units[u2].name, "*")) ||
	    same_unit(lex.units[u2].name, "块"));
}

/*
 * 5%-8%, 3亿元至5亿元: the unit written after both ends.  j is the end of
 * the first end's unit u; returns the end of the range, or j.  Discounts
 * run either way (九折至六五折 is 65..90 %).
 */
static inline __attribute__((always_inline)) size_t
unit_range(const char *s, size_t n, size_t j, struct mention *m, int u)
{
	struct numeral num2;
	size_t per = per_unit_end(s, n, j), sep = range_sep_at(s, n, per), blen;
	size_t l, e;
	long long parts;
	int u2, neg2;

	/* A high end may start with 十 (三年至十二年), not with 百 or 千 (千亩). */
	if (sep == 0 ||
	    !numeral_parse(s, n, second_end(s, n, per, sep, &neg2), &num2) ||
	    num2.bad || num2.ranged ||
	    (num2.lead_unit && !num2.has_big && num2.big_unit))
		return j;
	num2.lo.neg = neg2 && !dec_is_zero(&num2.lo);
	u2 = trie_match(lex.after, s, n, num2.end, &blen);
	/*
	 * 50分钟到1个小时, 6月龄至5岁: a length to one in a larger unit (an
	 * age in years), in the smaller.
	 */
	if (u2 >= 0 && lex.units[u].kind == K_DURATION && !num2.lo.neg &&
	    (parts = parts_per(lex.units[u].name, lex.units[u2].name)) > 0 &&
	    !text_at(s, n, num2.end + blen, "半", &l) &&
	    dec_mul_uint(&num2.lo, (unsigned)parts) == 0 &&
	    dec_cmp(&m->lo, &num2.lo) < 0) {
		m->hi = num2.lo;
		m->ranged = 1;
		return num2.end + blen;
	}
	if (u2 >= 0 && kuai_ends(u, u2) && ((e = kuai_dimes(s, n,
	    num2.end + blen, &num2.lo)) > num2.end + blen ||
	    m->kind == K_MONEY || lex.units[u2].kind == K_MONEY)) {
		blen = e - num2.end;
		m->kind = K_MONEY;
		m->unit = "*";
	} else if (u2 < 0 || lex.units[u2].kind != lex.units[u].kind ||
	    !same_unit(lex.units[u2].name, lex.units[u].name))
		return j;
	/*
	 * 四成到五成: tenths at both ends, none after the high one's unit;
	 * 七毛到八毛: dimes at both.
	 */
	if (lex.units[u].scale > 0 && !lex.units[u].two_digits &&
	    (one_digit_at(s, n, num2.end + blen, &l) >= 0 ||
	    dec_shift(&num2.lo, lex.units[u].scale)))
		return j;
	if (lex.units[u].scale < 0 && dec_shift(&num2.lo, lex.units[u].scale))
		return j;
	/* 2,180元/吨至2,260元/吨: the same unit of each after both ends. */
	if (per > j && (num2.end + blen + (per - j) > n ||
	    memcmp(s + num2.end + blen, s + j, per - j) != 0))
		return j;
	if (lex.units[u].two_digits) {
		if (!two_digit_percent(&num2, &lex.units[u2]))
			dec_shift(&num2.lo, lex.units[u2].scale);
		if (dec_cmp(&m->lo, &num2.lo) == 0)
			return j;
		m->hi = m->lo;
		if (dec_cmp(&m->lo, &num2.lo) < 0)
			m->hi = num2.lo;
		else
			m->lo = num2.lo;
		m->ranged = 1;
		return num2.end + blen;
	}
	/* -25℃～8℃: a sign before the low end is its own. */
	m->own_sign = !neg2 && sign_before(s, 0, m->start) > 0;
	/* 罚金30万元至2万元不等: a span of amounts, written from the top. */
	if (!neg2 && !m->own_sign && dec_cmp(&m->lo, &num2.lo) > 0 &&
	    text_at(s, n, num2.end + blen + (per - j), "不等", &l)) {
		m->hi = m->lo;
		m->lo = num2.lo;
		m->ranged = 1;
		return num2.end + blen;
	}
	if (!neg2 && !m->own_sign && dec_cmp(&m->lo, &num2.lo) >= 0)
		return j;
	if (change_then_level(s, m->start, &m->lo, &num2.lo))
		return j;
	m->hi = num2.lo;
	m->ranged = 1;
	return num2.end + blen;
}

/*
 * The currency named before s[start], its length to *len: one space may
 * follow a code or a symbol in letters (MOP 20,000, HK$ 500), none a
 * Chinese name.
 */
static int
currency_back(const char *s, size_t lo, size_t start, size_t *len)
{
	int u = trie_match_back(lex.cur_before, s, lo, start, len);

	if (u >= 0 || start < lo + 2 || s[start - 1] != ' ' ||
	    (!uclass_ascii_letter((unsigned char)s[start - 2]) &&
	    s[start - 2] != '$'))
		return u;
	if ((u = trie_match_back(lex.cur_before, s, lo, start - 1, len)) >= 0)
		(*len)++;
	return u;
}

/* Qualifier words and currency names before the number. */
static size_t
look_back(const char *s, size_t lo, size_t start, struct mention *m,
    const char **cur)
{
	size_t blen, sp, before;
	int round, q, u;

	for (round = 0; round < 2; round++) {
		before = start;
		if (*cur == NULL && (u = currency_back(s, lo, start, &blen)) >= 0) {
			*cur = lex.units[u].name;
			start -= blen;
			/* 港幣$6,490: a currency's name before a bare $ is it. */
			if (blen == 1 && s[start] == '$' &&
			    (u = currency_back(s, lo, start, &blen)) >= 0) {
				*cur = lex.units[u].name;
				start -= blen;
			}
		}
		/* 約 3.1%: a space may follow the qualifier. */
		sp = start > lo && s[start - 1] == ' ';
		/* 约30余万元: about joins the span, 余 keeps the bound. */
		if ((q = trie_match_back(lex.qual_before, s, lo, start - sp,
		    &blen)) >= 0 && (m->qual == Q_NONE ||
		    (qual_of(q) == Q_APPROX && !(q & QUAL_APART)))) {
			if (q == Q_NONE)	/* 签约 is no 约 */
				break;
			if (m->qual == Q_NONE)
				m->qual = qual_of(q);
			/* 最多可达5万元: the hedge stays out of the span. */
			if (q & QUAL_APART)
				break;
			start -= qual_span(s, start - sp, blen, q) + sp;
			if (q & QUAL_TAIL)
				break;
		}
		if (start == before)	/* nothing more to find */
			break;
	}
	return start;
}

/* Whether a minus written as a symbol signs the number at s[start]. */
static int
minus_before(const char *s, size_t lo, size_t start)
{
	size_t l = sign_before(s, lo, start), cl;
	uint32_t c;

	if (l == 0)
		return 0;
	c = utf8_get(s, start, start - l, &cl);
	return c == '-' || c == UCP_MINUS;
}

/*
 * A sign word before a range signs both ends: 零下3到4度 is -4..-3; only
 * the low one when the high end has its own (零下5至零下2度), or the low
 * end its own unit (零下5℃至8℃).
 */
static void
negate(struct mention *m)
{
	if (m->ranged && (m->hi.neg || m->own_sign)) {
		m->lo.neg = !dec_is_zero(&m->lo);
		return;
	}
	m->lo.neg = !dec_is_zero(&m->lo);
	m->hi.neg = !dec_is_zero(&m->hi);
	if (m->ranged) {
		struct dec t = m->lo;

		m->lo = m->hi;
		m->hi = t;
	}
}

/*
 * The quantity's sign (sign_before) applied.  Returns where it starts.
 * A word (零下, 负) signs a range as negate() says; a minus written as a
 * symbol is its number's alone: -1～2℃ is -1..2.
 */
static size_t
signed_start(const char *s, size_t lo, size_t start, struct mention *m)
{
	size_t l = sign_before(s, lo, start);

	if (l == 0)
		return start;
	if (minus_before(s, lo, start))
		m->lo.neg = !dec_is_zero(&m->lo);
	else
		negate(m);
	return start - l;
}

/*
 * A bus or coach route's name after its number: 301毗芦线, two Chinese
 * characters (the places it joins) and 线; 100条专线 counts lines.
 */
static inline __attribute__((always_inline)) int
route_name_after(const char *s, size_t n, size_t j)
{
	size_t l, k = j;
	int i;

	for (i = 0; i < 2; i++) {
		if (k >= n || !(uclass(utf8_get(s, n, k, &l)) & UC_HAN))
			return 0;
		k += l;
	}
	return text_at(s, n, k, "线", &l) && !text_at(s, n, j, "条", &l);
}

/* A dash inside a code: GB 28050—2011 (a standard and its year). */
static int
code_dash(uint32_t c)
{
	return ucp_halfwidth(c) == '-' || c == UCP_EN_DASH || c == UCP_EM_DASH;
}

/* Where the ASCII digits from s[k] end. */
static size_t
digits_end(const char *s, size_t n, size_t k)
{
	while (k < n && is_ascii_digit((unsigned char)s[k]))
		k++;
	return k;
}

/* Where the ASCII digits that end before s[k] start, no further than lo. */
static size_t
digits_start(const char *s, size_t lo, size_t k)
{
	while (k > lo && is_ascii_digit((unsigned char)s[k - 1]))
		k--;
	return k;
}

/*
 * Where the codes after a code word end: 拨打110、120或119 is a list of
 * them, GB/T 19001-2016 one with its year, 批号为240801至250115 a range
 * of codes as wide as each other; a number with a unit ends it (编号12、
 * 共3个).  j is the end of the first code, which starts at i.
 */
static size_t
code_list_end(const char *s, size_t n, size_t i, size_t j)
{
	size_t e = digit_groups_end(s, n, j), l, k;
	uint32_t c;

	while (e < n && ((list_join(c = utf8_get(s, n, e, &l)) ||
	    ucp_halfwidth(c) == '/' || code_dash(c)) ||
	    ((c == U'至' || c == U'到') && j - i >= 4 &&
	    digits_end(s, n, e + l) - (e + l) == j - i)) &&
	    e + l < n && is_ascii_digit((unsigned char)s[e + l])) {
		k = digit_groups_end(s, n, e + l);
		if (unit_kind_at(s, n, k) >= 0)
			break;
		e = k;
	}
	return e;
}

/*
 * 公告2023年第12号, 国务院令第732号: after 公告 or 令, a year and 第…号
 * number the announcement or the decree, a code (今年第9号台风 is an
 * ordinal); returns where the number ends, or 0.
 */
static size_t
decree_number_end(const char *s, size_t n, size_t lo, size_t i)
{
	size_t l, j = i, k;

	/* Its bytes first: most numbers follow neither. */
	if (i < lo + 3 || (memcmp(s + i - 3, "告", 3) != 0 &&
	    memcmp(s + i - 3, "令", 3) != 0) || (!text_before(s, lo, i,
	    "公告", &l) && !text_before(s, lo, i, "令", &l)))
		return 0;
	for (k = j; k < n && k < j + 4 && is_ascii_digit((unsigned char)s[k]);
	    k++)
		;
	if (k == j + 4 && text_at(s, n, k, "年", &l))
		j = k + l;
	if (!text_at(s, n, j, "第", &l))
		return 0;
	j += l;
	k = digits_end(s, n, j);
	return k > j && text_at(s, n, k, "号", &l) ? k + l : 0;
}

/*
 * 第4/2010号法律, 第12/2023號行政法規: a law numbered in its year (Macau
 * numbers its laws so), a code; returns where it ends, or 0.
 */
static size_t
law_number_end(const char *s, size_t n, size_t i)
{
	size_t l, j, k;

	if (!text_at(s, n, i, "第", &l))
		return 0;
	j = i + l;
	k = digits_end(s, n, j);
	if (k == j || k - j > 3 || k >= n || s[k] != '/')
		return 0;
	j = k + 1;
	k = digits_end(s, n, j);
	return k == j + 4 && text_at(s, n, k, "号", &l) ? k + l : 0;
}

/* Whether s[i..j) stands alone in round brackets: (600519), （600519）. */
static int
in_brackets(const char *s, size_t n, size_t i, size_t j)
{
	size_t l;
	uint32_t open;

	if (i == 0 || j >= n)
		return 0;
	open = utf8_prev(s, i, &l);
	return (open == '(' && s[j] == ')') ||
	    (open == UCP_FULLWIDTH('(') && text_at(s, n, j, "）", &l));
}

/* Whether only spaces and one opening bracket stand before s[i]. */
static int
line_start(const char *s, size_t i)
{
	size_t l;

	utf8_prev(s, i, &l);
	for (i -= l; i > 0 && s[i - 1] == ' '; i--)
		;
	return i == 0;
}

/* The bracket that closes open, or 0 when open is none. */
static uint32_t
closing_bracket(uint32_t open)
{
	switch (open) {
	case '(':
		return ')';
	case U'（':
		return U'）';
	case U'〔':
		return U'〕';
	case U'［':
		return U'］';
	case U'【':
		return U'】';
	}
	return 0;
}

/* How many characters a document's number may run on after its year. */
enum { DOC_NUMBER_REACH = 12 };

/*
 * 国发〔2023〕5号, （2023）苏01刑初45号: a year in brackets, then words
 * and digits up to N号, is a document's or a court case's number;
 * returns where it ends, or 0.  Its digits may be fullwidth (〔２０１５〕
 * ２９９号).
 */
static size_t
doc_number_end(const char *s, size_t n, size_t lo, size_t i, size_t j)
{
	size_t l;
	uint32_t close, c;
	int k, digits = 0;

	if ((j != i + 4 && !(j == i + 12 && is_wide_digit(utf8_get(s, n, i,
	    &l)))) || i <= lo || j >= n ||
	    (close = closing_bracket(utf8_prev(s, i, &l))) == 0 ||
	    utf8_get(s, n, j, &l) != close)
		return 0;
	for (j += l, k = 0; k < DOC_NUMBER_REACH && j < n; k++, j += l) {
		c = utf8_get(s, n, j, &l);
		if (c == U'号' && digits)
			return j + l;
		digits = is_ascii_digit(c) || is_wide_digit(c);
		if (!digits && !(uclass(c) & UC_HAN))
			return 0;
	}
	return 0;
}

/*
 * 台积电（2330）, 腾讯(00700): a number of three digits or more in
 * brackets right after a name is its stock code; 年鉴（2023） is a year.
 */
static int
code_after_name(const char *s, size_t lo, size_t i, const struct numeral *num)
{
	size_t l;

	if (num->int_digits < 3 || i < lo + 1 || year_like(num))
		return 0;
	utf8_prev(s, i, &l);
	return i - l > lo && (uclass(utf8_prev(s, i - l, &l)) & UC_HAN);
}

/*
 * (852) 2840 3895, (02)2311-8888, (03)332-2101: an area code in
 * brackets, the number after it (four digits or groups); returns where
 * that number starts, or 0.  （688523）10月28日 is a stock code and a date.
 */
static size_t
number_after_area_code(const char *s, size_t n, size_t j)
{
	size_t l, k;

	if (j < n && s[j] == ')')
		j++;
	else if (text_at(s, n, j, "）", &l))
		j += l;
	else
		return 0;
	if (j < n && s[j] == ' ')
		j++;
	k = digits_end(s, n, j);
	if (k - j >= 4 || (k > j && k + 1 < n && (s[k] == '-' || s[k] == ' ') &&
	    is_ascii_digit((unsigned char)s[k + 1])))
		return j;
	return 0;
}

/*
 * 2388 6688: two groups of four digits are a phone number; returns where
 * it ends, or 0.  A unit after it makes it a quantity.
 */
static size_t
phone_groups_end(const char *s, size_t n, size_t i, size_t j)
{
	size_t k;

	if (j != i + 4 || j + 5 > n || s[j] != ' ')
		return 0;
	for (k = j + 1; k < j + 5; k++)
		if (!is_ascii_digit((unsigned char)s[k]))
			return 0;
	if (k < n && (uclass_ascii_alnum((unsigned char)s[k]) || unit_kind_at(s, n, k) >= 0))
		return 0;
	return k;
}

/*
 * The unit after 个多 or 个半 at s[j]: a duration (小时, or 月 read as
 * 个月) or percentage points (两个多百分点).  Returns it, its length in
 * the line to *len; or -1.
 */
static int
more_than_unit(const char *s, size_t n, size_t j, size_t *len)
{
	static const char month[] = "个月";
	size_t blen;
	int u = trie_match(lex.after, s, n, j, len);

	if (u >= 0 && (lex.units[u].kind == K_DURATION ||
	    same_unit(lex.units[u].name, "pp")))
		return u;
	if (!text_at(s, n, j, "月", len))
		return -1;
	u = trie_match(lex.after, month, sizeof(month) - 1, 0, &blen);
	return u >= 0 && lex.units[u].kind == K_DURATION ? u : -1;
}

/*
 * 时速350公里: a rate word before the mention makes its unit a rate.
 * Returns where the mention starts.
 */
static size_t
rate_before(const char *s, size_t lo, size_t start, struct mention *m)
{
	size_t blen;
	int r = trie_match_back(lex.rate_before, s, lo, start, &blen);

	while (r >= 0 && !same_unit(lex.units[lex.rates[r].from].name, m->unit))
		r = lex.rates[r].next;
	if (r < 0)
		return start;
	m->unit = lex.units[lex.rates[r].to].name;
	return start - blen;
}

/*
 * A qualifier just before a word that opens the mention is in its span:
 * 约为每小时98公里 (before a rate's word), 约公元前2070年 (before an era's
 * year, only about: Q_APPROX as only; Q_NONE takes any).  Returns where
 * the mention starts.
 */
static size_t
hedge_before_word(const char *s, size_t lo, size_t start, struct mention *m,
    enum qual only)
{
	size_t blen;
	int q = trie_match_back(lex.qual_before, s, lo, start, &blen);

	if (q < 0 || q == Q_NONE || (q & QUAL_APART) ||
	    (only != Q_NONE && qual_of(q) != only))
		return start;
	m->qual = qual_of(q);
	return start - qual_span(s, start, blen, q);
}

/* How far back in its clause a word that gives a unit's meaning is looked for. */
enum { CONTEXT_REACH = 20 };

static int
clause_mark(uint32_t c)
{
	switch (ucp_halfwidth(c)) {
	case ',': case ';': case '!': case '?': case '\t':
		return 1;
	}
	return c == U'。';
}

/* How far a word that gives a unit's meaning is looked for in its sentence. */
enum { SENTENCE_CONTEXT_REACH = 60 };

static int
sentence_mark(uint32_t c)
{
	return c == U'。' || c == U'！' || c == U'？' || c == U'；' ||
	    c == '!' || c == '?' || c == ';';
}

/* Row r of unit_contexts.tsv if it is one for the unit named name, else -1. */
static int
context_for(int r, const char *name)
{
	return r >= 0 && same_unit(lex.units[lex.contexts[r].from].name,
	    name) ? r : -1;
}

/*
 * The row of unit_contexts.tsv whose word stands before s[j] for the unit
 * named name, reach characters back at most and not past a mark that
 * stop tells; or -1.
 */
static int
context_back(const char *s, size_t j, const char *name, int reach,
    int (*stop)(uint32_t))
{
	size_t l, blen;
	int k, r;

	for (k = 0; k < reach && j > 0; k++, j -= l) {
		if ((r = context_for(trie_match_back(lex.context_words, s, 0, j,
		    &blen), name)) >= 0)
			return r;
		if (stop(utf8_prev(s, j, &l)))
			return -1;
	}
	return -1;
}

/* The row whose word stands earlier in the clause before s[j], or -1. */
static int
context_before(const char *s, size_t j, const char *name)
{
	return context_back(s, j, name, CONTEXT_REACH, clause_mark);
}

/*
 * The row of unit_contexts.tsv whose word stands nearest in the sentence
 * of s[start..end) before it, or else after it in its clause or opening
 * the next, for the unit named name, or -1.
 */
static int
context_in_sentence(const char *s, size_t n, size_t start, size_t end,
    const char *name)
{
	size_t j, l, blen;
	int k, r;

	if ((r = context_back(s, start, name, SENTENCE_CONTEXT_REACH,
	    sentence_mark)) >= 0)
		return r;
	for (k = 0, j = end; k < SENTENCE_CONTEXT_REACH && j < n; k++, j += l) {
		if ((r = context_for(trie_match(lex.context_words_after, s, n, j,
		    &blen), name)) >= 0)
			return r;
		if (clause_mark(utf8_get(s, n, j, &l)))
			break;
	}
	/* After the clause, a word that opens the next (…度，电费84.80元). */
	if (j < n && !sentence_mark(utf8_get(s, n, j, &l)))
		return context_for(trie_match(lex.context_words_after, s, n, j + l,
		    &blen), name);
	return -1;
}

/*
 * 售电量达1,485亿度, 轨道倾角41.5度: a word earlier in the clause (in
 * unit_contexts.tsv) tells what the unit means; it stays out of the span.
 * Else the nearest in the sentence does, before or just after (第一档为
 * 0至180度，电价为0.5653元/度).
 */
static void
unit_in_context(const char *s, size_t n, size_t j, struct mention *m)
{
	int r = context_before(s, j, m->unit);

	if (r < 0)
		r = context_in_sentence(s, n, j, m->end, m->unit);
	if (r >= 0) {
		m->kind = lex.units[lex.contexts[r].to].kind;
		m->unit = lex.units[lex.contexts[r].to].name;
	}
}

/* The unit of square metres, as 平米 names it. */
static int
square_metre(void)
{
	static _Thread_local int u = -2;
	size_t l;

	if (u == -2)
		u = trie_match(lex.after, "平米", 6, 0, &l);
	return u;
}

/* Whether unit u is 平, a draw in a record and an area in estate talk. */
static int
draw_or_area(int u)
{
	return lex.units[u].record_only && same_unit(lex.units[u].name, "平");
}

/* How many units may follow a rate's slash: 立方米/月·户. */
enum { PER_MAX = 2 };

/*
 * A unit a rate is counted in at s[j], its length to *len, or -1: a
 * length of time (月 too: 立方米/月), a measure or a classifier; no word
 * that is a unit after digits only (元/度 is no temperature).
 */
static int
per_unit_at(const char *s, size_t n, size_t j, size_t *len)
{
	int u = more_than_unit(s, n, j, len);
	const struct unit *unit;

	if (u >= 0 || (u = trie_match(lex.after_slash, s, n, j, len)) >= 0)
		return u;
	if ((u = trie_match(lex.after, s, n, j, len)) < 0)
		return -1;
	if (draw_or_area(u))	/* 1.86万/平 */
		return square_metre();
	unit = &lex.units[u];
	return (unit->kind == K_MEASURE || unit->kind == K_COUNT) &&
	    unit->scale == 0 && !unit->digits_only && !unit->index_only ? u :
	    -1;
}

/*
 * A power of ten a rate is counted per, at s[*k] (156.3mg/100ml, 12克/100克):
 * 10, 100 or 1000 before a unit, stepped over; else 0.
 */
static int
per_count_at(const char *s, size_t n, size_t *k)
{
	size_t j = *k;
	int v = 0;

	while (j < n && j - *k < 4 && is_ascii_digit((unsigned char)s[j]))
		v = v * 10 + (s[j++] - '0');
	if ((v != 10 && v != 100 && v != 1000) || (j < n &&
	    is_ascii_digit((unsigned char)s[j])))
		return 0;
	*k = j;
	return v;
}

/* A slash, half or full width: 元/吨, 元／吨. */
static int
slash(uint32_t c)
{
	return c == '/' || c == U'／';
}

/* Whether c writes "per" between units: 元/平方米, 立方米/月·户. */
static int
per_mark(uint32_t c)
{
	return slash(c) || c == U'·' || c == U'・';
}

/*
 * The stages of mention_at.  A stage returns GO_ON while the mention is
 * not settled, else what mention_at returns: 1 with *m filled, or 0
 * (GO_ON is no negative number, which compilers take for a rare error).
 * mention_at is numextract's hottest function: its stages are inlined
 * whatever the compiler's size limits, so that the struct carrying the
 * mention stays in registers and naming them costs nothing.
 */
enum { GO_ON = 2 };
#define STAGE	static inline __attribute__((always_inline))

/* The mention being built, carried through the stages. */
struct build {
	const char	*s;
	size_t		 n, lo, i;	/* as for mention_at */
	uint32_t	 c;		/* the character at i ... */
	size_t		 clen;		/* ... and its length */
	struct mention	*m;
	size_t		*next;
	struct numeral	*num;		/* the numeral at i */
	struct numeral	*num2;		/* a range's high end, when have2 */
	int		 have2, neg2;	/* neg2: the high end has its sign */
	size_t		 start, j;	/* where the mention starts and ends */
	int		 u;		/* its unit, or -1 */
	int		 fraction;	/* 三分之一 */
	const char	*cur_before;	/* a currency named before it */
	int		 per[PER_MAX];	/* a rate's units after the slash */
	int		 per_count[PER_MAX];	/* 100 of mg/100ml, or 0 */
	int		 size_side;	/* a side of a size: 1449 of 1449×832毫米 */
	int		 nper;
};

/*
 * 高于1.5的警戒线, 低于2‰的年度控制目标: a value that a bound before it
 * holds against a line named after 的 is that line's, no bound; the
 * bound's word leaves the span.  The value starts at b->i, a numeral's
 * or a special form's (百分之五十), which has none parsed.
 */
static void
held_against_line(struct build *b)
{
	struct mention *m = b->m;
	size_t j = m->end, blen, l;
	int k;

	if (m->qual == Q_NONE || m->qual == Q_APPROX || m->start >= b->i ||
	    !text_at(b->s, b->n, j, "的", &l) ||
	    trie_match_back(lex.qual_before, b->s, m->start, b->i,
	    &blen) < 0 || m->start + blen != b->i)
		return;
	for (j += l, k = 0; k < REFERENCE_REACH && j < b->n; k++, j += 3) {
		if (trie_match(lex.references, b->s, b->n, j, &l) >= 0) {
			m->start = b->i;
			m->qual = Q_NONE;
			return;
		}
		if (j + 3 > b->n ||
		    !utf8_is_han3((const unsigned char *)b->s + j))
			return;
	}
}

/*
 * A share quoted whole, its bound with it (县财力的“八成以上”用于民生):
 * the marks set a figure off, not a name.
 */
static int
quoted_share(const char *s, size_t n, const struct mention *m)
{
	size_t l;

	return m->kind == K_PERCENT && m->qual != Q_NONE && m->start >= 3 &&
	    memcmp(s + m->start - 3, "“", 3) == 0 &&
	    text_at(s, n, m->end, "”", &l);
}

/*
 * A figure in digits with its unit quoted whole (跑出“6分”, “3秒”): the
 * marks set a figure off, where a slogan counts in 个 (“三个代表”).
 */
static int
quoted_figure(const char *s, const struct mention *m)
{
	size_t k;

	if (m->unit == NULL || *m->unit == '\0' || same_unit(m->unit, "个") ||
	    (m->kind != K_COUNT && m->kind != K_MEASURE &&
	    m->kind != K_DURATION))
		return 0;
	for (k = m->start; k < m->end; k++)
		if (is_ascii_digit((unsigned char)s[k]))
			return 1;
	return 0;
}

/* Whether a length at s[start] counts from a time: 前10日, 后30日, 第3年. */
static int
counted_from_time(const char *s, size_t lo, size_t start)
{
	size_t l;

	return text_before(s, lo, start, "前", &l) ||
	    text_before(s, lo, start, "后", &l) ||
	    text_before(s, lo, start, "第", &l) ||
	    text_before(s, lo, start, "满", &l);
}

/* The qualifier after the quantity (以上, 左右), with the one before. */
STAGE int
qualify(struct build *b)
{
	struct mention *m = b->m;
	enum qual after = Q_NONE;
	size_t blen, l;
	int q;

	/*
	 * A bare number too: 警戒线1.5以下; but 第2号（以下简称…) is no
	 * bound, nor is 起 after a bare number or a length counted from a
	 * time (投票日前10日起, 出院后30日起: from then on; 租期3年起 is at
	 * least).
	 */
	if ((q = qual_after_at(b->s, b->n, m->end, m->kind, &blen)) > Q_NONE &&
	    !((m->kind == K_NUMBER || (m->kind == K_DURATION &&
	    counted_from_time(b->s, b->lo, m->start))) && q == Q_GE &&
	    text_at(b->s, b->n, m->end, "起", &l)) &&
	    !text_at(b->s, b->n, m->end, "以下简称", &l) &&
	    !text_at(b->s, b->n, m->end, "以下称", &l)) {
		after = q;
		m->end += blen;
		*b->next = m->end;
	}
	m->qual = combine(m->qual, after);
	held_against_line(b);
	/* 周边3公里范围内: within so far around, 范围 out of the span. */
	if (m->qual == Q_NONE && m->kind == K_MEASURE &&
	    text_at(b->s, b->n, m->end, "范围内", &l))
		m->qual = Q_LE;
	/*
	 * “十四五”, “双11”: a short quote names; an amount of money in it
	 * is still one (“借1万元每天只需5元”, an advert's claim quoted).
	 */
	if (m->kind != K_MONEY &&
	    in_short_quote(b->s, b->n, m->start, m->end) &&
	    !quoted_share(b->s, b->n, m) && !quoted_figure(b->s, m))
		return as_id(m, m->start, m->end, b->next);
	return 1;
}

/*
 * The payload of the nearest word of t (a backwards trie) that ends at j
 * or up to reach Han characters before it, or -1: the words between a
 * hedge or a word of money and what it tells of.  Payloads under least
 * (a blocker's) are passed over.
 */
static inline __attribute__((always_inline)) int
word_over_han(struct trie *t, const char *s, size_t lo, size_t j, int reach,
    int least)
{
	size_t blen;
	int k, q;

	for (k = 0; j >= lo + 3; k++, j -= 3) {
		if ((q = trie_match_back(t, s, lo, j, &blen)) >= least)
			return q;
		if (k == reach || !utf8_is_han3((const unsigned char *)s + j - 3))
			break;
	}
	return -1;
}

/* Characters of a share's base a hedge may stand before: 转正工资. */
enum { BASE_REACH = 11 };

/*
 * 不低于转正工资的80%, 约为日常业务量的1.5倍: a hedge of qualifiers.tsv's
 * "base" rows before the base of a share (Han characters ending with 的,
 * or without it for a bound: 不少于总建筑面积5%)
 * bounds the share, a percent, a multiple or a fraction, out of the span.
 */
STAGE void
hedge_over_base(struct build *b, size_t start)
{
	int q, of;

	if (b->m->qual != Q_NONE || start < b->lo + 6 ||
	    !(b->m->kind == K_PERCENT || b->m->kind == K_MULTIPLE ||
	    b->fraction))
		return;
	of = memcmp(b->s + start - 3, "的", 3) == 0;
	/*
	 * Without 的, a bound only, before a noun: 不少于总建筑面积5% (an
	 * approximation there may be of the time before: 近年来增长5%).
	 */
	if ((q = word_over_han(lex.qual_base, b->s, b->lo, of ? start - 3 :
	    start, BASE_REACH, Q_NONE + 1)) >= 0 && (of || q == Q_GE ||
	    q == Q_LE))
		b->m->qual = (enum qual)q;
}

/*
 * 俩 and 仨, speech's two and three of a thing, hold their classifier:
 * 来了俩师傅 is 2 个, 用了仨月 3 months.  Before a unit or in a numeral
 * they are digits (俩人, 倆千两百), and the grammar reads them so.
 */
static int
pair_at(struct build *b)
{
	const char *s = b->s, *cur = NULL;
	size_t j = b->i + b->clen, l;
	enum kind kind = K_COUNT;
	const char *unit = "个";
	int v;

	if (text_at(s, b->n, j, "月", &l)) {
		kind = K_DURATION;
		unit = "month";
		j += l;
	} else if (trie_match(lex.after, s, b->n, j, &l) >= 0 ||
	    (j < b->n && numeral_class(utf8_get(s, b->n, j, &l), &v)))
		return GO_ON;
	init(b->m, b->i, j, kind);
	dec_from_uint(&b->m->lo, b->c == U'仨' ? 3 : 2);
	b->m->unit = unit;
	b->m->start = look_back(s, b->lo, b->i, b->m, &cur);
	*b->next = j;
	return qualify(b);
}

/* The forms that are no plain numeral: 首季, 第N, 半年, 百分之N, dates. */
STAGE int
special_form(struct build *b)
{
	const char *s = b->s, *cur = NULL;
	size_t n = b->n, i = b->i, ps, pe, l;
	struct datespan ds;

	if (b->c == U'首')
		return first_quarter_at(s, n, i, b->m, b->next);
	if (in_negative_phrase(s, n, b->lo, i, &ps, &pe)) {
		return as_id(b->m, ps, pe, b->next);
	}
	if ((is_ascii_digit(b->c) || b->c == U'第') &&
	    ((pe = decree_number_end(s, n, b->lo, i)) > 0 ||
	    (pe = law_number_end(s, n, i)) > 0))
		return as_id(b->m, i, pe, b->next);
	if (b->c == U'俩' || b->c == U'倆' || b->c == U'仨')
		return pair_at(b);
	if (b->c == U'第')
		return ordinal_at(s, n, i, b->clen, b->m, b->next);
	if (b->c == U'半')
		return half_at(s, n, b->lo, i, b->m, b->next);
	if ((b->c == U'百' || b->c == U'千' || b->c == U'万' ||
	    b->c == U'萬') && fraction_percent_at(s, n, i, b->m, b->next)) {
		b->m->start = look_back(s, b->lo, i, b->m, &cur);
		hedge_over_base(b, b->m->start);
		return qualify(b);
	}
	/* 零下 is the sign of the number after it (see signed_start). */
	if (b->c == U'零' && text_at(s, n, i, "零下", &l)) {
		*b->next = i + l;
		return 0;
	}
	if (is_ascii_digit(b->c) && elapsed_minutes(s, n, b->lo, i, b->m,
	    b->next))
		return qualify(b);
	if ((is_ascii_digit(b->c) || is_wide_digit(b->c)) &&
	    date_at_digits(s, n, i, &ds) && !score_pair(s, n, b->lo, i, &ds)) {
		if (in_short_quote(s, n, i, ds.end))
			return as_id(b->m, i, ds.end, b->next);
		if (finishing_time(s, n, i, &ds, b->m, b->next))
			return qualify(b);
		return as_date(b->m, s, n, date_day_part(s, b->lo, i, &ds), &ds,
		    b->next);
	}
	return GO_ON;
}

/*
 * Whether s[i] is where a list's marker stands: the line's start, or
 * after a colon or a sentence's end, spaces apart.
 */
static int
marker_place(const char *s, size_t lo, size_t i)
{
	size_t l;

	while (i > lo && s[i - 1] == ' ')
		i--;
	return i == lo || text_before(s, lo, i, "：", &l) ||
	    text_before(s, lo, i, "；", &l) || text_before(s, lo, i, "。", &l) ||
	    s[i - 1] == ':' || s[i - 1] == ';';
}

/*
 * Whether the numeral at i marks an item of a list: one or two digits
 * with . or 、 after, then words, at the line's start or after a colon or
 * a sentence's end (1. 许安然 4分41秒07；2. 郑可欣 …; 注：1.文中…。2.规模…).
 * 3、5个 lists two numbers, and 1.5 is none; 六、 before digits is one.
 */
static int
list_marker(const char *s, size_t n, size_t lo, size_t i,
    const struct numeral *num)
{
	size_t j = num->end, l;

	/* 六、70周岁以上: a Chinese marker before digits is no list's item. */
	if (!num->arabic && !num->point && !num->ranged &&
	    dec_to_small(&num->lo, 100) > 0 && text_at(s, n, j, "、", &l) &&
	    j + l < n && (is_ascii_digit((unsigned char)s[j + l]) ||
	    is_wide_digit(utf8_get(s, n, j + l, &l))))
		return marker_place(s, lo, i);
	if (!num->arabic || num->point || num->separators ||
	    num->int_digits > 2 || num->end - i != (size_t)num->int_digits)
		return 0;
	if (j < n && s[j] == '.')
		j++;
	else if (!text_at(s, n, j, "、", &l) && !text_at(s, n, j, "．", &l))
		return 0;
	else
		j += l;
	while (j < n && s[j] == ' ')
		j++;
	if (j >= n || !(uclass(utf8_get(s, n, j, &l)) & UC_HAN))
		return 0;
	return marker_place(s, lo, i);
}

/*
 * The numeral at i, unless it is a list marker, a code or a route; a
 * fraction (三分之一) is a quantity already.
 */
STAGE int
numeral_here(struct build *b)
{
	struct numeral *num = b->num;
	struct datespan ds;
	const char *s = b->s, *dot, *cur = NULL;
	size_t n = b->n, i = b->i, l;
	int kind;

	if (!numeral_parse(s, n, i, num))
		return 0;
	*b->next = num->end > i ? num->end : i + b->clen;
	if (num->bad)
		return as_id(b->m, i, num->end, b->next);
	/* 2.10月27日: a list marker before a date, no decimal. */
	if (num->point && num->arabic && text_at(s, n, num->end, "月", &l)) {
		dot = memchr(s + i, '.', num->end - i);
		*b->next = dot != NULL ? (size_t)(dot - s) + 1 : num->end;
		return 0;
	}
	if (list_marker(s, n, b->lo, i, num))
		return 0;
	if (slash_fraction(s, n, num) < 0)
		return as_id(b->m, i, num->end, b->next);
	if (fraction_at(s, n, num, b->m, b->next) ||
	    one_half_at(s, n, num, b->m, b->next)) {
		b->fraction = 1;
		b->m->start = look_back(s, b->lo, i, b->m, &cur);
		hedge_over_base(b, b->m->start);
		return qualify(b);
	}
	if (plus_joined(s, n, b->lo, i, num->end))
		return as_id(b->m, i, joined_run_end(s, n, num->end), b->next);
	if ((l = schedule_end(s, n, num)) > 0 ||
	    (l = relay_legs_end(s, n, num)) > 0)
		return as_id(b->m, i, l, b->next);
	/*
	 * 电话2123 4567 is a code; 电话126部, 设备300余台 count, and 合约3月
	 * is a date.
	 */
	if (num->arabic && after_code_word(s, b->lo, i) &&
	    unit_kind_at(s, n, num->end) < 0 &&
	    !date_after_numeral(s, n, num, NULL, &ds) &&
	    !(trie_match(lex.qual_mid, s, n, num->end, &l) >= 0 &&
	    unit_kind_at(s, n, num->end + l) >= 0))
		return as_id(b->m, i, code_list_end(s, n, i, num->end), b->next);
	b->start = i;
	/* 301毗芦线, 302张公线 are routes; 100瓦有线 is power. */
	if (num->plain && num->int_digits >= 3 &&
	    route_name_after(s, n, num->end) &&
	    ((kind = unit_kind_at(s, n, num->end)) < 0 || kind == K_COUNT))
		return as_id(b->m, i, num->end, b->next);
	return GO_ON;
}

/* A range: 3-5亿元, 3至5亿元, 五到六个; 1至3月 and 7月12日至13日. */
STAGE int
range_here(struct build *b)
{
	const struct numeral *num = b->num, *num2 = b->num2;
	const char *s = b->s;
	size_t n = b->n, j = num->end, sep, l;
	int neg2;

	if ((sep = range_sep_at(s, n, j)) == 0 ||
	    !numeral_parse(s, n, second_end(s, n, j, sep, &neg2), b->num2) ||
	    num2->bad || num->ranged || num2->ranged ||
	    (!num2->arabic && s[j + sep] == ' '))
		return GO_ON;
	/* 统一到1912年: a year ends no range from a number that is none. */
	if (year_like(num2) && !year_like(num) &&
	    text_at(s, n, num2->end, "年", &l))
		return GO_ON;
	/* 1-2-3 and 2023-023 are codes, not ranges. */
	if (num->arabic && text_at(s, n, j, "-", &l) &&
	    ((num2->end < n && utf8_get(s, n, num2->end, &l) == '-') ||
	    num2->leading_zero))
		return as_id(b->m, b->i, joined_run_end(s, n, b->i), b->next);
	b->have2 = 1;
	b->neg2 = neg2;
	return GO_ON;
}

/* A date of a numeral and what follows it, ds: 3月, 前三季度, 民国108年. */
STAGE int
numeral_date(struct build *b, struct datespan *ds)
{
	const char *s = b->s, *cur = NULL;
	size_t n = b->n, lo = b->lo, start = b->start, l;

	if (in_short_quote(s, n, start, ds->end))
		return as_id(b->m, start, ds->end, b->next);
	if ((days_counted(s, n, lo, start, ds) ||
	    years_counted(s, n, lo, start, ds)) &&
	    as_length(s, n, b->m, start, b->num, ds->end, b->next)) {
		b->m->start = look_back(s, lo, start, b->m, &cur);
		return qualify(b);
	}
	/* 前三季度, 前11月: the quarters or months from the first. */
	if (!ds->ranged && (ds->lo.q >= 2 || (ds->lo.m >= 2 &&
	    ds->lo.d < 0)) && (text_before(s, lo, start, "前", &l) ||
	    text_before(s, lo, start, "首", &l))) {
		ds->hi = ds->lo;
		if (ds->lo.q >= 2)
			ds->lo.q = 1;
		else
			ds->lo.m = 1;
		ds->ranged = 1;
		start -= l;
	}
	/* 民国108年, 中华民国114年: the era's name is part of the year. */
	if (ds->lo.y > 1911 && text_before(s, lo, start, "民国", &l)) {
		start -= l;
		if (text_before(s, lo, start, "中华", &l))
			start -= l;
	}
	return as_date(b->m, s, n, date_day_part(s, lo, start, ds), ds, b->next);
}

/* Whether 年 or 世 follows at s[j], as a date of an era needs. */
static inline int
era_may_follow(const char *s, size_t n, size_t j)
{
	return j + 3 <= n && (memcmp(s + j, "年", 3) == 0 ||
	    memcmp(s + j, "世", 3) == 0);
}

/* How far back in its clause an index's name is looked for. */
enum { INDEX_NAME_REACH = 20 };

/*
 * Whether an index's name stands in the clause before s[j], past lo (the
 * end of the mention before): 恒指升.
 */
static int
index_name_before(const char *s, size_t lo, size_t j)
{
	size_t l, blen;
	int k;

	for (k = 0; k < INDEX_NAME_REACH && j > lo; k++, j -= l) {
		if (trie_match_back(lex.index_names, s, lo, j, &blen) >= 0)
			return 1;
		if (clause_mark(utf8_prev(s, j, &l)))
			return 0;
	}
	return 0;
}

/* An index's name or a word before its level stands before the number. */
static int
index_word_before(const struct build *b)
{
	size_t at = b->i, blen, l;
	int q;

	if ((q = trie_match_back(lex.qual_before, b->s, b->lo, at, &blen)) >
	    Q_NONE && q < QUAL_APART)
		at -= blen;
	if (trie_match_back(lex.index_names, b->s, b->lo, at, &blen) >= 0)
		return 1;
	if (trie_match_back(lex.index_words, b->s, b->lo, at, &blen) < 0)
		return 0;
	utf8_prev(b->s, at, &l);
	return blen > l || index_name_before(b->s, b->lo, at - blen);
}

/*
 * （1832—1900） after a name: a life's or a reign's years in brackets,
 * two years of four digits in order, alone there.
 */
static int
years_in_brackets(const struct build *b, struct datespan *ds)
{
	const struct numeral *a = b->num, *z = b->num2;
	size_t o, c, l;
	long long y1, y2;

	if (!a->plain || !z->plain || a->int_digits != 4 ||
	    z->int_digits != 4 || (y1 = dec_to_small(&a->lo, 2100)) < 1000 ||
	    (y2 = dec_to_small(&z->lo, 2100)) <= y1 ||
	    !text_before(b->s, b->lo, a->start, "(", &o) ||
	    !text_at(b->s, b->n, z->end, ")", &c) || a->start - o <= b->lo ||
	    !(uclass(utf8_prev(b->s, a->start - o, &l)) & UC_HAN))
		return 0;
	timex_clear(&ds->lo);
	ds->lo.y = (int)y1;
	ds->hi = ds->lo;
	ds->hi.y = (int)y2;
	ds->ranged = 1;
	ds->is_time = 0;
	ds->end = z->end;
	return 1;
}

/* The numeral or the range as a date: 3月, 1至3月, 2018、2019年. */
STAGE int
date_here(struct build *b)
{
	struct datespan ds;
	size_t l;
	int era;

	if (b->have2 && !b->neg2 && years_in_brackets(b, &ds))
		return as_date(b->m, b->s, b->n, b->start, &ds, b->next);
	if (b->have2 && !b->neg2 &&
	    date_after_numeral(b->s, b->n, b->num2, b->num, &ds)) {
		/* 出发前15至29日: so many days before it, a length. */
		if (days_counted(b->s, b->n, b->lo, b->start, &ds) &&
		    as_length(b->s, b->n, b->m, b->start, b->num2, ds.end,
		    b->next)) {
			b->m->lo = b->num->lo;
			b->m->hi = b->num2->lo;
			b->m->ranged = 1;
			return qualify(b);
		}
		return as_date(b->m, b->s, b->n, b->start, &ds, b->next);
	}
	if (!b->have2 && era_may_follow(b->s, b->n, b->num->end) &&
	    (era = date_era(b->s, b->n, b->lo, b->num, &ds, &b->start)) != 0) {
		if (era < 0)
			return as_id(b->m, b->start, b->num->end, b->next);
		as_date(b->m, b->s, b->n, b->start, &ds, b->next);
		b->m->start = hedge_before_word(b->s, b->lo, b->start, b->m,
		    Q_APPROX);
		return 1;
	}
	/* 恒指升12点至18点: an index's points, though they read as hours. */
	if (date_after_numeral(b->s, b->n, b->num, NULL, &ds) &&
	    !(ds.is_time && text_at(b->s, b->n, b->num->end, "点", &l) &&
	    index_word_before(b)))
		return numeral_date(b, &ds);
	if (!b->have2 && (year_before_year(b->s, b->n, b->num, &ds) ||
	    month_before_month(b->s, b->n, b->num, &ds)))
		return as_date(b->m, b->s, b->n, b->start, &ds, b->next);
	return GO_ON;
}

/*
 * The number's value, a range's when the high end is above the low one
 * or signed; the low end takes the high one's multiplier (3-5亿).
 */
STAGE void
number_value(struct build *b)
{
	struct mention *m = b->m;
	struct numeral *num = b->num, *num2 = b->num2;
	struct dec lo1;

	init(m, b->start, num->end, K_NUMBER);
	m->lo = num->lo;
	m->hi = num->hi;
	m->ranged = num->ranged;
	if (!b->have2)
		return;
	lo1 = num->lo;
	if (num->ntok == 1 && num2->scale > 0 && dec_cmp(&lo1, &num2->base) < 0)
		dec_shift(&lo1, num2->scale);
	num2->lo.neg = b->neg2 && !dec_is_zero(&num2->lo);
	/* -2～1℃: a minus before the low end is its own, so it is lower. */
	if (b->neg2 || minus_before(b->s, b->lo, b->start) ||
	    dec_cmp(&lo1, &num2->lo) < 0) {
		m->lo = lo1;
		m->hi = num2->lo;
		m->ranged = 1;
		m->end = num2->end;
		num->chinese |= num2->chinese;
		num->arabic |= num2->arabic;
	}
}

/*
 * 40多个, 2000余元, 一千多万: more than, a multiplier may follow; 十来万,
 * 二十来岁: about, after tens or more in round figures (一来方便 is none);
 * 千把块: about, after a multiplier alone.
 */
/* Whether the numeral is 百, 千 or 万 alone (千把块). */
static int
multiplier_alone(const struct build *b)
{
	uint32_t c;
	size_t l;

	if (b->j - b->i != 3)
		return 0;
	c = utf8_get(b->s, b->n, b->i, &l);
	return c == U'百' || c == U'千' || c == U'万' || c == U'萬';
}

STAGE void
mid_qualifier(struct build *b)
{
	size_t j = b->j, k, blen, l;
	int q, pow;
	long v;

	if ((q = trie_match(lex.qual_mid, b->s, b->n, j, &blen)) < 0 ||
	    b->m->ranged)
		return;
	if ((q & QUAL_ROUND) && ((v = (long)dec_to_small(&b->m->lo,
	    999999999)) < 10 || v % 10 != 0 || !dec_is_integer(&b->m->lo)))
		return;
	if ((q & QUAL_BARE) && !multiplier_alone(b))
		return;
	k = late_multiplier(b->s, b->n, j + blen, &pow);
	if (k > j + blen || trie_match(lex.after, b->s, b->n, k, &l) >= 0) {
		b->m->qual = qual_of(q);
		dec_shift(&b->m->lo, pow);
		/*
		 * 十来万 is as big as 十万, 二十多万 as 二十万: a multiplier's
		 * amount.
		 */
		if (pow > 0)
			b->num->has_big = b->num->big_unit = 1;
		b->j = k;
	}
}

/*
 * 1分多钟, 30秒多钟: more than so many minutes or seconds, 多 inside
 * the unit.  Returns the unit (b->j is past it then), or -1.
 */
static int
more_inside_unit(struct build *b)
{
	static const char *const forms[][2] = {
	    { "分多钟", "分钟" }, { "秒多钟", "秒钟" } };
	size_t i, l, blen;
	int u;

	/* 分 and 秒 lead with 0xe5 and 0xe7: most units are passed at once. */
	if (b->m->qual != Q_NONE || b->j + 9 > b->n ||
	    ((unsigned char)b->s[b->j] != 0xe5 &&
	    (unsigned char)b->s[b->j] != 0xe7))
		return -1;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		if (!text_at(b->s, b->n, b->j, forms[i][0], &l) ||
		    (u = trie_match(lex.after, forms[i][1],
		    strlen(forms[i][1]), 0, &blen)) < 0)
			continue;
		b->m->qual = Q_GT;
		b->j += l;
		return u;
	}
	return -1;
}

/*
 * 一个多小时, 两个多月, 1分多钟: more than; 一个半小时: and a half.  Returns the
 * unit 个多 or 个半 takes (b->j is past it then), or -1.
 */
STAGE int
more_or_half(struct build *b)
{
	const char *s = b->s;
	size_t n = b->n, j = b->j, l, blen;
	int u, u_more = -1;

	if (!text_at(s, n, j, "个", &l))
		return more_inside_unit(b);
	if (text_at(s, n, j, "个多", &l) && b->m->qual == Q_NONE &&
	    (u = more_than_unit(s, n, j + l, &blen)) >= 0) {
		b->m->qual = Q_GT;
		j += l + blen;
		u_more = u;
	}
	if (text_at(s, n, j, "个半", &l) &&
	    (u = more_than_unit(s, n, j + l, &blen)) >= 0) {
		add_half(&b->m->lo);
		j += l + blen;
		u_more = u;
	}
	b->j = j;
	return u_more;
}

/*
 * Whether the number is a stock index's level, so 点 after it counts
 * points, not hours: in digits a decimal, thousands or more than 24 (一点
 * 一点 is little by little), or after an index's name or a word of
 * index_words.txt (收于12点), a qualifier between (涨逾5点).  A word of
 * one character (开, 降) may say other things: an index's name must come
 * earlier (恒指升12点, not 商场开10点关门).
 */
STAGE int
index_level(const struct build *b)
{
	struct dec hours;

	dec_from_uint(&hours, 24);
	if (b->num->arabic && (b->num->point || b->num->separators ||
	    dec_cmp(&b->m->lo, &hours) > 0))
		return 1;
	return index_word_before(b);
}

/* Whether the unit at j, of a record, is the whole of it. */
static int
record_unit_at(const char *s, size_t n, size_t j, size_t len)
{
	size_t blen;
	int u = trie_match(lex.after, s, n, j, &blen);

	return u >= 0 && blen == len && lex.units[u].record_only;
}

/*
 * Whether unit u, blen bytes at b->j, stands in a record of counts: a
 * number follows it (15胜5平) or one of the record's units ends just
 * before the number (5平2负), or it is what a verb before says was won
 * (夺得3金).  Alone, 胜 after a score (3比1胜) is none.
 */
static int
in_record(const struct build *b, size_t blen)
{
	size_t l;

	if (number_starts_at(b->s, b->n, b->j + blen))
		return 1;
	/* 夺得3金, 拿下5胜: what is won, counted alone. */
	if (trie_match_back(lex.won_words, b->s, b->lo, b->start, &l) >= 0)
		return 1;
	if (b->start == 0)	/* the record's last unit may end lo */
		return 0;
	utf8_prev(b->s, b->start, &l);
	return record_unit_at(b->s, b->n, b->start - l, l);
}

/*
 * Whether a word just after the unit, blen bytes at b->j, past a
 * qualifier, names it (五级以上地震, 四级余震): one of unit_contexts.tsv
 * marked "after" (三度降温 is thrice).
 */
static int
named_after(const struct build *b, int u, size_t blen)
{
	size_t j = b->j + blen, l;

	if (qual_after_at(b->s, b->n, j, K_MEASURE, &l) != Q_NONE)
		j += l;
	return context_for(trie_match(lex.naming_after, b->s, b->n, j, &l),
	    lex.units[u].name) >= 0;
}

/*
 * Whether a unit written only after Arabic digits, blen bytes at b->j,
 * may follow this Chinese numeral: a word earlier in the clause names it
 * (气温下降六七度) or one just after it does (五级以上地震), and the
 * numeral is no lone 一 or 两, adverbs before it (气温一度跌破零度).
 */
STAGE int
named_in_clause(const struct build *b, int u, size_t blen)
{
	struct dec two;

	dec_from_uint(&two, 2);
	return (b->num->ranged || !b->num->one_char ||
	    dec_cmp(&b->num->lo, &two) > 0) &&
	    lex.units[u].in_context &&
	    (context_before(b->s, b->start, lex.units[u].name) >= 0 ||
	    named_after(b, u, blen));
}

/*
 * Whether a word runs on at s[j], after a unit that ends its word: a Han
 * character that is no hedge and no 的 (两个油桶; 6个油左右 and 9个油的车
 * end there).
 */
static int
word_runs_on(const char *s, size_t n, size_t j)
{
	size_t l;

	return j < n && (uclass(utf8_get(s, n, j, &l)) & UC_HAN) &&
	    !text_at(s, n, j, "的", &l) &&
	    trie_match(lex.particles, s, n, j, &l) < 0 &&
	    qual_after_at(s, n, j, K_MEASURE, &l) == Q_NONE;
}

/* Whether Chinese numerals and a unit follow at s[j] (三百步, 五尺). */
static int
numerals_then_unit(const char *s, size_t n, size_t j)
{
	size_t k = j, l;
	int v;

	while (k < n && numeral_class(utf8_get(s, n, k, &l), &v) != NC_NONE)
		k += l;
	return k > j && unit_kind_at(s, n, k) >= 0;
}

/*
 * Whether a word runs on at s[j] after an old measure (三尺讲台, 七里香,
 * 十里八乡), not its next part (二丈五尺, 周四里三百步) or 路 or 地 (十里路).
 */
static int
runs_into_word(const char *s, size_t n, size_t j)
{
	size_t l;

	return word_runs_on(s, n, j) && !numerals_then_unit(s, n, j) &&
	    !text_at(s, n, j, "路", &l) && !text_at(s, n, j, "地", &l);
}

/*
 * Whether the unit s[u..j) is a verb: 到 or 至, 了 perhaps, and a number
 * follow, without the unit again (从1.2升到了1.6, not 1.5升到2升); or a
 * number and what it parts into (20万分36期, 分两年还清).
 */
static int
verb_to_number(const char *s, size_t n, size_t u, size_t j)
{
	static const char *const parts[] = {
		"期", "次", "批", "笔", "年", "个月", "天", "步", "段", NULL
	};
	size_t len = j - u, l, k;
	int to = 0, v, i;

	if (text_at(s, n, j, "到", &l) || text_at(s, n, j, "至", &l)) {
		j += l;
		to = 1;
		if (text_at(s, n, j, "了", &l))
			j += l;
	}
	for (k = j; k < n && (is_ascii_digit((unsigned char)s[k]) ||
	    s[k] == '.'); k++)
		;
	if (to)
		return k > j && (k + len > n || memcmp(s + k, s + u, len) != 0);
	while (k < n && numeral_class(utf8_get(s, n, k, &l), &v) != NC_NONE)
		k += l;
	for (i = 0; k > j && parts[i] != NULL; i++)
		if (text_at(s, n, k, parts[i], &l))
			return 1;
	return 0;
}

/* Whether x is a power of two from 8 to 4096: a size in bytes. */
static int
power_of_two(const struct dec *x)
{
	long long v = dec_is_integer(x) ? dec_to_small(x, 4096) : -1;

	return v >= 8 && (v & (v - 1)) == 0;
}

/*
 * Whether the numeral has a written point between Chinese digits (五．六,
 * 二·八六), as a measure is written, not 点 (三点五分 is a clock's).
 */
static int
written_point(const struct build *b)
{
	const char *s = b->s + b->num->start;
	size_t len = b->num->end - b->num->start;

	return b->num->point && (memmem(s, len, "．", 3) != NULL ||
	    memmem(s, len, "·", 2) != NULL || memmem(s, len, "・", 3) != NULL);
}

/*
 * Whether a length of time goes on at s[j] after 分: half a minute (三分
 * 半钟) or its seconds (五分三十秒).  After Chinese numerals 分 is then a
 * minute, where alone it is a score (五分) or a word (十分, very).
 */
static int
minute_goes_on(const char *s, size_t n, size_t j)
{
	struct numeral num;
	size_t l;
	int k;

	if (text_at(s, n, j, "半钟", &l))
		return 1;
	if (!numeral_parse(s, n, j, &num) || num.bad || num.ranged)
		return 0;
	k = trie_match(lex.after, s, n, num.end, &l);
	return k >= 0 && same_unit(lex.units[k].name, "second");
}

/*
 * Whether unit u, blen bytes at b->j, is none here: letters running on
 * (5min is, 5mint not), a word that is no unit or one only after a
 * rate's slash, one written only after Arabic digits (or a written
 * point) or an index's level
 * or not after a year (2020起), an old length running into a word after
 * Chinese numerals (三尺讲台), a digit that counts the unit after it
 * (500两只), tenths (成) of more than ten but a discount's two digits, a
 * record's unit out of a record, a verb before the number it goes to
 * (1.2升到了1.6), a small one after three digits (602室, a room's number),
 * one that a word must name and none does, a letter after a rate's slash
 * and digits (12kg/24h: its base).
 */
STAGE int
unit_refused(const struct build *b, int u, size_t blen)
{
	const struct unit *unit = &lex.units[u];
	const char *s = b->s;
	size_t j = b->j;

	return (blen > 0 && uclass_ascii_letter((unsigned char)s[j + blen - 1]) &&
	    j + blen < b->n && uclass_ascii_alnum((unsigned char)s[j + blen])) ||
	    unit->kind == K_NKINDS ||
	    (unit->digits_only && !b->num->arabic && !written_point(b) &&
	    !named_in_clause(b, u, blen) && !(same_unit(unit->name, "分") &&
	    minute_goes_on(s, b->n, j + blen))) ||
	    (unit->alone && !b->num->arabic &&
	    runs_into_word(s, b->n, j + blen)) ||
	    digit_counting_unit(s, b->n, j, blen) ||
	    (unit->index_only && !index_level(b)) ||
	    (unit->not_after_year && year_like(b->num)) ||
	    (unit->scale > 0 && !tenths(b->m) &&
	    !two_digit_percent(b->num, unit)) ||
	    (unit->record_only && !in_record(b, blen)) ||
	    (unit->verb && verb_to_number(s, b->n, j, j + blen)) ||
	    (unit->small && b->num->plain && b->num->int_digits >= 3) ||
	    (unit->binary && !power_of_two(&b->m->lo)) ||
	    (unit->named_only && context_before(s, b->start, unit->name) < 0 &&
	    !named_after(b, u, blen)) ||
	    (unit->digits_only && blen == 1 && b->num->start > b->lo &&
	    s[b->num->start - 1] == '/');
}

/*
 * The unit at b->j, its length to *blen, or -1; u_more is the one 个多
 * took.  The unit of the next number (六十万及十万人次) serves both: it
 * gives the kind and unit, but takes no bytes.
 */
STAGE int
unit_here(struct build *b, int u_more, size_t *blen)
{
	struct mention *m = b->m;
	int u = trie_match(lex.after, b->s, b->n, b->j, blen), u2, q;
	size_t l, end;

	/* 两个油桶: a unit that ends its word gives way to a shorter one. */
	if (u >= 0 && lex.units[u].word_end &&
	    word_runs_on(b->s, b->n, b->j + *blen))
		u = trie_match(lex.after, b->s, b->j + *blen - 1, b->j, blen);
	if (u_more >= 0) {
		u = u_more;	/* 个多 and the unit are behind j already */
		*blen = 0;
	}
	if (u < 0 && !m->ranged && (u = shared_unit(b->s, b->n, b->j)) >= 0) {
		m->kind = lex.units[u].kind;
		m->unit = lex.units[u].name;
		return -1;
	}
	/* A bound after the whole size bounds each side (150/90mmHg以下). */
	if (u < 0 && !m->ranged && b->num->arabic &&
	    (u = size_unit(b->s, b->n, b->num->start, b->j, &end)) >= 0) {
		m->kind = lex.units[u].kind;
		m->unit = lex.units[u].name;
		if ((q = qual_after_at(b->s, b->n, end, m->kind, &l)) > Q_NONE)
			m->qual = combine(m->qual, q);
		b->size_side = 1;
		return -1;
	}
	/*
	 * 89.6平的两居: out of a record, 平 after digits is square metres;
	 * not a tie (2比2平, 扳成107平) nor in a word (12315平台).
	 */
	if (u >= 0 && draw_or_area(u) && b->num->arabic && !m->ranged &&
	    !in_record(b, *blen) && !word_runs_on(b->s, b->n, b->j + *blen) &&
	    !text_before(b->s, b->lo, b->num->start, "比", &l) &&
	    !text_before(b->s, b->lo, b->num->start, "成", &l))
		u = square_metre();
	if (u >= 0 && unit_refused(b, u, *blen))
		return -1;
	/* 5.3个和4.1个百分点: the points are shared, 个 and all. */
	if (u >= 0 && !m->ranged && lex.units[u].kind == K_COUNT &&
	    same_unit(lex.units[u].name, "个") &&
	    (u2 = shared_unit(b->s, b->n, b->j + *blen)) >= 0 &&
	    lex.units[u2].kind == K_PERCENT) {
		m->kind = K_PERCENT;
		m->unit = lex.units[u2].name;
		b->j += *blen;
		return -1;
	}
	return u;
}

/*
 * Whether the 半 at s[j], after a measure or a count, starts a word
 * (5公里半程, 3米半径; half_words.txt) or half a measure of its own
 * (一只半斤左右的蟹), not half a unit more (两米半, 一斤半花蛤).
 */
static int
half_starts_word(const char *s, size_t n, size_t j)
{
	size_t l, blen;
	int u;

	if (trie_match(lex.half_words, s, n, j, &l) >= 0)
		return 1;
	utf8_get(s, n, j, &l);
	return (u = trie_match(lex.after, s, n, j + l, &blen)) >= 0 &&
	    lex.units[u].kind == K_MEASURE;
}

/*
 * 2令吉05仙, 3美元50美分: the cents written after a whole amount of a
 * currency, two digits at most, add to x.  Returns their end, or j.
 */
static size_t
cents_after(const char *s, size_t n, size_t j, struct dec *x)
{
	static const char *const cents[] = { "仙", "美分", "分", NULL };
	size_t k = j, l, l2;
	unsigned v = 0;
	int i;

	if (!dec_is_integer(x))
		return j;
	for (; k < n && k < j + 2 && is_ascii_digit((unsigned char)s[k]); k++)
		v = v * 10 + (unsigned)(s[k] - '0');
	if (k == j || (k < n && is_ascii_digit((unsigned char)s[k])))
		return j;
	for (i = 0; cents[i] != NULL; i++)
		if (text_at(s, n, k, cents[i], &l))
			break;
	/* 5美元1分钟 is no cent. */
	if (cents[i] == NULL || text_at(s, n, k + l, "钟", &l2))
		return j;
	add_scaled(x, v, -2);
	return k + l;
}

/* Unit u at b->j: kind, name and multiplier; 半 after it, 块五, 5%-8%. */
STAGE void
apply_unit(struct build *b, int u, size_t blen)
{
	struct mention *m = b->m;
	const char *s = b->s;
	size_t n = b->n, j = b->j + blen, l, l2, k;
	int v;

	m->kind = lex.units[u].kind;
	/* A rank has no unit (4楼). */
	m->unit = m->kind == K_ORDINAL ? "" : lex.units[u].name;
	if (text_at(s, n, j, "半", &l) && (m->kind == K_DURATION ||
	    lex.units[u].scale > 0 || ((m->kind == K_MEASURE ||
	    m->kind == K_COUNT) && !half_starts_word(s, n, j)))) {
		add_half(&m->lo);
		j += l;
		/* 3分半钟: minutes, a length of time. */
		if (same_unit(m->unit, "分") && text_at(s, n, j, "钟", &l)) {
			m->kind = K_DURATION;
			m->unit = "minute";
			j += l;
		}
	} else if (lex.units[u].scale > 0 && !m->ranged)
		j = tenth_after(s, n, j, &m->lo, ends_after_tenths);
	if (lex.units[u].scale != 0 && !two_digit_percent(b->num,
	    &lex.units[u])) {
		dec_shift(&m->lo, lex.units[u].scale);
		dec_shift(&m->hi, lex.units[u].scale);
	}
	/* 两块五, 1块1, 3块5毛: pieces have no dimes, so this is money. */
	if (fold_char(utf8_get(s, n, j - blen, &l)) == U'块' && l == blen) {
		if (!m->ranged && ((k = kuai_dimes(s, n, j, &m->lo)) > j ||
		    (k = kuai_dimes_pair(s, n, j, m)) > j)) {
			if (!m->ranged)
				m->hi = m->lo;
			m->kind = K_MONEY;
			m->unit = "*";
			j = k;
		}
		/*
		 * 几十万块: so many pieces are money; so are pieces for one
		 * of something (二三十块一斤).
		 */
		if (m->kind == K_COUNT && (b->num->has_big ||
		    per_one_unit(s, n, j))) {
			m->kind = K_MONEY;
			m->unit = "*";
		}
	}
	/* 6斤8两, 二丈五尺: a digit of the unit's tenth after it. */
	if (lex.units[u].tenth != NULL && !m->ranged &&
	    (v = one_digit_at(s, n, j, &l)) > 0 &&
	    text_at(s, n, j + l, lex.units[u].tenth, &l2)) {
		add_scaled(&m->lo, (unsigned)v, -1);
		j += l + l2;
	}
	if (m->kind == K_MONEY && !m->ranged && lex.units[u].scale == 0 &&
	    m->unit[0] == '*' && m->unit[1] == '\0')
		j = dimes_and_cents(s, n, j, &m->lo);
	else if (m->kind == K_MONEY && !m->ranged && lex.units[u].scale == 0)
		j = cents_after(s, n, j, &m->lo);
	else if (m->kind == K_MONEY && !m->ranged && lex.units[u].scale == -1)
		j = cents_after_dimes(s, n, j, &m->lo);
	if (!m->ranged)
		j = unit_range(s, n, j, m, u);
	b->j = j;
}

/*
 * A smaller part of time at s[j] after part p, whose count is before:
 * its count (less than p->per), the end of its unit to *end and the unit
 * to *u; or -1.  零 may stand before digits (1年零8个月; 零八 is a
 * numeral).
 */
static long long
smaller_part_at(const char *s, size_t n, size_t j, const struct time_part *p,
    long long before, size_t *end, int *u)
{
	struct numeral num;
	size_t blen, l;
	long long v;
	int k;

	if (text_at(s, n, j, "零", &l) && j + l < n &&
	    is_ascii_digit((unsigned char)s[j + l]))
		j += l;
	if (!numeral_parse(s, n, j, &num) || num.bad || num.ranged ||
	    (v = dec_to_small(&num.lo, p->per - 1)) < 0)
		return -1;
	/*
	 * 有期徒刑3年8月: a year's months as Taiwan's courts write them, after
	 * a year or more (零年贰月 is no length).
	 */
	if (same_unit(p->smaller, "month") && v > 0 && before > 0 &&
	    (k = bare_months_at(s, n, num.end, &blen)) >= 0) {
		*end = num.end + blen;
		*u = k;
		return v;
	}
	if ((k = trie_match(lex.after, s, n, num.end, &blen)) < 0)
		return -1;
	if (!same_unit(lex.units[k].name, p->smaller) &&
	    !(same_unit(p->smaller, "minute") &&
	    same_unit(lex.units[k].name, "分")))
		return -1;
	*end = num.end + blen;
	*u = k;
	return v;
}

/*
 * One digit or two at s[j] that are the tenths or hundredths of a sports
 * mark, a height or a temperature (4分08秒6, 9秒97, 1米8, 19米58, 38度5):
 * to *d; returns where they end, or j.  Not 3米50厘米, 100米10名 (a unit
 * follows), 28度5月 (a date), nor 5米123.
 */
static size_t
hundredths_at(const char *s, size_t n, size_t j, struct dec *d)
{
	size_t blen, k = j;

	while (k < n && k < j + 2 && is_ascii_digit((unsigned char)s[k]))
		k++;
	if (k == j || (k < n && (uclass_ascii_alnum((unsigned char)s[k]) ||
	    s[k] == '.' || trie_match(lex.after, s, n, k, &blen) >= 0 ||
	    text_at(s, n, k, "月", &blen) || text_at(s, n, k, "日", &blen))))
		return j;
	dec_parse(d, s + j, k - j);
	dec_shift(d, -(int)(k - j));
	return k;
}

/* Whether unit u is 岁, years of age, where a length in years is read. */
static int
years_of_age(int u, const char *first)
{
	return same_unit(lex.units[u].name, "岁") && same_unit(first, "year");
}

/*
 * 一年三个月至十四年, 2岁6个月至3岁: a length in parts, then the range's
 * other end in its first unit or its last; the range is of the last
 * (15..168 months).
 * Returns 1 with the mention that range.
 */
static int
compound_range_to(struct build *b, long long total, long long den,
    const char *first, const char *last)
{
	const struct time_part *p;
	struct numeral hi;
	size_t sep, l, e, end;
	long long v, x, dd = 1;
	int u, uu;

	if ((sep = range_sep_at(b->s, b->n, b->j)) == 0 ||
	    !numeral_parse(b->s, b->n, b->j + sep, &hi) || hi.ranged ||
	    (v = dec_to_small(&hi.lo, 1000000)) < 0 ||
	    (u = trie_match(lex.after, b->s, b->n, hi.end, &l)) < 0 ||
	    (lex.units[u].kind != K_DURATION && !years_of_age(u, first)))
		return 0;
	e = hi.end + l;
	if (same_unit(lex.units[u].name, first) || years_of_age(u, first)) {
		/* 至一年二个月: the high end's own parts. */
		for (p = time_part_of(first); p != NULL && (x = smaller_part_at(
		    b->s, b->n, e, p, v, &end, &uu)) >= 0;
		    p = time_part_of(p->smaller)) {
			v = v * p->per + x;
			dd *= p->per;
			e = end;
			first = p->smaller;
		}
		if (dd > den) {		/* 三年至一年二个月: months both */
			total *= dd / den;
			den = dd;
			last = first;
		}
		v *= den / dd;
	} else if (!same_unit(lex.units[u].name, last))
		return 0;
	/* 六年三个月至一年二个月不等: a span of lengths, from the top. */
	if (v < total && text_at(b->s, b->n, e, "不等", &l)) {
		x = v;
		v = total;
		total = x;
	} else if (v <= total)
		return 0;
	dec_from_uint(&b->m->lo, total);
	dec_from_uint(&b->m->hi, v);
	b->m->ranged = 1;
	b->m->unit = last;
	b->j = e;
	return 1;
}

/*
 * 八年六个月 is 102 months, 4分30秒 270 seconds, 2岁3个月 27 months of
 * age: a length of time and its smaller parts are one, in the smallest
 * unit, which is always exact (2小时24分18秒 8658 seconds); a mark's
 * hundredths after its seconds stay with them (14分52秒18 is 892.18).
 */
STAGE void
compound_duration(struct build *b)
{
	struct mention *m = b->m;
	const struct time_part *p;
	const char *first, *last;
	long long total, den = 1, v;
	size_t end, l, k;
	struct dec d;
	int u = -1;

	/* Most units have no number after them: look no further. */
	if ((m->kind != K_DURATION && (m->kind != K_COUNT ||
	    (!same_unit(m->unit, "分") && !same_unit(m->unit, "岁")))) ||
	    b->j >= b->n ||
	    (!mention_start_char(utf8_get(b->s, b->n, b->j, &l)) &&
	    (m->ranged || range_sep_at(b->s, b->n, b->j) == 0)) ||
	    (p = time_part_of(m->unit)) == NULL ||
	    (total = dec_to_small(m->ranged ? &m->hi : &m->lo, 1000000)) < 0)
		return;
	first = last = p->unit;
	for (; p != NULL && (v = smaller_part_at(b->s, b->n, b->j, p,
	    total, &end, &u)) >= 0; p = time_part_of(p->smaller)) {
		total = total * p->per + v;
		den *= p->per;
		last = p->smaller;
		b->j = end;
	}
	/* 三年至一年二个月不等: a range whose high end has parts. */
	if (last == first) {
		if (!m->ranged && m->kind == K_DURATION)
			compound_range_to(b, total, den, first, last);
		return;
	}
	m->kind = K_DURATION;
	/* 三年至七年二个月: a range of the smallest unit, 36..86 months. */
	if (m->ranged) {
		if (dec_mul_uint(&m->lo, (unsigned)den) == 0) {
			dec_from_uint(&m->hi, total);
			m->unit = last;
		}
		return;
	}
	if (compound_range_to(b, total, den, first, last))
		return;
	if (lex.units[u].hundredths &&
	    (k = hundredths_at(b->s, b->n, b->j, &d)) > b->j) {
		dec_from_uint(&m->lo, total);
		dec_add(&m->lo, &d);
		m->unit = last;
		b->j = k;
		return;
	}
	dec_from_uint(&m->lo, total);
	m->unit = last;
}

/*
 * 一米七五, 三十八度五, 九秒八: a Chinese whole number's tenths, or its
 * tenths and hundredths, in Chinese digits after the unit, when nothing
 * a number goes on with follows (一米五个, 三米三层 are two numbers).
 * To *d; returns where they end, or j.
 */
static size_t
chinese_hundredths_at(const char *s, size_t n, size_t j, struct dec *d)
{
	size_t k = j, l, blen;
	int v, i;

	dec_from_uint(d, 0);
	for (i = 1; i <= 2 && (v = one_digit_at(s, n, k, &l)) > 0 &&
	    l > 1; i++, k += l)
		add_scaled(d, (unsigned)v, -i);
	if (k == j || (k < n && (mention_start_char(utf8_get(s, n, k, &l)) ||
	    trie_match(lex.after, s, n, k, &blen) >= 0 ||
	    trie_match(lex.negatives, s, n, j, &blen) >= 0)))
		return j;
	return k;
}

/*
 * 9秒97, 19米58: a sports mark, two digits after the unit its hundredths;
 * after a mark in Chinese, its digits in Chinese (一米七五).
 */
STAGE void
hundredths_after(struct build *b)
{
	struct dec d;
	size_t k;

	if (!lex.units[b->u].hundredths || b->m->ranged || b->num->point)
		return;
	if (b->num->plain)
		k = hundredths_at(b->s, b->n, b->j, &d);
	else if (!b->num->arabic && !b->num->ranged)
		k = chinese_hundredths_at(b->s, b->n, b->j, &d);
	else
		return;
	if (k == b->j)
		return;
	dec_add(&b->m->lo, &d);
	b->j = k;
}

/*
 * 1年期, 3个月期: a loan's or a bond's term, 期 in the span; 3年期间 and
 * 5年期内 are the years themselves.
 */
STAGE void
term_after(struct build *b)
{
	size_t l, l2;

	if (b->m->kind == K_DURATION && text_at(b->s, b->n, b->j, "期", &l) &&
	    !text_at(b->s, b->n, b->j + l, "间", &l2) &&
	    !text_at(b->s, b->n, b->j + l, "内", &l2))
		b->j += l;
}

/*
 * 均价1.86万/平, 约300块/平: an amount with no unit, or pieces, for each
 * square metre is a price.
 */
static int
price_of_area(const struct build *b)
{
	size_t l, len;

	return (b->m->kind == K_NUMBER || (b->m->kind == K_COUNT &&
	    same_unit(b->m->unit, "块"))) && b->j < b->n &&
	    (b->s[b->j] == '/' || text_at(b->s, b->n, b->j, "／", &l)) &&
	    per_unit_at(b->s, b->n, b->j + (b->s[b->j] == '/' ? 1 : 3),
	    &len) == square_metre();
}

/*
 * 16610元/平方米, 1880元/股, 6立方米/月·户: an amount or a measure per a
 * unit, the slash and the units after it in the span (b->per), after its
 * unit or, for a price of area, none (1.86万/平); 元·月 is none, a slash
 * comes first.
 */
STAGE void
per_units(struct build *b)
{
	const char *s = b->s;
	size_t n = b->n, j = b->j, l, len, k;
	uint32_t c;
	int u, count;

	if (price_of_area(b)) {
		b->m->kind = K_MONEY;
		b->m->unit = "*";
	}
	if (b->m->kind != K_MONEY && b->m->kind != K_MEASURE)
		return;
	while (b->nper < PER_MAX && j < n && per_mark(c = utf8_get(s, n, j,
	    &l)) && (b->nper > 0 || slash(c))) {
		k = j + l;
		count = b->nper == 0 ? per_count_at(s, n, &k) : 0;
		if ((u = per_unit_at(s, n, k, &len)) < 0)
			break;
		b->per_count[b->nper] = count;
		b->per[b->nper++] = u;
		j = k + len;
	}
	b->j = j;
}

/*
 * M5.2地震, M3.0～3.9地震, M6.1级: a magnitude after the symbol M is in 级
 * (the scanner goes past the M only where one may be), M and all.
 */
static void
magnitude_after_m(struct build *b)
{
	struct mention *m = b->m;
	size_t l;

	if (b->start <= b->lo || b->s[b->start - 1] != 'M' || !b->num->point)
		return;
	if (b->u < 0 && text_at(b->s, b->n, b->j, "地震", &l)) {
		m->kind = K_MEASURE;
		m->unit = "级";
	}
	if (m->kind == K_MEASURE && same_unit(m->unit, "级"))
		b->start--;
}

/*
 * 芮氏規模5.8, 規模4至5的餘震: a bare number under ten after a word for
 * an earthquake's magnitude (magnitude_words.txt), in a line about an
 * earthquake, is in 级, the word and all.
 */
static void
magnitude_after_word(struct build *b)
{
	struct mention *m = b->m;
	struct dec ten;
	size_t at = b->start, l;

	if (m->kind != K_NUMBER || b->u >= 0 || at <= b->lo)
		return;
	if (b->s[at - 1] == ' ')
		at--;
	if (trie_match_back(lex.magnitude_words, b->s, b->lo, at, &l) < 0)
		return;
	dec_from_uint(&ten, 10);
	if (dec_cmp(&m->lo, &ten) >= 0 || (m->ranged && dec_cmp(&m->hi,
	    &ten) >= 0) || memmem(b->s, b->n, "震", strlen("震")) == NULL)
		return;
	m->kind = K_MEASURE;
	m->unit = "级";
	b->start = at - l;
}

/*
 * 转变温度约为42.5K: K after digits, with no unit, is a temperature in
 * kelvin where a word for temperature (unit_contexts.tsv's words that
 * name 度 one) stands earlier in the clause; else it is a thousand
 * (月薪8K) or a name (4K电视的温度).
 */
static void
kelvin_after(struct build *b)
{
	size_t j = b->j;
	int r;

	if (b->m->kind != K_NUMBER || b->u >= 0 || !b->num->arabic ||
	    j >= b->n || b->s[j] != 'K' ||
	    (j + 1 < b->n && uclass_ascii_alnum((unsigned char)b->s[j + 1])))
		return;
	r = context_before(b->s, b->start, "degC");
	if (r < 0 || !same_unit(lex.units[lex.contexts[r].to].name, "degC"))
		return;
	b->m->kind = K_MEASURE;
	b->m->unit = "K";
	b->j = j + 1;
}

/*
 * 5'33"/km, 5′48″: minutes and seconds marked by primes, a runner's pace
 * or a split, in seconds; per kilometre where /km or /公里 follows.
 */
static void
pace_after(struct build *b)
{
	const char *s = b->s;
	size_t j = b->j, k, l;
	long long min;
	int sec;

	if (b->m->kind != K_NUMBER || b->u >= 0 || b->m->ranged ||
	    !b->num->plain || j >= b->n ||
	    (min = dec_to_small(&b->m->lo, 99)) < 0)
		return;
	if (s[j] == '\'')
		k = j + 1;
	else if (text_at(s, b->n, j, "′", &l))
		k = j + l;
	else
		return;
	if ((sec = seconds_at(s, b->n, k)) < 0)
		return;
	k += 2;
	if (k < b->n && s[k] == '"')
		k++;
	else if (text_at(s, b->n, k, "″", &l))
		k += l;
	else
		return;
	dec_from_uint(&b->m->lo, (unsigned long long)(min * 60 + sec));
	b->m->hi = b->m->lo;
	b->m->kind = K_DURATION;
	b->m->unit = "second";
	if (text_at(s, b->n, k, "/km", &l) || text_at(s, b->n, k, "/公里", &l)) {
		b->m->unit = "second/km";
		k += l;
	}
	b->j = k;
}

/*
 * 3.6w人, 5k次: a letter for ten thousand or a thousand between digits and
 * a classifier, as posts write counts; kg, km and kW are units of their
 * own.
 */
static void
letter_multiplier(struct build *b)
{
	const char *s = b->s;
	size_t j = b->j, blen;
	int u, pow;

	if (!b->num->arabic || b->m->ranged || j + 1 >= b->n ||
	    trie_match(lex.after, s, b->n, j, &blen) >= 0)
		return;
	switch (s[j]) {
	case 'w': case 'W':
		pow = 4;
		break;
	case 'k': case 'K':
		pow = 3;
		break;
	default:
		return;
	}
	if ((u = trie_match(lex.after, s, b->n, j + 1, &blen)) < 0 ||
	    lex.units[u].kind != K_COUNT || uclass_ascii_letter((unsigned char)s[j + 1]))
		return;
	dec_shift(&b->m->lo, pow);
	dec_shift(&b->m->hi, pow);
	b->j = j + 1;
}

/*
 * 89.47/10万, 0.8/万: a rate per so many people, an incidence's or a
 * death rate's, is a share, exactly (89.47 in 100,000 is 0.08947 %).
 */
static void
rate_per_population(struct build *b)
{
	static const struct {
		const char	*base;
		int		 pow;
	} per[] = { { "10万", 5 }, { "十万", 5 }, { "100万", 6 },
	    { "百万", 6 }, { "1万", 4 }, { "万", 4 } };
	size_t j = b->j, l, k, blen;
	unsigned i;

	if (b->m->kind != K_NUMBER || !b->num->arabic || j >= b->n ||
	    !slash(utf8_get(b->s, b->n, j, &l)))
		return;
	j += l;
	for (i = 0; i < sizeof per / sizeof per[0]; i++) {
		if (!text_at(b->s, b->n, j, per[i].base, &l))
			continue;
		k = j + l;
		if (number_starts_at(b->s, b->n, k) ||
		    (k < b->n && uclass_ascii_alnum((unsigned char)b->s[k])) ||
		    (trie_match(lex.after, b->s, b->n, k, &blen) >= 0 &&
		    !text_at(b->s, b->n, k, "人", &blen)))
			return;
		b->m->kind = K_PERCENT;
		b->m->unit = "%";
		dec_shift(&b->m->lo, 2 - per[i].pow);
		dec_shift(&b->m->hi, 2 - per[i].pow);
		b->j = k;
		return;
	}
}

/* What follows the number: 多, the unit or classifier, 半. */
STAGE void
unit_stage(struct build *b)
{
	size_t blen;
	int u_more;

	b->j = b->m->end;
	mid_qualifier(b);
	/* 177.1 亿元: one space between an Arabic number and its unit. */
	if (b->num->arabic && b->j + 1 < b->n && b->s[b->j] == ' ' &&
	    trie_match(lex.after, b->s, b->n, b->j + 1, &blen) >= 0)
		b->j++;
	letter_multiplier(b);
	u_more = more_or_half(b);
	b->u = unit_here(b, u_more, &blen);
	if (b->u >= 0) {
		apply_unit(b, b->u, blen);
		compound_duration(b);
		hundredths_after(b);
		term_after(b);
	}
	per_units(b);
	rate_per_population(b);
	magnitude_after_m(b);
	magnitude_after_word(b);
	kelvin_after(b);
	pace_after(b);
	b->m->end = b->j;
}

/* A count that is a rank (九届十二次, 二期): an ordinal, no unit. */
static int
counted_as_rank(struct mention *m, size_t *next)
{
	m->kind = K_ORDINAL;
	m->unit = "";
	*next = m->end;
	return 1;
}

/*
 * 九届十二次全会, 九年级: sessions and school grades are ordinals without 第;
 * 2025届 is the year a class graduates, 2025级 the year it enters, a date.
 */
STAGE int
session_ordinal(struct build *b)
{
	struct mention *m = b->m;
	struct timex t;
	size_t l;
	long long y;

	if (b->u < 0 && !m->ranged && (text_at(b->s, b->n, b->j, "届", &l) ||
	    text_at(b->s, b->n, b->j, "级", &l)) &&
	    b->num->plain && b->num->int_digits == 4 &&
	    (y = dec_to_small(&m->lo, 2099)) >= 1900) {
		timex_clear(&t);
		t.y = (int)y;
		return as_period(m, b->s, b->n, b->i, b->j + l, &t, b->next);
	}
	/* 两 is never a rank: 前两届 are two sessions. */
	if ((b->c == U'两' || b->c == U'兩') && b->u < 0 && !m->ranged &&
	    text_at(b->s, b->n, b->j, "届", &l)) {
		m->kind = K_COUNT;
		m->unit = "届";
		m->end = b->j + l;
		*b->next = m->end;
		return 1;
	}
	if (b->u < 0 && ((!m->ranged && text_at(b->s, b->n, b->j, "届", &l)) ||
	    text_at(b->s, b->n, b->j, "年级", &l))) {
		m->kind = K_ORDINAL;
		m->end = b->j + l;
		*b->next = m->end;
		return 1;
	}
	/* 7号线二期, 二期工程: a phase; 分三期, 两期 and 12期 are counts. */
	if (m->kind == K_COUNT && same_unit(m->unit, "期") && !m->ranged &&
	    b->num->one_char && b->c != U'两' && b->c != U'兩' &&
	    m->start == b->i &&
	    (trie_match_back(lex.phase_words_back, b->s, b->lo, b->i,
	    &l) >= 0 || trie_match(lex.phase_words, b->s, b->n, m->end,
	    &l) >= 0))
		return counted_as_rank(m, b->next);
	if (m->kind == K_COUNT && same_unit(m->unit, "次") &&
	    text_before(b->s, 0, b->i, "届", &l))
		return counted_as_rank(m, b->next);
	return GO_ON;
}

/*
 * 今（29）日, 昨（七）日: Taiwan writes the day of the month in brackets
 * after the word that says which; the date is the bracketed day and 日,
 * with a clock time after it (至今（21）日11時).
 */
STAGE int
bracketed_day(struct build *b)
{
	const char *s = b->s;
	size_t n = b->n, i = b->i, o, l, l2;
	struct datespan ds;
	long long d;

	if (!text_at(s, n, b->num->end, ")日", &l) ||
	    (d = dec_to_small(&b->num->lo, 31)) < 1 ||
	    !text_before(s, b->lo, i, "(", &o) ||
	    (!text_before(s, b->lo, i - o, "今", &l2) &&
	    !text_before(s, b->lo, i - o, "昨", &l2) &&
	    !text_before(s, b->lo, i - o, "明", &l2) &&
	    !text_before(s, b->lo, i - o, "前", &l2)))
		return GO_ON;
	timex_clear(&ds.lo);
	ds.lo.d = d;
	ds.hi = ds.lo;
	ds.ranged = 0;
	ds.is_time = 0;
	ds.end = b->num->end + l;
	date_clock_after(s, n, &ds);
	return as_date(b->m, s, n, i - o, &ds, b->next);
}

/*
 * Han characters between a word of money and its amount, a verb and
 * when (票房在春节假期突破50亿).
 */
enum { MONEY_REACH = 8 };

/*
 * Where a label's colon starts when it stands up to MONEY_REACH Han
 * characters before s[j] (价格：裸车11.88万, 费用：3000), or 0.
 */
static size_t
label_colon_before(const char *s, size_t lo, size_t j)
{
	int k;

	for (k = 0; k <= MONEY_REACH && j >= lo + 3; k++, j -= 3) {
		if (s[j - 1] == ':')
			return j - 1;
		if (memcmp(s + j - 3, "：", 3) == 0)
			return j - 3;
		if (!utf8_is_han3((const unsigned char *)s + j - 3))
			break;
	}
	return 0;
}

/*
 * Whether a word of money (money_words.txt) ends just before the mention
 * or a short verb before it (票房破50亿, 年薪20-30万), or before a label's
 * colon there (价格：裸车11.88万).
 */
static int
money_word_before(const struct build *b, size_t j)
{
	size_t k, blen;

	return word_over_han(lex.money_words, b->s, b->lo, j, MONEY_REACH,
	    0) >= 0 || ((k = label_colon_before(b->s, b->lo, j)) > 0 &&
	    trie_match_back(lex.money_words, b->s, b->lo, k, &blen) >= 0);
}

/*
 * Whether an amount with no unit and no 万 or 亿 at s[j] is money: a word
 * of money marked "bare" before it as for money_word_before() (月薪6800;
 * not 价格, which names an index's base in 以上年同月价格为100), no
 * index, coefficient, ratio or rate between (售价指数报291.3, 绩效系数1.2,
 * 收入比为2.23, 费率0.6),
 * and written in figures or with 百 or 千 (两千出头, 五百), not as one
 * digit, nor before letters (月薪8K is pay_in_letters()'s).
 */
static int
money_word_before_bare(const struct build *b, size_t j)
{
	const char *s = b->s;
	size_t blen, l, k;
	int reach, w;

	if (!b->num->arabic && !b->num->big_unit)
		return 0;
	if ((b->num->end < b->n &&
	    uclass_ascii_letter((unsigned char)s[b->num->end])) ||
	    (b->m->end < b->n && uclass_ascii_letter((unsigned char)s[b->m->end])))
		return 0;
	/* 吊牌价1299, 日常价599: a price's word just before (评价 none). */
	if (j >= b->lo + 3 && utf8_is_han3((const unsigned char *)s + j - 3) &&
	    fold_char(utf8_get3((const unsigned char *)s + j - 3)) == U'价' &&
	    !text_before(s, b->lo, j, "评价", &l))
		return 1;
	for (reach = 0, k = j; k >= b->lo + 3; reach++, k -= 3) {
		if (text_before(s, b->lo, k, "指数", &l) ||
		    text_before(s, b->lo, k, "系数", &l) ||
		    text_before(s, b->lo, k, "比", &l) ||
		    text_before(s, b->lo, k, "率", &l))
			return 0;
		if ((w = trie_match_back(lex.money_words, s, b->lo, k,
		    &blen)) >= 0)
			return w == 1;
		if (reach == MONEY_REACH ||
		    !utf8_is_han3((const unsigned char *)s + k - 3))
			break;
	}
	return 0;
}

/*
 * How far back a sentence's word of money reaches: its characters, from
 * the amount before in a list, and over the whole list.
 */
enum { SENTENCE_REACH = 60, LIST_REACH = 240 };

/* Where a word of money is looked for before an amount. */
enum money_scope { IN_SENTENCE, IN_LINE };

/*
 * Whether a word of money (marked "bare" if want_bare) stands before s[j]:
 * in its sentence, SENTENCE_REACH characters back at most (a space parts
 * a headline's phrases as a stop does), or anywhere on the line.
 */
static int
money_word_back(const char *s, size_t j, int want_bare,
    enum money_scope scope)
{
	size_t blen, l;
	uint32_t c;
	int k, w, all;

	for (k = all = 0; j >= 3; k++, all++, j -= l) {
		if (scope == IN_SENTENCE && (k == SENTENCE_REACH ||
		    all == LIST_REACH))
			return 0;
		if ((w = trie_match_back(lex.money_words, s, 0, j, &blen)) == 1 ||
		    (w == 0 && !want_bare))
			return 1;
		c = utf8_prev(s, j, &l);
		if (scope == IN_SENTENCE && (sentence_mark(c) || c == ' ' ||
		    c == U'\u3000'))
			return 0;
		/* A list of amounts: the reach runs from the one before. */
		if (scope == IN_SENTENCE && c >= '0' && c <= '9')
			k = 0;
	}
	return 0;
}

/*
 * Whether a word of money marked "bare" (any, for 万 or 亿) stands
 * earlier in the sentence of a whole amount of ten or more with no unit
 * at s[j], as far as money_word_back() reaches (总价320万，首付三成，也就是
 * 96万; 首日票房3.2亿，第三天单日破4亿): a sentence about money gives its
 * bare amounts in money.  Decimals there are prices of shares, indices
 * and ratios as often, but for ten thousands and more (50.4万), and so
 * are amounts after a word of counting; letters after are
 * pay_in_letters()'s.
 */
static int
money_word_in_sentence(const struct build *b, size_t j)
{
	const char *s = b->s;
	struct dec ten;
	size_t blen, l;
	uint32_t c;
	int k;

	dec_from_uint(&ten, 10);
	/*
	 * 观众人数逾320万, 观影人次达785万, 日利率=…÷360: a count, a ratio,
	 * a divisor, a verb of being between; 人数峰值超过8.3万: a count's
	 * word a few words before.
	 */
	for (k = 0, l = 0; k < 3 && j > l + 2; k++) {
		c = utf8_prev(s, j - l, &blen);
		if (c == U'数' || c == U'數' || c == U'量' || c == U'次' ||
		    c == U'率' || c == U'比' || c == U'÷' || c == U'×')
			return 0;
		if (c != U'达' && c != U'達' && c != U'为' && c != U'為' &&
		    c != U'是' && c != U'有' && c != U'共')
			break;
		l += blen;
	}
	if ((!b->num->arabic && !b->num->big_unit) ||
	    (b->num->point && !b->num->has_big) ||
	    b->m->ranged || dec_cmp(&b->m->lo, &ten) < 0 ||
	    (b->m->end < b->n && uclass_ascii_letter((unsigned char)s[b->m->end])) ||
	    !money_word_back(s, j, !b->num->has_big, IN_SENTENCE))
		return 0;
	for (k = 0, l = 0; k <= MONEY_REACH && j > l + 2 &&
	    utf8_is_han3((const unsigned char *)s + j - l - 3); k++, l += 3)
		if (text_before(s, 0, j - l, "数", &blen) ||
		    text_before(s, 0, j - l, "數", &blen))
			return 0;
	return 1;
}

/*
 * Whether what an amount with no unit bought, sold or rented follows it,
 * or its hedge (money_after.txt: 三千多买的空调, 20万买了存单); a year is
 * no amount (2019买的房).
 */
static int
money_word_after(const struct build *b)
{
	const struct numeral *num = b->have2 ? b->num2 : b->num;
	const char *s = b->s + num->start;
	size_t j = b->m->end, l;
	uint32_t c;

	/*
	 * The words are Han, as the hedges between are; a lone Chinese digit
	 * starts a word (一起投诉, 一起存钱).
	 */
	if (j >= b->n || (unsigned char)b->s[j] < 0xe0 ||
	    (num->one_char && !num->arabic) || (num->plain &&
	    num->int_digits == 4 && ((s[0] == '1' && s[1] == '9') ||
	    (s[0] == '2' && s[1] == '0'))))
		return 0;
	c = fold_char(utf8_get(b->s, b->n, j, &l));
	if (trie_first(lex.money_after, c))
		return trie_match(lex.money_after, b->s, b->n, j, &l) >= 0;
	if (!trie_first(lex.qual_after, c) ||
	    qual_after_at(b->s, b->n, j, b->m->kind, &l) <= Q_NONE)
		return 0;
	return trie_match(lex.money_after, b->s, b->n, j + l, &l) >= 0;
}

/* The power of ten a letter after a pay's digits stands for: 8K, 30w. */
static int
pay_letter(const char *s, size_t n, size_t j)
{
	int c;

	if (j >= n || (j + 1 < n && uclass_ascii_alnum((unsigned char)s[j + 1])))
		return 0;
	c = s[j] | 0x20;
	return c == 'k' ? 3 : c == 'w' ? 4 : 0;
}

/*
 * Whether the pay letter at s[j] (and the other end of a range, 8K-12K)
 * is followed by a pay's period: /月, /年.
 */
static int
pay_period_after(const char *s, size_t n, size_t j)
{
	size_t k = j + 1, sep, l;

	if ((sep = range_sep_at(s, n, k)) > 0) {
		k = digits_end(s, n, k + sep);
		if (pay_letter(s, n, k) != pay_letter(s, n, j))
			return 0;
		k++;
	}
	return text_at(s, n, k, "/月", &l) || text_at(s, n, k, "/年", &l);
}

/* 2w×13薪: a month's pay times the months of pay a year, after s[j]. */
static int
pay_months_after(const char *s, size_t n, size_t j)
{
	size_t l;

	if (text_at(s, n, j, "×", &l) || text_at(s, n, j, "*", &l))
		j += l;
	else
		return 0;
	while (j < n && is_ascii_digit((unsigned char)s[j]))
		j++;
	return text_at(s, n, j, "薪", &l);
}

/*
 * Whether the K at s[j] ends the low end of a range in K (8k-12k): a job's
 * pay, as a posting writes it with no word of money.
 */
static int
thousands_range(const char *s, size_t n, size_t j)
{
	size_t k = j + 1, sep, d;

	if (pay_letter(s, n, j) != 3 || (sep = range_sep_at(s, n, k)) == 0)
		return 0;
	d = k + sep;
	k = digits_end(s, n, d);
	return k > d && pay_letter(s, n, k) == 3;
}

/*
 * 月薪8K, 8K-12K/月, 8k-12k, 18k×15薪: a pay in letters at s[j], after a
 * number from i, or before the months of pay.  In k or w, thousands or ten
 * thousands, on a line about money too (先算年包。A：2w×13薪=26w; 年包…白菜价
 * 大概15k左右), but not before what watts say (65w快充).
 */
static int
pay_in_letters_at(const struct build *b, size_t i, size_t j)
{
	size_t l;
	int power = pay_letter(b->s, b->n, j);

	if (power == 0)
		return 0;
	if (money_word_before(b, i) || pay_period_after(b->s, b->n, j) ||
	    thousands_range(b->s, b->n, j) ||
	    pay_months_after(b->s, b->n, j + 1))
		return 1;
	return ((power == 4 && b->s[j] == 'w') || power == 3) &&
	    trie_match(lex.watt_words, b->s, b->n, j + 1, &l) < 0 &&
	    money_word_back(b->s, i, 0, IN_LINE);
}

/*
 * MySQL 8.0, Wi-Fi 7, Android 14: a short number a space after a word
 * in letters, with no unit, is the version or the model of what it
 * names; a currency's code is no name (MOP 200), a year is a year.
 */
static int
version_after_name(const struct build *b)
{
	const char *s = b->s;
	size_t i = b->i, blen;

	return i >= b->lo + 2 && s[i - 1] == ' ' &&
	    uclass_ascii_letter((unsigned char)s[i - 2]) && b->num->arabic &&
	    !b->num->separators && b->num->ntok == 1 &&
	    (b->num->int_digits <= 2 || (b->num->point &&
	    b->num->int_digits <= 3)) &&
	    trie_match_back(lex.cur_before, s, b->lo, i - 1, &blen) < 0;
}

/*
 * 双11, 双12: a shopping festival's name, whatever follows it; 周六日,
 * 星期六日: a weekend, Saturday and Sunday, no sixth day.
 */
STAGE int
day_name(struct build *b)
{
	size_t l, l2;
	long long v;
	int day;

	/*
	 * 周六日, a weekend, and 周三晚上, that weekday's evening: no sixth
	 * day, no three nights (住三晚); 晚 stays for the time after it.
	 */
	if (b->num->one_char && ((day = text_at(b->s, b->n, b->num->end, "日",
	    &l)) || text_at(b->s, b->n, b->num->end, "晚", &l)) &&
	    date_weekday_word_before(b->s, b->lo, b->i, &l2))
		return as_id(b->m, b->i, b->num->end + (day ? l : 0), b->next);
	if (!b->num->plain || b->num->int_digits != 2 ||
	    !text_before(b->s, b->lo, b->i, "双", &l) ||
	    ((v = dec_to_small(&b->num->lo, 12)) != 11 && v != 12))
		return GO_ON;
	return as_id(b->m, b->i - l, b->num->end, b->next);
}

/* Two stars or more beside the digits s[i..j): a masked phone or card. */
static int
masked_beside(const char *s, size_t n, size_t i, size_t j)
{
	return (i >= 2 && s[i - 1] == '*' && s[i - 2] == '*') ||
	    (j + 1 < n && s[j] == '*' && s[j + 1] == '*');
}

/*
 * 转, 分机 or 转分机 just after a phone number's last digit, before s[i],
 * or the extensions listed after it; or # after its last group of four
 * digits or more (2228-9111#3541; 3#楼 numbers a building).
 */
static int
extension_after_phone(const char *s, size_t lo, size_t i)
{
	size_t l, k;

	if (text_before(s, lo, i, "#", &l))
		return i - l - digits_start(s, lo, i - l) >= 4;
	/* 转分机331、332: the extensions listed after the first. */
	if (text_before(s, lo, i, "、", &l)) {
		k = digits_start(s, lo, i - l);
		return k < i - l && extension_after_phone(s, lo, k);
	}
	/* 转 and 分机 match 轉 and 分機 too (text_before folds them). */
	if (text_before(s, lo, i, "分机", &l))
		i -= l;
	else if (text_before(s, lo, i, "转", &l))
		i -= l;
	else
		return 0;
	if (text_before(s, lo, i, "转", &l))	/* 转分机 */
		i -= l;
	return i > lo && is_ascii_digit((unsigned char)s[i - 1]);
}

/* Whether a road's name ends at s[i], or a section of one (中山路二段). */
static int
street_before(const char *s, size_t lo, size_t i)
{
	size_t blen, l, k;
	int v;

	if (trie_match_back(lex.streets_back, s, lo, i, &blen) >= 0)
		return 1;
	if (!text_before(s, lo, i, "段", &l))
		return 0;
	for (k = i - l; k > lo && numeral_class(utf8_prev(s, k, &l), &v) !=
	    NC_NONE; k -= l)
		;
	return k < i - 3 && trie_match_back(lex.streets_back, s, lo, k,
	    &blen) >= 0;
}

/*
 * Whether a road's or a house's number and a join stand before s[i]: the
 * next one's list goes on (国道1号及3号, 中山路5号、7号).
 */
static int
street_number_listed_before(const char *s, size_t lo, size_t i)
{
	size_t l, hao, k;
	uint32_t c;

	if (i <= lo || !list_join(utf8_prev(s, i, &l)) ||
	    !text_before(s, lo, i - l, "号", &k))
		return 0;
	hao = k = i - l - k;
	while (k > lo && (is_ascii_digit(c = utf8_prev(s, k, &l)) ||
	    is_wide_digit(c)))
		k -= l;
	return k < hao && street_before(s, lo, k);
}

/*
 * LSFD/T/25/0386, GZSW/2025/0117: a number after a slash in a chain of
 * capitals and digits joined by slashes is a part of a code (a date's
 * 2025/3/15 has no letters, a rate's km/h no capitals); returns where
 * the chain ends, or 0.
 */
static size_t
slash_code_end(const char *s, size_t n, size_t lo, size_t i, size_t j)
{
	size_t k = i - 1;
	int capitals = 0;

	if (i <= lo + 1 || s[i - 1] != '/')
		return 0;
	while (k > lo && (uclass_ascii_alnum((unsigned char)s[k - 1]) ||
	    s[k - 1] == '/' || s[k - 1] == '-'))
		capitals += s[--k] >= 'A' && s[k] <= 'Z';
	if (capitals < 2)
		return 0;
	while (j + 1 < n && s[j] == '/' &&
	    uclass_ascii_alnum((unsigned char)s[j + 1]))
		for (j++; j < n && uclass_ascii_alnum((unsigned char)s[j]); j++)
			;
	return j;
}

/* Whether a hyphen glued to a Han character stands before s[i] (云汐-11). */
static int
hyphen_after_han(const char *s, size_t lo, size_t i)
{
	size_t l;

	return i >= lo + 4 && s[i - 1] == '-' &&
	    (uclass(utf8_prev(s, i - 1, &l)) & UC_HAN) &&
	    !text_before(s, lo, i - 1, "零下", &l);
}

/* A number without a unit in a code, a name, a label or an address. */
STAGE int
unitless_id(struct build *b)
{
	const char *s = b->s;
	size_t n = b->n, i = b->i, j = b->j, l, blen, k;
	int plain = b->num->plain, r;

	if (b->u >= 0 || b->size_side)
		return GO_ON;
	if ((r = bracketed_day(b)) != GO_ON)
		return r;
	/* From j: a run from i stops at once after 九 of 九千M; 月薪8K is pay. */
	if ((j < n && uclass_ascii_letter((unsigned char)s[j]) &&
	    !pay_in_letters_at(b, i, j)) ||
	    /* 600519.SH, 附件1.pdf: a code or a file name. */
	    (j + 1 < n && s[j] == '.' &&
	    uclass_ascii_letter((unsigned char)s[j + 1])))
		return as_id(b->m, i, joined_run_end(s, n, j), b->next);
	if (wide_letter_at(s, n, j, &l))	/* ４Ｇ as 4G */
		return as_id(b->m, i, j + l, b->next);
	if (version_after_name(b))
		return as_id(b->m, i, j, b->next);
	if (plain && (k = doc_number_end(s, n, b->lo, i, j)) > 0)
		return as_id(b->m, i, k, b->next);
	if (plain && (k = slash_code_end(s, n, b->lo, i, j)) > 0)
		return as_id(b->m, i, k, b->next);
	/* 贵州茅台(600519): a stock code; (1) at a line's start: a marker. */
	if (plain && in_brackets(s, n, i, j) &&
	    (k = number_after_area_code(s, n, j)) > 0)
		return as_id(b->m, i, digit_groups_end(s, n, k), b->next);
	if ((plain && in_brackets(s, n, i, j) && (b->num->int_digits == 6 ||
	    line_start(s, i) || code_after_name(s, b->lo, i, b->num))) ||
	    /* 表3, 图2: a table's or figure's label. */
	    (plain && trie_match_back(lex.labels, s, b->lo, i, &blen) >= 0))
		return as_id(b->m, i, j, b->next);
	if (trie_match(lex.id_suffix, s, n, j, &blen) >= 0)
		return as_id(b->m, i, j + blen, b->next);
	/* 12306客服, 110报警: a service's phone number. */
	if (plain && b->num->int_digits >= 3 && phone_word_after(s, n, i, j))
		return as_id(b->m, i, j, b->next);
	/*
	 * 歼-20战机, 云汐-11至云汐-16: a model's number after its name's
	 * hyphen, a word running on; 指数报-12。 is a value.
	 */
	if (hyphen_after_han(s, b->lo, i) && j < n &&
	    ((uclass(utf8_get(s, n, j, &l)) & UC_HAN) ||
	    uclass_ascii_letter((unsigned char)s[j])))
		return as_id(b->m, i, j, b->next);
	/* 锦绣苑602室: a room's number (3室2厅 counts rooms). */
	if (plain && b->num->int_digits >= 3 && text_at(s, n, j, "室", &l))
		return as_id(b->m, i, j + l, b->next);
	/* 138****2716: what a mask leaves of a number; 2771-3456转215: an extension. */
	if (plain && (masked_beside(s, n, i, j) ||
	    extension_after_phone(s, b->lo, i)))
		return as_id(b->m, i, j, b->next);
	if (plain && (k = phone_groups_end(s, n, i, j)) > 0)
		return as_id(b->m, i, k, b->next);
	/* 1路, 七一路: the road word stays out; a house number follows. */
	if (trie_match(lex.streets, s, n, j, &blen) >= 0)
		return as_id(b->m, i, j, b->next);
	/* 七一路348号, 民生路二段289號, 国道1号及3号: a house or road number. */
	if (text_at(s, n, j, "号", &l) && (street_before(s, b->lo, i) ||
	    street_number_listed_before(s, b->lo, i)))
		return as_id(b->m, i, j + l, b->next);
	/* 84号, 119號: a number no day of a month has is a label's. */
	if (plain && text_at(s, n, j, "号", &l) &&
	    dec_to_small(&b->num->lo, 1000000) > 31)
		return as_id(b->m, i, j + l, b->next);
	return GO_ON;
}

/* The sign, in order: 零下3到4度 is -4..-3, 3~-2℃ is -2..3. */
STAGE void
sign(struct build *b)
{
	struct mention *m = b->m;
	struct dec t;

	b->start = signed_start(b->s, b->lo, b->start, m);
	if (m->ranged && dec_cmp(&m->lo, &m->hi) > 0) {
		t = m->lo;
		m->lo = m->hi;
		m->hi = t;
	}
}

/*
 * 近五年来, 近三年内, 创近14个月新高, ，近30天已售: the last so long, not
 * about so long; 近 stays out.  After a verb it is about (历时近两年).
 */
STAGE int
recent_period(const struct build *b)
{
	size_t l, k, blen;

	if (b->m->kind != K_DURATION || b->m->qual != Q_APPROX ||
	    !text_before(b->s, b->lo, b->start, "近", &l))
		return 0;
	k = b->start - l;
	return trie_match(lex.recent_after, b->s, b->n, b->m->end,
	    &blen) >= 0 || k == 0 || clause_mark(utf8_prev(b->s, k, &l)) ||
	    trie_match_back(lex.recent_before, b->s, 0, k, &blen) >= 0;
}

/* Characters of what 每 counts: 每人, 每小时, 每平方米. */
enum { EACH_REACH = 3 };

/*
 * Where 每 and the thing it counts (Han characters of three bytes, up to
 * EACH_REACH), once or twice (每人每年), start, ending at s[at]; or at.
 * 每 has one form in either script: its bytes are compared, which costs
 * less before every number.
 */
static size_t
each_before(const char *s, size_t lo, size_t at)
{
	size_t k, found = at;
	int i, round;

	for (round = 0; round < 2; round++) {
		for (i = 0, k = found; i < EACH_REACH; i++) {
			if (k < lo + 6 ||
			    !utf8_is_han3((const unsigned char *)s + k - 3))
				return found;
			k -= 3;		/* a character of what is counted */
			if (memcmp(s + k - 3, "每", 3) == 0)
				break;
		}
		if (i == EACH_REACH)
			return found;
		found = k - 3;
	}
	return found;
}

/*
 * 不超过每股45.80元, 约每人300元, 不低于每小时24元, 不低于每人每年700元:
 * a hedge before 每 and the thing it counts bounds the amount, but stays
 * out of its span, as 每 does.
 */
STAGE void
hedge_before_each(struct build *b, size_t start)
{
	size_t blen, at;
	int q;

	if (b->m->qual != Q_NONE || b->u < 0 ||
	    (at = each_before(b->s, b->lo, start)) == start)
		return;
	if ((q = trie_match_back(lex.qual_before, b->s, b->lo, at,
	    &blen)) > Q_NONE)
		b->m->qual = qual_of(q);
}

/* Characters of a verb a hedge may stand before a quantity: 至少组织开展1次. */
enum { HEDGE_REACH = 4 };

/*
 * How many characters before s[start] a hedge may reach over, a verb's:
 * HEDGE_REACH - 1 at most, and none past 的 (籌款最多的是一間 names the
 * one that raised most, no bound).
 */
static int
verb_reach(const char *s, size_t lo, size_t start)
{
	int k;

	for (k = 0; k < HEDGE_REACH - 1 && start >= lo + 6 + 3 * k; k++)
		if (memcmp(s + start - 6 - 3 * k, "的", 3) == 0)
			return k;
	return HEDGE_REACH - 1;
}

/*
 * 每季度至少组织开展1次: a hedge of qualifiers.tsv's "reach" rows a verb
 * of Han characters away, out of the span, bounds a quantity with a unit
 * or a currency before it (最高可获RM4,600).
 */
STAGE void
hedge_a_verb_away(struct build *b, size_t start)
{
	int q;

	if (b->m->qual != Q_NONE || (b->u < 0 && b->cur_before == NULL))
		return;
	/* 最高可达每生每年6.5万元: what it is each of is no verb. */
	start = each_before(b->s, b->lo, start);
	/* A verb of the common Han characters, three bytes each. */
	if (start < b->lo + 3 ||
	    !utf8_is_han3((const unsigned char *)b->s + start - 3))
		return;
	if ((q = word_over_han(lex.qual_reach, b->s, b->lo, start - 3,
	    verb_reach(b->s, b->lo, start), Q_NONE + 1)) >= 0)
		b->m->qual = (enum qual)q;
}

/* Whether x is a round figure of hundreds or more: 2000, 10000, not 2500. */
static int
round_hundreds(const struct dec *x)
{
	long long v = dec_to_small(x, 1000000000000LL);

	if (!dec_is_integer(x) || v < 100 || v >= 1000000000000LL)
		return 0;
	while (v % 10 == 0)
		v /= 10;
	return v < 10;
}

/*
 * A hedge said only before a round figure in Chinese numerals (小一万,
 * 小两千: almost); returns the start with it.
 */
static size_t
hedge_before_round(struct build *b, size_t start)
{
	size_t blen;
	int q;

	if (b->m->qual != Q_NONE || b->m->ranged || !b->num->chinese ||
	    b->num->arabic || start != b->start ||
	    (q = trie_match_back(lex.qual_round, b->s, b->lo, start,
	    &blen)) <= Q_NONE || !round_hundreds(&b->m->lo))
		return start;
	b->m->qual = qual_of(q);
	return start - blen;
}

/* The words before: 约, 人民币, 时速 (a rate), 上亿元 (at least), 过亿元. */
STAGE void
words_before(struct build *b)
{
	struct mention *m = b->m;
	const char *cur = NULL;
	size_t start, before, l;

	start = hedge_before_round(b, look_back(b->s, b->lo, b->start, m,
	    &cur));
	b->cur_before = cur;
	hedge_before_each(b, start);
	hedge_a_verb_away(b, start);
	hedge_over_base(b, start);
	if (recent_period(b)) {
		m->qual = Q_NONE;
		start = b->start;
	}
	before = start;
	if (b->u >= 0)
		start = rate_before(b->s, b->lo, start, m);
	if (start != before)
		start = hedge_before_word(b->s, b->lo, start, m, Q_NONE);
	if (b->u >= 0 && lex.units[b->u].in_context)
		unit_in_context(b->s, b->n, start, m);
	/*
	 * 上亿元 reaches a hundred million, 过亿元 passes it; 月销破万 breaks
	 * through it, no qualifier but in the span when no unit follows.
	 */
	if (m->qual == Q_NONE && b->num->lead_unit && start == b->i) {
		if (text_before(b->s, b->lo, start, "上", &l))
			m->qual = Q_GE;
		else if (text_before(b->s, b->lo, start, "过", &l))
			m->qual = Q_GT;
		if (m->qual != Q_NONE || (b->u < 0 && b->num->has_big &&
		    text_before(b->s, b->lo, start, "破", &l)))
			start -= l;
	}
	m->start = start;
	*b->next = m->end;
}

/*
 * A discount's amounts, 满300减50: the sum to spend after 满, of two
 * digits or more, before what it takes off (减, 立减, 返, 送) or free
 * shipping (满99包邮), and what it
 * takes off after such a sum and 减 (满3减1 counts pieces as often).
 */
static int
coupon_amount(const struct build *b)
{
	const char *s = b->s;
	size_t n = b->n, l, k;
	uint32_t c;

	if (b->m->ranged || b->num->point || b->m->start < 3 ||
	    ((c = fold_char(utf8_prev(s, b->m->start, &l))) != U'满' &&
	    c != U'减'))
		return 0;
	if (c == U'满')
		return b->m->start - l >= b->lo && b->num->int_digits >= 2 &&
		    (text_at(s, n, b->m->end, "减", &l) ||
		    text_at(s, n, b->m->end, "立减", &l) ||
		    text_at(s, n, b->m->end, "返", &l) ||
		    text_at(s, n, b->m->end, "送", &l) ||
		    text_at(s, n, b->m->end, "包邮", &l) ||
		    text_at(s, n, b->m->end, "免运费", &l));
	for (k = b->m->start - l; k > 0 && (is_ascii_digit((unsigned char)s[k -
	    1]) || s[k - 1] == ','); k--)
		;
	return k + 2 <= b->m->start - l && text_before(s, 0, k, "满", &l);
}

/*
 * Whether a count in 块 of a hundred or more, or of any amount after a
 * word of a price (才十几块), names nothing after it (三千来块, 差不多210
 * 块，): in speech that is money, where 3000块砖 counts bricks, 切成8块，
 * pieces, and the written 余 counts what was named before (条石四千八百
 * 余块).
 */
static int
pieces_of_nothing(const struct build *b)
{
	struct dec hundred;
	size_t blen;

	dec_from_uint(&hundred, 100);
	return (dec_cmp(&b->m->lo, &hundred) >= 0 ||
	    trie_match_back(lex.price_words, b->s, b->lo, b->m->start,
	    &blen) >= 0) &&
	    !word_runs_on(b->s, b->n, b->m->end) &&
	    memmem(b->s + b->m->start, b->m->end - b->m->start, "余", 3) == NULL;
}

/* The mention's value, in cents, as money: whether it could be. */
static int
as_cents(struct mention *m)
{
	struct dec lo = m->lo, hi = m->hi;

	if (dec_shift(&lo, -2) != 0 || (m->ranged && dec_shift(&hi, -2) != 0))
		return 0;
	m->lo = lo;
	m->hi = hi;
	m->kind = K_MONEY;
	return 1;
}

/*
 * The currency: named before a number with no unit, or before 元, which
 * is any; else the default one.
 */
STAGE void
currency(const struct build *b)
{
	struct mention *m = b->m;

	if (b->cur_before != NULL) {
		if (b->u < 0) {
			m->kind = K_MONEY;
			m->unit = b->cur_before;
		} else if (m->kind == K_MONEY && same_unit(m->unit, "*"))
			m->unit = b->cur_before;
		else if (m->kind == K_COUNT && same_unit(m->unit, "分") &&
		    as_cents(m))
			/* 每股人民幣18.42分: cents of the currency named. */
			m->unit = b->cur_before;
		else if (m->kind == K_COUNT && same_unit(m->unit, "起")) {
			/* HK$38起: from so much, no count of cases. */
			m->kind = K_MONEY;
			m->unit = b->cur_before;
			m->qual = combine(m->qual, Q_GE);
		}
	}
	if (m->kind == K_NUMBER && (((b->num->has_big || (b->have2 &&
	    b->num2->has_big)) ? money_word_before(b, m->start) :
	    money_word_before_bare(b, m->start)) || money_word_after(b) ||
	    money_word_in_sentence(b, m->start) || coupon_amount(b))) {
		m->kind = K_MONEY;
		m->unit = "*";
	}
	/*
	 * 月供12578块, 总共花了两千块: pieces in a sentence about money;
	 * 三千来块, 3000块，: a hundred pieces or more that count nothing
	 * named after them.
	 */
	if (m->kind == K_COUNT && same_unit(m->unit, "块") &&
	    (money_word_back(b->s, m->start, 1, IN_SENTENCE) ||
	    pieces_of_nothing(b))) {
		m->kind = K_MONEY;
		m->unit = "*";
	}
	/*
	 * 首付28万起, 租金3000起: after a word of money, 起 is the amount's
	 * least (from), as after 元, not a count of cases (火灾1.2万起).
	 */
	if (m->kind == K_COUNT && same_unit(m->unit, "起") &&
	    m->qual == Q_NONE && (b->num->has_big ?
	    money_word_before(b, m->start) :
	    money_word_before_bare(b, m->start))) {
		m->kind = K_MONEY;
		m->unit = "*";
		m->qual = Q_GE;
	}
	if (m->kind == K_MONEY && same_unit(m->unit, "*"))
		m->unit = default_currency;
}

/*
 * 月薪8K-12K, 年薪30w: after a word of money, or before a pay's period
 * (转正后8K-12K/月), K is thousands and w ten thousands of the default
 * currency (30W is watts), at one end or both (8-12K).
 */
STAGE void
pay_in_letters(struct build *b)
{
	struct mention *m = b->m;
	struct numeral hi;
	size_t sep, k;
	int power;

	if (m->kind != K_NUMBER || !b->num->arabic || b->num->has_big ||
	    !pay_in_letters_at(b, m->start, m->end))
		return;
	power = pay_letter(b->s, b->n, m->end);
	k = m->end + 1;
	if (!m->ranged && (sep = range_sep_at(b->s, b->n, k)) > 0 &&
	    numeral_parse(b->s, b->n, k + sep, &hi) && hi.arabic &&
	    !hi.chinese && pay_letter(b->s, b->n, hi.end) == power &&
	    dec_cmp(&m->lo, &hi.lo) < 0) {
		m->hi = hi.lo;
		m->ranged = 1;
		k = hi.end + 1;
	}
	if (dec_shift(&m->lo, power) || (m->ranged && dec_shift(&m->hi, power)))
		return;
	m->kind = K_MONEY;
	m->unit = default_currency;
	m->end = k;
	*b->next = k;
}

/* A rate's unit, once the currency is known: CNY/m2, m3/month/户. */
STAGE void
rate_unit(const struct build *b)
{
	char counted[64];
	const char *den;
	int k;

	for (k = 0; k < b->nper; k++) {
		den = lex.units[b->per[k]].name;
		if (b->per_count[k] > 0) {	/* mg/100ml */
			snprintf(counted, sizeof(counted), "%d%s",
			    b->per_count[k], den);
			den = counted;
		}
		b->m->unit = unit_per(b->m->unit, den);
	}
}

/*
 * Whether 前 at s[k], before months that end at s[e], counts them from
 * something else than the year's start: from an event or a person the
 * character before it names (提前三个月 ahead of time, 孕前3个月 before a
 * pregnancy, 新用户前3个月 from joining), or within them, a length
 * (妊娠前3个月内).  After a year, a comparison or a place they are the
 * year's (今年前3个月, 增速比前10个月, 南州港前11个月).
 */
static int
first_months_of_other(const char *s, size_t n, size_t k, size_t e)
{
	/* Three bytes each: a match starts at a character's lead byte. */
	static const char events[] = "提孕产術术婚考睡饭飯餐赛賽户戶员員";
	size_t l;

	if (text_at(s, n, e, "内", &l))
		return 1;
	return k >= 3 && utf8_is_han3((const unsigned char *)s + k - 3) &&
	    memmem(events, sizeof events - 1, s + k - 3, 3) != NULL;
}

/* 前两个月, 首五个月: the first months of the year, a date. */
STAGE int
first_months(struct build *b)
{
	struct mention *m = b->m;
	struct datespan ds;
	size_t l;
	long long v;

	if (m->kind != K_DURATION || !same_unit(m->unit, "month") ||
	    m->ranged || m->start != b->i ||
	    (!text_before(b->s, b->lo, b->i, "前", &l) &&
	    !text_before(b->s, b->lo, b->i, "首", &l)) ||
	    (text_before(b->s, b->lo, b->i, "前", &l) &&
	    first_months_of_other(b->s, b->n, b->i - l, m->end)) ||
	    (v = dec_to_small(&m->lo, 12)) < 2)
		return GO_ON;
	timex_clear(&ds.lo);
	ds.lo.m = 1;
	ds.hi = ds.lo;
	ds.hi.m = v;
	ds.ranged = 1;
	ds.is_time = 0;
	ds.end = m->end;
	return as_date(m, b->s, b->n, b->i - l, &ds, b->next);
}

/*
 * 唐贞观十二年（638年）: a year of the common era glossed in brackets after
 * a reign's year is that year, a date, of three digits too (a length
 * glossed, 三年（3年）, stays one).
 */
STAGE int
glossed_year(struct build *b)
{
	struct mention *m = b->m;
	struct timex t;
	size_t l, l2;
	long long y;

	if (m->kind != K_DURATION || !same_unit(m->unit, "year") ||
	    m->ranged || m->qual != Q_NONE || m->start != b->i ||
	    !b->num->plain || (y = dec_to_small(&m->lo, 2999)) < 100 ||
	    (!text_before(b->s, b->lo, b->i, "（", &l) &&
	    !text_before(b->s, b->lo, b->i, "(", &l)) ||
	    !text_before(b->s, 0, b->i - l, "年", &l2) ||
	    (!text_at(b->s, b->n, m->end, "）", &l2) &&
	    !text_at(b->s, b->n, m->end, ")", &l2)))
		return GO_ON;
	timex_clear(&t);
	t.y = (int)y;
	return as_period(m, b->s, b->n, b->i, m->end, &t, b->next);
}

/* Dynasties named before a reign (清康熙二十三年), in the span. */
static size_t
dynasty_before(const char *s, size_t lo, size_t k)
{
	static const char *const names[] = {
		"北宋", "南宋", "西汉", "东汉", "唐", "宋", "元", "明", "清", NULL
	};
	size_t l;
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (text_before(s, lo, k, names[i], &l))
			return k - l;
	return k;
}

/*
 * 康熙二十三年: a year of a reign (reigns.tsv) in Chinese numerals is a
 * date, the reign's first year and so many after it (1684).
 */
STAGE int
reign_year(struct build *b)
{
	struct mention *m = b->m;
	struct timex t;
	size_t blen, start;
	long long v;
	int first;

	if (m->kind != K_DURATION || !same_unit(m->unit, "year") ||
	    m->ranged || m->qual != Q_NONE || m->start != b->i ||
	    b->num->arabic || (v = dec_to_small(&m->lo, 400)) < 1 ||
	    (first = trie_match_back(lex.reigns, b->s, b->lo, b->i,
	    &blen)) < 0)
		return GO_ON;
	start = dynasty_before(b->s, b->lo, b->i - blen);
	/* 绍兴 is a city's name but after its dynasty (南宋绍兴十二年). */
	if (first >= REIGN_AFTER_DYNASTY) {
		if (start == b->i - blen)
			return GO_ON;
		first -= REIGN_AFTER_DYNASTY;
	}
	timex_clear(&t);
	t.y = first + (int)v - 1;
	return as_period(m, b->s, b->n, start, m->end, &t, b->next);
}

/*
 * Whether 前 before s[i] means "the first" (前8名), not "before" or "now"
 * as in the words that end in it (目前3名, 此前5位, 提前2名).
 */
static int
first_before(const char *s, size_t lo, size_t i, size_t *len)
{
	static const char *const words[] = {
		"目前", "此前", "之前", "提前", "当前", "以前", "日前", "事前",
		"先前", "年前", "空前", "生前", "眼前", "面前", NULL
	};
	size_t l;
	int k;

	if (!text_before(s, lo, i, "前", len))
		return 0;
	for (k = 0; words[k] != NULL; k++)
		if (text_before(s, lo, i, words[k], &l))
			return 0;
	return 1;
}

/*
 * 前8名, 前五位: the top eight, the top five, counted with 前 in the
 * span, as the sets label it most (the ranks from the first, 1..8, is the
 * other reading).
 */
STAGE int
first_ranks(struct build *b)
{
	struct mention *m = b->m;
	size_t l;
	long long v;

	if (m->kind != K_COUNT || (!same_unit(m->unit, "名") &&
	    !same_unit(m->unit, "位")) || m->ranged ||
	    m->qual != Q_NONE ||
	    m->start != b->i || (v = dec_to_small(&m->lo, 1000000)) < 2 ||
	    !first_before(b->s, b->lo, b->i, &l))
		return GO_ON;
	m->start = b->i - l;
	*b->next = m->end;
	return 1;
}

/* Whether c is a digit, Arabic or Chinese. */
static int
digit_char(uint32_t c)
{
	int v;

	return is_ascii_digit(c) || numeral_class(c, &v) == NC_DIGIT;
}

/*
 * Whether the numeral s[i..end) is a term of a ratio: 比 and a digit
 * after it (三比一) or a digit and 比 before it (二点四比一).
 */
static int
ratio_term(const char *s, size_t n, size_t lo, size_t i, size_t end)
{
	size_t l;

	/* 比 has one form in either script: its bytes are compared. */
	if (end + 3 < n && memcmp(s + end, "比", 3) == 0 &&
	    digit_char(utf8_get(s, n, end + 3, &l)))
		return 1;
	/* The first term may be the mention before: look past lo. */
	return i >= lo + 3 && i > 3 && memcmp(s + i - 3, "比", 3) == 0 &&
	    digit_char(utf8_prev(s, i - 3, &l));
}

/* Whether s[start..end) stands alone: a cell, a label's value, in brackets. */
static int
unit_alone(const char *s, size_t n, size_t start, size_t end)
{
	size_t l;
	uint32_t before = start > 0 ? ucp_halfwidth(utf8_prev(s, start,
	    &l)) : '\t';
	uint32_t after = end < n ? ucp_halfwidth(utf8_get(s, n, end, &l)) :
	    '\t';

	return (before == '\t' || before == ' ' || before == U'　' ||
	    before == ':' || before == '(') && (after == '\t' ||
	    after == ' ' || after == U'　' || after == ')');
}

/* Not quantities: 十四五, 一 alone, long codes, phone numbers, 0123, 一个. */
STAGE int
not_quantity(struct build *b)
{
	const struct numeral *num = b->num;
	struct mention *m = b->m;
	size_t l;

	/*
	 * 单位：万元, （万吨）, 原煤　万吨　11312.5: a unit alone that names
	 * a table's column or a text's scale, no amount (亿元以上 is one).
	 */
	if (num->lead_unit && num->end - num->start == 3 && num->big_unit &&
	    b->u >= 0 && m->qual == Q_NONE &&
	    unit_alone(b->s, b->n, m->start, m->end))
		return as_id(m, m->start, m->end, b->next);
	/* 几万人, 数亿元: so many tens of thousands, no amount to give. */
	if (num->lead_unit && (text_before(b->s, b->lo, b->i, "几", &l) ||
	    text_before(b->s, b->lo, b->i, "数", &l)))
		return as_id(m, b->i - l, m->end, b->next);
	/*
	 * 兩百五十五萬, 十七万 and 二点四 are numbers, and so is a ratio's
	 * second term (二点四比一) and a bounded multiplier (粉丝超百万,
	 * 逾千万); 十四五, 一 alone, 十万 and 百万富翁 are names or words.
	 */
	if (m->kind == K_NUMBER && num->chinese && !num->arabic &&
	    !num->point && !(num->big_unit && num->ntok >= 2 &&
	    (!num->lead_unit || (num->ntok >= 3 && b->c == U'十'))) &&
	    !(num->lead_unit && num->has_big &&
	    (m->qual != Q_NONE || m->start < b->i)) &&
	    !ratio_term(b->s, b->n, b->lo, b->i, m->end))
		return as_valued_id(m, b->next);
	if ((m->kind == K_NUMBER && num->plain && !m->ranged &&
	    (num->int_digits > 15 || (num->int_digits == 11 &&
	    num->lo.d[0] == 1) || num->leading_zero)) ||
	    (num->leading_zero && !num->point) ||
	    (m->kind == K_COUNT && num->one_char && !m->ranged &&
	    dec_to_small(&m->lo, 1) == 1 && m->qual == Q_NONE))
		return as_id(m, m->start, m->end, b->next);
	return GO_ON;
}

int
mention_at(const char *s, size_t n, size_t lo, size_t i, struct mention *m,
    size_t *next)
{
	struct numeral num, num2;
	struct build b = { .s = s, .n = n, .lo = lo, .i = i, .m = m,
	    .next = next, .num = &num, .num2 = &num2 };
	int r;

	b.c = utf8_get(s, n, i, &b.clen);
	*next = i + b.clen;
	if ((r = special_form(&b)) != GO_ON ||
	    (r = numeral_here(&b)) != GO_ON ||
	    (r = day_name(&b)) != GO_ON ||
	    (r = range_here(&b)) != GO_ON || (r = date_here(&b)) != GO_ON)
		return r;
	number_value(&b);
	unit_stage(&b);
	if ((r = session_ordinal(&b)) != GO_ON ||
	    (r = unitless_id(&b)) != GO_ON)
		return r;
	sign(&b);
	words_before(&b);
	currency(&b);
	pay_in_letters(&b);
	rate_unit(&b);
	if ((r = first_months(&b)) != GO_ON || (r = first_ranks(&b)) != GO_ON ||
	    (r = glossed_year(&b)) != GO_ON || (r = reign_year(&b)) != GO_ON ||
	    (r = not_quantity(&b)) != GO_ON)
		return r;
	return qualify(&b);
}
