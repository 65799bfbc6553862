/* tocode: bytes in any encoding in, clean normalized UTF-8 out. */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "decode.h"
#include "detect.h"
#include "doc.h"
#include "msg.h"
#include "opts.h"
#include "out.h"

static const char usage[] =
"Usage: tocode [OPTION]... [FILE]...\n"
"Convert text in any encoding to clean, normalized UTF-8.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"Encoding:\n"
"  -d, --detect          print FILE<TAB>ENCODING<TAB>CONFIDENCE, convert nothing\n"
"  -f, --from=ENC        input encoding (skips detection); see iconv -l\n"
"  -t, --to=ENC          output encoding (default UTF-8)\n"
"  -l, --list            list the encodings detection can name\n"
"      --sniff=BYTES     detection window (default 64K)\n"
"      --invalid=MODE    invalid bytes: replace (U+FFFD, default) or skip\n"
"\n"
"Text:\n"
"      --nf=FORM         nfc (default), nfkc, nfd, nfkd or none\n"
"      --halfwidth=SET   fold fullwidth forms: alnum (default: digits and\n"
"                        Latin letters), ascii (all of U+FF01..U+FF5E), none\n"
"      --keep-space      keep NBSP and U+3000 (default: a space)\n"
"      --no-pinyin-repair  keep pinyin injected after characters\n"
"      --fix-mojibake    reverse UTF-8 that was decoded as GBK, Big5 or cp1252\n"
"      --t2s             Traditional to Simplified Chinese (OpenCC t2s)\n"
"      --s2t             Simplified to Traditional Chinese (OpenCC s2t)\n"
"      --opencc=CONFIG   any OpenCC configuration (tw2s, hk2s, s2twp ...)\n"
"\n"
"Pages and web archives:\n"
"      --html            read the input as an HTML page (default when it\n"
"                        starts like one): render its text as a browser\n"
"                        shows it, scripts, styles and hidden parts dropped\n"
"      --warc            read the input as a web archive (default when it\n"
"                        starts with WARC/1., plain or .warc.gz): write one\n"
"                        JSON line {\"id\",\"url\",\"date\",\"text\"} per page\n"
"                        (HTML or text response, WET conversion record),\n"
"                        ready for declutter -J\n"
"\n"
"Corpus mode:\n"
"  -J, --jsonl           each line is a JSON object holding a document in\n"
"                        its string field 'text': that text is cleaned and\n"
"                        repaired (no detection: it is Unicode already),\n"
"                        other fields pass through in order\n"
"      --text-field=NAME the field that holds the text (default text)\n"
"      --id-field=NAME   accepted for pipelines (numextract uses it)\n"
"\n"
"Common:\n"
"      --strict          fail (exit 1) at the first invalid byte or bad line\n"
"  -s, --quiet           no warnings\n"
"      --line-buffered   flush output after every line\n"
"      --max-bytes=N     longest line with -J (default 64M)\n"
"      --id=NAME         the name of standard input, in messages\n"
"      --help            this help\n"
"      --version         version\n"
"\n"
"Exit status: 0 success, 1 --strict found bad input, 2 trouble.\n";

enum {
	OPT_SNIFF = 0x100,
	OPT_INVALID,
	OPT_NF,
	OPT_HALFWIDTH,
	OPT_KEEP_SPACE,
	OPT_NO_PINYIN,
	OPT_MOJIBAKE,
	OPT_T2S,
	OPT_S2T,
	OPT_OPENCC,
	OPT_HTML,
	OPT_WARC,
};

static const struct option longopts[] = {
	{ "detect",		no_argument,		NULL, 'd' },
	{ "from",		required_argument,	NULL, 'f' },
	{ "to",			required_argument,	NULL, 't' },
	{ "list",		no_argument,		NULL, 'l' },
	{ "sniff",		required_argument,	NULL, OPT_SNIFF },
	{ "invalid",		required_argument,	NULL, OPT_INVALID },
	{ "nf",			required_argument,	NULL, OPT_NF },
	{ "halfwidth",		required_argument,	NULL, OPT_HALFWIDTH },
	{ "keep-space",		no_argument,		NULL, OPT_KEEP_SPACE },
	{ "no-pinyin-repair",	no_argument,		NULL, OPT_NO_PINYIN },
	{ "fix-mojibake",	no_argument,		NULL, OPT_MOJIBAKE },
	{ "t2s",		no_argument,		NULL, OPT_T2S },
	{ "s2t",		no_argument,		NULL, OPT_S2T },
	{ "opencc",		required_argument,	NULL, OPT_OPENCC },
	{ "html",		no_argument,		NULL, OPT_HTML },
	{ "warc",		no_argument,		NULL, OPT_WARC },
	{ NULL, 0, NULL, 0 }
};

static struct tocode_opts opt = {
	.sniff = 64 * 1024,
	.pinyin_repair = 1,
	.clean = { NF_NFC, HW_ALNUM, 0, 0 },
};
static int list_names;

/* The index of arg in a NULL-ended list of names, or -1. */
static int
pick(const char *arg, const char *const *names)
{
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(arg, names[i]) == 0)
			return i;
	return -1;
}

static int
option(int c, const char *arg)
{
	static const char *const nfs[] = { "none", "nfc", "nfkc", "nfd",
	    "nfkd", NULL };
	static const char *const hws[] = { "none", "alnum", "ascii", NULL };
	static const char *const invalids[] = { "replace", "skip", NULL };
	long long n;
	int i;

	switch (c) {
	case 'd': opt.detect_only = 1; break;
	case 'f': opt.from = arg; break;
	case 't': opt.to = arg; break;
	case 'l': list_names = 1; break;
	case OPT_SNIFF:
		if ((n = parse_size(arg)) <= 0)
			usage_error("--sniff: '%s' is not a size (bytes, or a "
			    "number with K, M or G)", arg);
		opt.sniff = (size_t)n;
		break;
	case OPT_INVALID:
		if ((i = pick(arg, invalids)) < 0)
			usage_error("invalid --invalid '%s' (replace, skip)", arg);
		opt.clean.skip_invalid = i;
		break;
	case OPT_NF:
		if ((i = pick(arg, nfs)) < 0)
			usage_error("invalid --nf '%s' (nfc, nfkc, nfd, nfkd, "
			    "none)", arg);
		opt.clean.nf = (enum nf)i;
		break;
	case OPT_HALFWIDTH:
		if ((i = pick(arg, hws)) < 0)
			usage_error("invalid --halfwidth '%s' (alnum, ascii, "
			    "none)", arg);
		opt.clean.halfwidth = (enum halfwidth)i;
		break;
	case OPT_KEEP_SPACE: opt.clean.keep_space = 1; break;
	case OPT_NO_PINYIN: opt.pinyin_repair = 0; break;
	case OPT_MOJIBAKE: opt.fix_mojibake = 1; break;
	case OPT_T2S: opt.opencc_config = "t2s.json"; break;
	case OPT_S2T: opt.opencc_config = "s2t.json"; break;
	case OPT_OPENCC: opt.opencc_config = arg; break;
	case OPT_HTML: opt.html = 1; break;
	case OPT_WARC: opt.warc = 1; break;
	default: return -1;
	}
	return 0;
}

static void
check_encoding(const char *name, const char *to, const char *from)
{
	iconv_t cd = iconv_open(to ? to : name, from ? from : name);

	if (cd == (iconv_t)-1)
		fatal(EXIT_TROUBLE, "unknown encoding '%s' (see iconv -l)",
		    name);
	iconv_close(cd);
}

/* What corpus mode cannot do: its text is Unicode, its output JSON. */
static void
check_corpus(void)
{
	if (opt.detect_only)
		usage_error("-d cannot be used with -J: a record's text is "
		    "Unicode already");
	if (opt.from != NULL)
		usage_error("-f cannot be used with -J: JSON text is UTF-8");
	if (opt.html || opt.warc)
		usage_error("%s cannot be used with -J: a record's text is "
		    "text", opt.html ? "--html" : "--warc");
	if (opt.to != NULL && !encoding_is_utf8(opt.to))
		usage_error("-t %s cannot be used with -J: JSON is written "
		    "in UTF-8", opt.to);
}

static void
print_names(void)
{
	int i;

	for (i = 0; detect_names[i] != NULL; i++) {
		out_str(detect_names[i]);
		out_endline();
	}
	out_flush();
}

int
main(int argc, char **argv)
{
	static const struct tool_info info = {
		"tocode", usage, "df:t:l", longopts, option, 1
	};
	int status, first;

	first = opts_parse(&info, argc, argv);
	if (list_names) {
		print_names();
		return EXIT_OK;
	}
	if (common.jsonl)
		check_corpus();
	if (opt.html && opt.warc)
		usage_error("--html and --warc cannot be used together: an "
		    "archive's pages are rendered as HTML anyway");
	if (opt.warc && opt.to != NULL && !encoding_is_utf8(opt.to))
		usage_error("-t %s cannot be used with --warc: JSON is written "
		    "in UTF-8", opt.to);
	if (opt.from != NULL)
		check_encoding(opt.from, "UTF-8", NULL);
	if (opt.to != NULL)
		check_encoding(opt.to, NULL, "UTF-8");
	convert_init(&opt);
	status = doc_foreach(argc - first, argv + first,
	    common.jsonl ? convert_corpus : convert_doc, NULL);
	convert_finish();
	return status;
}
