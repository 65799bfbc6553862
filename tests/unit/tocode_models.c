/*
 * tocode_models.c: the detection tables made at build time agree with
 * themselves and with the iconv at hand: the bytes iconv encodes a
 * character of a model to score as that character, with the id, score
 * and script its code point has (or, where two characters share the
 * bytes, as the one they decode to).
 */
#include <iconv.h>
#include <stdio.h>

#include "t.h"
#include "utf8.h"
#include "tocode/detect_candidates.h"
#include "tocode/detect_model.h"
#include "tocode/detect_score.h"
#include "tocode/detect_script.h"

/* The bytes of cp in to's encoding: their count, 0 if it has none. */
static size_t
encode(iconv_t to, uint32_t cp, unsigned char out[8])
{
	unsigned char in[4];
	char *ip = (char *)in, *op = (char *)out;
	size_t il = utf8_encode(cp, in), ol = 8;

	iconv(to, NULL, NULL, NULL, NULL);
	if (iconv(to, &ip, &il, &op, &ol) == (size_t)-1)
		return 0;
	return 8 - ol;
}

/* What b[0..n) decodes to from from's encoding: 0 if not one character. */
static uint32_t
decode(iconv_t from, const unsigned char *b, size_t n)
{
	char in[8], out[8], *ip = in, *op = out;
	size_t il = n, ol = sizeof(out);
	uint32_t cp = 0;

	memcpy(in, b, n);
	iconv(from, NULL, NULL, NULL, NULL);
	if (iconv(from, &ip, &il, &op, &ol) == (size_t)-1 ||
	    iconv(from, NULL, NULL, &op, &ol) == (size_t)-1 || op == out ||
	    utf8_decode(out, (size_t)(op - out), &cp) != op - out)
		return 0;
	return cp;
}

/* The table's character for bytes b[0..n), or NULL if it has no place. */
static const struct model_char *
in_table(const struct score_table *tab, const unsigned char *b, size_t n)
{
	if (n == 1 && b[0] >= 0x80)
		return &tab->one[b[0] & 0x7f];
	if (n == 2 && b[0] >= 0x80 && tab->two != NULL)
		return &tab->model->chars[tab->two[(b[0] & 0x7f) << 8 | b[1]]];
	return NULL;
}

/* Whether mc is character cp of language l. */
static int
is_char(const struct model_char *mc, uint32_t cp, enum lang l)
{
	const struct model_unichar *u = model_unichar(cp);

	return u != NULL && u->script == script_of(cp) &&
	    mc->id == u->id[l] && mc->script == script_of(cp) &&
	    mc->score == models[l].chars[mc->id].score;
}

/* How many characters of the model are not where iconv puts them. */
static int
misplaced(size_t i, const struct candidate *c, int *checked)
{
	const struct score_table *tab = candidate_tables[i];
	const struct model_unichar *u;
	const struct model_char *mc;
	unsigned char b[8];
	iconv_t to, from;
	uint32_t cp;
	size_t n;
	int bad = 0;

	if ((to = iconv_open(c->iconv_name, "UTF-8")) == (iconv_t)-1)
		return tab != NULL;
	if ((from = iconv_open("UTF-8", c->iconv_name)) == (iconv_t)-1) {
		iconv_close(to);
		return tab != NULL;
	}
	for (cp = 0x80; cp < 0x10000; cp++) {
		if ((u = model_unichar(cp)) == NULL || u->id[c->lang] == 0 ||
		    (n = encode(to, cp, b)) == 0 ||
		    (mc = in_table(tab, b, n)) == NULL)
			continue;
		(*checked)++;
		bad += !is_char(mc, cp, c->lang) &&
		    !is_char(mc, decode(from, b, n), c->lang);
	}
	iconv_close(to);
	iconv_close(from);
	return bad;
}

static void
test_tables(void)
{
	static const struct candidate list[NCANDIDATES] = DETECT_CANDIDATES;
	char what[80];
	size_t i;
	int checked;

	for (i = 0; i < NCANDIDATES; i++) {
		if (list[i].lang < 0) {
			CHECK(candidate_tables[i] == NULL, list[i].name);
			continue;
		}
		checked = 0;
		snprintf(what, sizeof(what), "%s read as language %d: every "
		    "character in its place", list[i].name, list[i].lang);
		CHECK(misplaced(i, &list[i], &checked) == 0 && checked >= 10,
		    what);
	}
}

static void
test_unseen_and_pairs(void)
{
	const struct model *zh = &models[LANG_ZH];
	const struct model_unichar *ren = model_unichar(U'人'),
	    *min = model_unichar(U'民');

	CHECK(model_unichar(U'☃') == NULL, "a snowman is in no model");
	CHECK(zh->chars[0].score == SCORE_FLOOR && zh->chars[0].id == 0,
	    "an unseen character scores the floor");
	CHECK(models[LANG_FR].chars[model_unichar(U'é')->id[LANG_FR]].score >
	    models[LANG_PL].chars[model_unichar(U'é')->id[LANG_PL]].score,
	    "é is likelier in French than in Polish");
	CHECK(ren != NULL && min != NULL &&
	    model_pair(zh, ren->id[LANG_ZH], min->id[LANG_ZH]) > 0,
	    "人民 is a pair of Chinese");
	CHECK(ren != NULL && model_pair(&models[LANG_JA], ren->id[LANG_JA],
	    ren->id[LANG_JA]) == 0, "人人 is no pair of Japanese");
	CHECK(models[LANG_FR].pairs == NULL, "French has no pairs");
}

int
main(void)
{
	test_tables();
	test_unseen_and_pairs();
	return t_status();
}
