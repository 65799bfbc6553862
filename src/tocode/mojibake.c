/*
 * mojibake.c: mojibake repair (SPEC 2, --fix-mojibake).  Text that was
 * decoded in the wrong encoding and saved again is undone run by run (a
 * run is what lies between spaces): each path of data/tocode/mojibake-paths.txt
 * re-encodes the run with iconv(3) and decodes the bytes as what they
 * were; the result is taken only when the conversion is exact both ways
 * and it reads better (mojibake_score.h).  Damage that lost bytes is
 * reported, never guessed at: 锟斤拷 (U+FFFD in UTF-8 read as GBK), the
 * 烫烫烫 and 屯屯屯 fill of uninitialized memory, runs holding U+FFFD that
 * read as no language.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "embedded.h"
#include "repair.h"
#include "swar.h"
#include "uclass.h"
#include "utf8_valid.h"
#include "utf8.h"
#include "util.h"
#include "mojibake_score.h"

#define PATHS_MAX	16
#define NAME_MAX_LEN	32
#define ROUNDS		3	/* double mojibake, and one more */

static struct path {
	iconv_t	encode;		/* UTF-8 to the encoding it was read as */
	iconv_t	decode;		/* what it was to UTF-8; unused for UTF-8 */
	int	to_utf8;
	int	language;	/* the result must read as this, or -1 */
} paths[PATHS_MAX];
static size_t	npaths;
static iconv_t	to_gb18030;	/* for the 锟斤拷 test */
static int	loaded, usable;

/* Scratch space, grown as needed and kept across calls. */
static struct buf bytes, cur, cand, best;

/* Costs at which a run is taken for damaged text. */
/*
 * A repair must cost MARGIN less; one that keeps the number of characters
 * (a legacy encoding read as another) a third less too, as nearly any
 * text converts that way while few byte strings are valid UTF-8.
 */
#define MARGIN		2
#define LOST_AVERAGE	3	/* per character, around U+FFFD */

static void
load_paths(void)
{
	struct data_lines dl;
	const char *p, *line;
	char from[NAME_MAX_LEN], to[NAME_MAX_LEN], lang[NAME_MAX_LEN];
	size_t len;
	struct path *pa;

	if ((p = embedded_file("mojibake-paths.txt", &len)) == NULL)
		return;
	for (data_lines_init(&dl, p, len); npaths < PATHS_MAX &&
	    data_next_line(&dl, &line, &len); ) {
		if (sscanf(line, "%31s %31s %31s", from, to, lang) != 3)
			continue;
		pa = &paths[npaths];
		pa->to_utf8 = strcmp(to, "UTF-8") == 0;
		pa->language = score_language(lang);
		if ((pa->encode = iconv_open(from, "UTF-8")) == (iconv_t)-1)
			continue;
		if (!pa->to_utf8 &&
		    (pa->decode = iconv_open("UTF-8", to)) == (iconv_t)-1) {
			iconv_close(pa->encode);
			continue;
		}
		npaths++;
	}
}

/*
 * Run s[0..n) through cd into *b.  With c1 set, a C1 control the target
 * lacks stands for its own byte, as WHATWG decodes the bytes cp1252 leaves
 * undefined.  0 when some character does not convert.
 */
static int
convert(iconv_t cd, const char *s, size_t n, struct buf *b, int c1)
{
	char *in = (char *)s, *o;
	size_t inleft = n, outleft, room, clen;
	uint32_t cp;

	buf_reset(b);
	iconv(cd, NULL, NULL, NULL, NULL);
	while (inleft > 0) {
		room = inleft * 4 + 16;
		o = buf_reserve(b, room);
		outleft = room;
		if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1) {
			b->len += room - outleft;
			break;
		}
		b->len += room - outleft;
		if (errno == E2BIG)
			continue;
		if (errno != EILSEQ || !c1)
			return 0;
		cp = utf8_get(in, inleft, 0, &clen);
		if (cp < 0x80 || !(uclass(cp) & UC_CONTROL))
			return 0;
		buf_addc(b, cp);
		in += clen;
		inleft -= clen;
	}
	o = buf_reserve(b, 16);
	outleft = 16;
	if (iconv(cd, NULL, NULL, &o, &outleft) == (size_t)-1)
		return 0;
	b->len += 16 - outleft;
	return 1;
}

/* Undo path pa on s[0..n) into *b. */
static int
undo(struct path *pa, const char *s, size_t n, struct buf *b)
{
	if (!convert(pa->encode, s, n, &bytes, 1))
		return 0;
	if (!pa->to_utf8)
		return convert(pa->decode, bytes.data, bytes.len, b, 0);
	if (!utf8_valid(bytes.data, bytes.len))
		return 0;
	buf_reset(b);
	buf_add(b, bytes.data, bytes.len);
	return 1;
}

static size_t
count_fffd(const char *s, size_t n)
{
	const char *p, *end = s + n;
	size_t k = 0;

	for (p = s; (p = memmem(p, end - p, "\xef\xbf\xbd", 3)) != NULL; p += 3)
		k++;
	return k;
}

/* Damage no conversion can undo: lost bytes, or no text at all. */
static int
unrepairable(const char *s, size_t n)
{
	size_t chars, lost;
	unsigned long cost;

	if (memmem(s, n, "烫烫烫烫", 12) != NULL ||
	    memmem(s, n, "屯屯屯屯", 12) != NULL)
		return 1;
	if (memmem(s, n, "锟", 3) != NULL &&
	    convert(to_gb18030, s, n, &bytes, 0) &&
	    memmem(bytes.data, bytes.len, "\xef\xbf\xbd", 3) != NULL)
		return 1;
	if ((lost = count_fffd(s, n)) == 0)
		return 0;
	cost = run_cost(s, n, -1, &chars);
	if (chars == lost)
		return 0;
	return (cost - lost * run_cost("\xef\xbf\xbd", 3, -1, &chars)) >=
	    LOST_AVERAGE * (chars - lost);
}

/*
 * Repair the run s[0..n): the path whose result reads best, if it reads
 * better enough (MARGIN), and the same path again on that result (double
 * mojibake).  The repaired text, or NULL.
 */
static const struct buf *
repair_run(const char *s, size_t n, size_t *path)
{
	struct buf t;
	unsigned long cost, c, bestcost;
	size_t chars, i, taken = npaths;
	int r, found, changed = 0;

	buf_reset(&cur);
	buf_add(&cur, s, n);
	cost = run_cost(s, n, -1, &chars);
	for (r = 0; r < ROUNDS && cost > 0; r++) {
		found = 0;
		bestcost = cost;
		for (i = 0; i < npaths; i++) {
			if (taken < npaths && i != taken)
				continue;
			if (!undo(&paths[i], cur.data, cur.len, &cand))
				continue;
			c = run_cost(cand.data, cand.len, paths[i].language,
			    &chars);
			if (c + MARGIN > cost || c >= bestcost ||
			    (!paths[i].to_utf8 && 3 * c > 2 * cost))
				continue;
			t = best;
			best = cand;
			cand = t;
			bestcost = c;
			found = 1;
			taken = i;
		}
		if (!found)
			break;
		t = cur;
		cur = best;
		best = t;
		cost = bestcost;
		changed = 1;
	}
	*path = taken;
	return changed ? &cur : NULL;
}

/*
 * A run the line's other runs show to have taken path: undone when that
 * reads better in the path's language (官冰狼 beside 유니코드 is Korean).
 */
static const struct buf *
follow_path(const char *s, size_t n, size_t path)
{
	size_t chars;

	if (!undo(&paths[path], s, n, &cur) || (cur.len == n &&
	    memcmp(cur.data, s, n) == 0))
		return NULL;
	if (run_cost(cur.data, cur.len, paths[path].language, &chars) >=
	    run_cost(s, n, paths[path].language, &chars))
		return NULL;
	return &cur;
}

static void
load(void)
{
	loaded = 1;
	load_paths();
	to_gb18030 = iconv_open("GB18030", "UTF-8");
	usable = npaths > 0 && to_gb18030 != (iconv_t)-1;
}

static int
has_high_byte(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* The next run of s[*pos..n), between spaces; 0 at the end. */
static int
next_run(const char *s, size_t n, size_t *pos, size_t *start, long *col)
{
	size_t i = *pos;

	while (i < n && (s[i] == ' ' || s[i] == '\t')) {
		i++;
		(*col)++;
	}
	if (i == n)
		return 0;
	*start = i;
	while (i < n && s[i] != ' ' && s[i] != '\t')
		i++;
	*pos = i;
	return 1;
}

/*
 * A line holding damage that cannot be undone is left whole, so that it
 * is not half repaired; otherwise each run is repaired on its own, and a
 * run that does not read better by itself follows the path of the first
 * run repaired.
 */
int
mojibake_repair(const char *s, size_t n, struct buf *out,
    struct mojibake_report *rep)
{
	const struct buf *fixed;
	size_t pos, start, copied = 0, path, line_path = npaths, first = 0;
	unsigned long found = rep->unrepairable;
	long col = 1;
	int changed = 0;

	if (!has_high_byte(s, n))
		return 0;
	if (!loaded)
		load();
	if (!usable)
		return 0;
	for (pos = 0; next_run(s, n, &pos, &start, &col); ) {
		if (has_high_byte(s + start, pos - start) &&
		    unrepairable(s + start, pos - start) &&
		    rep->unrepairable++ == 0)
			rep->first_col = col;
		col += swar_utf8_count(s + start, pos - start);
	}
	if (rep->unrepairable > found)
		return 0;
	for (pos = 0; line_path == npaths &&
	    next_run(s, n, &pos, &start, &col); )
		if (has_high_byte(s + start, pos - start) &&
		    repair_run(s + start, pos - start, &line_path) != NULL)
			first = start;
	if (line_path == npaths)
		return 0;
	for (pos = 0; next_run(s, n, &pos, &start, &col); ) {
		if (!has_high_byte(s + start, pos - start))
			continue;
		/* The runs before the first repaired one read no better. */
		if ((start < first || (fixed = repair_run(s + start,
		    pos - start, &path)) == NULL) && (fixed = follow_path(
		    s + start, pos - start, line_path)) == NULL)
			continue;
		if (!changed)
			buf_reset(out);
		changed = 1;
		buf_add(out, s + copied, start - copied);
		buf_add(out, fixed->data, fixed->len);
		copied = pos;
	}
	if (changed)
		buf_add(out, s + copied, n - copied);
	return changed;
}
