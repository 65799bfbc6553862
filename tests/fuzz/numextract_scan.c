/*
 * numextract_scan: scanning and value resolution on any line, with the
 * output written as JSON Lines and as -g.  What must hold for every
 * mention is checked here: its span is a run of whole characters of the
 * line; its value is a decimal, a fraction or a TIMEX; the upper end of a
 * range of numbers is not below its value.
 */
#include <regex.h>

#include "decimal.h"
#include "fuzz.h"
#include "numextract/lexicon.h"
#include "numextract/mention.h"
#include "numextract/output.h"
#include "numextract/scan.h"
#include "utf8_valid.h"

static regex_t timex;

static int
char_start(const char *s, size_t n, size_t i)
{
	return i == n || ((unsigned char)s[i] & 0xc0) != 0x80;
}

static void
check_decimal(const struct dec *v)
{
	char text[DEC_FMTMAX];
	struct dec back;
	size_t len = dec_format(v, text);

	if (dec_parse(&back, text, len) != 0 || dec_cmp(&back, v) != 0)
		abort();
}

static void
check_date(const struct mention *m)
{
	char text[64];

	timex_format(&m->date.lo, text);
	if (text[0] == '\0' || regexec(&timex, text, 0, NULL, 0) != 0)
		abort();
	if (m->date.ranged) {
		timex_format(&m->date.hi, text);
		if (regexec(&timex, text, 0, NULL, 0) != 0)
			abort();
	}
}

static int
check(const char *s, size_t n, const struct mention *m, void *arg)
{
	(void)arg;
	if (m->start >= m->end || m->end > n || !char_start(s, n, m->start) ||
	    !char_start(s, n, m->end))
		abort();
	if (m->kind == K_DATE || m->kind == K_TIME)
		check_date(m);
	else if (m->kind != K_ID && m->frac_den == 0) {
		check_decimal(&m->lo);
		if (m->ranged) {
			check_decimal(&m->hi);
			if (dec_cmp(&m->hi, &m->lo) < 0)
				abort();
		}
	}
	output_json(m);
	output_grep(m, 1, 0);
	output_grep(m, 0, 1);
	return 0;
}

static void
scan(const char *line, size_t len, long lineno, void *arg)
{
	(void)arg;
	if (utf8_valid_prefix(line, len) != len)
		return;
	output_line("fuzz", lineno, line, len);
	scan_line(line, len, 1, check, NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;

	if (!ready) {
		fuzz_quiet("numextract");
		lexicon_load();
		/* A year before the era is BC0221; a decade 198, a century 17. */
		if (regcomp(&timex, "^((((BC)?[0-9]{4,}|XXXX)(-Q[1-4]|-H[12]|"
		    "-[0-9]{2}|-XX)?(-[0-9]{2})?)?(T[0-9]{2}(:[0-9]{2}){0,2})?|"
		    "[0-9]{2,3})$", REG_EXTENDED | REG_NOSUB) != 0)
			abort();
		ready = 1;
	}
	fuzz_lines(data, size, scan, NULL);
	out_flush();
	return 0;
}
