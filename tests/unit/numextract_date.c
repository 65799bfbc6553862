/* Unit tests of the reference date (src/numextract/date.c). */
#include <stdio.h>
#include <string.h>

#include "numextract/date.h"
#include "t.h"

static char got[32];

/* What date_parse() makes of s, as TIMEX, or "none". */
static const char *
parsed(const char *s, size_t n)
{
	struct timex t;

	if (date_parse(s, n, &t) != 0)
		return "none";
	timex_format(&t, got);
	return got;
}

/* A partial date (month m, day d) resolved against the reference ref. */
static const char *
resolved(const char *ref, int m, int d)
{
	struct timex t;

	if (date_parse(ref, strlen(ref), &ref_date) != 0)
		return "bad reference";
	timex_clear(&t);
	t.m = m;
	t.d = d;
	timex_format(&t, got);
	timex_clear(&ref_date);
	return got;
}

int
main(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "2024", "2024" },
		{ "2024-03", "2024-03" },
		{ "2024-03-05", "2024-03-05" },
		{ "2024-03-05T10:00", "2024-03-05" },
		{ "2024-03-05 10:00", "2024-03-05" },
		{ "2024T10:00", "2024" },
		{ "2024-1-5", "none" },
		{ "2024-01-5", "none" },
		{ " 2024-01-05", "none" },
		{ "+2024-01-05", "none" },
		{ "2024-+1-05", "none" },
		{ "24-01-05", "none" },
		{ "2024-00", "none" },
		{ "2024-13", "none" },
		{ "2024-03-00", "none" },
		{ "2024-03-32", "none" },
		{ "2024-", "none" },
		{ "2024-03-", "none" },
		{ "2024/03/05", "none" },
		{ "2024-03-05x", "none" },
		{ "20240305", "none" },
		{ "", "none" },
	};
	struct timex t;
	char what[64];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(what, sizeof what, "parse \"%s\"", cases[i].in);
		CHECK_STR(parsed(cases[i].in, strlen(cases[i].in)),
		    cases[i].want, what);
	}
	CHECK_STR(parsed("2024-03-05", 7), "2024-03",
	    "parse only the n bytes given");

	t.y = 1999;
	CHECK(date_parse("2024-1-5", 8, &t) != 0 && t.y == 1999,
	    "a refused date leaves the timex alone");

	CHECK_STR(resolved("2024-03-05", -1, 13), "2024-03-13",
	    "a day takes the year and month of a full reference");
	CHECK_STR(resolved("2024-03", -1, 13), "2024-03-13",
	    "a day takes the year and month of a year and month");
	CHECK_STR(resolved("2024", -1, 13), "2024-XX-13",
	    "a day against a year alone leaves the month unknown");
	CHECK_STR(resolved("2024", 5, -1), "2024-05",
	    "a month takes the year of a year alone");
	CHECK_STR(resolved("2024-03", 3, 28), "2024-03-28",
	    "a month and day take the year");
	return t_status();
}
