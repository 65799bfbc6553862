/*
 * opts.h: command-line parsing shared by every tool.
 *
 * A tool gives its own short and long options; the common ones (--help,
 * --version, --strict, -s/--quiet, --line-buffered, --max-bytes, --id) are
 * added here, and so are those of corpus mode (-J/--jsonl, --text-field,
 * --id-field) for a tool that has it, so that every tool spells them
 * alike.  Tool options are handed to the tool's callback; a usage error
 * prints a hint and exits 2.
 */
#ifndef OPTS_H
#define OPTS_H

#include <getopt.h>
#include <stddef.h>

struct common_opts {
	int		 line_buffered;
	size_t		 max_bytes;
	const char	*id;		/* --id NAME: document name for stdin */
	int		 jsonl;		/* -J: corpus mode, see corpus.h */
	const char	*text_field;	/* --text-field NAME, default "text" */
	const char	*id_field;	/* --id-field NAME, default "id" */
};

extern struct common_opts common;

struct tool_info {
	const char		*name;
	const char		*usage;		/* full --help text */
	const char		*shortopts;	/* tool's own, getopt syntax */
	const struct option	*longopts;	/* tool's own, {0} ended */
	/* Handle one tool option; return 0, or -1 for a usage error. */
	int			(*option)(int c, const char *arg);
	int			 corpus;	/* takes -J, --text-field, --id-field */
};

/*
 * Parse argv; sets up msg, out, locale independence and SIGPIPE.
 * Returns optind: argv[optind..] are the FILE operands.
 */
int	opts_parse(const struct tool_info *, int argc, char **argv);

/* Report a usage error and exit 2. */
_Noreturn void usage_error(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* Parse a size such as 64M, 100k, 1G; -1 if invalid. */
long long	parse_size(const char *);

#endif
