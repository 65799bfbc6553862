/* declutter: page text in, the article's title and body out. */
#include <errno.h>
#include <string.h>

#include "block.h"
#include "corpus.h"
#include "date.h"
#include "doc.h"
#include "embedded.h"
#include "emit.h"
#include "lexicon.h"
#include "meta.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "page.h"
#include "pool.h"
#include "reader.h"
#include "record.h"
#include "spread.h"

static const char usage[] =
"Usage: declutter [OPTION]... [FILE]...\n"
"Print the title and the body paragraphs of the article in each page of\n"
"text, in order and trimmed; drop menus, bylines, ads, lists and footers.\n"
"Each FILE is one page; with no FILE, or when FILE is -, read stdin.\n"
"\n"
"  -v, --invert        print only the dropped lines\n"
"      --explain       print every line as '+' (kept) or '-' (dropped),\n"
"                      its score and the reason, a TAB, and the line\n"
"      --meta          print '# title:', '# date:', '# source:' and\n"
"                      '# author:' lines before the body (with -J: add\n"
"                      the fields title, date, source and author)\n"
"  -J, --jsonl         corpus mode: each line is a JSON object holding a\n"
"                      page in its field 'text', which is rewritten;\n"
"                      other fields pass through in order\n"
"      --text-field NAME  the field that holds the page (default text)\n"
"      --id-field NAME    accepted for pipelines (numextract uses it)\n"
"      --rules FILE    site rules: lines 'drop: RE', 'keep: RE' or 'end: RE'\n"
"                      (PCRE2; the article stops before an end line)\n"
"      --drop RE       drop lines matching RE\n"
"      --keep RE       keep lines matching RE (before any drop rule)\n"
"      --threads N     work on N threads: corpus mode's records, a page\n"
"                      of a megabyte or more; the output is the same\n"
"                      (default 0: one per processor; 1: one thread)\n"
"      --strict        fail (status 1) at the first bad input\n"
"  -s, --quiet         no warnings\n"
"      --line-buffered flush output after every line\n"
"      --max-bytes N   longest page read at once (default 64M)\n"
"      --id NAME       the name of standard input, in messages\n"
"      --help          print this help and exit\n"
"      --version       print the version and exit\n"
"\n"
"Exit status: 0 success, 1 bad input under --strict, 2 trouble.\n";

enum { OPT_EXPLAIN = 0x100, OPT_META, OPT_RULES, OPT_DROP, OPT_KEEP,
	OPT_THREADS };

static const struct option longopts[] = {
	{ "invert",	no_argument,		NULL, 'v' },
	{ "explain",	no_argument,		NULL, OPT_EXPLAIN },
	{ "meta",	no_argument,		NULL, OPT_META },
	{ "rules",	required_argument,	NULL, OPT_RULES },
	{ "drop",	required_argument,	NULL, OPT_DROP },
	{ "keep",	required_argument,	NULL, OPT_KEEP },
	{ "threads",	required_argument,	NULL, OPT_THREADS },
	{ NULL,		0,			NULL, 0 }
};


static struct record_opts	rec = { 0, EMIT_KEPT };
static long			ndrop, nkeep;
static int			threads;	/* --threads; 0: one per processor */

/* A rule that cannot be used stops declutter, naming where it is. */
static void
rule_ok(int rc, const struct rule_error *e)
{
	if (rc < 0)
		fatal_at(EXIT_TROUBLE, e->file, e->line, "%s", e->what);
}

static void
read_rules(const char *path)
{
	struct rule_error e;
	struct reader *r;
	const char *s;
	ssize_t n;

	if ((r = reader_open(path)) == NULL)
		fatal(EXIT_TROUBLE, "--rules: %s: %s", path, strerror(errno));
	while ((n = reader_getline(r, &s)) != READER_EOF)
		if (n >= 0)
			rule_ok(lexicon_add_line(s, n, path,
			    reader_lineno(r), 1, &e), &e);
	reader_close(r);
}

static int
option(int c, const char *arg)
{
	struct rule_error e;

	switch (c) {
	case 'v':
		rec.mode = EMIT_DROPPED;
		return 0;
	case OPT_EXPLAIN:
		rec.mode = EMIT_EXPLAIN;
		return 0;
	case OPT_META:
		rec.meta = 1;
		return 0;
	case OPT_RULES:
		read_rules(arg);
		return 0;
	case OPT_DROP:
		rule_ok(lexicon_add(RULE_USER_DROP, KIND_PLAIN, arg,
		    strlen(arg), "--drop", ++ndrop, &e), &e);
		return 0;
	case OPT_KEEP:
		rule_ok(lexicon_add(RULE_USER_KEEP, KIND_PLAIN, arg,
		    strlen(arg), "--keep", ++nkeep, &e), &e);
		return 0;
	case OPT_THREADS:
		threads = pool_threads(arg);
		return 0;
	}
	return -1;
}

static const struct tool_info info = {
	"declutter", usage, "v", longopts, option, 1
};

static int
run(struct doc *d, void *arg)
{
	struct page *p = arg;
	struct meta m;
	size_t title;
	int more;

	if (common.jsonl)
		return corpus_foreach(d, CORPUS_PASS_BAD | CORPUS_PASS_NOTEXT,
		    record_run, &rec);
	do {
		more = page_read(p, d);
		title = page_decide(p);
		if (rec.meta) {
			meta_find(p, title, &m);
			emit_meta(&m);
		}
		emit_page(p, rec.mode, NULL);
	} while (more);
	return 0;
}

int
main(int argc, char **argv)
{
	static struct page page;
	struct rule_error e;
	int first;

	rule_ok(lexicon_add_builtin(&e), &e);
	first = opts_parse(&info, argc, argv);
	rule_ok(lexicon_compile(&e), &e);
	if (threads == 0)
		threads = pool_cpus();
	/*
	 * Records run on threads, each thread a record at a time; a page
	 * of text, on threads a span of its lines at a time.  Not when the
	 * first bad input ends the run (--strict), nor line by line.
	 */
	if (threads > 1 && common.jsonl && !msg_strict &&
	    !out_line_buffered())
		corpus_threads(threads, lexicon_share);
	else
		spread_start(threads);
	date_init();
	meta_init();
	return doc_foreach(argc - first, argv + first, run, &page);
}
