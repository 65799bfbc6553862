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
#include "uclass.h"
#include "utf8.h"
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
static uint32_t		 bmp_index[0x10000];	/* 1 + index into trads, 0 */
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
	struct data_lines dl;
	const char *p, *eol, *line, *r, *sp;
	size_t len, cap = 0, rcap = 0, nread = 0, clen;
	uint32_t cp;
	int code;

	if ((p = embedded_file("pinyin-traditional.txt", &len)) == NULL)
		return;
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &len); ) {
		eol = line + len;
		cp = utf8_get(line, len, 0, &clen);
		if ((ntrads + 1) * sizeof(*trads) > cap)
			grow(&trads, &cap, (ntrads + 1) * sizeof(*trads));
		trads[ntrads].cp = cp;
		trads[ntrads].first = nread;
		for (r = line + clen + 1; r < eol; r = sp + 1) {
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
	/* Looked up for every annotation: the BMP by index, the rest by
	 * binary search. */
	for (size_t i = 0; i < ntrads; i++)
		if (trads[i].cp < 0x10000)
			bmp_index[trads[i].cp] = (uint32_t)(i + 1);
}

static const struct trad *
find_traditional(uint32_t cp)
{
	struct trad key;

	if (cp < 0x10000)
		return bmp_index[cp] ? &trads[bmp_index[cp] - 1] : NULL;
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
	return uclass(cp) & UC_HAN;
}

/* One Han character followed by a parenthesized single syllable. */
struct annotation {
	size_t	open;		/* offset of the opening parenthesis */
	size_t	end;		/* offset just past the closing one */
	int	injected;	/* Traditional character, one of its readings */
};

/* The annotations of the line at hand, reused from line to line. */
static struct annotation *found;
static size_t		  found_cap;

/* The longest syllable with tone marks, in bytes, with room to spare. */
#define ANNOTATION_MAX	24

#define FULLWIDTH_OPEN	"（"
#define FULLWIDTH_CLOSE	"）"

/*
 * Where the next opening parentheses are, ASCII and fullwidth: each is
 * searched for with memchr and only again once passed.
 */
struct opens {
	const char	*s;
	size_t		 n;
	size_t		 ascii;
	size_t		 full;
};

static size_t
find_ascii_open(const struct opens *o, size_t i)
{
	const char *p = memchr(o->s + i, '(', o->n - i);

	return p ? (size_t)(p - o->s) : o->n;
}

static size_t
find_full_open(const struct opens *o, size_t i)
{
	const char *p;

	while (i + 2 < o->n &&
	    (p = memchr(o->s + i, '\xef', o->n - 2 - i)) != NULL) {
		i = (size_t)(p - o->s);
		if (memcmp(p, FULLWIDTH_OPEN, 3) == 0)
			return i;
		i++;
	}
	return o->n;
}

/* The next opening parenthesis at or after i, or n. */
static size_t
next_open(struct opens *o, size_t i)
{
	if (o->ascii < i)
		o->ascii = find_ascii_open(o, i);
	if (o->full < i)
		o->full = find_full_open(o, i);
	return o->ascii < o->full ? o->ascii : o->full;
}

static size_t
first_open(struct opens *o, const char *s, size_t n)
{
	o->s = s;
	o->n = n;
	o->ascii = find_ascii_open(o, 0);
	o->full = find_full_open(o, 0);
	return o->ascii < o->full ? o->ascii : o->full;
}

/* Han characters in the line, for the deliberate-annotation rule. */
static size_t
count_han(const char *s, size_t n)
{
	size_t i = 0, len, han = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		han += is_han(utf8_get(s, n, i, &len));
		i += len;
	}
	return han;
}

/*
 * Every Han character annotated with one syllable: into found[], with
 * the count of those that are injections in *injected.
 */
static size_t
find_annotations(struct opens *o, const char *s, size_t n, size_t *injected)
{
	const struct trad *t;
	const char *in, *stop, *close;
	size_t i, clen, olen, limit, count = 0;
	uint32_t cp;
	int code;

	*injected = 0;
	for (i = first_open(o, s, n); i < n; i = next_open(o, i + 1)) {
		if (i == 0 || !is_han(cp = utf8_prev(s, i, &clen)))
			continue;
		olen = s[i] == '(' ? 1 : 3;
		close = olen == 1 ? ")" : FULLWIDTH_CLOSE;
		in = s + i + olen;
		limit = n - (i + olen);
		if (limit > ANNOTATION_MAX)
			limit = ANNOTATION_MAX;
		if ((stop = memmem(in, limit, close, olen)) == NULL ||
		    (code = syllable_code(in, stop - in)) < 0)
			continue;
		grow(&found, &found_cap, (count + 1) * sizeof *found);
		found[count].open = i;
		found[count].end = (size_t)(stop - s) + olen;
		t = find_traditional(cp);
		found[count].injected = t != NULL && is_reading(t, code);
		*injected += found[count].injected;
		/* Nothing inside an annotation starts another. */
		i = found[count++].end - 1;
	}
	return count;
}

size_t
pinyin_first_open(const char *s, size_t n)
{
	const char *p = s;
	size_t at;

	/* Annotations follow a Han character, which is not ASCII. */
	while ((p = memchr(p, '(', n - (size_t)(p - s))) != NULL &&
	    (p == s || (unsigned char)p[-1] < 0x80))
		p++;
	at = p != NULL ? (size_t)(p - s) : n;
	return find_full_open(&(struct opens){ s, at, 0, 0 }, 0);
}

int
pinyin_repair(const char *s, size_t n, struct buf *out)
{
	struct opens o;
	size_t annotated, injected, from, k;

	if (n == 0 || (memchr(s, '(', n) == NULL && find_full_open(
	    &(struct opens){ s, n, 0, 0 }, 0) == n))
		return 0;
	if (!loaded) {
		syllables_load();
		load_traditional();
		loaded = 1;
	}
	annotated = find_annotations(&o, s, n, &injected);
	if (injected == 0)
		return 0;
	/*
	 * Most Han characters annotated, some of them outside the injection's
	 * reach: a deliberately annotated line (a poem, a learner text).
	 */
	if (annotated > injected && annotated * 2 >= count_han(s, n))
		return 0;
	buf_reset(out);
	from = 0;
	for (k = 0; k < annotated; k++) {
		if (!found[k].injected)
			continue;
		buf_add(out, s + from, found[k].open - from);
		from = found[k].end;
	}
	buf_add(out, s + from, n - from);
	return 1;
}
