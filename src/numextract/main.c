/* numextract: find quantities, dates and ordinals in text, as JSON Lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "doc.h"
#include "lexicon.h"
#include "mention.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "output.h"
#include "reader.h"
#include "scan.h"
#include "select.h"
#include "utf8.h"

static const char usage[] =
"Usage: numextract [OPTION]... [FILE]...\n"
"Print every quantity, date, time and ordinal of the text as one JSON\n"
"object per line: doc, line, col, text, kind, value, [upper], unit, qual,\n"
"context.  Values are exact decimals; dates are TIMEX.\n"
"\n"
"  -k, --kind LIST       only these kinds (money,count,percent,measure,\n"
"                        duration,multiple,date,time,ordinal,number,id)\n"
"      --unit LIST       only these normalized units (CNY,%,pp,m2,个...)\n"
"      --min N           only values >= N (the upper end for ranges)\n"
"      --max N           only values <= N\n"
"  -a, --all             also idioms, codes and names, with kind id\n"
"  -c, --count           print the count of mentions per document\n"
"  -q                    print nothing; exit 0 if anything matched\n"
"  -g, --grep            human view: DOC:LINE: context with the mention\n"
"                        marked, then kind value unit qual\n"
"      --ref-date DATE   resolve partial dates against YYYY-MM-DD\n"
"      --currency CODE   the currency of a bare 元 (default CNY)\n"
"      --strict          the first invalid input is fatal (exit 1)\n"
"  -s, --quiet           no warnings\n"
"      --line-buffered   flush every line\n"
"      --max-bytes N     longest line (default 64M)\n"
"      --id NAME         document name for stdin\n"
"      --help, --version\n"
"\n"
"Exit status: 0 success; 1 nothing matched (-c, -q) or bad input under\n"
"--strict; 2 trouble.\n";

enum { OPT_UNIT = 0x2000, OPT_MIN, OPT_MAX, OPT_REF_DATE, OPT_CURRENCY };

static const struct option longopts[] = {
	{ "kind",	required_argument,	NULL, 'k' },
	{ "unit",	required_argument,	NULL, OPT_UNIT },
	{ "min",	required_argument,	NULL, OPT_MIN },
	{ "max",	required_argument,	NULL, OPT_MAX },
	{ "all",	no_argument,		NULL, 'a' },
	{ "count",	no_argument,		NULL, 'c' },
	{ "grep",	no_argument,		NULL, 'g' },
	{ "ref-date",	required_argument,	NULL, OPT_REF_DATE },
	{ "currency",	required_argument,	NULL, OPT_CURRENCY },
	{ NULL, 0, NULL, 0 }
};

enum mode { M_JSON, M_GREP, M_COUNT, M_QUIET };

static enum mode mode = M_JSON;
static int many_docs;
static unsigned long doc_matches, all_matches;

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'k':
		return select_kinds(arg);
	case OPT_UNIT:
		return select_units(arg);
	case OPT_MIN:
		return select_min(arg);
	case OPT_MAX:
		return select_max(arg);
	case 'a':
		select_all();
		return 0;
	case 'c':
		mode = M_COUNT;
		return 0;
	case 'q':
		mode = M_QUIET;
		return 0;
	case 'g':
		mode = M_GREP;
		return 0;
	case OPT_REF_DATE:
		return date_parse_ref(arg);
	case OPT_CURRENCY:
		default_currency = arg;
		return strlen(arg) == 3 ? 0 : -1;
	}
	return -1;
}

static const struct tool_info info = {
	"numextract", usage, "k:acqg", longopts, option, 0
};

static int
on_mention(const char *s, size_t n, const struct mention *m, void *arg)
{
	(void)s;
	(void)n;
	(void)arg;
	if (!selected(m))
		return 0;
	doc_matches++;
	all_matches++;
	if (mode == M_JSON)
		output_json(m);
	else if (mode == M_GREP)
		output_grep(m);
	return mode == M_QUIET;
}

/* The line as valid UTF-8: invalid bytes become U+FFFD, and are counted. */
static const char *
valid_line(struct doc *d, const char *line, size_t *len)
{
	static struct buf fixed;
	size_t n = *len, ok = u8_valid_prefix(line, n);

	if (ok == n)
		return line;
	bad_input("invalid UTF-8", d->file, doc_lineno(d),
	    "invalid UTF-8 at byte %zu, replaced by U+FFFD", ok + 1);
	buf_reset(&fixed);
	while (ok < n) {
		buf_add(&fixed, line, ok);
		buf_adds(&fixed, "\xef\xbf\xbd");
		line += ok + 1;
		n -= ok + 1;
		ok = u8_valid_prefix(line, n);
	}
	buf_add(&fixed, line, n);
	*len = fixed.len;
	return fixed.data;
}

static int
run_doc(struct doc *d, void *arg)
{
	const char *line;
	ssize_t len;
	size_t n;

	(void)arg;
	doc_matches = 0;
	while ((len = doc_getline(d, &line)) != READER_EOF) {
		if (len == READER_TOOLONG)
			continue;
		n = len;
		line = valid_line(d, line, &n);
		output_line(d->name, doc_lineno(d), line, n);
		scan_line(line, n, select_wants_ids(), on_mention, NULL);
		if (mode == M_QUIET && all_matches > 0)
			return 1;
	}
	if (mode == M_COUNT) {
		if (many_docs)
			out_printf("%s:", d->name);
		out_printf("%lu", doc_matches);
		out_endline();
	}
	return 0;
}

int
main(int argc, char **argv)
{
	int first, status;

	first = opts_parse(&info, argc, argv);
	lexicon_load();
	many_docs = argc - first > 1;
	status = doc_foreach(argc - first, argv + first, run_doc, NULL);
	if ((mode == M_COUNT || mode == M_QUIET) && status == EXIT_OK &&
	    all_matches == 0)
		status = EXIT_BAD;
	if (mode == M_QUIET && all_matches > 0)
		status = EXIT_OK;
	return status;
}
