/*
 * detect.c: which encoding a window of bytes is in, in stages from the
 * surest to the most statistical: byte-order mark, the NUL bytes of
 * UTF-16 and UTF-32, strict UTF-8, ISO-2022 escapes, and then the
 * log-likelihood of each candidate decoding under a character frequency
 * model of its language (detect_score.c), which a charset declaration of
 * the page may overrule when its decoding is nearly as good.
 */
#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <string.h>

#include "detect.h"
#include "detect_decl.h"
#include "detect_model.h"
#include "detect_score.h"
#include "utf8.h"

const char *const detect_names[] = {
	"ASCII", "UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32",
	"UTF-32LE", "UTF-32BE", "GB18030", "BIG5", "BIG5-HKSCS", "SHIFT_JIS",
	"EUC-JP", "ISO-2022-JP", "EUC-KR", "CP949", "ISO-2022-KR", "JOHAB",
	"EUC-TW",
	"WINDOWS-1252", "WINDOWS-1251", "KOI8-R", "ISO-8859-5",
	"ISO-8859-7", "WINDOWS-1253", "WINDOWS-1250", "ISO-8859-2",
	"WINDOWS-1255", "ISO-8859-8", NULL
};

/*
 * A declaration is believed when its decoding has no invalid sequence
 * and scores at most this much (in nats per non-ASCII character) below
 * the best decoding.
 */
#define DECL_SLACK	1

static void
set(struct detection *d, const char *name, const char *iconv_name,
    double confidence, size_t bom_len)
{
	d->name = name;
	d->iconv_name = iconv_name;
	d->confidence = confidence;
	d->bom_len = bom_len;
}

static int
byte_order_mark(const unsigned char *b, size_t n, struct detection *d)
{
	if (n >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
		set(d, "UTF-8", "UTF-8", 1, 3);
	else if (n >= 4 && memcmp(b, "\xff\xfe\0\0", 4) == 0)
		set(d, "UTF-32", "UTF-32LE", 1, 4);
	else if (n >= 4 && memcmp(b, "\0\0\xfe\xff", 4) == 0)
		set(d, "UTF-32", "UTF-32BE", 1, 4);
	else if (n >= 2 && memcmp(b, "\xff\xfe", 2) == 0)
		set(d, "UTF-16", "UTF-16LE", 1, 2);
	else if (n >= 2 && memcmp(b, "\xfe\xff", 2) == 0)
		set(d, "UTF-16", "UTF-16BE", 1, 2);
	else
		return 0;
	return 1;
}

/*
 * UTF-32 has two NUL bytes in every BMP character, UTF-16 one in every
 * Latin character, all on the same side; text in other encodings has
 * next to no NUL bytes.
 */
static int
nul_pattern(const unsigned char *b, size_t n, struct detection *d)
{
	size_t zero[4] = { 0, 0, 0, 0 }, i, units, even, odd;

	for (i = 0; i < n; i++)
		if (b[i] == 0)
			zero[i % 4]++;
	units = n / 4;
	even = zero[0] + zero[2];
	odd = zero[1] + zero[3];
	if (units >= 1 && zero[2] + zero[3] >= 2 * units - units / 16 &&
	    zero[0] <= units / 4)
		set(d, "UTF-32LE", "UTF-32LE", 0.95, 0);
	else if (units >= 1 && zero[0] + zero[1] >= 2 * units - units / 16 &&
	    zero[3] <= units / 4)
		set(d, "UTF-32BE", "UTF-32BE", 0.95, 0);
	else if (n >= 4 && odd > 0 && odd >= n / 8 && even <= odd / 8)
		set(d, "UTF-16LE", "UTF-16LE", 0.95, 0);
	else if (n >= 4 && even > 0 && even >= n / 8 && odd <= even / 8)
		set(d, "UTF-16BE", "UTF-16BE", 0.95, 0);
	else
		return 0;
	return 1;
}

/*
 * Strict UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF).  Returns the number of multi-byte characters, or -1 when
 * the window is not UTF-8.
 */
static long
utf8_chars(const unsigned char *b, size_t n, int at_eof)
{
	size_t i = 0;
	long count = 0;
	uint32_t cp;
	int len;

	while (i < n) {
		if (b[i] < 0x80) {
			i++;
			continue;
		}
		if ((len = utf8_decode(b + i, n - i, &cp)) == UTF8_TRUNCATED)
			return at_eof ? -1 : count;
		if (len == 0)
			return -1;
		i += len;
		count++;
	}
	return count;
}

/* 7-bit text switched into a double-byte set by ISO 2022 escapes. */
static int
iso2022(const unsigned char *b, size_t n, struct detection *d)
{
	if (memmem(b, n, "\x1b$B", 3) != NULL ||
	    memmem(b, n, "\x1b$@", 3) != NULL ||
	    memmem(b, n, "\x1b$(D", 4) != NULL)
		set(d, "ISO-2022-JP", "ISO-2022-JP-2", 0.99, 0);
	else if (memmem(b, n, "\x1b$)C", 4) != NULL)
		set(d, "ISO-2022-KR", "ISO-2022-KR", 0.99, 0);
	else
		return 0;
	return 1;
}

/* How many byte sequences iconv cannot convert from encoding. */
static size_t
iconv_errors(const char *encoding, const unsigned char *b, size_t n,
    int at_eof)
{
	char out[4096], *ip = (char *)b, *op;
	size_t il = n, ol, errors = 0;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", encoding)) == (iconv_t)-1)
		return (size_t)-1;
	while (il > 0) {
		op = out, ol = sizeof(out);
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 ||
		    errno == E2BIG)
			continue;
		if (errno == EINVAL && !at_eof)
			break;
		errors++;
		ip++, il--;
	}
	iconv_close(cd);
	return errors;
}

/*
 * Big5 as written by Windows (CP950, glibc's BIG5) and Big5-HKSCS differ
 * in a few symbols; HKSCS adds Hong Kong characters.  Name HKSCS only when
 * the window needs it.
 */
static void
big5_variant(const unsigned char *b, size_t n, int at_eof,
    struct detection *d)
{
	size_t plain = iconv_errors("BIG5", b, n, at_eof);

	if (plain > 0 && iconv_errors("BIG5-HKSCS", b, n, at_eof) < plain) {
		d->name = "BIG5-HKSCS";
		d->iconv_name = "BIG5-HKSCS";
	}
}

/* EUC-KR proper, or the Windows extension that CP949 adds to it. */
static void
korean_variant(const unsigned char *b, size_t n, struct detection *d)
{
	size_t i;

	for (i = 0; i + 1 < n; i++) {
		if (b[i] < 0x80)
			continue;
		if (b[i] < 0xa1 || b[i + 1] < 0xa1) {
			d->name = "CP949";
			return;
		}
		i++;
	}
}

/*
 * BOM-less UTF-16 with no NUL byte is read from statistics alone (the
 * high byte its characters share): it never gets the confidence of a
 * byte-order mark or of the NUL bytes.
 */
#define UTF16_STATS_MAX	0.9

/*
 * From a lead in nats to a confidence between 0.5 and 0.99.  The lead
 * counts for no more than the characters that tell (a nat each), so one
 * or two non-ASCII characters never make a sure guess.
 */
static double
confidence(double lead)
{
	return 0.5 + 0.49 * (1 - exp(-lead / 8));
}

/* The best scoring candidate printed as name, or NCANDIDATES. */
static size_t
best_named(const char *name, const struct tally *t)
{
	size_t i, best = NCANDIDATES;

	for (i = 0; i < NCANDIDATES; i++)
		if (strcmp(candidates[i].name, name) == 0 &&
		    (best == NCANDIDATES || t[i].score > t[best].score))
			best = i;
	return best;
}

/*
 * The runner-up reads the text otherwise: the same encoding read as
 * another language, or a sibling code page of the same language that
 * scores the same, decodes it alike.
 */
static size_t
runner_up(size_t best, const struct tally *t)
{
	const struct candidate *b = &candidates[best];
	size_t i, second = NCANDIDATES;

	for (i = 0; i < NCANDIDATES; i++) {
		if (strcmp(candidates[i].name, b->name) == 0 ||
		    (candidates[i].lang == b->lang &&
		    t[i].score == t[best].score))
			continue;
		if (second == NCANDIDATES || t[i].score > t[second].score)
			second = i;
	}
	return second;
}

static void
statistics(const unsigned char *b, size_t n, int at_eof,
    struct detection *d)
{
	struct tally t[NCANDIDATES];
	struct window w;
	const char *decl = declared_encoding(b, n);
	size_t i, best = 0, second;
	long slack;

	window_init(&w, b, n, at_eof);
	for (i = 0; i < NCANDIDATES; i++) {
		score_candidate(&candidates[i], &w, &t[i]);
		if (t[i].score > t[best].score)
			best = i;
	}
	second = runner_up(best, t);
	set(d, candidates[best].name, candidates[best].iconv_name,
	    confidence(fmin((double)(t[best].score - t[second].score) /
	    SCORE_UNIT, (double)t[best].nonascii)), 0);
	if (strncmp(d->name, "UTF-16", 6) == 0)
		d->confidence = fmin(d->confidence, UTF16_STATS_MAX);
	if (decl != NULL && strcmp(decl, d->name) != 0 &&
	    (i = best_named(decl, t)) < NCANDIDATES) {
		slack = DECL_SLACK * SCORE_UNIT * t[best].nonascii;
		if (t[i].invalid == 0 && t[i].score >= t[best].score - slack)
			set(d, candidates[i].name, candidates[i].iconv_name,
			    0.9, 0);
	}
	if (strcmp(d->name, "BIG5") == 0)
		big5_variant(b, n, at_eof, d);
	else if (strcmp(d->name, "EUC-KR") == 0)
		korean_variant(b, n, d);
}

void
detect_encoding(const unsigned char *buf, size_t len, int at_eof,
    struct detection *d)
{
	const struct candidate *c;
	const char *decl;
	long multi;

	if (byte_order_mark(buf, len, d) || nul_pattern(buf, len, d))
		return;
	if ((multi = utf8_chars(buf, len, at_eof)) > 0) {
		set(d, "UTF-8", "UTF-8", 1 - 0.5 / (double)(multi + 1), 0);
		return;
	}
	if (multi == 0) {
		if (iso2022(buf, len, d))
			return;
		set(d, "ASCII", "UTF-8", 1, 0);
		if (!at_eof && (decl = declared_encoding(buf, len)) != NULL &&
		    (c = candidate_named(decl)) != NULL)
			set(d, c->name, c->iconv_name, 0.6, 0);
		return;
	}
	statistics(buf, len, at_eof, d);
}
