/*
 * detect_score.c: decode a window as each candidate encoding and score
 * the decoding with the character frequencies of its language.
 */
#include <stdint.h>
#include <string.h>

#include "detect_candidates.h"
#include "detect_model.h"
#include "detect_script.h"
#include "detect_score.h"
#include "swar.h"
#include "uclass.h"
#include "utf8.h"

const struct candidate candidates[NCANDIDATES] = DETECT_CANDIDATES;

const struct candidate *
candidate_named(const char *name)
{
	size_t i;

	for (i = 0; i < NCANDIDATES; i++)
		if (strcmp(candidates[i].name, name) == 0)
			return &candidates[i];
	return NULL;
}

static int
in(unsigned char b, unsigned char lo, unsigned char hi)
{
	return b >= lo && b <= hi;
}

/*
 * Length of the character at p[0..n) under a multi-byte scheme: 1..4,
 * 0 when the bytes are no character (one byte is then skipped), or -1
 * when a valid start is cut by the end of the window.
 */
static int
char_len(int scheme, const unsigned char *p, size_t n)
{
	unsigned char b = p[0];

	if (b < 0x80)
		return 1;
	switch (scheme) {
	case S_GB18030:
		if (!in(b, 0x81, 0xfe))
			return 0;
		if (n < 2)
			return -1;
		if (in(p[1], 0x30, 0x39)) {
			if (n < 4)
				return n == 3 && !in(p[2], 0x81, 0xfe) ? 0 : -1;
			return in(p[2], 0x81, 0xfe) && in(p[3], 0x30, 0x39) ?
			    4 : 0;
		}
		return in(p[1], 0x40, 0x7e) || in(p[1], 0x80, 0xfe) ? 2 : 0;
	case S_BIG5:
		if (!in(b, 0x81, 0xfe))
			return 0;
		if (n < 2)
			return -1;
		return in(p[1], 0x40, 0x7e) || in(p[1], 0xa1, 0xfe) ? 2 : 0;
	case S_SJIS:
		if (in(b, 0xa1, 0xdf))
			return 1;
		if (!in(b, 0x81, 0x9f) && !in(b, 0xe0, 0xfc))
			return 0;
		if (n < 2)
			return -1;
		return in(p[1], 0x40, 0x7e) || in(p[1], 0x80, 0xfc) ? 2 : 0;
	case S_EUCJP:
		if (b == 0x8e) {
			if (n < 2)
				return -1;
			return in(p[1], 0xa1, 0xdf) ? 2 : 0;
		}
		if (b == 0x8f) {
			if (n < 3)
				return n == 2 && !in(p[1], 0xa1, 0xfe) ? 0 : -1;
			return in(p[1], 0xa1, 0xfe) && in(p[2], 0xa1, 0xfe) ?
			    3 : 0;
		}
		if (!in(b, 0xa1, 0xfe))
			return 0;
		if (n < 2)
			return -1;
		return in(p[1], 0xa1, 0xfe) ? 2 : 0;
	case S_UHC:
		if (!in(b, 0x81, 0xfe))
			return 0;
		if (n < 2)
			return -1;
		return in(p[1], 0x41, 0x5a) || in(p[1], 0x61, 0x7a) ||
		    in(p[1], 0x81, 0xfe) ? 2 : 0;
	case S_JOHAB:
		if (n < 2)
			return in(b, 0x84, 0xd3) || in(b, 0xd8, 0xde) ||
			    in(b, 0xe0, 0xf9) ? -1 : 0;
		if (in(b, 0x84, 0xd3))
			return in(p[1], 0x41, 0x7e) || in(p[1], 0x81, 0xfe) ?
			    2 : 0;
		if (in(b, 0xd8, 0xde) || in(b, 0xe0, 0xf9))
			return in(p[1], 0x31, 0x7e) || in(p[1], 0x91, 0xfe) ?
			    2 : 0;
		return 0;
	case S_EUCTW:
		if (b == 0x8e) {
			if (n < 4)
				return (n < 2 || in(p[1], 0xa1, 0xb0)) &&
				    (n < 3 || in(p[2], 0xa1, 0xfe)) ? -1 : 0;
			return in(p[1], 0xa1, 0xb0) && in(p[2], 0xa1, 0xfe) &&
			    in(p[3], 0xa1, 0xfe) ? 4 : 0;
		}
		if (!in(b, 0xa1, 0xfe))
			return 0;
		if (n < 2)
			return -1;
		return in(p[1], 0xa1, 0xfe) ? 2 : 0;
	}
	return 0;
}

#define NEAR	16	/* how far to look for the nearest letter */

/* The nearest letter before (step -1) or after (step 1) buf[i], or 0. */
static unsigned char
nearest_letter(const unsigned char *buf, size_t len, size_t i, int step)
{
	size_t k;

	for (k = 1; k <= NEAR; k++) {
		if (step < 0 ? i < k : i + k >= len)
			break;
		if (uclass_ascii_letter(buf[i + step * (long)k]) ||
		    buf[i + step * (long)k] >= 0xc0)
			return buf[i + step * (long)k];
	}
	return 0;
}

/* Is buf[i] a letter whose nearest letters on both sides are ASCII? */
static int
amid_latin(const unsigned char *buf, size_t len, size_t i)
{
	unsigned char before = nearest_letter(buf, len, i, -1);

	return before != 0 && before < 0x80 &&
	    uclass_ascii_letter(nearest_letter(buf, len, i, 1));
}

/*
 * How letters sit together (in the code pages here, bytes C0-FF are
 * letters).  Words of Cyrillic, Greek or Hebrew text have no Latin
 * letters in them, while Latin text read in such a code page has one odd
 * letter inside each word, or a stray one between Latin words.
 */
static int
mixed_alphabet(const unsigned char *buf, size_t len, size_t i)
{
	return (i > 0 && uclass_ascii_letter(buf[i - 1])) ||
	    (i + 1 < len && uclass_ascii_letter(buf[i + 1])) ||
	    amid_latin(buf, len, i);
}

/*
 * Latin text has its accented letters one at a time amid ASCII ones,
 * while another alphabet read as Latin gives runs of accented letters
 * with no ASCII letter among them.
 */
static int
mixed_latin(const unsigned char *buf, size_t len, size_t i)
{
	return i > 0 && buf[i - 1] >= 0xc0 && i + 1 < len &&
	    buf[i + 1] >= 0xc0;
}

/* Do the candidate's letters belong to another alphabet than Latin? */
static int
alphabet(const struct candidate *c)
{
	return c->lang == LANG_RU || c->lang == LANG_EL || c->lang == LANG_HE;
}

/* Are the eight bytes at p all ASCII? */
static int
ascii8(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return (w & SWAR_HIGHS) == 0;
}

void
window_init(struct window *w, const unsigned char *buf, size_t len,
    int at_eof)
{
	size_t i = 0;

	memset(w, 0, sizeof(*w));
	w->buf = buf;
	w->len = len;
	w->at_eof = at_eof;
	while (i < len) {
		if (i + 8 <= len && ascii8(buf + i)) {
			w->ascii += 8;
			i += 8;
			continue;
		}
		if (buf[i] < 0x80) {
			w->ascii++;
			i++;
			continue;
		}
		w->high[buf[i] & 0x7f]++;
		if (buf[i] >= 0xc0) {
			w->mixed[0] += mixed_latin(buf, len, i);
			w->mixed[1] += mixed_alphabet(buf, len, i);
		}
		i++;
	}
}

/*
 * Single-byte code pages: each byte a character, scored by itself; the
 * window has counted the bytes.
 */
static void
score_single(const struct candidate *c, const struct score_table *tab,
    const struct window *w, struct tally *t)
{
	int b;

	for (b = 0; b < 128; b++) {
		if (w->high[b] == 0)
			continue;
		t->nonascii += w->high[b];
		if (tab->one[b].score == SCORE_INVALID)
			t->invalid += w->high[b];
		t->score += w->high[b] * tab->one[b].score;
	}
	t->score += w->ascii * SCORE_ASCII + w->mixed[alphabet(c)] *
	    SCORE_MIXED;
}

/*
 * Multi-byte sets: each character scores by itself, with the one before
 * it as a pair, and by the scripts of its neighbours.
 */
static void
score_multi(const struct candidate *c, const struct score_table *tab,
    const unsigned char *buf, size_t len, int at_eof, struct tally *t)
{
	static const struct model_char none = { SCORE_FLOOR, 0, SC_NONE };
	const struct model_char *mc;
	struct script_trail tr = { SC_NONE, SC_NONE, 0 };
	size_t i = 0;
	int n, prev = 0;

	while (i < len) {
		if (buf[i] < 0x80) {
			t->score += SCORE_ASCII + script_step(&tr,
			    uclass_ascii_letter(buf[i]) ? SC_LATIN : SC_NONE,
			    0);
			prev = 0;
			i++;
			continue;
		}
		if ((n = char_len(c->scheme, buf + i, len - i)) < 0) {
			if (!at_eof)
				break;
			n = 0;
		}
		if (n == 0) {
			t->invalid++;
			t->score += SCORE_INVALID + script_step(&tr, SC_NONE, 0);
			prev = 0;
			i++;
			continue;
		}
		t->nonascii++;
		mc = n == 1 ? &tab->one[buf[i] & 0x7f] : n == 2 ?
		    &tab->model->chars[tab->two[(buf[i] & 0x7f) << 8 |
		    buf[i + 1]]] : &none;
		if (mc->score == SCORE_INVALID)
			t->invalid++;
		t->score += mc->score;
		if (prev != 0 && mc->id != 0)
			t->score += model_pair(tab->model, prev, mc->id);
		t->score += script_step(&tr, (enum script)mc->script, 1);
		prev = mc->id;
		i += n;
	}
}

static void
score_legacy(const struct candidate *c, const struct window *w,
    struct tally *t)
{
	const struct score_table *tab;

	if ((tab = candidate_tables[c - candidates]) == NULL) {
		t->invalid = (long)w->len;
		t->score = (long)w->len * SCORE_INVALID;
	} else if (c->scheme == S_SINGLE)
		score_single(c, tab, w, t);
	else
		score_multi(c, tab, w->buf, w->len, w->at_eof, t);
}

/* A Unicode decoding scored under every language at once. */
struct sums {
	long			common;		/* the same in every language */
	long			score[NLANG];
	int			prev[NLANG];	/* the character before */
	int			paired[NLANG];	/* languages with pairs */
	int			npaired;
	struct script_trail	trail;
};

/* No character before the next one to make a pair with. */
static void
forget(struct sums *s)
{
	int k;

	for (k = 0; k < s->npaired; k++)
		s->prev[s->paired[k]] = 0;
}

static void
add_invalid(struct sums *s, struct tally *t)
{
	t->invalid++;
	s->common += SCORE_INVALID + script_step(&s->trail, SC_NONE, 0);
	forget(s);
}

/* Add the score of code point cp, alone and after the one before. */
static void
add_unicode(uint32_t cp, struct sums *s, struct tally *t)
{
	const struct model_unichar *u;
	int l, k;

	if (cp < 0x80) {
		s->common += SCORE_ASCII + script_step(&s->trail,
		    uclass_ascii_letter(cp) ? SC_LATIN : SC_NONE, 0);
		forget(s);
		return;
	}
	t->nonascii++;
	if (uclass(cp) & UC_CONTROL) {
		add_invalid(s, t);
		return;
	}
	if ((u = model_unichar(cp)) == NULL) {
		s->common += SCORE_FLOOR + script_step(&s->trail,
		    script_of(cp), 1);
		forget(s);
		return;
	}
	s->common += script_step(&s->trail, (enum script)u->script, 1);
	for (l = 0; l < NLANG; l++)
		s->score[l] += models[l].chars[u->id[l]].score;
	for (k = 0; k < s->npaired; k++) {
		l = s->paired[k];
		if (s->prev[l] != 0 && u->id[l] != 0)
			s->score[l] += model_pair(&models[l], s->prev[l],
			    u->id[l]);
		s->prev[l] = u->id[l];
	}
}

static void
scan_utf8(const unsigned char *buf, size_t len, int at_eof,
    struct sums *sums, struct tally *t)
{
	size_t i = 0;
	uint32_t cp;
	int n;

	while (i < len) {
		if (buf[i] < 0x80) {
			add_unicode(buf[i++], sums, t);
			continue;
		}
		if ((n = utf8_decode(buf + i, len - i, &cp)) == UTF8_TRUNCATED &&
		    !at_eof)
			break;
		if (n <= 0) {
			add_invalid(sums, t);
			i++;
			continue;
		}
		add_unicode(cp, sums, t);
		i += n;
	}
}

static void
scan_utf16(int big, const unsigned char *buf, size_t len, int at_eof,
    struct sums *sums, struct tally *t)
{
	size_t i;
	uint32_t u, v;

	for (i = 0; i + 1 < len; i += 2) {
		u = big ? buf[i] << 8 | buf[i + 1] : buf[i + 1] << 8 | buf[i];
		if (u >= 0xd800 && u < 0xdc00) {
			if (i + 3 >= len) {
				if (at_eof)
					add_invalid(sums, t);
				return;
			}
			v = big ? buf[i + 2] << 8 | buf[i + 3] :
			    buf[i + 3] << 8 | buf[i + 2];
			if (v < 0xdc00 || v >= 0xe000) {
				add_invalid(sums, t);
				continue;
			}
			u = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00);
			add_unicode(u, sums, t);
			i += 2;
			continue;
		}
		if (u == 0 || (u >= 0xdc00 && u < 0xe000)) {
			add_invalid(sums, t);
			continue;
		}
		add_unicode(u, sums, t);
	}
	if (i < len && at_eof)
		add_invalid(sums, t);
}

void
score_candidate(const struct candidate *c, const struct window *w,
    struct tally *t)
{
	struct sums sums;
	int l;

	memset(t, 0, sizeof(*t));
	if (c->rare)
		t->score += SCORE_RARE;
	if (c->lang >= 0) {
		score_legacy(c, w, t);
		return;
	}
	memset(&sums, 0, sizeof(sums));
	for (l = 0; l < NLANG; l++)
		if (models[l].pairs != NULL)
			sums.paired[sums.npaired++] = l;
	if (c->scheme == S_UTF8)
		scan_utf8(w->buf, w->len, w->at_eof, &sums, t);
	else
		scan_utf16(c->scheme == S_UTF16BE, w->buf, w->len, w->at_eof,
		    &sums, t);
	t->score = sums.score[0];
	for (l = 1; l < NLANG; l++)
		if (sums.score[l] > t->score)
			t->score = sums.score[l];
	t->score += sums.common;
}
