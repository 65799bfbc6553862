/* date.c: dates in bylines, from numbers, CJK units or month names. */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "embedded.h"
#include "msg.h"
#include "util.h"

#define MAX_MONTH_NAMES	128
#define MAX_NAME	24

static struct {
	char	name[MAX_NAME];
	size_t	len;
	int	month;
} names[MAX_MONTH_NAMES];
static int nnames;

/* One month a line of data/declutter/months: NUMBER NAME... */
static void
add_month(const char *s, size_t n)
{
	const char *e = s + n, *t;
	int month = 0;

	if (sscanf(s, "%d", &month) != 1)
		return;
	while (s < e && *s != ' ' && *s != '\t')	/* past the number */
		s++;
	for (; s < e; s = t) {
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		for (t = s; t < e && *t != ' ' && *t != '\t'; t++)
			;
		if (t > s && nnames < MAX_MONTH_NAMES &&
		    (size_t)(t - s) < MAX_NAME) {
			memcpy(names[nnames].name, s, t - s);
			names[nnames].len = t - s;
			names[nnames++].month = month;
		}
	}
}

void
date_init(void)
{
	struct data_lines dl;
	const char *s, *line;
	size_t len;

	if ((s = embedded_file("months", &len)) == NULL)
		fatal(EXIT_TROUBLE, "data file 'months' missing");
	for (data_lines_init(&dl, s, len); data_next_line(&dl, &line, &len);)
		add_month(line, len);
}

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* Read up to max digits at s[*i]; returns the value or -1. */
static int
number(const unsigned char *s, size_t n, size_t *i, int max)
{
	int v = 0, k = 0;

	while (*i < n && isdig(s[*i]) && k < max) {
		v = v * 10 + (s[(*i)++] - '0');
		k++;
	}
	if (k == 0 || (*i < n && isdig(s[*i])))
		return -1;
	return v;
}

static int
bytes_at(const unsigned char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);

	return i + k <= n && memcmp(s + i, w, k) == 0;
}

static void
skip_spaces(const unsigned char *s, size_t n, size_t *i)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == ','))
		(*i)++;
}

/* An optional clock time at s[*i] after white space or 'T'. */
static void
clock_time(const unsigned char *s, size_t n, size_t i, struct date *d)
{
	int h, m;

	while (i < n && (s[i] == ' ' || s[i] == 'T' || s[i] == ','))
		i++;
	if ((h = number(s, n, &i, 2)) < 0 || h > 23 || i >= n || s[i] != ':')
		return;
	i++;
	if (i + 2 > n || !isdig(s[i]) || !isdig(s[i + 1]))
		return;
	m = number(s, n, &i, 2);
	if (m < 0 || m > 59)
		return;
	d->hour = h;
	d->minute = m;
}

static int
valid(struct date *d)
{
	return d->year >= 1900 && d->year <= 2099 && d->month >= 1 &&
	    d->month <= 12 && d->day >= 0 && d->day <= 31;
}

/* A word of Latin letters at s[*i], lower-cased into w; its month or 0. */
static int
month_word(const unsigned char *s, size_t n, size_t *i)
{
	char w[MAX_NAME];
	size_t k = 0;
	int j;

	while (*i < n && k + 2 < sizeof w) {
		if ((s[*i] | 0x20) >= 'a' && (s[*i] | 0x20) <= 'z')
			w[k++] = s[(*i)++] | 0x20;
		else if (*i + 1 < n && s[*i] >= 0xc3 && s[*i] <= 0xc5) {
			w[k++] = s[(*i)++];
			w[k] = s[(*i)++];
			if (w[k - 1] == (char)0xc3 && (unsigned char)w[k] < 0xa0)
				w[k] += 0x20;
			k++;
		} else
			break;
	}
	if (k < 3)
		return 0;
	for (j = 0; j < nnames; j++)
		if (k <= names[j].len && memcmp(names[j].name, w, k) == 0)
			return names[j].month;
	return 0;
}

/* Year first: 2020-04-14, 2020年4月14日, 2020年4月. */
static int
year_first(const unsigned char *s, size_t n, size_t i, struct date *d)
{
	int sep = 0, cjk = 0;

	if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.'))
		sep = s[i++];
	else if (bytes_at(s, n, i, "年")) {
		cjk = 1;
		i += 3;
	} else
		return 0;
	if ((d->month = number(s, n, &i, 2)) < 0)
		return 0;
	if (cjk && bytes_at(s, n, i, "月"))
		i += 3;
	else if (!cjk && i < n && s[i] == sep)
		i++;
	else
		return 0;
	if ((d->day = number(s, n, &i, 2)) < 0) {
		d->day = 0;
		return cjk && valid(d);
	}
	if (cjk && (bytes_at(s, n, i, "日") || bytes_at(s, n, i, "号")))
		i += 3;
	if (!valid(d) || d->day == 0)
		return 0;
	clock_time(s, n, i, d);
	return 1;
}

/* Day first: 14.04.2020, 14. April 2020, 13 November 2019. */
static int
day_first(const unsigned char *s, size_t n, size_t i, struct date *d)
{
	size_t j;

	if (i < n && s[i] == '.' && i + 1 < n && isdig(s[i + 1])) {
		i++;
		if ((d->month = number(s, n, &i, 2)) < 0 || i >= n ||
		    s[i] != '.')
			return 0;
		i++;
	} else {
		if (i < n && s[i] == '.')
			i++;
		j = i;
		skip_spaces(s, n, &i);
		if (i == j || (d->month = month_word(s, n, &i)) == 0)
			return 0;
		if (i < n && s[i] == '.')
			i++;
		skip_spaces(s, n, &i);
	}
	if ((d->year = number(s, n, &i, 4)) < 0 || !valid(d) || d->day == 0)
		return 0;
	clock_time(s, n, i, d);
	return 1;
}

/* Month first: Nov 13, 2019; November 13th 2019. */
static int
month_first(const unsigned char *s, size_t n, size_t i, struct date *d)
{
	if ((d->month = month_word(s, n, &i)) == 0)
		return 0;
	if (i < n && s[i] == '.')
		i++;
	skip_spaces(s, n, &i);
	if ((d->day = number(s, n, &i, 2)) < 0)
		return 0;
	if (i + 1 < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
		i += 2;
	skip_spaces(s, n, &i);
	if ((d->year = number(s, n, &i, 4)) < 0 || !valid(d) || d->day == 0)
		return 0;
	clock_time(s, n, i, d);
	return 1;
}

int
date_find(const char *str, size_t n, struct date *d)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, j;
	int v;

	for (i = 0; i < n; i++) {
		if (i > 0 && (isdig(s[i - 1]) ||
		    ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z')))
			continue;
		memset(d, 0, sizeof *d);
		d->hour = -1;
		if (isdig(s[i])) {
			j = i;
			v = number(s, n, &j, 4);
			if (v < 0)
				continue;
			if (j - i == 4) {
				d->year = v;
				if (year_first(s, n, j, d))
					return 1;
			} else if (j - i <= 2) {
				d->day = v;
				if (day_first(s, n, j, d))
					return 1;
			}
		} else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' &&
		    month_first(s, n, i, d))
			return 1;
	}
	return 0;
}

int
time_find(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i;

	for (i = 1; i + 2 < n; i++)
		if (s[i] == ':' && isdig(s[i - 1]) && isdig(s[i + 1]) &&
		    isdig(s[i + 2]) && (i + 3 == n || !isdig(s[i + 3])) &&
		    (i < 3 || !isdig(s[i - 3])))
			return 1;
	return 0;
}

size_t
date_iso(const struct date *d, char *dst, size_t size)
{
	int k;

	if (d->day == 0)
		k = snprintf(dst, size, "%04d-%02d", d->year, d->month);
	else if (d->hour < 0)
		k = snprintf(dst, size, "%04d-%02d-%02d", d->year, d->month,
		    d->day);
	else
		k = snprintf(dst, size, "%04d-%02d-%02dT%02d:%02d", d->year,
		    d->month, d->day, d->hour, d->minute);
	return k < 0 ? 0 : (size_t)k;
}
