/* opts.c: the options every tool shares, merged with the tool's own. */
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "opts.h"
#include "out.h"
#include "util.h"

struct common_opts common = {
	0, (size_t)64 * 1024 * 1024, NULL, 0, "text", "id"
};

enum {
	OPT_HELP = 0x1000,
	OPT_VERSION,
	OPT_STRICT,
	OPT_LINE_BUFFERED,
	OPT_MAX_BYTES,
	OPT_ID,
	OPT_TEXT_FIELD,
	OPT_ID_FIELD,
};

static const struct option common_longopts[] = {
	{ "help",		no_argument,		NULL, OPT_HELP },
	{ "version",		no_argument,		NULL, OPT_VERSION },
	{ "strict",		no_argument,		NULL, OPT_STRICT },
	{ "quiet",		no_argument,		NULL, 's' },
	{ "silent",		no_argument,		NULL, 's' },
	{ "line-buffered",	no_argument,		NULL, OPT_LINE_BUFFERED },
	{ "max-bytes",		required_argument,	NULL, OPT_MAX_BYTES },
	{ "id",			required_argument,	NULL, OPT_ID },
};

/* Only for the tools that have corpus mode: elsewhere they are unknown. */
static const struct option corpus_longopts[] = {
	{ "jsonl",		no_argument,		NULL, 'J' },
	{ "text-field",		required_argument,	NULL, OPT_TEXT_FIELD },
	{ "id-field",		required_argument,	NULL, OPT_ID_FIELD },
};

static const char *tool_name = "?";

void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", tool_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
	    tool_name);
	exit(EXIT_TROUBLE);
}

long long
parse_size(const char *s)
{
	char *end;
	long long n;
	int shift = 0;

	if (*s < '0' || *s > '9')
		return -1;
	n = strtoll(s, &end, 10);
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end != '\0' || n < 0 || n > (LLONG_MAX >> shift))
		return -1;
	return n << shift;
}

static int
common_option(int c, const char *arg, const struct tool_info *t)
{
	long long n;

	switch (c) {
	case OPT_HELP:
		fputs(t->usage, stdout);
		if (fflush(stdout) != 0 || ferror(stdout))
			fatal(EXIT_TROUBLE, "write error");
		exit(EXIT_OK);
	case OPT_VERSION:
		printf("%s %s\n", t->name, VERSION);
		if (fflush(stdout) != 0 || ferror(stdout))
			fatal(EXIT_TROUBLE, "write error");
		exit(EXIT_OK);
	case OPT_STRICT:
		msg_strict = 1;
		return 0;
	case 's':
		msg_quiet = 1;
		return 0;
	case OPT_LINE_BUFFERED:
		common.line_buffered = 1;
		return 0;
	case OPT_MAX_BYTES:
		if ((n = parse_size(arg)) <= 0)
			usage_error("--max-bytes: '%s' is not a size (bytes, or "
			    "a number with K, M or G)", arg);
		common.max_bytes = (size_t)n;
		return 0;
	case OPT_ID:
		common.id = arg;
		return 0;
	}
	if (!t->corpus)
		return 1;
	switch (c) {
	case 'J':
		common.jsonl = 1;
		return 0;
	case OPT_TEXT_FIELD:
		common.text_field = arg;
		return 0;
	case OPT_ID_FIELD:
		common.id_field = arg;
		return 0;
	}
	return 1;
}

/* An option the tool refused: name it and what it was given. */
static _Noreturn void
bad_argument(int c, const char *longname, const char *arg)
{
	char name[64];

	if (longname != NULL)
		snprintf(name, sizeof name, "--%s", longname);
	else
		snprintf(name, sizeof name, "-%c", c);
	if (arg == NULL)
		usage_error("invalid use of option '%s'", name);
	usage_error("%s: invalid argument '%s'", name, arg);
}

int
opts_parse(const struct tool_info *t, int argc, char **argv)
{
	struct option *longopts;
	char shortopts[128];
	size_t ntool = 0, ncommon = NELEM(common_longopts);
	int c, longindex;

	tool_name = t->name;
	msg_init(t->name);
	/* A reader gone away is seen as EPIPE by out.c and ends us quietly. */
	signal(SIGPIPE, SIG_IGN);
	while (t->longopts != NULL && t->longopts[ntool].name != NULL)
		ntool++;
	longopts = xcalloc(ntool + ncommon + NELEM(corpus_longopts) + 1,
	    sizeof *longopts);
	if (ntool > 0)
		memcpy(longopts, t->longopts, ntool * sizeof *longopts);
	memcpy(longopts + ntool, common_longopts, sizeof common_longopts);
	if (t->corpus)
		memcpy(longopts + ntool + ncommon, corpus_longopts,
		    sizeof corpus_longopts);
	/* ':' first: a missing argument is told apart from a bad option. */
	snprintf(shortopts, sizeof shortopts, ":s%s%s",
	    t->corpus ? "J" : "", t->shortopts ? t->shortopts : "");
	opterr = 0;
	while ((longindex = -1, c = getopt_long(argc, argv, shortopts,
	    longopts, &longindex)) != -1) {
		if (c == '?' && optopt > 0 && optopt < 0x100)
			usage_error("invalid option -- '%c'", optopt);
		if (c == '?')
			usage_error("unrecognized option '%s'",
			    argv[optind - 1]);
		if (c == ':' && optopt > 0 && optopt < 0x100)
			usage_error("option requires an argument -- '%c'",
			    optopt);
		if (c == ':')
			usage_error("option '%s' requires an argument",
			    argv[optind - 1]);
		if (common_option(c, optarg, t) == 0)
			continue;
		if (t->option == NULL || t->option(c, optarg) != 0)
			bad_argument(c, longindex >= 0 ?
			    longopts[longindex].name : NULL, optarg);
	}
	free(longopts);
	out_init(common.line_buffered);
	return optind;
}
