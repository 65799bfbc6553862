/* options.c: tsvify's own options and how they fit together. */
#include <string.h>

#include "opts.h"
#include "tsvify.h"
#include "util.h"

struct tsv_opts opt = { .null = "", .quoting = QUOTE_ESCAPE };

static const char usage[] =
"Usage: tsvify [OPTION]... [FILE]...\n"
"Turn JSON Lines into TSV with a header; with -r, turn such TSV back.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -f, --fields=LIST     columns, in order: keys or dotted paths (a.b),\n"
"                          comma-separated; the option may be repeated\n"
"                          (default: every key of the first 1000\n"
"                          records; a key first seen later is an error)\n"
"      --no-header       write no header line (with -r: there is none,\n"
"                          the columns are named by -f)\n"
"      --null=STR        write null and missing values as STR, e.g. \\N\n"
"                          (default: empty); with -r, read STR as null\n"
"      --quote=MODE      escape (default): \\\\ \\t \\n \\r, nothing quoted;\n"
"                          csv: quote fields holding TAB, LF, CR or \"\n"
"      --crlf            end lines with CR LF\n"
"  -r, --reverse         TSV with a header in, JSON Lines of strings out\n"
"      --strict          stop at the first bad line (exit 1)\n"
"  -s, --quiet           no warnings\n"
"      --line-buffered   flush every line\n"
"      --max-bytes=N     longest line (default 64M)\n"
"      --id=NAME         the name of standard input, in messages\n"
"      --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Numbers come out exactly as written, nested objects as dotted columns,\n"
"arrays as compact JSON.  A line that is not one JSON object is reported\n"
"with its number and skipped.  Exit status: 0 success, 1 bad input under\n"
"--strict, 2 trouble.  See tsvify(1).\n";

enum { OPT_NO_HEADER = 0x100, OPT_NULL, OPT_QUOTE, OPT_CRLF };

static const struct option longopts[] = {
	{ "fields",	required_argument,	NULL, 'f' },
	{ "no-header",	no_argument,		NULL, OPT_NO_HEADER },
	{ "null",	required_argument,	NULL, OPT_NULL },
	{ "quote",	required_argument,	NULL, OPT_QUOTE },
	{ "crlf",	no_argument,		NULL, OPT_CRLF },
	{ "reverse",	no_argument,		NULL, 'r' },
	{ NULL,		0,			NULL, 0 },
};

/* Add the comma-separated names of list to opt.fields. */
static int
add_fields(const char *list)
{
	const char *p = list, *comma;
	size_t i, len;

	for (;;) {
		comma = strchr(p, ',');
		len = comma != NULL ? (size_t)(comma - p) : strlen(p);
		if (len == 0)
			usage_error("-f: empty field name in '%s'", list);
		for (i = 0; i < opt.nfields; i++)
			if (strlen(opt.fields[i]) == len &&
			    memcmp(opt.fields[i], p, len) == 0)
				usage_error("-f: field '%.*s' named twice",
				    (int)len, p);
		opt.fields = xrealloc(opt.fields,
		    (opt.nfields + 1) * sizeof *opt.fields);
		opt.fields[opt.nfields++] = xstrndup(p, len);
		if (comma == NULL)
			return 0;
		p = comma + 1;
	}
}

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'f':
		return add_fields(arg);
	case 'r':
		opt.reverse = 1;
		return 0;
	case OPT_NO_HEADER:
		opt.no_header = 1;
		return 0;
	case OPT_NULL:
		opt.null = arg;
		opt.null_given = 1;
		return 0;
	case OPT_QUOTE:
		if (strcmp(arg, "escape") == 0)
			opt.quoting = QUOTE_ESCAPE;
		else if (strcmp(arg, "csv") == 0)
			opt.quoting = QUOTE_CSV;
		else
			usage_error("invalid --quote '%s' (escape or csv)", arg);
		return 0;
	case OPT_CRLF:
		opt.crlf = 1;
		return 0;
	}
	return -1;
}

static const struct tool_info info = {
	"tsvify", usage, "f:r", longopts, option, 0
};

int
tsvify_options(int argc, char **argv)
{
	int first_operand = opts_parse(&info, argc, argv);

	opt.nulllen = strlen(opt.null);
	if (opt.reverse && opt.nfields > 0 && !opt.no_header)
		usage_error("with -r, -f names the columns of TSV that has "
		    "no header: add --no-header");
	if (opt.reverse && opt.no_header && opt.nfields == 0)
		usage_error("with -r and --no-header, name the columns with -f");
	return first_operand;
}
