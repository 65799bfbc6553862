/* date.h: finding a date in a byline and writing it as ISO 8601. */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

struct date {
	int	year, month, day;	/* day 0: month only */
	int	hour, minute;		/* hour -1: no time */
};

/* Load the month names (data file "months"); once, at start-up. */
void	date_init(void);

/*
 * Find the first date in s[0..n): 2020-04-14, 2020/4/14, 2020.4.14,
 * 2020年4月14日, 14.04.2020, "Nov 13, 2019", "13 November 2019", each
 * with an optional clock time after it.  Returns 1 and fills *d, else 0.
 */
int	date_find(const char *s, size_t n, struct date *d);

/* Whether s[0..n) holds a clock time such as 17:17. */
int	time_find(const char *s, size_t n);

/* Write d as 2020-04-14, 2020-04-14T17:17 or 2020-04; returns length. */
size_t	date_iso(const struct date *d, char *dst, size_t size);

#endif
