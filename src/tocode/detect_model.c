/*
 * detect_model.c: language models for encoding detection, read from the
 * embedded data files freq-LANG.txt and pairs-LANG.txt (see
 * scripts/detect-freq).
 */
#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect_model.h"
#include "detect_script.h"
#include "embedded.h"
#include "uclass.h"
#include "utf8.h"
#include "util.h"

#define FLOOR_PPT	0.3	/* an unseen character, in parts per 10^7 */
/*
 * The weight of a pair against its characters apart: a pair met k times
 * as often as chance would have it adds log(1 + PAIR_WEIGHT * k) nats.
 */
#define PAIR_WEIGHT	0.3

struct entry {
	uint32_t	cp;
	int		score;
	int		id;		/* its place in entries[], from 1 */
	int		script;		/* enum script */
	double		share;		/* of all non-ASCII characters */
};

struct pair {
	uint32_t	key;		/* id1 << 16 | id2, 0 = empty */
	int		score;
};

/* Code points to places in an array, from 1: open addressing. */
struct slot {
	uint32_t	cp;		/* 0 = empty */
	uint32_t	at;
};
struct index {
	struct slot	*slots;
	size_t		 mask;
};

/* A code point in every model, for decodings to Unicode. */
struct unichar {
	struct model_char	c[NLANG];
};

struct model {
	struct entry	*entries;	/* as in the file */
	size_t		 n;
	struct index	 index;		/* of entries[] */
	struct pair	*pairs;		/* open addressing, or NULL */
	size_t		 pair_mask;
	int		 loaded;
};

static struct model models[NLANG];
static struct unichar *unichars;	/* every code point of any model */
static size_t nunichars;
static struct index unichar_index;
static const char *const model_names[NLANG] = {
	"zh", "ja", "ko", "ru", "el", "he",
	"fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb",
	"cs", "sk", "pl", "hu", "sl", "hr",
};

static int
to_score(double ppt)
{
	return (int)lround(log(ppt / 1e7) * SCORE_UNIT);
}

int
model_floor(void)
{
	static int floor;

	if (floor == 0)
		floor = to_score(FLOOR_PPT);
	return floor;
}

/* Every bit of k counts in the low bits, which the tables index by. */
static uint32_t
hash(uint32_t k)
{
	k *= 2654435761u;
	return k ^ k >> 16;
}

static void
index_init(struct index *x, size_t n)
{
	size_t size;

	for (size = 64; size < n * 2; size *= 2)
		;
	x->slots = xcalloc(size, sizeof(*x->slots));
	x->mask = size - 1;
}

/* The slot of cp, or the empty one where it would go. */
static struct slot *
index_slot(const struct index *x, uint32_t cp)
{
	size_t i = hash(cp) & x->mask;

	while (x->slots[i].cp != 0 && x->slots[i].cp != cp)
		i = (i + 1) & x->mask;
	return &x->slots[i];
}

static const struct entry *
lookup(const struct model *m, uint32_t cp)
{
	const struct slot *s;

	if (m->index.slots == NULL)
		return NULL;
	s = index_slot(&m->index, cp);
	return s->cp == cp ? &m->entries[s->at - 1] : NULL;
}

static const char *
model_file(enum lang l, const char *kind, size_t *len)
{
	char name[32];

	snprintf(name, sizeof(name), "%s-%s.txt", kind, model_names[l]);
	return embedded_file(name, len);
}

static void
pair_put(struct model *m, uint32_t key, int score)
{
	size_t i = hash(key) & m->pair_mask;

	while (m->pairs[i].key != 0 && m->pairs[i].key != key)
		i = (i + 1) & m->pair_mask;
	m->pairs[i].key = key;
	m->pairs[i].score = score;
}

/* A line of pairs-LANG.txt is "CHAR CHAR TAB PARTS-PER-TEN-MILLION". */
static void
load_pairs(struct model *m, const char *text, size_t len)
{
	struct data_lines dl;
	const struct entry *a, *b;
	const char *line, *p;
	size_t n, size, lines = 0;
	uint32_t cp1, cp2;
	int u1, u2;
	double k;

	for (p = text; (p = memchr(p, '\n', (size_t)(text + len - p))) != NULL;
	    p++)
		lines++;
	for (size = 64; size < lines * 2; size *= 2)
		;
	m->pairs = xcalloc(size, sizeof(*m->pairs));
	m->pair_mask = size - 1;
	for (data_lines_init(&dl, text, len); data_next_line(&dl, &line, &n);) {
		if ((u1 = utf8_decode(line, n, &cp1)) <= 0 ||
		    (u2 = utf8_decode(line + u1, n - u1, &cp2)) <= 0 ||
		    (size_t)(u1 + u2) >= n || line[u1 + u2] != '\t' ||
		    (a = lookup(m, cp1)) == NULL || (b = lookup(m, cp2)) == NULL)
			continue;
		k = strtol(line + u1 + u2 + 1, NULL, 10) / 1e7 /
		    (a->share * b->share);
		pair_put(m, (uint32_t)a->id << 16 | (uint32_t)b->id,
		    (int)lround(log1p(PAIR_WEIGHT * k) * SCORE_UNIT));
	}
}

static void
load(enum lang l)
{
	struct model *m = &models[l];
	struct data_lines dl;
	struct slot *s;
	const char *text, *line;
	size_t len, n;
	uint32_t cp;
	long ppt;
	int used;

	m->loaded = 1;
	if ((text = model_file(l, "freq", &len)) == NULL)
		return;
	m->entries = xmalloc((len / 4 + 1) * sizeof(*m->entries));
	for (data_lines_init(&dl, text, len); data_next_line(&dl, &line, &n);) {
		/* a line is "CHARACTER TAB PARTS-PER-THOUSAND" */
		if ((used = utf8_decode(line, n, &cp)) <= 0 || cp < 0x80 ||
		    (size_t)used >= n || line[used] != '\t')
			continue;
		ppt = strtol(line + used + 1, NULL, 10);
		if (ppt <= 0)
			continue;
		m->entries[m->n].cp = cp;
		m->entries[m->n].score = to_score((double)ppt);
		m->entries[m->n].share = (double)ppt / 1e7;
		m->entries[m->n].id = (int)m->n + 1;
		m->entries[m->n].script = script_of(cp);
		m->n++;
	}
	index_init(&m->index, m->n);
	for (n = 0; n < m->n; n++) {
		s = index_slot(&m->index, m->entries[n].cp);
		s->cp = m->entries[n].cp;
		s->at = (uint32_t)n + 1;
	}
	if ((text = model_file(l, "pairs", &len)) != NULL)
		load_pairs(m, text, len);
}

static struct model_char
as_char(const struct entry *e)
{
	struct model_char c;

	c.score = (int16_t)e->score;
	c.id = (uint16_t)e->id;
	c.script = (uint8_t)e->script;
	return c;
}

/* A code point no model had yet: the floor in every language. */
static struct unichar *
new_unichar(uint32_t cp)
{
	struct unichar *u = &unichars[nunichars++];
	uint8_t script = (uint8_t)script_of(cp);
	int l;

	for (l = 0; l < NLANG; l++) {
		u->c[l].score = (int16_t)model_floor();
		u->c[l].script = script;
	}
	return u;
}

/* One table of every model's characters: one look-up per character. */
static void
load_unichars(void)
{
	const struct entry *e;
	struct slot *s;
	size_t total = 0, i;
	int l;

	for (l = 0; l < NLANG; l++) {
		if (!models[l].loaded)
			load((enum lang)l);
		total += models[l].n;
	}
	unichars = xmalloc((total + 1) * sizeof(*unichars));
	index_init(&unichar_index, total);
	for (l = 0; l < NLANG; l++)
		for (i = 0; i < models[l].n; i++) {
			e = &models[l].entries[i];
			s = index_slot(&unichar_index, e->cp);
			if (s->cp == 0) {
				new_unichar(e->cp);
				s->cp = e->cp;
				s->at = (uint32_t)nunichars;
			}
			unichars[s->at - 1].c[l] = as_char(e);
		}
}

const struct model_char *
model_chars(uint32_t cp)
{
	const struct slot *s;

	if (unichars == NULL)
		load_unichars();
	s = index_slot(&unichar_index, cp);
	return s->cp == cp ? unichars[s->at - 1].c : NULL;
}

int
model_has_pairs(enum lang l)
{
	if (!models[l].loaded)
		load(l);
	return models[l].pairs != NULL;
}

int
model_pair(enum lang l, int id1, int id2)
{
	const struct model *m = &models[l];
	uint32_t key = (uint32_t)id1 << 16 | (uint32_t)id2;
	size_t i;

	if (m->pairs == NULL || id1 == 0 || id2 == 0)
		return 0;
	for (i = hash(key) & m->pair_mask; m->pairs[i].key != 0;
	    i = (i + 1) & m->pair_mask)
		if (m->pairs[i].key == key)
			return m->pairs[i].score;
	return 0;
}

/*
 * Read the bytes 80-FF alone: one that decodes to no character or to a
 * C1 control is invalid, the others score as the model has them.
 * Returns 0 when a byte starts a longer sequence: a multi-byte encoding.
 */
static int
read_single_bytes(struct score_table *t, const char *iconv_name,
    const struct model *m)
{
	const struct entry *e;
	iconv_t cd;
	char in[1], out[8], *ip, *op;
	size_t il, ol, b;
	uint32_t cp;
	int used, single = 1;

	if ((cd = iconv_open("UTF-8", iconv_name)) == (iconv_t)-1)
		return 0;
	for (b = 0x80; b < 0x100; b++) {
		in[0] = (char)b;
		ip = in, il = 1, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		/* CP1255 holds a letter back for the points that may follow */
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
			single &= errno != EINVAL;
			t->one[b & 0x7f].score = SCORE_INVALID;
			continue;
		}
		if (iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1 ||
		    op == out ||
		    (used = utf8_decode(out, (size_t)(op - out), &cp)) <= 0 ||
		    (cp >= 0x80 && (uclass(cp) & UC_CONTROL))) {
			t->one[b & 0x7f].score = SCORE_INVALID;
			continue;
		}
		if ((e = lookup(m, cp)) != NULL)
			t->one[b & 0x7f] = as_char(e);
	}
	iconv_close(cd);
	return single;
}

/* Characters not in the model score the floor. */
static void
floor_unseen(struct model_char *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (c[i].id == 0 && c[i].score == 0)
			c[i].score = (int16_t)model_floor();
}

/*
 * The double-byte codes of a multi-byte encoding, found by encoding
 * each character of the model.  Returns whether there was any.
 */
static int
read_double_bytes(struct score_table *t, iconv_t cd, const struct model *m)
{
	unsigned char in[4];
	char out[8], *ip, *op;
	unsigned char *o = (unsigned char *)out;
	size_t il, ol, i;
	int two = 0;

	for (i = 0; i < m->n; i++) {
		il = utf8_encode(m->entries[i].cp, in);
		ip = (char *)in, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    op - out != 2 || o[0] < 0x80)
			continue;
		t->two[(o[0] & 0x7f) << 8 | o[1]] = as_char(&m->entries[i]);
		two = 1;
	}
	return two;
}

static struct score_table *
build(const char *iconv_name, enum lang l)
{
	struct model *m = &models[l];
	struct score_table *t;
	iconv_t cd;

	if ((cd = iconv_open(iconv_name, "UTF-8")) == (iconv_t)-1)
		return NULL;
	if (!m->loaded)
		load(l);
	t = xcalloc(1, sizeof(*t));
	if (!read_single_bytes(t, iconv_name, m) &&
	    read_double_bytes(t, cd, m))
		floor_unseen(t->two, 32768);
	floor_unseen(t->one, 128);
	iconv_close(cd);
	return t;
}

const struct score_table *
model_table(const char *iconv_name, enum lang l)
{
	static struct {
		const char		*name;
		enum lang		 lang;
		struct score_table	*table;
	} cache[64];	/* more than the detector's candidates */
	static size_t ncache;
	size_t i;

	for (i = 0; i < ncache; i++)
		if (cache[i].lang == l &&
		    strcmp(cache[i].name, iconv_name) == 0)
			return cache[i].table;
	if (ncache == sizeof(cache) / sizeof(cache[0]))
		return NULL;
	cache[ncache].name = iconv_name;
	cache[ncache].lang = l;
	cache[ncache].table = build(iconv_name, l);
	return cache[ncache++].table;
}
