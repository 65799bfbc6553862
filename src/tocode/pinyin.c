/*
 * pinyin.c: pinyin repair (SPEC 2).  Some sites inject the reading of
 * every Traditional character after it: 項(xiàng)目.  An annotation is
 * dropped when the character has a Simplified form that differs (the
 * injection only ever targets those) and the syllable is one of its
 * readings, unless the line annotates most of its Han characters on
 * purpose (poems, learner texts) and reaches characters the injection
 * never touches.
 *
 * Tables come from data/tocode/pinyin-syllables.txt and
 * pinyin-traditional.txt (see scripts/pinyin-data), built on first use.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "embedded.h"
#include "repair.h"
#include "util.h"
#include "pinyin_syllable.h"

struct trad {
	uint32_t	cp;
	uint32_t	first;		/* index into readings */
	uint32_t	count;
};

static struct trad	*trads;
static size_t		 ntrads;
static uint16_t		*readings;	/* syllable codes */
static int		 loaded;

static int
trad_cmp(const void *a, const void *b)
{
	const struct trad *x = a, *y = b;

	return (x->cp > y->cp) - (x->cp < y->cp);
}

/* Parse "項<TAB>xiàng ..." lines into trads[] and readings[]. */
static void
load_traditional(void)
{
	const char *p, *end, *eol, *r, *sp;
	size_t len, cap = 0, rcap = 0, nread = 0, clen;
	uint32_t cp;
	int code;

	if ((p = embedded_file("pinyin-traditional.txt", &len)) == NULL)
		return;
	for (end = p + len; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', end - p)) == NULL)
			eol = end;
		if (*p == '#' || eol == p)
			continue;
		clen = repair_utf8_decode(p, eol - p, &cp);
		if ((ntrads + 1) * sizeof(*trads) > cap)
			grow(&trads, &cap, (ntrads + 1) * sizeof(*trads));
		trads[ntrads].cp = cp;
		trads[ntrads].first = nread;
		for (r = p + clen + 1; r < eol; r = sp + 1) {
			if ((sp = memchr(r, ' ', eol - r)) == NULL)
				sp = eol;
			if ((code = syllable_code(r, sp - r)) < 0)
				continue;
			if ((nread + 1) * sizeof(*readings) > rcap)
				grow(&readings, &rcap,
				    (nread + 1) * sizeof(*readings));
			readings[nread++] = code;
		}
		trads[ntrads].count = nread - trads[ntrads].first;
		ntrads++;
	}
	qsort(trads, ntrads, sizeof(*trads), trad_cmp);
}

static const struct trad *
find_traditional(uint32_t cp)
{
	struct trad key;

	key.cp = cp;
	return bsearch(&key, trads, ntrads, sizeof(*trads), trad_cmp);
}

/* Is code (syllable and tone, tone 0 when unmarked) a reading of t? */
static int
is_reading(const struct trad *t, int code)
{
	uint32_t i;
	int r;

	for (i = 0; i < t->count; i++) {
		r = readings[t->first + i];
		if (r == code || (SYLLABLE_TONE(code) == 0 &&
		    SYLLABLE_BASE(r) == SYLLABLE_BASE(code)))
			return 1;
	}
	return 0;
}

static int
is_han(uint32_t cp)
{
	return (cp >= 0x3400 && cp <= 0x4dbf) ||
	    (cp >= 0x4e00 && cp <= 0x9fff) ||
	    (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0x20000 && cp <= 0x3ffff);
}

/* One Han character followed by a parenthesized single syllable. */
struct annotation {
	size_t	open;		/* offset of the opening parenthesis */
	size_t	end;		/* offset just past the closing one */
	int	injected;	/* Traditional character, one of its readings */
};

/*
 * Length of the parenthesis at s (ASCII or fullwidth) and, in *close,
 * the closing one that matches it; 0 when s holds none.
 */
static size_t
open_paren(const char *s, size_t n, const char **close, size_t *closelen)
{
	if (n >= 1 && s[0] == '(') {
		*close = ")";
		*closelen = 1;
		return 1;
	}
	if (n >= 3 && memcmp(s, "\xef\xbc\x88", 3) == 0) {
		*close = "\xef\xbc\x89";
		*closelen = 3;
		return 3;
	}
	return 0;
}

/* The longest syllable with tone marks, in bytes, with room to spare. */
#define ANNOTATION_MAX	24

/*
 * Find the next Han character annotated with one syllable at or after
 * *pos; count the Han characters passed in *han.  Returns 0 at the end.
 */
static int
next_annotation(const char *s, size_t n, size_t *pos, size_t *han,
    struct annotation *a)
{
	const struct trad *t;
	const char *close, *in, *stop;
	size_t i = *pos, clen, olen, closelen, limit;
	uint32_t cp;
	int code;

	while (i < n) {
		clen = repair_utf8_decode(s + i, n - i, &cp);
		i += clen;
		if (!is_han(cp))
			continue;
		(*han)++;
		if ((olen = open_paren(s + i, n - i, &close, &closelen)) == 0)
			continue;
		in = s + i + olen;
		limit = n - (i + olen);
		if (limit > ANNOTATION_MAX)
			limit = ANNOTATION_MAX;
		if ((stop = memmem(in, limit, close, closelen)) == NULL)
			continue;
		if ((code = syllable_code(in, stop - in)) < 0)
			continue;
		t = find_traditional(cp);
		a->open = i;
		a->end = (stop - s) + closelen;
		a->injected = t != NULL && is_reading(t, code);
		*pos = a->end;
		return 1;
	}
	*pos = n;
	return 0;
}

int
pinyin_repair(const char *s, size_t n, struct buf *out)
{
	struct annotation a;
	size_t pos, han = 0, annotated = 0, injected = 0, from;

	if (memchr(s, '(', n) == NULL && memmem(s, n, "\xef\xbc\x88", 3) == NULL)
		return 0;
	if (!loaded) {
		syllables_load();
		load_traditional();
		loaded = 1;
	}
	for (pos = 0; next_annotation(s, n, &pos, &han, &a); ) {
		annotated++;
		injected += a.injected;
	}
	if (injected == 0)
		return 0;
	/*
	 * Most Han characters annotated, some of them outside the injection's
	 * reach: a deliberately annotated line (a poem, a learner text).
	 */
	if (annotated * 2 >= han && annotated > injected)
		return 0;
	buf_reset(out);
	from = 0;
	for (pos = 0; next_annotation(s, n, &pos, &han, &a); ) {
		if (!a.injected)
			continue;
		buf_add(out, s + from, a.open - from);
		from = a.end;
	}
	buf_add(out, s + from, n - from);
	return 1;
}
