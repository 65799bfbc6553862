/* numextract: find quantities, dates and ordinals in text, as JSON Lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "buf.h"
#include "corpus.h"
#include "date.h"
#include "doc.h"
#include "json_read.h"
#include "lexicon.h"
#include "mention.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "output.h"
#include "pool.h"
#include "reader.h"
#include "scan.h"
#include "select.h"
#include "utf8_valid.h"

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
"      --color[=WHEN]    mark the mention in colour: auto (the default:\n"
"                        when output is a terminal and NO_COLOR is not\n"
"                        set), always or never ([brackets])\n"
"  -H, --with-filename   -g: show the document name (the default)\n"
"  -h, --no-filename     -g: leave it out\n"
"  -l, --files-with-matches\n"
"                        print only the names of documents with a match\n"
"      --ref-date DATE   resolve partial dates against DATE: YYYY,\n"
"                        YYYY-MM or YYYY-MM-DD, a time after T or a space\n"
"                        allowed (else each record's field 'date' with -J,\n"
"                        or a document's leading '# date:' line)\n"
"      --currency CODE   the currency of a bare 元 (default CNY)\n"
"      --threads N       scan on N threads (default 0: one per processor;\n"
"                        1: none); the output is the same\n"
"  -J, --jsonl           corpus mode: each line is a JSON object holding a\n"
"                        document in its string field 'text'; doc is its\n"
"                        field 'id' (else FILE:LINE), line counts in text\n"
"      --text-field NAME the field that holds the text (default text)\n"
"      --id-field NAME   the field that names the document (default id)\n"
"      --strict          the first bad input is fatal (exit 1)\n"
"  -s, --quiet           no warnings\n"
"      --line-buffered   flush every line\n"
"      --max-bytes N     longest line (default 64M)\n"
"      --id NAME         the name of standard input, as doc and in\n"
"                        messages\n"
"      --help, --version\n"
"\n"
"Exit status: 0 success; 1 nothing matched (-c, -q, -g, -l) or bad input\n"
"under --strict; 2 trouble.\n";

enum { OPT_UNIT = 0x2000, OPT_MIN, OPT_MAX, OPT_REF_DATE, OPT_CURRENCY,
	OPT_COLOR, OPT_THREADS };

static const struct option longopts[] = {
	{ "kind",	required_argument,	NULL, 'k' },
	{ "unit",	required_argument,	NULL, OPT_UNIT },
	{ "min",	required_argument,	NULL, OPT_MIN },
	{ "max",	required_argument,	NULL, OPT_MAX },
	{ "all",	no_argument,		NULL, 'a' },
	{ "count",	no_argument,		NULL, 'c' },
	{ "grep",	no_argument,		NULL, 'g' },
	{ "color",	optional_argument,	NULL, OPT_COLOR },
	{ "colour",	optional_argument,	NULL, OPT_COLOR },
	{ "with-filename", no_argument,		NULL, 'H' },
	{ "no-filename", no_argument,		NULL, 'h' },
	{ "files-with-matches", no_argument,	NULL, 'l' },
	{ "ref-date",	required_argument,	NULL, OPT_REF_DATE },
	{ "currency",	required_argument,	NULL, OPT_CURRENCY },
	{ "threads",	required_argument,	NULL, OPT_THREADS },
	{ NULL, 0, NULL, 0 }
};

enum mode { M_JSON, M_GREP, M_COUNT, M_LIST, M_QUIET };
enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

static enum mode mode = M_JSON;
static enum color color = COLOR_AUTO;
static int show_doc = 1;	/* -g: DOC: before LINE: (-H, -h) */
static int many_docs;
static int fixed_ref;		/* --ref-date given: it beats a record's date */
static int colored;		/* -g marks in colour */
static int threads;		/* --threads; 0: one per processor */
static unsigned long doc_matches, all_matches;

static int
currency_code(const char *s)
{
	return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' &&
	    s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static enum color
color_when(const char *arg)
{
	if (arg == NULL || strcmp(arg, "always") == 0)
		return COLOR_ALWAYS;
	if (strcmp(arg, "never") == 0)
		return COLOR_NEVER;
	if (strcmp(arg, "auto") != 0)
		usage_error("--color: '%s' is not auto, always or never", arg);
	return COLOR_AUTO;
}

/* Colour for -g: asked for, or auto on a terminal unless NO_COLOR. */
static int
use_color(void)
{
	const char *no_color = getenv("NO_COLOR");

	if (color != COLOR_AUTO)
		return color == COLOR_ALWAYS;
	return out_is_tty() && (no_color == NULL || no_color[0] == '\0');
}

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'k':
		select_kinds(arg);
		return 0;
	case OPT_UNIT:
		select_units(arg);
		return 0;
	case OPT_MIN:
		select_min(arg);
		return 0;
	case OPT_MAX:
		select_max(arg);
		return 0;
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
	case 'l':
		mode = M_LIST;
		return 0;
	case 'H':
	case 'h':
		show_doc = c == 'H';
		return 0;
	case OPT_COLOR:
		color = color_when(arg);
		return 0;
	case OPT_REF_DATE:
		if (date_parse(arg, strlen(arg), &ref_date) != 0)
			usage_error("--ref-date: '%s' is not a date (YYYY, "
			    "YYYY-MM or YYYY-MM-DD)", arg);
		fixed_ref = 1;
		return 0;
	case OPT_CURRENCY:
		if (!currency_code(arg))
			usage_error("--currency: '%s' is not a currency code "
			    "(three capital letters, as USD)", arg);
		default_currency = arg;
		return 0;
	case OPT_THREADS:
		threads = pool_threads(arg);
		return 0;
	}
	return -1;
}

static const struct tool_info info = {
	"numextract", usage, "k:acqgHhl", longopts, option, 1
};

static int
on_mention(const char *s, size_t n, const struct mention *m, void *arg)
{
	unsigned long *matches = arg;

	(void)s;
	(void)n;
	if (!selected(m))
		return 0;
	(*matches)++;
	if (mode == M_JSON)
		output_json(m);
	else if (mode == M_GREP)
		output_grep(m, show_doc, colored);
	return mode == M_QUIET || mode == M_LIST;
}

/* The line as valid UTF-8: invalid bytes become U+FFFD, and are counted. */
static const char *
valid_line(struct doc *d, const char *line, size_t *len)
{
	static struct buf fixed;
	const char *valid;
	size_t bad;

	if ((valid = utf8_repair(line, len, &fixed, &bad)) != line)
		bad_input("invalid UTF-8", d->file, doc_lineno(d),
		    "invalid UTF-8 at byte %zu, replaced by U+FFFD", bad + 1);
	return valid;
}

/* One line's records (or -g lines) written; returns how many. */
static unsigned long
scan_records(const char *doc, long lineno, const char *s, size_t n)
{
	unsigned long matches = 0;

	output_line(doc, lineno, s, n);
	scan_line(s, n, select_wants_ids(), on_mention, &matches);
	return matches;
}

/*
 * One line of valid UTF-8, scanned now or gathered for a worker thread;
 * nonzero when the document needs no more lines (-l has its match) or
 * the run none (-q has its match).
 */
static int
scan_one(const char *doc, long lineno, const char *s, size_t n)
{
	unsigned long matches;

	if (batch_on()) {
		batch_line(lineno, s, n);
		return 0;
	}
	matches = scan_records(doc, lineno, s, n);
	doc_matches += matches;
	all_matches += matches;
	return (mode == M_QUIET || mode == M_LIST) && doc_matches > 0;
}

/* Whether the run needs no more documents: -q has its match. */
static int
run_done(void)
{
	return mode == M_QUIET && doc_matches > 0;
}

/* After a document: its count (-c) or its name (-l). */
static void
print_doc_end(const char *doc, int named)
{
	if (mode == M_COUNT) {
		if (named)
			out_printf("%s:", doc);
		out_printf("%lu", doc_matches);
		out_endline();
	} else if (mode == M_LIST && doc_matches > 0) {
		out_str(doc);
		out_endline();
	}
}

/*
 * Corpus mode: a record is a document, named by its id, and its lines
 * are those of its text (valid UTF-8: JSON strings are checked).
 */
static int
run_record(const struct corpus_rec *r, void *arg)
{
	const struct json_field *date;
	struct text_lines t;
	const char *line;
	size_t n;
	long lineno = 0;

	(void)arg;
	if (!fixed_ref) {
		date = corpus_field(r, "date");
		if (date != NULL && date->type == JSON_STRING)
			date_doc_ref(date->val, date->vallen);
		else
			date_doc_ref(NULL, 0);
	}
	doc_matches = 0;
	if (batch_on())
		batch_doc(r->name);
	text_lines_init(&t, r->text->val, r->text->vallen);
	while (text_lines_next(&t, &line, &n, NULL))
		if (scan_one(r->name, ++lineno, line, n))
			break;
	print_doc_end(r->name, 1);
	return run_done();
}

/*
 * A "# key: value" line, as declutter --meta writes them at the top of a
 * document: sets *value and *vlen and returns the key's length, or 0.
 */
static size_t
metadata_line(const char *s, size_t n, const char **value, size_t *vlen)
{
	size_t k = 2;

	if (n < 5 || s[0] != '#' || s[1] != ' ')
		return 0;
	while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '_'))
		k++;
	if (k == 2 || k + 1 >= n || s[k] != ':' || s[k + 1] != ' ')
		return 0;
	*value = s + k + 2;
	*vlen = n - k - 2;
	return k - 2;
}

/*
 * The leading metadata lines of a text document: nothing is reported
 * from them, and "# date:" is the reference date (unless --ref-date).
 * Returns whether the line was one.
 */
static int
take_metadata(const char *s, size_t n)
{
	const char *value;
	size_t vlen, klen = metadata_line(s, n, &value, &vlen);

	if (klen == 0)
		return 0;
	if (klen == 4 && memcmp(s + 2, "date", 4) == 0 && !fixed_ref)
		date_doc_ref(value, vlen);
	return 1;
}

static int
run_doc(struct doc *d, void *arg)
{
	const char *line;
	ssize_t len;
	size_t n;
	int header = 1;

	/* A bad line goes out among JSON records, not in -c or -g output. */
	if (common.jsonl)
		return corpus_foreach(d, mode == M_JSON ? CORPUS_PASS_BAD : 0,
		    run_record, arg);
	doc_matches = 0;
	if (!fixed_ref)
		date_doc_ref(NULL, 0);
	if (batch_on())
		batch_doc(d->name);
	while ((len = doc_getline(d, &line)) != READER_EOF) {
		if (len == READER_TOOLONG)
			continue;
		n = len;
		line = valid_line(d, line, &n);
		if (header && (header = take_metadata(line, n)))
			continue;
		if (scan_one(d->name, doc_lineno(d), line, n))
			break;
	}
	print_doc_end(d->name, many_docs);
	return run_done();
}

int
main(int argc, char **argv)
{
	int first, status;

	first = opts_parse(&info, argc, argv);
	/* Records are twice the text's size: a wider pipe spares waits. */
	out_widen_pipe();
	colored = use_color();
	lexicon_load();
	many_docs = argc - first > 1;
	if (threads == 0)
		threads = pool_cpus();
	/*
	 * Only output that is all records, in blocks, is cut in batches, and
	 * not when the first bad line ends the run (--strict): the records
	 * before it go out first.
	 */
	if (threads > 1 && (mode == M_JSON || mode == M_GREP) &&
	    !out_line_buffered() && !msg_strict) {
		scan_prepare();
		batch_start(threads, scan_records);
	}
	status = doc_foreach(argc - first, argv + first, run_doc, NULL);
	if (batch_on()) {
		all_matches += batch_finish();
		out_flush();
	}
	if (mode != M_JSON && status == EXIT_OK && all_matches == 0)
		status = EXIT_BAD;
	if (mode == M_QUIET && all_matches > 0)
		status = EXIT_OK;
	return status;
}
