/* date.c: dates, periods and clock times (see date.h). */
#include <string.h>

#include "date.h"
#include "fold.h"
#include "numeral.h"
#include "text.h"
#include "uclass.h"
#include "utf8.h"

/* One a thread: a worker takes its lines' own (batch.c). */
_Thread_local struct timex ref_date = { .y = -1, .m = -1, .d = -1,
    .q = -1, .half = -1, .hh = -1, .mm = -1, .ss = -1 };

void
timex_clear(struct timex *t)
{
	t->y = t->m = t->d = t->q = t->half = t->w = -1;
	t->hh = t->mm = t->ss = -1;
	t->year_part = YEAR_WHOLE;
	t->bc = 0;
}

/* Exactly w ASCII digits at s[*i] as a number, stepped over; else -1. */
static int
fixed_digits(const char *s, size_t n, size_t *i, int w)
{
	int v = 0;

	if (*i + (size_t)w > n)
		return -1;
	for (; w > 0; w--, (*i)++) {
		if (s[*i] < '0' || s[*i] > '9')
			return -1;
		v = v * 10 + (s[*i] - '0');
	}
	return v;
}

int
date_parse(const char *s, size_t n, struct timex *out)
{
	struct timex t;
	size_t i = 0;

	timex_clear(&t);
	if ((t.y = fixed_digits(s, n, &i, 4)) < 0)
		return -1;
	if (i < n && s[i] == '-') {
		i++;
		t.m = fixed_digits(s, n, &i, 2);
		if (t.m < 1 || t.m > 12)
			return -1;
		if (i < n && s[i] == '-') {
			i++;
			t.d = fixed_digits(s, n, &i, 2);
			if (t.d < 1 || t.d > 31)
				return -1;
		}
	}
	if (i < n && s[i] != 'T' && s[i] != ' ')
		return -1;
	*out = t;
	return 0;
}

void
date_doc_ref(const char *s, size_t n)
{
	if (s == NULL || date_parse(s, n, &ref_date) != 0)
		timex_clear(&ref_date);
}

/* v in at least width digits at buf[k]; returns the new end. */
static size_t
put_num(char *buf, size_t k, int v, int width)
{
	char d[12];
	int n = 0;

	do
		d[n++] = '0' + v % 10;
	while ((v /= 10) > 0);
	while (n < width)
		d[n++] = '0';
	while (n > 0)
		buf[k++] = d[--n];
	return k;
}

/* A prefix character, then v in at least two digits. */
static size_t
put_field(char *buf, size_t k, char prefix, int v)
{
	buf[k++] = prefix;
	return put_num(buf, k, v, 2);
}

void
timex_format(const struct timex *t0, char *buf)
{
	struct timex t = *t0;
	size_t k = 0;
	int has_date = t.y >= 0 || t.m >= 0 || t.d >= 0 || t.q >= 0 ||
	    t.half >= 0 || t.w >= 0;

	if (ref_date.y >= 0 && has_date) {
		if (t.y < 0)
			t.y = ref_date.y;
		if (t.m < 0 && t.d >= 0)
			t.m = ref_date.m;
	}
	if (has_date) {
		if (t.bc) {
			memcpy(buf, "BC", 2);
			k = 2;
		}
		if (t.y >= 0 && t.year_part != YEAR_WHOLE)
			k = put_num(buf, k, t.y, t.year_part == YEAR_DECADE ? 3 : 2);
		else if (t.y >= 0)
			k = put_num(buf, k, t.y, 4);
		else {
			memcpy(buf, "XXXX", 4);
			k = 4;
		}
		if (t.q >= 0) {
			memcpy(buf + k, "-Q", 2);
			k = put_num(buf, k + 2, t.q, 1);
		} else if (t.half >= 0) {
			memcpy(buf + k, "-H", 2);
			k = put_num(buf, k + 2, t.half, 1);
		} else if (t.w >= 0) {
			memcpy(buf + k, "-W", 2);
			k = put_num(buf, k + 2, t.w, 2);
		} else if (t.m >= 0)
			k = put_field(buf, k, '-', t.m);
		else if (t.d >= 0) {
			memcpy(buf + k, "-XX", 3);
			k += 3;
		}
		if (t.d >= 0)
			k = put_field(buf, k, '-', t.d);
	}
	if (t.hh >= 0) {
		k = put_field(buf, k, 'T', t.hh);
		if (t.mm >= 0)
			k = put_field(buf, k, ':', t.mm);
		if (t.ss >= 0)
			k = put_field(buf, k, ':', t.ss);
	}
	buf[k] = '\0';
}

/* Up to width ASCII or fullwidth digits at s[*j] as a number; -1 if none. */
static int
digits(const char *s, size_t n, size_t *j, int minw, int maxw)
{
	int v = 0, w = 0;
	size_t l;
	uint32_t c;

	while (*j < n && w < maxw) {
		c = utf8_get(s, n, *j, &l);
		if (is_ascii_digit(c))
			v = v * 10 + (c - '0');
		else if (is_wide_digit(c))
			v = v * 10 + (c - UCP_FULLWIDTH('0'));
		else
			break;
		*j += l;
		w++;
	}
	if (w < minw)
		return -1;
	if (*j < n) {
		c = utf8_get(s, n, *j, &l);
		if (is_ascii_digit(c) || is_wide_digit(c))
			return -1;
	}
	return v;
}

/*
 * HH:MM[:SS] at s[*j]; advances *j past it.  Minutes with a decimal after
 * them are a ratio's (师生比为1:16.8).
 */
static int
clock_time(const char *s, size_t n, size_t *j, struct timex *t)
{
	size_t k = *j, l;
	int hh, mm, ss = -1;

	if ((hh = digits(s, n, &k, 1, 2)) < 0 || hh > 24 || k >= n)
		return 0;
	if (!text_at(s, n, k, ":", &l) && !text_at(s, n, k, "：", &l))
		return 0;
	k += l;
	if ((mm = digits(s, n, &k, 2, 2)) < 0 || mm > 59 || (k + 1 < n &&
	    s[k] == '.' && is_ascii_digit((unsigned char)s[k + 1])))
		return 0;
	if (k < n && text_at(s, n, k, ":", &l)) {
		size_t k2 = k + l;

		if ((ss = digits(s, n, &k2, 2, 2)) >= 0 && ss <= 60)
			k = k2;
		else
			ss = -1;
	}
	t->hh = hh;
	t->mm = mm;
	t->ss = ss;
	*j = k;
	return 1;
}

static void	year_tail(const char *, size_t, struct datespan *);
static const struct day_part *day_part_at(const char *, size_t, size_t,
		    size_t *);
static void	clock_range_after(const char *, size_t, size_t *,
		    struct datespan *, const struct day_part *);

/*
 * Whether a date or a clock time may start with the ASCII digits at s[i]:
 * four of them and - / ., or one or two and a colon (or a fullwidth form,
 * looked at closely).
 */
static int
date_or_clock_may_start(const char *s, size_t n, size_t i)
{
	size_t j = i;
	unsigned char c;

	while (j < n && is_ascii_digit((unsigned char)s[j]))
		j++;
	if (j >= n)
		return 0;
	c = s[j];
	return c == 0xef || (j - i == 4 && (c == '-' || c == '/' || c == '.')) ||
	    (j - i == 3 && (c == '-' || c == '/')) ||
	    (j - i == 2 && c == '/') || (j - i <= 2 && c == ':');
}

/*
 * A month and a day of two digits each, parted by sep, at s[*j] (03/15,
 * 03-05): into t, *j past them.  Whether they are there.
 */
static int
month_day_digits(const char *s, size_t n, size_t *j, char sep,
    struct timex *t)
{
	int m, d;

	if ((m = digits(s, n, j, 2, 2)) < 1 || m > 12 || *j >= n ||
	    s[*j] != sep)
		return 0;
	(*j)++;
	if ((d = digits(s, n, j, 2, 2)) < 1 || d > 31)
		return 0;
	t->m = m;
	t->d = d;
	return 1;
}

/*
 * 03/15 21:18: a month and a day and the clock time after them, as
 * forums stamp their replies; 03/15 alone may be a fraction.  Fills ds
 * and returns 1.
 */
static int
slash_day_time(const char *s, size_t n, size_t i, struct datespan *ds)
{
	size_t j = i;

	if (!month_day_digits(s, n, &j, '/', &ds->lo) || j >= n || s[j] != ' ')
		goto none;
	while (j < n && s[j] == ' ')
		j++;
	if (!clock_time(s, n, &j, &ds->lo))
		goto none;
	ds->end = j;
	ds->hi = ds->lo;
	return 1;
none:
	timex_clear(&ds->lo);
	return 0;
}

/*
 * 114-03-05, 114/03/05: a date in a year of the Republic of China, as
 * Taiwan's pages date themselves.  Fills ds and returns 1.
 */
static int
roc_digits_date(const char *s, size_t n, size_t i, struct datespan *ds)
{
	size_t j = i;
	int y;

	if ((y = digits(s, n, &j, 3, 3)) < 100 || y > 150 || j - i != 3 ||
	    j + 1 >= n || (s[j] != '-' && s[j] != '/'))
		return 0;
	j++;
	if (!month_day_digits(s, n, &j, s[j - 1], &ds->lo)) {
		timex_clear(&ds->lo);
		return 0;
	}
	ds->lo.y = 1911 + y;
	ds->end = j;
	ds->hi = ds->lo;
	return 1;
}

/*
 * The end of a range of dates in digits at s[k], past its separator:
 * 2025.11.23 or 11.23 parted by sep as the first (2025.11.17—2025.11.23),
 * on or after lo; the date to *hi.  Returns where it ends, or 0.
 */
static size_t
digits_date_end(const char *s, size_t n, size_t k, uint32_t sep,
    const struct timex *lo, struct timex *hi)
{
	size_t j = k, l;
	int a, b, d;

	*hi = *lo;
	if ((a = digits(s, n, &j, 1, 4)) < 0 || j >= n ||
	    utf8_get(s, n, j, &l) != sep || (j += l,
	    (b = digits(s, n, &j, 1, 2)) < 0))
		return 0;
	if (a >= 1000) {	/* a year first: its month and day follow */
		if (j >= n || utf8_get(s, n, j, &l) != sep || (j += l,
		    (d = digits(s, n, &j, 1, 2)) < 1) || d > 31)
			return 0;
		hi->y = a;
		a = b;
		b = d;
	}
	if (a < 1 || a > 12 || b < 1 || b > 31 || hi->y < lo->y ||
	    (hi->y == lo->y && a * 32 + b <= lo->m * 32 + lo->d) ||
	    (j < n && (uclass_ascii_alnum((unsigned char)s[j]) ||
	    utf8_get(s, n, j, &l) == sep)))
		return 0;
	hi->m = a;
	hi->d = b;
	return j;
}

int
date_at_digits(const char *s, size_t n, size_t i, struct datespan *ds)
{
	size_t j = i, l, l2;
	int y, m, d;
	uint32_t sep;

	timex_clear(&ds->lo);
	ds->ranged = 0;
	ds->is_time = 0;
	if (!date_or_clock_may_start(s, n, i))
		return 0;
	if (roc_digits_date(s, n, i, ds) || slash_day_time(s, n, i, ds))
		return 1;
	if ((y = digits(s, n, &j, 4, 4)) >= 1000 && j < n) {
		sep = utf8_get(s, n, j, &l);
		if (sep == '-' || sep == '/' || sep == '.') {
			j += l;
			if ((m = digits(s, n, &j, 1, 2)) >= 1 && m <= 12 && j < n &&
			    utf8_get(s, n, j, &l2) == sep) {
				j += l2;
				if ((d = digits(s, n, &j, 1, 2)) >= 1 && d <= 31) {
					ds->lo.y = y;
					ds->lo.m = m;
					ds->lo.d = d;
					ds->end = j;
					if (j < n && text_at(s, n, j, "T", &l) &&
					    (j += l, clock_time(s, n, &j, &ds->lo)))
						ds->end = j;
					else
						date_clock_after(s, n, ds);
					ds->hi = ds->lo;
					if (ds->lo.hh < 0 && (l = range_sep_at(s, n,
					    ds->end)) > 0 && (j = digits_date_end(s,
					    n, ds->end + l, sep, &ds->lo,
					    &ds->hi)) > 0) {
						ds->ranged = 1;
						ds->end = j;
					}
					return 1;
				}
			}
		}
	}
	j = i;
	if (clock_time(s, n, &j, &ds->lo)) {
		ds->end = j;
		ds->is_time = 1;
		ds->hi = ds->lo;
		clock_range_after(s, n, &ds->end, ds, NULL);
		return 1;
	}
	return 0;
}

/* The small integer a numeral stands for, or -1. */
static int
small_value(const struct numeral *num)
{
	long long v;

	if (num->bad || num->ranged || num->point || num->separators)
		return -1;
	v = dec_to_small(&num->lo, 9999);
	return (int)v;
}

static int
is_year(const struct numeral *num)
{
	int v = small_value(num);

	if (v < 1000 || v > 2999)
		return 0;
	return (num->plain && num->int_digits == 4) ||
	    (num->positional && num->ntok == 1);
}

/* The year a year's last two digits v name: 2000 on for 00 to 30. */
static int
century_of(int v)
{
	return v <= 30 ? 2000 + v : 1900 + v;
}

/*
 * A year of two Chinese digits read one by one (一九年, 九八年: a length
 * of time is 十九年), as century_of() reads it; or -1.
 */
static int
short_year(const struct numeral *num, int v)
{
	if (!num->positional || num->arabic || num->ntok != 1 ||
	    num->end - num->start != 6 || v < 0 || v > 99)
		return -1;
	return century_of(v);
}

/*
 * A year of two Arabic digits before its month (19年11月, 08年5月, as
 * speech writes dates; 19年上下 is a length), as century_of() reads it;
 * or -1.  k is past 年.
 */
static int
two_digit_year(const char *s, size_t n, const struct numeral *num, int v,
    size_t k)
{
	struct numeral month;
	size_t l;
	int m;

	if (!num->plain || num->int_digits != 2 || v < 0 || v > 99 ||
	    k >= n || !numeral_parse(s, n, k, &month) || !month.plain ||
	    month.int_digits > 2 || (m = small_value(&month)) < 1 || m > 12 ||
	    !text_at(s, n, month.end, "月", &l))
		return -1;
	return century_of(v);
}

/* The small value of the numeral num, read at *j; advances *j past it. */
static int
value_of(const struct numeral *num, size_t *j)
{
	int v;

	if ((v = small_value(num)) < 0)
		return -1;
	*j = num->end;
	return v;
}

/* A numeral at s[*j] and its small value; advances *j. */
static int
numeral_value(const char *s, size_t n, size_t *j, struct numeral *num)
{
	if (*j >= n || !numeral_parse(s, n, *j, num))
		return -1;
	return value_of(num, j);
}

/*
 * 末 and 初 after a century or a decade, as after a year (19世纪末,
 * 90年代初): in the span, no TIMEX field; 中叶 and other words of a part
 * stay out (18世纪中叶).
 */
static size_t
era_part(const char *s, size_t n, size_t j)
{
	size_t l;

	if (text_at(s, n, j, "末", &l) || text_at(s, n, j, "初", &l))
		return j + l;
	return j;
}

/* 上旬, 月底, 月初 ... after a month: kept in the span, no TIMEX field. */
static size_t
month_part(const char *s, size_t n, size_t j)
{
	static const char *const parts[] = {
		"上中旬", "上旬", "中旬", "下旬", "底", "初", "末", "中下旬", "份",
		NULL
	};
	size_t l;
	int i;

	for (i = 0; parts[i] != NULL; i++)
		if (text_at(s, n, j, parts[i], &l))
			return j + l;
	return j;
}

/*
 * D日 or D号, D the numeral num read at s[*j]; 0 < D <= 31.  The _of
 * forms take the numeral read already, the _at forms read it.
 */
static int
day_of(const char *s, size_t n, const struct numeral *num, size_t *j,
    int allow_hao)
{
	size_t k = *j, l;
	int d = value_of(num, &k);

	if (d < 1 || d > 31 || k >= n)
		return -1;
	if (text_at(s, n, k, "日", &l) ||
	    (allow_hao && text_at(s, n, k, "号", &l))) {
		size_t l2;

		if (text_at(s, n, k + l, "元", &l2) || text_at(s, n, k + l, "币", &l2) ||
		    text_at(s, n, k + l, "圆", &l2))
			return -1;
		*j = k + l;
		return d;
	}
	return -1;
}

/*
 * Whether a month named by a word stands just before the numeral num
 * (下个月15号, 每月20号): then D号 is its day, as D日 is, unless it names
 * a line or a building (下月5号线).
 */
static int
month_named_before(const char *s, size_t n, const struct numeral *num)
{
	static const char *const words[] = {
		"下个月", "下月", "本月", "这个月", "上个月", "上月", "当月",
		"次月", "每月", "每个月", NULL
	};
	size_t l;
	int i;

	if (!text_at(s, n, num->end, "号", &l) ||
	    text_at(s, n, num->end, "号线", &l) ||
	    text_at(s, n, num->end, "号楼", &l))
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (text_before(s, 0, num->start, words[i], &l))
			return 1;
	return 0;
}

/* D日 or D号 at s[*j]. */
static int
day_at(const char *s, size_t n, size_t *j, int allow_hao)
{
	struct numeral num;

	if (*j >= n || !numeral_parse(s, n, *j, &num))
		return -1;
	return day_of(s, n, &num, j, allow_hao);
}

/*
 * A day of a lunar month with no 日, as such days are written after a
 * month in Chinese: 初一 to 初十, and 廿N (三月初三, 腊月廿三).  Its day,
 * *j past it; or -1.
 */
static int
lunar_day_at(const char *s, size_t n, size_t *j)
{
	size_t k = *j, l;
	int v, d, cls;

	if (text_at(s, n, k, "初", &l)) {
		k += l;
		if (k >= n)
			return -1;
		cls = numeral_class(utf8_get(s, n, k, &l), &v);
		if (cls == NC_DIGIT)
			d = v;
		else if (cls == NC_UNIT && v == 1)	/* 初十 */
			d = 10;
		else
			return -1;
	} else if (text_at(s, n, k, "廿", &l)) {
		k += l;
		d = 20;
		if (k < n && numeral_class(utf8_get(s, n, k, &l), &v) ==
		    NC_DIGIT && v > 0)
			d += v;
		else
			l = 0;
	} else
		return -1;
	if (d < 1 || d > 29)
		return -1;
	*j = k + l;
	return d;
}

/*
 * Month M月, M the numeral num read at s[*j], with an optional day and
 * part: 3月28日, 9月上旬, 6月底; a lunar day after a month in Chinese,
 * 五月初五.
 */
static int
month_of(const char *s, size_t n, const struct numeral *num, size_t *j,
    struct timex *t)
{
	size_t k = *j, l, l2;
	int m = value_of(num, &k), d;

	/* 6月龄 is an infant's age, no month. */
	if (m < 1 || m > 12 || !text_at(s, n, k, "月", &l) ||
	    text_at(s, n, k + l, "龄", &l2))
		return 0;
	k += l;
	t->m = m;
	if ((d = day_at(s, n, &k, 1)) > 0 ||
	    (!num->arabic && (d = lunar_day_at(s, n, &k)) > 0))
		t->d = d;
	else
		k = month_part(s, n, k);
	*j = k;
	return 1;
}

/* Month M月 at s[*j]. */
static int
month_at(const char *s, size_t n, size_t *j, struct timex *t)
{
	struct numeral num;

	if (*j >= n || !numeral_parse(s, n, *j, &num))
		return 0;
	return month_of(s, n, &num, j, t);
}

/*
 * Whether 第 stands before s[k]; or 前, 首: 前3季 and 首季 count quarters
 * without 度, as 第N季 does.
 */
static int
quarter_word_before(const char *s, size_t k)
{
	size_t l;

	return text_before(s, 0, k, "第", &l) || text_before(s, 0, k, "前", &l) ||
	    text_before(s, 0, k, "首", &l);
}

/*
 * Whether 第N季 just after a title in 《》 is a season of a show
 * (《山海》第二季), no quarter.
 */
static int
season_of_title(const char *s, const struct numeral *num)
{
	size_t l, k = num->start;

	return text_before(s, 0, k, "第", &l) && text_before(s, 0, k - l, "》",
	    &l);
}

/*
 * N季度, or N季 after 第 (di: as Taiwan and Hong Kong write it) or 前, N
 * the numeral num read at s[*j].
 */
static int
quarter_of(const char *s, size_t n, const struct numeral *num, int di,
    size_t *j, struct timex *t)
{
	size_t k = *j, l;
	int q = value_of(num, &k);

	if (q < 1 || q > 4 || !(text_at(s, n, k, "季度", &l) ||
	    (di && text_at(s, n, k, "季", &l) && !season_of_title(s, num))))
		return 0;
	t->q = q;
	*j = k + l;
	return 1;
}

/* N季度 / 第N季度 / 第N季 / 前N季 at s[*j]. */
static int
quarter_at(const char *s, size_t n, size_t *j, struct timex *t)
{
	struct numeral num;
	size_t k = *j, l;
	int di;

	if (text_at(s, n, k, "第", &l)) {
		k += l;
		di = 1;
	} else
		di = quarter_word_before(s, k);
	if (k >= n || !numeral_parse(s, n, k, &num) ||
	    !quarter_of(s, n, &num, di, &k, t))
		return 0;
	*j = k;
	return 1;
}

/* 前三季度 or 首三季度 at s[*j]: quarters 1..N. */
static int
first_quarters_at(const char *s, size_t n, size_t *j, struct datespan *ds)
{
	struct timex last = ds->lo;
	size_t k = *j, l;

	if (!text_at(s, n, k, "前", &l) && !text_at(s, n, k, "首", &l))
		return 0;
	k += l;
	if (!quarter_at(s, n, &k, &last) || last.q < 2)
		return 0;
	ds->hi = last;
	ds->lo.q = 1;
	ds->ranged = 1;
	*j = k;
	return 1;
}

/* 1-6月, 1至6月份 at s[*j]: months M1..M2 of the year before. */
static int
month_range_at(const char *s, size_t n, size_t *j, struct datespan *ds)
{
	struct numeral num;
	size_t k = *j, sep, l;
	int m1, m2;

	m1 = numeral_value(s, n, &k, &num);
	if (m1 < 1 || (sep = range_sep_at(s, n, k)) == 0)
		return 0;
	k += sep;
	m2 = numeral_value(s, n, &k, &num);
	if (m2 <= m1 || m2 > 12 || !text_at(s, n, k, "月", &l))
		return 0;
	ds->hi = ds->lo;
	ds->lo.m = m1;
	ds->hi.m = m2;
	ds->ranged = 1;
	*j = month_part(s, n, k + l);
	return 1;
}

/* 前N个月 or 首N个月 at s[*j] (N <= 12): months 1..N. */
static int
first_months_at(const char *s, size_t n, size_t *j, struct datespan *ds)
{
	struct numeral num;
	size_t k = *j, l;
	int m;

	if (!text_at(s, n, k, "前", &l) && !text_at(s, n, k, "首", &l))
		return 0;
	k += l;
	m = numeral_value(s, n, &k, &num);
	if (m < 2 || m > 12 || !text_at(s, n, k, "个月", &l))
		return 0;
	ds->lo.m = 1;
	ds->hi = ds->lo;
	ds->hi.m = m;
	ds->ranged = 1;
	*j = k + l;
	return 1;
}

static int
half_at(const char *s, size_t n, size_t *j, struct timex *t)
{
	size_t l;

	if (text_at(s, n, *j, "上半年", &l))
		t->half = 1;
	else if (text_at(s, n, *j, "下半年", &l))
		t->half = 2;
	else
		return 0;
	*j += l;
	return 1;
}

/* Range separators between two dates or numbers. */
size_t
range_sep_at(const char *s, size_t n, size_t j)
{
	size_t l, l2;

	if (j >= n)
		return 0;
	switch (utf8_get(s, n, j, &l)) {
	case UCP_EM_DASH:		/* — or —— */
		if (j + l < n && utf8_get(s, n, j + l, &l2) == UCP_EM_DASH)
			return l + l2;
		return l;
	case U'至': case U'到':
	case '-': case UCP_FULLWIDTH('-'): case UCP_EN_DASH:
	case '~': case UCP_FULLWIDTH('~'): case U'〜':
		return l;
	}
	return 0;
}

/*
 * The day a range ends on, at s[*k]: a month and its day (至9月30日) or a
 * day alone (至13日; flag as day_at takes it).  Sets hi's parts, advances
 * *k; 0 when there is none.
 */
static int
day_end_at(const char *s, size_t n, size_t *k, struct timex *hi, int flag)
{
	struct timex t = *hi;
	size_t k2 = *k;
	int d;

	t.d = -1;
	if (month_at(s, n, &k2, &t) && t.d >= 0) {
		*hi = t;
		*k = k2;
		return 1;
	}
	if ((d = day_at(s, n, k, flag)) <= 0)
		return 0;
	hi->d = d;
	return 1;
}

static int	roc_year(const char *, size_t, const struct numeral *, int, size_t);
static size_t	weekday_at(const char *, size_t, size_t);
static void	days_of_month(const char *, size_t, struct datespan *);

/*
 * 2019年3月至2022年8月: the high end of a range of dates written whole at
 * s[k], from its year to the parts the low end has.  Sets ds->hi.
 */
static int
whole_date_end(const char *s, size_t n, size_t k, struct datespan *ds)
{
	struct numeral num;
	struct datespan hi;
	const struct timex *a = &ds->lo, *b = &hi.lo;
	size_t l;
	int v;

	if ((v = numeral_value(s, n, &k, &num)) < 0)
		return 0;
	/* 114年3月1日起至114年12月31日: Taiwan's years at both ends. */
	if (!is_year(&num) && (v = roc_year(s, n, &num, v, k)) < 0)
		return 0;
	if (v < a->y || !text_at(s, n, k, "年", &l))
		return 0;
	timex_clear(&hi.lo);
	hi.lo.y = v;
	hi.ranged = 0;
	hi.end = k + l;
	year_tail(s, n, &hi);
	if (hi.ranged || (a->m < 0) != (b->m < 0) || (a->d < 0) != (b->d < 0) ||
	    (a->q < 0) != (b->q < 0) || (a->half < 0) != (b->half < 0))
		return 0;
	ds->hi = hi.lo;
	ds->ranged = 1;
	ds->end = hi.end;
	return 1;
}

/*
 * The high end of a range after a date: 7月12日至13日, 2020年至2022年,
 * 一季度至三季度.
 */
static void
date_range_after(const char *s, size_t n, struct datespan *ds)
{
	struct timex hi = ds->lo;
	struct numeral num;
	size_t k = ds->end, sep, l, named_day;
	int v;

	/* 6日夜间至8日: a part of the day may end the first date. */
	if (ds->lo.d >= 0 && day_part_at(s, n, k, &l) != NULL)
		k += l;
	/*
	 * 12月8日（周一）至14日（周日）: a weekday after each end, both in
	 * the range's span.
	 */
	named_day = ds->lo.d >= 0 ? weekday_at(s, n, k) : k;
	if (named_day > k && range_sep_at(s, n, named_day) > 0)
		k = named_day;
	else
		named_day = 0;
	/* 自2023年11月5日起至2033年11月4日: from the first, to the second. */
	if (ds->lo.d >= 0 && text_at(s, n, k, "起", &l) &&
	    range_sep_at(s, n, k + l) > 0)
		k += l;
	if ((sep = range_sep_at(s, n, k)) == 0 || ds->ranged)
		return;
	k += sep;
	if (ds->lo.y >= 0 && whole_date_end(s, n, k, ds))
		return;
	/*
	 * 11月至次年1月, 11月15日至次年3月15日, 十二月六日至明年一月三十一日:
	 * to a date of the next year.
	 */
	if (ds->lo.m >= 0 && (text_at(s, n, k, "次年", &l) ||
	    text_at(s, n, k, "翌年", &l) || text_at(s, n, k, "明年", &l))) {
		k += l;
		if (hi.y >= 0)
			hi.y++;
	} else
		l = 0;
	if (ds->lo.d >= 0) {
		hi.m = l > 0 ? -1 : hi.m;
		if (!day_end_at(s, n, &k, &hi, 1) || (l > 0 && hi.m < 0))
			return;
	} else if (ds->lo.m >= 0 && ds->lo.d < 0) {
		if (!month_at(s, n, &k, &hi) || hi.d >= 0 ||
		    (l > 0 && hi.m >= ds->lo.m))
			return;
	} else if (ds->lo.q >= 0) {
		/* 第一季度至第三季度 */
		if (!quarter_at(s, n, &k, &hi) || hi.q <= ds->lo.q)
			return;
	} else if (ds->lo.y >= 0 && ds->lo.m < 0 && ds->lo.q < 0 &&
	    ds->lo.half < 0) {
		/* 2020年至2022年3月: the years alone, in order. */
		if ((v = numeral_value(s, n, &k, &num)) < 0 || !is_year(&num) ||
		    v < ds->lo.y || !text_at(s, n, k, "年", &l))
			return;
		hi.y = v;
		k += l;
	} else
		return;
	ds->hi = hi;
	ds->ranged = 1;
	ds->end = named_day > 0 ? weekday_at(s, n, k) : k;
}

/*
 * 6月5—7日: days of the month just read (a month with no day), from one
 * to another, written with 日 once at the end.
 */
static void
days_of_month(const char *s, size_t n, struct datespan *ds)
{
	struct numeral num;
	size_t k = ds->end, sep;
	int d;

	if (ds->lo.m < 0 || ds->lo.d >= 0 || ds->ranged ||
	    !numeral_parse(s, n, k, &num) || num.ranged || num.point ||
	    (d = small_value(&num)) < 1 || d > 31 ||
	    (sep = range_sep_at(s, n, num.end)) == 0)
		return;
	k = num.end + sep;
	ds->hi = ds->lo;
	if ((ds->hi.d = day_at(s, n, &k, 0)) <= d)
		return;
	ds->lo.d = d;
	ds->ranged = 1;
	ds->end = k;
}

/*
 * 2025年半年度, 2025年半年报: a half-year's report is of the first half.
 * The length of the period's words (报 stays out), or 0.
 */
static size_t
half_year_report_at(const char *s, size_t n, size_t k)
{
	size_t l;

	if (text_at(s, n, k, "半年度", &l))
		return l;
	return text_at(s, n, k, "半年报", &l) ? l - strlen("报") : 0;
}

/* 2025年第12周: a week of the year, as weekly figures are dated. */
static int
week_at(const char *s, size_t n, size_t *k, struct timex *t)
{
	struct numeral num;
	size_t j = *k, l;
	int v;

	if (!text_at(s, n, j, "第", &l))
		return 0;
	j += l;
	if ((v = numeral_value(s, n, &j, &num)) < 1 || v > 53 ||
	    !(text_at(s, n, j, "周", &l) || text_at(s, n, j, "週", &l)) ||
	    text_at(s, n, j, "周年", &l) || text_at(s, n, j, "週年", &l))
		return 0;
	t->w = v;
	*k = j + l;
	return 1;
}

/*
 * After YYYY年: a quarter (首季 is the first), a half, a month or months,
 * the first months or quarters, 年底; 全年 (the whole year) stays out.
 */
static void
year_tail(const char *s, size_t n, struct datespan *ds)
{
	size_t k = ds->end, l;

	/* 2025年度, 114年度: the (fiscal) year itself. */
	if (text_at(s, n, k, "度", &l)) {
		ds->end = k + l;
		return;
	}
	if (text_at(s, n, k, "首季度", &l) || text_at(s, n, k, "首季", &l)) {
		/* 2024年首季: the first quarter. */
		ds->lo.q = 1;
		ds->end = k + l;
	} else if ((l = half_year_report_at(s, n, k)) > 0) {
		ds->lo.half = 1;
		ds->end = k + l;
	} else if (quarter_at(s, n, &k, &ds->lo) || half_at(s, n, &k, &ds->lo) ||
	    week_at(s, n, &k, &ds->lo) ||
	    month_range_at(s, n, &k, ds) || month_at(s, n, &k, &ds->lo) ||
	    first_months_at(s, n, &k, ds) || first_quarters_at(s, n, &k, ds)) {
		ds->end = k;
		days_of_month(s, n, ds);
	} else if (text_at(s, n, k, "底", &l) || text_at(s, n, k, "末", &l) ||
	    text_at(s, n, k, "初", &l))
		ds->end = k + l;
}

/* The seconds of a clock time at s[*k], after its minutes (27分31秒), or -1. */
static int
clock_seconds(const char *s, size_t n, size_t *k)
{
	struct numeral num;
	size_t k2 = *k, l;
	int v = numeral_value(s, n, &k2, &num);

	if (v < 0 || v > 59 || !text_at(s, n, k2, "秒", &l))
		return -1;
	*k = k2 + l;
	return v;
}

/*
 * Whether num, after 点, is a clock's minutes written alone, as speech
 * does (下午2点40出发): two Arabic digits, no number, multiplier, point
 * or unit of money or measure after them.
 */
static int
minutes_alone(const char *s, size_t n, const struct numeral *num)
{
	size_t l;
	uint32_t c;
	int v;

	if (!num->plain || num->int_digits != 2)
		return 0;
	if (num->end >= n)
		return 1;
	c = utf8_get(s, n, num->end, &l);
	return !is_ascii_digit(c) && c != '.' && c != '%' &&
	    numeral_class(c, &v) == NC_NONE && c != U'元' && c != U'块' &&
	    c != U'米' && c != U'度' && c != U'秒' && c != U'％';
}

/*
 * N时[M分[S秒]] / N点M分 / N点半: a clock time; a bare N点 only when a
 * date or a part of the day makes it one (bare_point).
 */
static int
chinese_time(const char *s, size_t n, size_t k, int hh, struct datespan *ds,
    int bare_point)
{
	struct numeral num;
	size_t l, l2;
	int by_point = 0, mm = -1, ss = -1;

	if (hh < 0 || hh > 24)
		return 0;
	if (text_at(s, n, k, "点", &l))
		by_point = 1;
	else if (!text_at(s, n, k, "时", &l) || text_at(s, n, k + l, "间", &l2))
		return 0;
	k += l;
	if (text_at(s, n, k, "半", &l)) {
		mm = 30;
		k += l;
	} else {
		size_t k2 = k;
		int v = numeral_value(s, n, &k2, &num);

		if (v >= 0 && v <= 59 && text_at(s, n, k2, "分", &l)) {
			mm = v;
			k = k2 + l;
			ss = clock_seconds(s, n, &k);
		} else if (by_point && v >= 0 && v <= 59 &&
		    minutes_alone(s, n, &num)) {
			mm = v;
			k = k2;
		} else if (by_point && text_at(s, n, k, "钟", &l))
			k += l;
		else if (by_point && !bare_point)
			return 0;
	}
	/* 9时整, 5时许 (about 5:00), 8点多 (past 8, on the hour alone) */
	if (text_at(s, n, k, "整", &l) || text_at(s, n, k, "许", &l) ||
	    (mm < 0 && text_at(s, n, k, "多", &l)))
		k += l;
	ds->lo.hh = hh;
	ds->lo.mm = mm < 0 ? 0 : mm;
	ds->lo.ss = ss;
	ds->end = k;
	ds->is_time = 1;
	return 1;
}

/* Whether one of the words of list (NULL ends it) is at s[k]: its length. */
static int
word_at(const char *s, size_t n, size_t k, const char *const *list,
    size_t *len)
{
	for (; *list != NULL; list++)
		if (text_at(s, n, k, *list, len))
			return 1;
	return 0;
}

/* A season or a school year, the word out of the span: 2024-25赛季. */
static const char *const seasons[] = {
	"赛季", "学年", "球季", "雪季", NULL
};

/* Whether a word that can follow a date's number stands at s[k]. */
static int
date_word_at(const char *s, size_t n, size_t k)
{
	size_t l;

	if (k >= n)
		return 0;
	switch (fold_char(utf8_get(s, n, k, &l))) {
	case U'年':
	case U'月':
	case U'日':
	case U'号':
	case U'季':
	case U'时':
	case U'点':
		return 1;
	case U'赛':	/* a season: 2025赛季 */
	case U'学':
	case U'球':
	case U'雪':
		return word_at(s, n, k, seasons, &l);
	}
	return 0;
}

/* Spaces at s[k]; returns where they end. */
static size_t
skip_spaces(const char *s, size_t n, size_t k)
{
	size_t l;

	while (k < n && (s[k] == ' ' || text_at(s, n, k, "　", &l)))
		k += s[k] == ' ' ? 1 : l;
	return k;
}

/* The words a weekday's number follows: 星期二, 礼拜天, 周五. */
static const char *const weekday_words[] = { "星期", "礼拜", "周", NULL };

int
date_weekday_word_before(const char *s, size_t lo, size_t k, size_t *len)
{
	int i;

	for (i = 0; weekday_words[i] != NULL; i++)
		if (text_before(s, lo, k, weekday_words[i], len))
			return 1;
	return 0;
}

/* A weekday after a date: 星期二, 周二, (星期二), (下周四); returns its end. */
static size_t
weekday_at(const char *s, size_t n, size_t k)
{
	static const char *const days[] = {
		"一", "二", "三", "四", "五", "六", "日", "天", NULL
	};
	size_t l, k2 = k, open = 0;
	int i;

	if (k2 >= n)
		return k;
	switch (fold_char(utf8_get(s, n, k2, &l))) {
	case '(': case UCP_FULLWIDTH('('): case U'星': case U'礼': case U'周':
		break;
	default:
		return k;
	}
	if (text_at(s, n, k2, "(", &l) || text_at(s, n, k2, "（", &l)) {
		k2 += l;
		open = 1;
		/* (下周四): this week's, next week's, last week's. */
		if (text_at(s, n, k2, "下", &l) || text_at(s, n, k2, "本", &l) ||
		    text_at(s, n, k2, "上", &l))
			k2 += l;
	}
	for (i = 0; weekday_words[i] != NULL &&
	    !text_at(s, n, k2, weekday_words[i], &l); i++)
		;
	if (weekday_words[i] == NULL)
		return k;
	k2 += l;
	for (i = 0; days[i] != NULL && !text_at(s, n, k2, days[i], &l); i++)
		;
	if (days[i] == NULL)
		return k;
	k2 += l;
	if (open && !text_at(s, n, k2, ")", &l) && !text_at(s, n, k2, "）", &l))
		return k;
	return open ? k2 + l : k2;
}

/*
 * A part of the day before a clock time: 下午 and 晚上 move 1-11 o'clock
 * to the afternoon, 夜里 and 夜间 only from 6 on (夜里2点 is 2:00);
 * Cantonese says 朝早 for the morning, 下昼 (下晝) for the afternoon.
 */
static const struct day_part {
	const char	*word;
	int		 from;		/* hours from here to 11 get 12 more */
} day_parts[] = {
	{ "上午", 12 }, { "早上", 12 }, { "早晨", 12 }, { "清晨", 12 },
	{ "凌晨", 12 }, { "中午", 0 }, { "下午", 1 }, { "傍晚", 1 },
	{ "晚上", 1 }, { "晚间", 1 }, { "夜里", 6 }, { "夜间", 6 },
	{ "夜晚", 6 }, { "深夜", 6 }, { "午后", 1 }, { "白天", 12 },
	{ "朝早", 12 }, { "下昼", 1 }, { "晚", 1 }, { "早", 12 }, { NULL, 0 }
};

/* Whether c is the first (first) or last character of a day part. */
static int
day_part_char(uint32_t c, int first)
{
	switch (fold_char(c)) {
	case U'上':
	case U'早':
	case U'晚':
		return 1;
	case U'午':
	case U'夜':
		return 1;
	case U'清': case U'凌': case U'中': case U'下':
	case U'傍': case U'深': case U'白': case U'朝':
		return first;
	case U'晨': case U'间': case U'里': case U'后': case U'天':
	case U'昼':
		return !first;
	}
	return 0;
}

/* The day part written at s[k], or NULL; its length to *len. */
static const struct day_part *
day_part_at(const char *s, size_t n, size_t k, size_t *len)
{
	int i;

	if (k >= n || !day_part_char(utf8_get(s, n, k, len), 1))
		return NULL;
	for (i = 0; day_parts[i].word != NULL; i++)
		if (text_at(s, n, k, day_parts[i].word, len))
			return &day_parts[i];
	return NULL;
}

/* The day part written just before s[k] (a space between allowed). */
static const struct day_part *
day_part_before(const char *s, size_t k, size_t *len)
{
	size_t l, sp = 0;
	int i;

	if (k > 0 && s[k - 1] == ' ')
		sp = 1;
	if (k <= sp || !day_part_char(utf8_prev(s, k - sp, &l), 0))
		return NULL;
	for (i = 0; day_parts[i].word != NULL; i++)
		if (text_before(s, 0, k - sp, day_parts[i].word, &l)) {
			*len = l + sp;
			return &day_parts[i];
		}
	return NULL;
}

static void
to_day_part(const struct day_part *p, struct timex *t)
{
	if (p != NULL && t->hh >= p->from && t->hh < 12 && (p->from > 0 ||
	    t->hh < 3))
		t->hh += 12;
}

/*
 * A clock time at s[*k]: 17:17, 8时30分, 10点40分, 8点, with 整 or 许
 * after it.  Fills the time fields of *t; advances *k.
 */
static int
clock_at(const char *s, size_t n, size_t *k, struct timex *t)
{
	struct numeral num;
	struct datespan c;
	size_t k2 = *k, l;
	int hh;

	if (!clock_time(s, n, &k2, t)) {
		c.lo = *t;
		if ((hh = numeral_value(s, n, &k2, &num)) < 0 ||
		    !chinese_time(s, n, k2, hh, &c, 1))
			return 0;
		*t = c.lo;
		k2 = c.end;
	}
	if (text_at(s, n, k2, "整", &l) || text_at(s, n, k2, "许", &l))
		k2 += l;
	*k = k2;
	return 1;
}

/* The next day's word at s[k] (次日, 翌日): its length, or 0. */
static size_t
next_day_at(const char *s, size_t n, size_t k)
{
	size_t l;

	return text_at(s, n, k, "次日", &l) || text_at(s, n, k, "翌日", &l) ?
	    l : 0;
}

/*
 * Whether a range's high end that is a clock time follows s[k] (8点 of
 * 8点到21点): then a bare N点 is a clock time too, as points of an index
 * run in thousands.
 */
static int
clock_range_follows(const char *s, size_t n, size_t k)
{
	struct timex t;
	size_t sep = range_sep_at(s, n, k);

	if (sep == 0)
		return 0;
	k += sep;
	k += next_day_at(s, n, k);
	timex_clear(&t);
	return k < n && is_ascii_digit((unsigned char)s[k]) &&
	    clock_at(s, n, &k, &t);
}

/* The days of month m of year y (y < 0: not written, no leap year). */
static int
month_days(int y, int m)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y >= 0 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* The day after t's, carried into the month and year where they are written. */
static void
next_day(struct timex *t)
{
	if (t->m < 1 || t->m > 12 || ++t->d <= month_days(t->y, t->m))
		return;
	t->d = 1;
	if (++t->m > 12) {
		t->m = 1;
		if (t->y >= 0)
			t->y++;
	}
}

/*
 * Past the high end's own year, written again before its day, at s[k]
 * (2025年6月12日9:00至2025年6月18日17:00): a year, no earlier than the
 * low end's, into hi; or k.
 */
static size_t
year_of_day_end(const char *s, size_t n, size_t k, struct timex *hi)
{
	struct numeral num;
	size_t j = k, l;
	int v;

	if (hi->y < 0 || (v = numeral_value(s, n, &j, &num)) < 0 ||
	    !is_year(&num) || v < hi->y || !text_at(s, n, j, "年", &l))
		return k;
	hi->y = v;
	return j + l;
}

/*
 * The day a range of times ends on, at s[*k]: 次日 (the next day), a
 * month and its day or a day alone, a weekday after it (至8月11日（周日）
 * 8:00).  Sets hi's parts, advances *k.
 */
static void
time_range_day(const char *s, size_t n, size_t *k, struct timex *hi)
{
	struct timex with_year = *hi;
	size_t l, j;

	if ((l = next_day_at(s, n, *k)) > 0) {
		next_day(hi);
		*k += l;
	} else if ((j = year_of_day_end(s, n, *k, &with_year)) > *k &&
	    day_end_at(s, n, &j, &with_year, 0)) {
		*hi = with_year;
		*k = j;
	} else if (!day_end_at(s, n, k, hi, 0))
		return;
	*k = skip_spaces(s, n, weekday_at(s, n, *k));
}

/*
 * The end of a time range after a clock time at s[*k]: -17:00, 至20时,
 * 至12日6时, 至9月30日24时, 至次日凌晨5时.  Sets ds->hi and advances *k.
 */
static void
clock_range_after(const char *s, size_t n, size_t *k, struct datespan *ds,
    const struct day_part *part)
{
	struct timex hi = ds->lo;
	const struct day_part *part2;
	size_t k2 = *k, sep = range_sep_at(s, n, k2), l;

	if (sep == 0)
		return;
	k2 += sep;
	if (ds->lo.d >= 0)
		time_range_day(s, n, &k2, &hi);
	else
		k2 += next_day_at(s, n, k2);	/* 22:00至次日8:00: no day */
	/* 上午9:00-下午5:00: the high end's own part of the day. */
	if ((part2 = day_part_at(s, n, k2, &l)) != NULL) {
		part = part2;
		k2 += l;
	}
	if (!clock_at(s, n, &k2, &hi))
		return;
	to_day_part(part, &hi);
	ds->hi = hi;
	ds->ranged = 1;
	*k = k2;
}

/*
 * A clock time after a date, across spaces, a weekday and a part of the
 * day: 2020-04-14 17:17, 3月5日(星期二)下午4:30, 11日8时至12日6时; 19至20时
 * shares its 时.  An Arabic clock needs a space after a date that ends
 * in a digit.
 */
void
date_clock_after(const char *s, size_t n, struct datespan *ds)
{
	struct timex t = ds->lo;
	const struct day_part *part;
	size_t k = skip_spaces(s, n, ds->end), l, sep;
	struct numeral num;
	int hh, hh2;

	if (k == ds->end && text_at(s, n, k, "T", &l))
		k += l;
	k = skip_spaces(s, n, weekday_at(s, n, k));
	if ((part = day_part_at(s, n, k, &l)) != NULL)
		k = skip_spaces(s, n, k + l);
	if (k == ds->end && ds->end > 0 && is_ascii_digit((unsigned char)s[k - 1]))
		return;
	ds->hi = ds->lo;
	if (clock_at(s, n, &k, &t)) {
		to_day_part(part, &t);
		ds->lo = t;
		ds->hi = t;
		ds->end = k;
		clock_range_after(s, n, &ds->end, ds, part);
		return;
	}
	/* 19至20时: the hours share one 时. */
	if ((hh = numeral_value(s, n, &k, &num)) < 0 || hh > 24 ||
	    (sep = range_sep_at(s, n, k)) == 0)
		return;
	k += sep;
	t = ds->lo;
	if (!clock_at(s, n, &k, &t) || (hh2 = t.hh) <= hh)
		return;
	ds->hi = t;
	ds->lo.hh = hh;
	ds->lo.mm = 0;
	to_day_part(part, &ds->lo);
	to_day_part(part, &ds->hi);
	ds->ranged = 1;
	ds->end = k;
}

/*
 * 114學年度: a school year of the Republic, as Taiwan numbers them, three
 * digits before 学年度; the length of the word, or 0.
 */
static size_t
roc_school_year(const char *s, size_t n, const struct numeral *num, int v,
    size_t k)
{
	size_t l;

	return num->plain && num->int_digits == 3 && v >= 100 && v <= 150 &&
	    text_at(s, n, k, "学年度", &l) ? l : 0;
}

/*
 * A year of the Republic of China: 民国108年, or a three-digit 108年
 * as Taiwan writes the years since 2011 (not 100年来, a length).
 * Returns the Gregorian year, or -1.
 */
static int
roc_year(const char *s, size_t n, const struct numeral *num, int v, size_t k)
{
	static const char *const lengths[] = {
		"来", "前", "后", "间", "内", "以来", "历史", NULL
	};
	size_t l, l2;
	int i;

	if (!text_at(s, n, k, "年", &l))
		return -1;
	if (text_before(s, 0, num->start, "民国", &l2) && v >= 1 && v <= 200)
		return 1911 + v;
	if (v < 100 || v > 150)
		return -1;
	/* 一百十四年第四季: in Chinese numerals only with a month or a quarter. */
	if (!num->plain) {
		struct timex t;
		size_t k2 = k + l;

		timex_clear(&t);
		return month_at(s, n, &k2, &t) || quarter_at(s, n, &k2, &t) ?
		    1911 + v : -1;
	}
	if (num->int_digits != 3)
		return -1;
	for (i = 0; lengths[i] != NULL; i++)
		if (text_at(s, n, k + l, lengths[i], &l2))
			return -1;
	return 1911 + v;
}

/* Whether c joins the two years of a fiscal year: / - – — 至. */
static int
fiscal_sep(uint32_t c)
{
	return ucp_halfwidth(c) == '/' || ucp_halfwidth(c) == '-' ||
	    c == UCP_EN_DASH || c == UCP_EM_DASH || c == U'至';
}

/* 2025赛季: a season of one calendar year. */
static int
season_year(const char *s, size_t n, const struct numeral *num, int v,
    struct datespan *ds)
{
	size_t l;

	if (!num->plain || num->int_digits != 4 || v < 1900 || v > 2099 ||
	    !word_at(s, n, num->end, seasons, &l))
		return 0;
	ds->lo.y = v;
	ds->hi = ds->lo;
	ds->end = num->end;
	return 1;
}

/* Whether another item of a list follows at s[k]: 、, 及, 和. */
static int
list_goes_on(const char *s, size_t n, size_t k)
{
	size_t l;

	return k < n && list_join(utf8_get(s, n, k, &l));
}

/*
 * 至2029-30年度 at s[k] after a fiscal year: the range of fiscal years
 * runs to the end of the second; ds->hi and *end are set.
 */
static int
fiscal_years_to(const char *s, size_t n, size_t k, const char *const *words,
    struct datespan *ds, size_t *end)
{
	size_t l, l2;
	int y, y2;

	if (!text_at(s, n, k, "至", &l) && !text_at(s, n, k, "到", &l))
		return 0;
	k += l;
	if ((y = digits(s, n, &k, 4, 4)) <= ds->hi.y || y > 2099 || k >= n ||
	    !fiscal_sep(utf8_get(s, n, k, &l)))
		return 0;
	k += l;
	if ((y2 = digits(s, n, &k, 2, 2)) != (y + 1) % 100 ||
	    !word_at(s, n, k, words, &l2))
		return 0;
	ds->hi.y = y + 1;
	*end = k + l2;
	return 1;
}

/*
 * 二〇二一／二二財政年度, 二〇二一至二二年度: a fiscal year written digit by
 * digit in Chinese, its word after it or after the last of a list of them
 * (二〇二一／二二、二〇二二／二三及…財政年度).  Fills ds and returns 1.
 */
static int
fiscal_year_chinese(const char *s, size_t n, const struct numeral *num, int v,
    struct datespan *ds, const char *const *words)
{
	struct numeral num2;
	size_t k = num->end, l, w2;
	int y2;

	if (num->end - num->start != 12 || v < 1900 || v > 2099 ||
	    !fiscal_sep(utf8_get(s, n, k, &l)) ||
	    !numeral_parse(s, n, k + l, &num2) || num2.arabic ||
	    ((w2 = num2.end - num2.start) != 6 && w2 != 12))
		return 0;
	/* 二三 reads as two to three too: here its digits are 23. */
	y2 = (int)dec_to_small(&num2.lo, 9999);
	if (num2.ranged && w2 == 6)
		y2 = y2 * 10 + (int)dec_to_small(&num2.hi, 9);
	else if (!num2.positional)
		return 0;
	if (y2 != (w2 == 6 ? (v + 1) % 100 : v + 1))
		return 0;
	if (word_at(s, n, num2.end, words, &l))
		ds->end = num2.end + l;
	else if (list_goes_on(s, n, num2.end))
		ds->end = num2.end;	/* listed, its word after the last */
	else
		return 0;
	ds->lo.y = v;
	ds->hi = ds->lo;
	ds->hi.y = v + 1;
	ds->ranged = 1;
	return 1;
}

/*
 * A fiscal or school year over two calendar years: 2025/26年度,
 * 2025-26年度, 2024至25年度, 25/26年度, 2024/2025学年初, 2025/26年冬春航季
 * (年 kept); a four-digit first
 * year needs no 年度 after a slash (2026/27).  Fills ds and returns 1.
 */
static int
fiscal_year(const char *s, size_t n, const struct numeral *num, int v,
    struct datespan *ds)
{
	static const char *const words[] = {
		"财政年度", "课税年度", "评税年度", "年度", "财年", "学年度",
		"学年", "年", NULL
	};
	static const char *const ends[] = { "初", "末", "底", NULL };
	size_t k = num->end, l, k0;
	uint32_t sep;
	int y, y2, slash;

	if (k < n && num->positional && !num->arabic)
		return fiscal_year_chinese(s, n, num, v, ds, words);
	if (!num->plain || k >= n || (num->int_digits != 4 && num->int_digits != 2))
		return 0;
	y = num->int_digits == 2 ? 2000 + v : v;
	if (y < 1900 || y > 2099)
		return 0;
	sep = utf8_get(s, n, k, &l);
	slash = ucp_halfwidth(sep) == '/';
	if (!fiscal_sep(sep))
		return 0;
	k += l;
	k0 = k;
	if ((y2 = digits(s, n, &k, 2, 4)) < 0 || (k - k0 == 2 ? y2 != (y + 1) %
	    100 : k - k0 != 4 || y2 != y + 1))
		return 0;
	ds->lo.y = y;
	ds->hi = ds->lo;
	ds->hi.y = y + 1;
	ds->ranged = 1;
	if (word_at(s, n, k, words, &l)) {
		k += l;
		if (word_at(s, n, k, ends, &l))	/* 2024/2025学年初 */
			k += l;
	} else if (num->int_digits == 4 && word_at(s, n, k, seasons, &l))
		;	/* 2024-25赛季 */
	else if (num->int_digits == 4 && k - k0 == 2 &&
	    fiscal_years_to(s, n, k, words, ds, &k))
		;	/* 2025-26至2029-30年度 */
	else if (num->int_digits == 4 && k - k0 == 2 && list_goes_on(s, n, k))
		;	/* 2022-23、2023-24及2024-25财政年度: listed */
	else if (k - k0 == 4 || !slash || num->int_digits != 4 ||
	    (k < n && (is_ascii_digit((unsigned char)s[k]) || s[k] == '/')))
		return 0;
	ds->end = k;
	return 1;
}

/*
 * Whether a date may follow a numeral at s[k]: a date word, a space
 * (2023 年) or the separator of a fiscal year.  Most numerals are no
 * dates, and are told so before their value is taken.
 */
static int
date_may_follow(const char *s, size_t n, size_t k)
{
	size_t l;

	return k < n && (s[k] == ' ' || date_word_at(s, n, k) ||
	    fiscal_sep(utf8_get(s, n, k, &l)));
}

/*
 * 一时 alone is a while (一時大意, 一时兴起), not one o'clock: that takes a
 * part of the day before (凌晨一时) or minutes after (一时半, 一时十分).
 */
static int
lone_one_hour(const char *s, size_t n, const struct numeral *num, int v,
    size_t k)
{
	size_t hour, l;
	int w;

	if (!num->one_char || v != 1 || !text_at(s, n, k, "时", &hour) ||
	    day_part_before(s, num->start, &l) != NULL)
		return 0;
	k += hour;
	return !(k < n && (text_at(s, n, k, "半", &l) ||
	    numeral_class(utf8_get(s, n, k, &l), &w) != NC_NONE));
}

int
date_after_numeral(const char *s, size_t n, const struct numeral *num,
    const struct numeral *lo_num, struct datespan *ds)
{
	size_t k = num->end, l;
	int v, lo, y;
	const size_t after = k;

	timex_clear(&ds->lo);
	ds->ranged = 0;
	ds->is_time = 0;
	if (!date_may_follow(s, n, k))
		return 0;
	v = small_value(num);
	lo = lo_num ? small_value(lo_num) : -1;
	if (v < 0 || num->has_big || (lo_num != NULL && (lo < 0 || lo >= v)))
		return 0;
	if (lo_num == NULL && (fiscal_year(s, n, num, v, ds) ||
	    season_year(s, n, num, v, ds)))
		return 1;
	/* 2023 年: a space between a year and 年. */
	if (k + 1 < n && s[k] == ' ' && num->plain && is_year(num) &&
	    text_at(s, n, k + 1, "年", &l))
		k++;
	if (!date_word_at(s, n, k))
		return 0;
	if (lo_num == NULL && (l = roc_school_year(s, n, num, v, k)) > 0) {
		ds->lo.y = 1911 + v;
		ds->end = k + l;
	} else if (lo_num == NULL && (y = roc_year(s, n, num, v, k)) > 0) {
		ds->lo.y = y;
		ds->end = k + 3;
		year_tail(s, n, ds);
	} else if (text_at(s, n, k, "年", &l) && lo_num == NULL &&
	    ((y = short_year(num, v)) > 0 ||
	    (y = two_digit_year(s, n, num, v, k + l)) > 0)) {
		ds->lo.y = y;
		ds->end = k + l;
		year_tail(s, n, ds);
	} else if (text_at(s, n, k, "年", &l) && is_year(num) &&
	    (lo_num == NULL || is_year(lo_num))) {
		ds->lo.y = v;
		ds->end = k + l;
		if (lo_num == NULL)
			year_tail(s, n, ds);
		else if (text_at(s, n, ds->end, "度", &l))
			ds->end += l;	/* 2025—2026年度 */
	} else if ((k = num->start, month_of(s, n, num, &k, &ds->lo))) {
		ds->end = k;
		if (lo_num != NULL && ds->lo.d >= 0)
			return 0;
		if (lo_num == NULL)
			days_of_month(s, n, ds);
	} else {
		size_t k2 = num->start;
		struct timex t;

		timex_clear(&t);
		if (quarter_of(s, n, num, quarter_word_before(s, k2), &k2, &t) &&
		    k2 > num->end) {
			ds->lo = t;
			ds->end = k2;
		} else if (!(num->one_char && v == 1) &&
		    (t.d = day_of(s, n, num, &k2,
		    month_named_before(s, n, num))) > 0 && k2 > num->end) {
			ds->lo = t;
			ds->end = k2;
		} else if (lo_num == NULL && !lone_one_hour(s, n, num, v, after) &&
		    chinese_time(s, n, after, v, ds,
		    text_at(s, n, after, "点", &l) &&
		    (day_part_before(s, num->start, &l) != NULL ||
		    clock_range_follows(s, n, after + l))))
			clock_range_after(s, n, &ds->end, ds, NULL);	/* 0时至5时 */
		else if (lo_num != NULL && text_at(s, n, after, "时", &l) &&
		    chinese_time(s, n, after, v, ds, 0)) {
			/* 14～18时: hours, 时 written after the last. */
			ds->hi = ds->lo;
			ds->lo.hh = lo;
			ds->lo.mm = 0;
			ds->lo.ss = -1;
			ds->ranged = 1;
			return 1;
		} else
			return 0;
	}
	if (!ds->ranged)
		ds->hi = ds->lo;
	if (lo_num != NULL) {
		if (ds->lo.d >= 0)
			ds->lo.d = lo;
		else if (ds->lo.m >= 0)
			ds->lo.m = lo;
		else if (ds->lo.y >= 0)
			ds->lo.y = lo;
		else if (ds->lo.q >= 0)
			ds->lo.q = lo;
		else
			return 0;
		ds->ranged = 1;
		return 1;
	}
	if (!ds->is_time) {
		date_range_after(s, n, ds);
		if (!ds->ranged && ds->lo.d >= 0)
			date_clock_after(s, n, ds);
	}
	return 1;
}

/* Whether a part of the day is written in s[from..to). */
static int
day_part_within(const char *s, size_t from, size_t to)
{
	size_t k, l;

	for (k = from; k < to; k += utf8_len((unsigned char)s[k]))
		if (day_part_at(s, to, k, &l) != NULL)
			return 1;
	return 0;
}

/*
 * Where the day before a day part of one character starts: 今晚, 明晚,
 * 今早 and 明早 are words, and the time's span takes them (今晚7点半), as
 * the time to come it names; 昨晚 stays out, as reports write it.
 */
static size_t
day_before_part(const char *s, size_t lo, size_t at, const struct day_part *p)
{
	size_t l;

	if (p->word[3] != '\0' || text_before(s, lo, at, "说明", &l))
		return at;
	return text_before(s, lo, at, "今", &l) ||
	    text_before(s, lo, at, "明", &l) ? at - l : at;
}

size_t
date_day_part(const char *s, size_t lo, size_t start, struct datespan *ds)
{
	const struct day_part *p;
	size_t l;

	/*
	 * A clock of 24 hours needs no day part: a word of two characters
	 * is in the span all the same (下午14:00至17:00), 晚 alone stays out
	 * (晚20时15分), as reports write it.
	 */
	if (!ds->is_time || (p = day_part_before(s, start, &l)) == NULL ||
	    start - l < lo)
		return start;
	if (ds->lo.hh >= 13)
		return p->word[3] != '\0' ? start - l : start;
	to_day_part(p, &ds->lo);
	/* 下午5時至凌晨1時: the high end's own part of the day stands. */
	if (!ds->ranged || !day_part_within(s, start, ds->end))
		to_day_part(p, &ds->hi);
	return day_before_part(s, lo, start - l, p);
}

/* The century a decade of two digits is in, from the words before it. */
static int
century_before(const char *s, size_t lo, size_t start, size_t *len)
{
	static const struct {
		const char	*word;
		int		 century;	/* its first two digits */
	} words[] = {
		{ "上个世纪", 19 }, { "上世纪", 19 }, { "本世纪", 20 },
		{ "新世纪", 20 }, { NULL, 0 }
	};
	int i;

	for (i = 0; words[i].word != NULL; i++)
		if (text_before(s, lo, start, words[i].word, len))
			return words[i].century;
	*len = 0;
	return -1;
}

/*
 * A decade of two digits at num, 年代 at k: in the given century, else in
 * the 1900s from the thirties on (20年代 may be either century's).
 */
static int
decade_at(const struct numeral *num, size_t k, int century,
    struct datespan *ds)
{
	int lo = (int)dec_to_small(&num->lo, 99), hi = (int)dec_to_small(
	    &num->hi, 99);

	if (num->bad || num->point || lo < 0 || hi < 0 || lo % 10 != 0 ||
	    hi % 10 != 0)
		return 0;
	if (century < 0 && lo < 30)
		return 0;
	if (century < 0)
		century = 19;
	ds->lo.y = century * 10 + lo / 10;
	ds->lo.year_part = YEAR_DECADE;
	ds->hi = ds->lo;
	ds->hi.y = century * 10 + hi / 10;
	ds->ranged = hi > lo;
	ds->end = k;
	return 1;
}

/*
 * 公元1068年至1077年, 公元前221年至前206年: a later year of the same era
 * after a range's separator (公元 again, or not) ends the range.
 */
static void
era_range_end(const char *s, size_t n, struct datespan *ds)
{
	struct numeral next;
	size_t k = ds->end, sep, l;
	int v;

	if ((sep = range_sep_at(s, n, k)) == 0)
		return;
	k += sep;
	if (text_at(s, n, k, ds->lo.bc ? "公元前" : "公元", &l) ||
	    (ds->lo.bc && text_at(s, n, k, "前", &l)))
		k += l;
	else if (ds->lo.bc)
		return;
	if (!numeral_parse(s, n, k, &next) || !text_at(s, n, next.end, "年",
	    &l) || (v = small_value(&next)) < 1 ||
	    (ds->lo.bc ? v >= ds->lo.y : v <= ds->lo.y))
		return;
	ds->hi.y = v;
	ds->ranged = 1;
	ds->end = next.end + l;
}

int
date_era(const char *s, size_t n, size_t lo, const struct numeral *num,
    struct datespan *ds, size_t *start)
{
	struct numeral next;
	size_t k = num->end, l, before;
	int v, century;

	timex_clear(&ds->lo);
	ds->ranged = 0;
	ds->is_time = 0;
	if (text_at(s, n, k, "年代", &l)) {
		/* 1990年代: the decade of a year. */
		if ((v = small_value(num)) >= 1000 && v % 10 == 0 &&
		    is_year(num)) {
			ds->lo.y = v / 10;
			ds->lo.year_part = YEAR_DECADE;
			ds->hi = ds->lo;
			ds->end = era_part(s, n, k + l);
			return 1;
		}
		century = century_before(s, lo, *start, &before);
		if (!decade_at(num, k + l, century, ds))
			return -1;
		ds->end = era_part(s, n, ds->end);
		*start -= before;
		return 1;
	}
	if (text_at(s, n, k, "世纪", &l)) {
		if ((v = small_value(num)) < 1 || v > 30)
			return 0;
		k += l;
		/* 19世纪60年代: a decade in that century. */
		if (numeral_parse(s, n, k, &next) && text_at(s, n, next.end,
		    "年代", &l) && decade_at(&next, next.end + l, v - 1, ds)) {
			ds->end = era_part(s, n, ds->end);
			return 1;
		}
		ds->lo.y = v - 1;
		ds->lo.year_part = YEAR_CENTURY;
		ds->hi = ds->lo;
		ds->end = era_part(s, n, k);
		return 1;
	}
	/* 公元前221年, 公元8年: a year of an era, of any length. */
	if (!text_at(s, n, k, "年", &l) || (v = small_value(num)) < 1)
		return 0;
	if (text_before(s, lo, *start, "公元前", &before))
		ds->lo.bc = 1;
	else if (!text_before(s, lo, *start, "公元", &before))
		return 0;
	ds->lo.y = v;
	ds->hi = ds->lo;
	ds->end = k + l;
	*start -= before;
	era_range_end(s, n, ds);
	return 1;
}

int
date_half_year(const char *s, size_t n, size_t lo, size_t i,
    struct datespan *ds, size_t *start)
{
	size_t l, j;

	if (i <= lo)
		return 0;
	utf8_prev(s, i, &l);
	j = i - l;
	timex_clear(&ds->lo);
	ds->ranged = 0;
	ds->is_time = 0;
	if (!half_at(s, n, &j, &ds->lo))
		return 0;
	*start = i - l;
	ds->end = j;
	ds->hi = ds->lo;
	return 1;
}
