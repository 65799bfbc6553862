/*
 * script.c: Traditional/Simplified conversion through libopencc.
 *
 * OpenCC runs at a few MB/s, so only the runs of text it can change go
 * to it (script_chars.h says which): gathered from a block, one run a
 * line, converted in one call, and put back between the text around them.
 * The library is loaded only by the runs that convert (dynlib.h).
 */
#include <stdlib.h>
#include <string.h>

#include <opencc/opencc.h>

#include "buf.h"
#include "dynlib.h"
#include "msg.h"
#include "script.h"
#include "script_chars.h"
#include "utf8.h"
#include "util.h"

struct run {
	size_t	start, end;
};

/* The functions of libopencc the conversion calls. */
static struct {
	__typeof__(opencc_open)			*open;
	__typeof__(opencc_close)		*close;
	__typeof__(opencc_convert_utf8)		*convert_utf8;
	__typeof__(opencc_convert_utf8_free)	*convert_utf8_free;
	__typeof__(opencc_error)		*error;
} occ;

static opencc_t cc = (opencc_t)-1;
static struct script_chars *chars;	/* NULL: all text goes to OpenCC */
static struct buf runs_text;		/* the runs, '\n' after each */
static struct buf runs;			/* struct run, in text order */
static struct buf converted;		/* OpenCC's output of runs_text */

static int
ascii_is_plain(const struct script_chars *sc)
{
	uint32_t c;

	for (c = 0; c < 0x80; c++)
		if (script_chars_has(sc->key, c))
			return 0;
	return 1;
}

static void
load_opencc(void)
{
	struct dynlib lib;

	if (occ.open != NULL)
		return;
	dynlib_open(&lib, SONAME_OPENCC, "script conversion (--t2s, --s2t, "
	    "--opencc)");
	*(void **)&occ.open = dynlib_sym(&lib, "opencc_open");
	*(void **)&occ.close = dynlib_sym(&lib, "opencc_close");
	*(void **)&occ.convert_utf8 = dynlib_sym(&lib, "opencc_convert_utf8");
	*(void **)&occ.convert_utf8_free = dynlib_sym(&lib,
	    "opencc_convert_utf8_free");
	*(void **)&occ.error = dynlib_sym(&lib, "opencc_error");
}

void
script_open(const char *config)
{
	char name[256];

	load_opencc();
	/* "t2s" is as good as "t2s.json", as with the opencc command. */
	if (strchr(config, '.') == NULL && strchr(config, '/') == NULL &&
	    strlen(config) < sizeof name - 6) {
		strcpy(name, config);
		strcat(name, ".json");
		config = name;
	}
	cc = occ.open(config);
	if (cc == (opencc_t)-1)
		fatal(EXIT_TROUBLE, "cannot open OpenCC configuration '%s': %s",
		    config, occ.error());
	chars = xmalloc(sizeof *chars);
	/* Runs are cut apart by '\n' and found past ASCII text: no ASCII
	 * character may be in a key. */
	if (!script_chars_load(config, chars) || !ascii_is_plain(chars)) {
		free(chars);
		chars = NULL;
	}
}

void
script_close(void)
{
	if (cc != (opencc_t)-1)
		occ.close(cc);
	cc = (opencc_t)-1;
	free(chars);
	chars = NULL;
	buf_free(&runs_text);
	buf_free(&runs);
	buf_free(&converted);
}

/* OpenCC on s[0..n), appended to out. */
static void
opencc_append(const char *s, size_t n, struct buf *out)
{
	char *res;

	if (n == 0)
		return;
	res = occ.convert_utf8(cc, s, n);
	if (res == NULL)
		fatal(EXIT_TROUBLE, "OpenCC conversion failed: %s",
		    occ.error());
	buf_adds(out, res);
	occ.convert_utf8_free(res);
}

static void
keep_run(const char *s, size_t start, size_t end)
{
	struct run r = { start, end };

	buf_add(&runs, &r, sizeof r);
	buf_add(&runs_text, s + start, end - start);
	buf_addc(&runs_text, '\n');
}

/* The runs of s[0..n) that hold a trigger, into runs and runs_text. */
static void
find_runs(const char *s, size_t n)
{
	size_t i = 0, start = 0, len;
	int in_run = 0, triggered = 0;
	uint32_t cp;

	buf_reset(&runs);
	buf_reset(&runs_text);
	while (i < n) {
		if ((unsigned char)s[i] < 0x80 && !in_run) {
			i++;
			continue;
		}
		len = (size_t)utf8_decode(s + i, n - i, &cp);
		if ((int)len <= 0)	/* not ours to judge: OpenCC's */
			cp = SCRIPT_CHARS_LIMIT, len = 1;
		if (script_chars_has(chars->key, cp)) {
			if (!in_run)
				start = i, in_run = 1, triggered = 0;
			triggered |= script_chars_has(chars->trigger, cp);
		} else if (in_run) {
			if (triggered)
				keep_run(s, start, i);
			in_run = 0;
		}
		i += len;
	}
	if (in_run && triggered)
		keep_run(s, start, n);
}

void
script_convert(const char *s, size_t n, struct buf *out)
{
	const struct run *r, *end;
	const char *p, *nl, *cend;
	size_t done = 0;

	if (chars == NULL) {
		opencc_append(s, n, out);
		return;
	}
	find_runs(s, n);
	if (runs.len == 0) {
		buf_add(out, s, n);
		return;
	}
	buf_reset(&converted);
	opencc_append(runs_text.data, runs_text.len, &converted);
	p = converted.data;
	cend = p + converted.len;
	r = (const struct run *)runs.data;
	end = r + runs.len / sizeof *r;
	for (; r < end; r++) {
		nl = memchr(p, '\n', (size_t)(cend - p));
		if (nl == NULL)
			fatal(EXIT_TROUBLE, "OpenCC changed the number of lines");
		buf_add(out, s + done, r->start - done);
		buf_add(out, p, (size_t)(nl - p));
		done = r->end;
		p = nl + 1;
	}
	buf_add(out, s + done, n - done);
}
