/*
 * detect_model.c: language models for encoding detection, read from the
 * embedded data files freq-LANG.txt (see scripts/detect-freq).
 */
#include <iconv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "detect_model.h"
#include "embedded.h"
#include "uclass.h"
#include "utf8.h"
#include "util.h"

#define FLOOR_PPT	0.3	/* an unseen character, in parts per 10^7 */

struct entry {
	uint32_t	cp;
	int		score;
};

struct model {
	struct entry	*entries;	/* as in the file */
	size_t		 n;
	struct entry	*hash;		/* open addressing, 0 = empty */
	size_t		 mask;
	int		 loaded;
};

static struct model models[NLANG];
static const char *const model_files[NLANG] = {
	"freq-zh.txt", "freq-ja.txt", "freq-ko.txt", "freq-ru.txt",
	"freq-el.txt", "freq-latin.txt", "freq-ce.txt", "freq-he.txt",
};

static int
to_score(double ppt)
{
	return (int)lround(log(ppt / 1e7) * SCORE_UNIT);
}

int
model_floor(void)
{
	return to_score(FLOOR_PPT);
}

static void
hash_put(struct model *m, uint32_t cp, int score)
{
	size_t i = (cp * 2654435761u) & m->mask;

	while (m->hash[i].cp != 0 && m->hash[i].cp != cp)
		i = (i + 1) & m->mask;
	m->hash[i].cp = cp;
	m->hash[i].score = score;
}

static void
load(enum lang l)
{
	struct model *m = &models[l];
	struct data_lines dl;
	const char *text, *line;
	size_t len, n, size;
	uint32_t cp;
	long ppt;
	int used;

	m->loaded = 1;
	if ((text = embedded_file(model_files[l], &len)) == NULL)
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
		m->n++;
	}
	for (size = 64; size < m->n * 2; size *= 2)
		;
	m->hash = xcalloc(size, sizeof(*m->hash));
	m->mask = size - 1;
	for (n = 0; n < m->n; n++)
		hash_put(m, m->entries[n].cp, m->entries[n].score);
}

int
model_score(enum lang l, uint32_t cp)
{
	struct model *m = &models[l];
	size_t i;

	if (!m->loaded)
		load(l);
	if (m->hash == NULL)
		return model_floor();
	for (i = (cp * 2654435761u) & m->mask; m->hash[i].cp != 0;
	    i = (i + 1) & m->mask)
		if (m->hash[i].cp == cp)
			return m->hash[i].score;
	return model_floor();
}

/* Mark the single bytes that decode to no character or to a C1 control. */
static void
mark_invalid_bytes(struct score_table *t, const char *iconv_name)
{
	iconv_t cd;
	char in[1], out[8], *ip, *op;
	size_t il, ol, b;
	uint32_t cp;
	int used;

	if ((cd = iconv_open("UTF-8", iconv_name)) == (iconv_t)-1)
		return;
	for (b = 0x80; b < 0x100; b++) {
		in[0] = (char)b;
		ip = in, il = 1, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		/* CP1255 holds a letter back for the points that may follow */
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1 || op == out) {
			t->one[b & 0x7f] = SCORE_INVALID;
			continue;
		}
		used = utf8_decode(out, (size_t)(op - out), &cp);
		if (used > 0 && cp >= 0x80 && (uclass(cp) & UC_CONTROL))
			t->one[b & 0x7f] = SCORE_INVALID;
	}
	iconv_close(cd);
}

static struct score_table *
build(const char *iconv_name, enum lang l)
{
	struct model *m = &models[l];
	struct score_table *t;
	iconv_t cd;
	unsigned char in[4];
	char out[8], *ip, *op;
	unsigned char *o = (unsigned char *)out;
	size_t il, ol, i;

	if ((cd = iconv_open(iconv_name, "UTF-8")) == (iconv_t)-1)
		return NULL;
	if (!m->loaded)
		load(l);
	t = xcalloc(1, sizeof(*t));
	mark_invalid_bytes(t, iconv_name);
	for (i = 0; i < m->n; i++) {
		il = utf8_encode(m->entries[i].cp, in);
		ip = (char *)in, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
			continue;
		if (op - out == 1 && o[0] >= 0x80 && t->one[o[0] & 0x7f] == 0)
			t->one[o[0] & 0x7f] = (int16_t)m->entries[i].score;
		else if (op - out == 2 && o[0] >= 0x80)
			t->two[(o[0] & 0x7f) << 8 | o[1]] =
			    (int16_t)m->entries[i].score;
	}
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
	} cache[32];	/* more than the detector's candidates */
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
