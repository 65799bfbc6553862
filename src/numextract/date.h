/*
 * date.h: dates, periods and clock times, written as TIMEX values:
 * 2020-04-14  2020-04-14 17:17  2021年  3月28日  13日  2021年一季度  上半年
 * 9月上旬  6月底  前两个月  7月12日至13日  17:17  8时30分.
 */
#ifndef NUMEXTRACT_DATE_H
#define NUMEXTRACT_DATE_H

#include <stddef.h>

struct numeral;

/* A point in time; -1 marks a field not written. */
/* How much of the year a date gives: all of it, its decade, its century. */
enum { YEAR_WHOLE, YEAR_DECADE, YEAR_CENTURY };

struct timex {
	int	y, m, d;
	int	year_part;	/* YEAR_DECADE: y is 198 for the 1980s */
	int	bc;		/* a year before the common era */
	int	q;		/* quarter 1-4 */
	int	half;		/* 1 or 2 */
	int	w;		/* ISO week 1-53 */
	int	hh, mm, ss;
};

struct datespan {
	struct timex	lo, hi;
	int		ranged;
	int		is_time;	/* a clock time alone */
	size_t		end;		/* bytes of the line */
};

/*
 * The reference date (--ref-date, else a record's date): fills what a
 * partial date leaves out; y < 0 when not set, m or d < 0 when not given.
 */
extern _Thread_local struct timex ref_date;
/*
 * A reference date s[0..n): YYYY, YYYY-MM or YYYY-MM-DD, a time after 'T'
 * or a space allowed (2020-04-14T17:17, as declutter --meta writes it).
 * Sets y, m, d of *out, -1 when not written, and returns 0; anything
 * else returns -1 and leaves *out alone.
 */
int	date_parse(const char *s, size_t n, struct timex *out);
/*
 * A document's own date (the date field in corpus mode) as the reference;
 * one that date_parse() refuses, or s NULL, leaves the document without.
 */
void	date_doc_ref(const char *s, size_t n);

void	timex_clear(struct timex *);
/* TIMEX text of t into buf (at least 32 bytes). */
void	timex_format(const struct timex *, char *buf);

/* An ISO date (2020-04-14, with a clock time after it) or 17:17 at s[i]. */
int	date_at_digits(const char *s, size_t n, size_t i, struct datespan *);
/*
 * A date made of the numeral num and what follows it: 2021年..., 3月...,
 * 13日, 一季度, 8时30分.  lo_num, when not NULL, is the low end of a range
 * written before it (1至3月).
 */
int	date_after_numeral(const char *s, size_t n, const struct numeral *num,
	    const struct numeral *lo_num, struct datespan *);
/*
 * A clock time alone (ds->is_time) after a part of the day: 上午9点,
 * 下午 8:15 (T20:15).  Moves the time to the afternoon where the part
 * says so and returns where the mention starts (not before lo).
 */
size_t	date_day_part(const char *s, size_t lo, size_t start,
	    struct datespan *ds);
/* The length of a range separator (至 到 - ~ —) at s[j], or 0. */
size_t	range_sep_at(const char *s, size_t n, size_t j);
/*
 * A clock time after the date ds, across spaces, a weekday and a part of
 * the day, taken into it (3月5日(星期二)下午4:30).
 */
void	date_clock_after(const char *s, size_t n, struct datespan *ds);
/*
 * A date of an era after the numeral num whose mention starts at *start
 * (not before lo): a decade (80年代, 上世纪八九十年代, 1990年代), a century
 * (18世纪, 19世纪60年代 a decade), a year of the common era or before it
 * (公元8年, 公元前221年).  Moves *start over the words before it.  -1 for
 * a decade of no known century (20年代): no quantity, not a date either.
 * The caller sees first that 年 or 世 follows the numeral.
 */
int	date_era(const char *s, size_t n, size_t lo, const struct numeral *num,
	    struct datespan *, size_t *start);
/* Periods without a digit at s[i] == 半: 上半年 / 下半年 (i > lo). */
int	date_half_year(const char *s, size_t n, size_t lo, size_t i,
	    struct datespan *, size_t *start);

/*
 * Whether a word a weekday's number follows (星期, 礼拜, 周) ends just
 * before s[k], at lo or after; its length to *len.
 */
int	date_weekday_word_before(const char *s, size_t lo, size_t k,
	    size_t *len);

#endif
