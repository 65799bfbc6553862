/* select.c: the mention filter (see select.h). */
#include <string.h>

#include "decimal.h"
#include "lexicon.h"
#include "mention.h"
#include "opts.h"
#include "select.h"
#include "util.h"

static unsigned kinds;		/* bit per kind; 0: all but id */
static int all;
static char **units;
static size_t nunits;
static struct dec min, max;
static int has_min, has_max;

void
select_kinds(const char *list)
{
	const char *p = list, *e;
	int k;

	for (;;) {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if ((k = kind_by_name(p, e - p)) < 0)
			usage_error("unknown kind '%.*s'; kinds are %s",
			    (int)(e - p), p, kind_list());
		kinds |= 1u << k;
		if (*e == '\0')
			return;
		p = e + 1;
	}
}

void
select_units(const char *list)
{
	const char *p = list, *e;

	for (;;) {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		units = xrealloc(units, (nunits + 1) * sizeof(*units));
		units[nunits++] = xstrndup(p, e - p);
		if (*e == '\0')
			return;
		p = e + 1;
	}
}

static void
parse_bound(struct dec *bound, const char *option, const char *s)
{
	if (dec_parse_sci(bound, s, strlen(s)) != 0)
		usage_error("%s: '%s' is not a number (a decimal such as 1000, "
		    "-2.5 or 1e9)", option, s);
}

void
select_min(const char *s)
{
	has_min = 1;
	parse_bound(&min, "--min", s);
}

void
select_max(const char *s)
{
	has_max = 1;
	parse_bound(&max, "--max", s);
}

void
select_all(void)
{
	all = 1;
}

int
select_wants_ids(void)
{
	return all || (kinds & 1u << K_ID);
}

int
selected(const struct mention *m)
{
	size_t i;

	if (kinds != 0 ? !(kinds & 1u << m->kind) : m->kind == K_ID && !all)
		return 0;
	if (nunits > 0) {
		for (i = 0; i < nunits; i++)
			if (strcmp(units[i], m->unit) == 0)
				break;
		if (i == nunits)
			return 0;
	}
	if (has_min || has_max) {
		/*
		 * Values of dates, times and ids are no numbers to compare,
		 * nor is 1/3 a decimal.
		 */
		if (m->kind == K_DATE || m->kind == K_TIME || m->kind == K_ID ||
		    m->frac_den > 0)
			return 0;
		if (has_min && dec_cmp(m->ranged ? &m->hi : &m->lo, &min) < 0)
			return 0;
		if (has_max && dec_cmp(&m->lo, &max) > 0)
			return 0;
	}
	return 1;
}
