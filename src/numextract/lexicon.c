/* lexicon.c: loading data/numextract/ into tries (see lexicon.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "fold.h"
#include "lexicon.h"
#include "msg.h"
#include "numeral.h"
#include "trie.h"
#include "utf8.h"
#include "util.h"

const char *const kind_names[K_NKINDS] = {
	"money", "count", "percent", "measure", "duration", "multiple",
	"date", "time", "ordinal", "number", "id"
};
const char *const qual_names[] = { "", "ge", "le", "gt", "lt", "approx" };

struct lexicon lex;
const char *default_currency = "CNY";

/* One data line split at tabs: up to MAX_FIELDS fields. */
enum { MAX_FIELDS = 5 };

struct row {
	const char	*f[MAX_FIELDS];
	size_t		 len[MAX_FIELDS];
	int		 n;
	long		 lineno;
};

typedef void (*row_fn)(const struct row *, const char *file);

static void
each_row(const char *file, row_fn fn)
{
	struct data_lines dl;
	const char *p, *line, *eol, *q, *tab;
	size_t len;
	struct row r;

	p = embedded_file(file, &len);
	if (p == NULL)
		fatal(EXIT_TROUBLE, "data file %s is missing from the build", file);
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &len);) {
		r.lineno = dl.lineno;
		r.n = 0;
		for (q = line, eol = line + len; r.n < MAX_FIELDS; q = tab + 1) {
			tab = memchr(q, '\t', eol - q);
			r.f[r.n] = q;
			r.len[r.n++] = (tab != NULL ? tab : eol) - q;
			if (tab == NULL)
				break;
		}
		fn(&r, file);
	}
}

static int
field_is(const struct row *r, int i, const char *s)
{
	return r->n > i && r->len[i] == strlen(s) && memcmp(r->f[i], s, r->len[i]) == 0;
}

int
kind_by_name(const char *s, size_t len)
{
	int k;

	for (k = 0; k < K_NKINDS; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], s, len) == 0)
			return k;
	return -1;
}

const char *
kind_list(void)
{
	static char list[256];
	size_t len = 0;
	int k;

	for (k = 0; k < K_NKINDS && len < sizeof(list); k++)
		len += snprintf(list + len, sizeof(list) - len, "%s%s",
		    k > 0 ? ", " : "", kind_names[k]);
	return list;
}

/* The unit of lex.after at s[j], its length to *blen, or -1. */
static int
unit_word_at(const char *s, size_t n, size_t j, size_t *blen)
{
	int u = trie_match(lex.after, s, n, j, blen);

	return u < 0 || lex.units[u].kind == K_NKINDS ? -1 : u;
}

int
digit_counting_unit(const char *s, size_t n, size_t j, size_t blen)
{
	size_t l;
	int u, v;

	return numeral_class(utf8_get(s, n, j, &l), &v) == NC_DIGIT &&
	    (u = unit_word_at(s, n, j + blen, &l)) >= 0 &&
	    !lex.units[u].record_only;
}

int
unit_kind_at(const char *s, size_t n, size_t j)
{
	size_t blen;
	int u = unit_word_at(s, n, j, &blen);

	return u < 0 || digit_counting_unit(s, n, j, blen) ? -1 :
	    (int)lex.units[u].kind;
}

const char *
unit_per(const char *num, const char *den)
{
	static char **names;
	static size_t nnames, cap;
	size_t i, len = strlen(num) + strlen(den) + 2;
	char *name = xmalloc(len);

	snprintf(name, len, "%s/%s", num, den);
	for (i = 0; i < nnames; i++)
		if (strcmp(names[i], name) == 0) {
			free(name);
			return names[i];
		}
	grow_items(&names, &cap, nnames, sizeof(*names), 16);
	return names[nnames++] = name;
}

static int
add_unit(enum kind kind, const char *name, size_t len)
{
	static size_t cap;

	grow_items(&lex.units, &cap, lex.nunits, sizeof(*lex.units), 128);
	lex.units[lex.nunits] = (struct unit){
		.kind = kind, .name = xstrndup(name, len)
	};
	return lex.nunits++;
}

_Noreturn static void
bad_row(const struct row *r, const char *file)
{
	fatal(EXIT_TROUBLE, "data file %s, line %ld: malformed", file, r->lineno);
}

/*
 * Flag field i of row r on unit u: "digits" marks a unit only after
 * Arabic digits (4级, not 一级), "index" one only after the level of a
 * stock index (3058.42点), "hundredths" one that two digits after it
 * divide, as sports marks are written (9秒97, 8米22), "noyear" one that
 * is none after a year (2020起 is from 2020), "record" one only in a
 * record of several counts (15胜5平2负), "twodigits" one whose two
 * digits are a percent themselves (75折 and 七五折 are 75 %, 8折 80 %),
 * "halves" a classifier 半 before is half of (半勺, 半碗), "wordend" one
 * that is none when a word runs on after it (6个油左右 is litres, 两个油桶
 * no), "alone" one after Chinese numerals only when no word runs on
 * after it (高二丈五尺, 八十五里; 三尺讲台 and 七里香 are names), "per"
 * one only after a rate's slash (元/学年, 元/生·年), "verb" one that is a
 * verb of change before 到 or 至 and a number (从1.2升到了1.6), "small"
 * one after a plain number of one or two digits only (3室 counts rooms,
 * 602室 numbers one), "binary" one only after a power of two (a phone's
 * 256G is its storage, 5G its network), "named" one only where a word
 * of unit_contexts.tsv names it, before in the clause or just after
 * (300M宽带 and 上行200M are megabits a second; 300M alone is nothing),
 * "tenth=UNIT" one whose digit and UNIT after it are tenths (6斤8两,
 * 二丈五尺).
 * Returns 0 if it is none.
 */
static int
unit_flag(const struct row *r, int i, int u)
{
	if (field_is(r, i, "digits"))
		lex.units[u].digits_only = 1;
	else if (field_is(r, i, "index"))
		lex.units[u].index_only = 1;
	else if (field_is(r, i, "hundredths"))
		lex.units[u].hundredths = 1;
	else if (field_is(r, i, "noyear"))
		lex.units[u].not_after_year = 1;
	else if (field_is(r, i, "record"))
		lex.units[u].record_only = 1;
	else if (field_is(r, i, "twodigits"))
		lex.units[u].two_digits = 1;
	else if (field_is(r, i, "halves"))
		lex.units[u].halves = 1;
	else if (field_is(r, i, "binary"))
		lex.units[u].binary = 1;
	else if (field_is(r, i, "named"))
		lex.units[u].named_only = 1;
	else if (field_is(r, i, "wordend"))
		lex.units[u].word_end = 1;
	else if (field_is(r, i, "per"))
		lex.units[u].per_only = 1;
	else if (field_is(r, i, "alone"))
		lex.units[u].alone = 1;
	else if (field_is(r, i, "verb"))
		lex.units[u].verb = 1;
	else if (field_is(r, i, "small"))
		lex.units[u].small = 1;
	else if (r->len[i] > 6 && memcmp(r->f[i], "tenth=", 6) == 0)
		lex.units[u].tenth = xstrndup(r->f[i] + 6, r->len[i] - 6);
	else
		return 0;
	return 1;
}

/*
 * FORM KIND NAME [SCALE] [FLAG...]; KIND "none" marks a word that starts
 * like a unit but is none (成员 is no 成), so the longest match finds it
 * first.
 */
static void
unit_row(const struct row *r, const char *file)
{
	int i, k, u;

	if (r->n == 2 && field_is(r, 1, "none")) {
		u = add_unit(K_NKINDS, "", 0);
		trie_add(lex.after, r->f[0], r->len[0], u, 0);
		return;
	}
	if (r->n < 3 || (k = kind_by_name(r->f[1], r->len[1])) < 0)
		bad_row(r, file);
	u = add_unit(k, r->f[2], r->len[2]);
	for (i = 3; i < r->n; i++)
		if (r->len[i] == 1 && r->f[i][0] >= '0' && r->f[i][0] <= '9')
			lex.units[u].scale = r->f[i][0] - '0';
		else if (!unit_flag(r, i, u))
			bad_row(r, file);
	trie_add(lex.units[u].per_only ? lex.after_slash : lex.after, r->f[0],
	    r->len[0], u, 0);
}

/* FORM [FLAG...]: a classifier is a count's unit and an ordinal's. */
static void
classifier_row(const struct row *r, const char *file)
{
	int i, u = add_unit(K_COUNT, r->f[0], r->len[0]);

	for (i = 1; i < r->n; i++)
		if (!unit_flag(r, i, u))
			bad_row(r, file);
	trie_add(lex.after, r->f[0], r->len[0], u, 0);
	trie_add(lex.ordinal, r->f[0], r->len[0], 0, 0);
}

static void
currency_row(const struct row *r, const char *file)
{
	int u;

	if (r->n != 3 && !(r->n == 4 && r->len[3] == 2 && r->f[3][0] == '-' &&
	    r->f[3][1] >= '1' && r->f[3][1] <= '9'))
		bad_row(r, file);
	u = add_unit(K_MONEY, r->f[1], r->len[1]);
	if (r->n == 4)		/* a fraction of the currency: 毛 is -1 */
		lex.units[u].scale = -(r->f[3][1] - '0');
	if (field_is(r, 2, "after") || field_is(r, 2, "both"))
		trie_add(lex.after, r->f[0], r->len[0], u, 0);
	if (field_is(r, 2, "before") || field_is(r, 2, "both"))
		trie_add(lex.cur_before, r->f[0], r->len[0], u, 1);
}

/* The unit a form of units.tsv stands for, or a fatal error. */
static int
unit_of_form(const char *form, size_t len, const struct row *r,
    const char *file)
{
	size_t blen;
	int u = trie_match(lex.after, form, len, 0, &blen);

	if (u < 0 || blen != len)
		bad_row(r, file);
	return u;
}

/* WORD FROM TO, of rates.tsv or unit_contexts.tsv: a unit's other meaning. */
static struct rate *
other_meaning(const struct row *r, const char *file, struct rate **list,
    size_t *n, size_t *cap)
{
	struct rate *rt;

	if (r->n < 3)
		bad_row(r, file);
	grow_items(list, cap, *n, sizeof(**list), 16);
	rt = &(*list)[(*n)++];
	rt->from = unit_of_form(r->f[1], r->len[1], r, file);
	rt->to = unit_of_form(r->f[2], r->len[2], r, file);
	rt->next = -1;
	return rt;
}

/*
 * WORD FROM TO: 时速 公里 公里/小时.  A word of several units (每秒 米,
 * 每秒 立方米) leads to its last row, which leads to the one before.
 */
static void
rate_row(const struct row *r, const char *file)
{
	static size_t cap;
	struct rate *rt;
	size_t blen;
	int before;

	if (r->n != 3)
		bad_row(r, file);
	before = trie_match_back(lex.rate_before, r->f[0], 0, r->len[0], &blen);
	rt = other_meaning(r, file, &lex.rates, &lex.nrates, &cap);
	if (before >= 0 && blen == r->len[0])
		rt->next = before;
	trie_add(lex.rate_before, r->f[0], r->len[0], lex.nrates - 1, 1);
}

static void
context_row(const struct row *r, const char *file)
{
	static size_t cap;
	struct rate *rt;

	if (r->n != 3 && !(r->n == 4 && field_is(r, 3, "after")))
		bad_row(r, file);
	rt = other_meaning(r, file, &lex.contexts, &lex.ncontexts, &cap);
	lex.units[rt->from].in_context = 1;
	if (r->n == 4) {
		trie_add(lex.naming_after, r->f[0], r->len[0],
		    lex.ncontexts - 1, 0);
		return;
	}
	trie_add(lex.context_words, r->f[0], r->len[0], lex.ncontexts - 1, 1);
	trie_add(lex.context_words_after, r->f[0], r->len[0],
	    lex.ncontexts - 1, 0);
}

/*
 * Where a qualifier of qualifiers.tsv stands (its second field): the trie
 * it goes in, the flags added to its qualifier, whether it is read
 * backwards from the number.
 */
static const struct {
	const char	*where;
	struct trie	**trie;
	int		 flags, backwards;
} qual_places[] = {
	{ "before",	 &lex.qual_before, 0, 1 },
	{ "mid",	 &lex.qual_mid, 0, 0 },
	{ "round",	 &lex.qual_mid, QUAL_ROUND, 0 },
	{ "bare",	 &lex.qual_mid, QUAL_BARE, 0 },
	{ "roundbefore", &lex.qual_round, 0, 1 },
	{ "halfbefore",	 &lex.qual_half, 0, 1 },
	{ "after",	 &lex.qual_after, 0, 0 },
	{ "measure",	 &lex.qual_after, QUAL_MEASURE, 0 },
	{ "duration",	 &lex.qual_after, QUAL_DURATION, 0 },
	{ "extent",	 &lex.qual_after, QUAL_MEASURE + QUAL_DURATION, 0 },
	{ "apart",	 &lex.qual_before, QUAL_APART, 1 },
	{ "reach",	 &lex.qual_reach, 0, 1 },
	{ "base",	 &lex.qual_base, 0, 1 },
	{ "tail",	 &lex.qual_before, QUAL_TAIL, 1 },
};

static void
qualifier_row(const struct row *r, const char *file)
{
	size_t i;
	int q;

	if (r->n != 3)
		bad_row(r, file);
	if (field_is(r, 2, "none"))
		q = Q_NONE;
	else
		for (q = Q_GE; q <= Q_APPROX; q++)
			if (field_is(r, 2, qual_names[q]))
				break;
	if (q > Q_APPROX)
		bad_row(r, file);
	for (i = 0; i < NELEM(qual_places); i++)
		if (field_is(r, 1, qual_places[i].where)) {
			trie_add(*qual_places[i].trie, r->f[0], r->len[0],
			    q + qual_places[i].flags, qual_places[i].backwards);
			return;
		}
	bad_row(r, file);
}

static struct trie *word_target;
static int word_backwards;

static void
word_row(const struct row *r, const char *file)
{
	(void)file;
	trie_add(word_target, r->f[0], r->len[0], 0, word_backwards);
}

static struct trie *
word_list(const char *file, struct trie *t, int backwards)
{
	if (t == NULL)
		t = trie_new();
	word_target = t;
	word_backwards = backwards;
	each_row(file, word_row);
	return t;
}

/*
 * NAME FIRST-YEAR [dynasty] of reigns.tsv: the year is the payload, and
 * REIGN_AFTER_DYNASTY added to it marks a reign named only after its
 * dynasty.
 */
static void
reign_row(const struct row *r, const char *file)
{
	char year[8];
	long y;

	if ((r->n != 2 && !(r->n == 3 && field_is(r, 2, "dynasty"))) ||
	    r->len[1] >= sizeof(year))
		bad_row(r, file);
	memcpy(year, r->f[1], r->len[1]);
	year[r->len[1]] = '\0';
	if ((y = strtol(year, NULL, 10)) < 1 || y > 2100)
		bad_row(r, file);
	if (r->n == 3)
		y += REIGN_AFTER_DYNASTY;
	trie_add(lex.reigns, r->f[0], r->len[0], (int)y, 1);
}

/*
 * WORD [bare] of money_words.txt: payload 1 when the word makes an
 * amount money even without 万 or 亿 (月薪6800), 0 when only with them.
 */
static void
money_word_row(const struct row *r, const char *file)
{
	int bare = r->n == 2 && field_is(r, 1, "bare");

	if (r->n > 2 || (r->n == 2 && !bare))
		bad_row(r, file);
	trie_add(lex.money_words, r->f[0], r->len[0], bare, 1);
}

static void
negative_row(const struct row *r, const char *file)
{
	size_t i, l;
	uint32_t c;

	(void)file;
	trie_add(lex.negatives, r->f[0], r->len[0], 0, 0);
	for (i = 0; i < r->len[0]; i += l) {
		c = fold_char(utf8_get(r->f[0], r->len[0], i, &l));
		if (c <= 0xffff)
			lex.neg_chars[c >> 6] |= 1ULL << (c & 63);
	}
}

void
lexicon_load(void)
{
	lex.after = trie_new();
	lex.after_slash = trie_new();
	lex.cur_before = trie_new();
	lex.qual_before = trie_new();
	lex.qual_reach = trie_new();
	lex.qual_base = trie_new();
	lex.qual_mid = trie_new();
	lex.qual_after = trie_new();
	lex.qual_round = trie_new();
	lex.qual_half = trie_new();
	lex.ordinal = trie_new();
	each_row("units.tsv", unit_row);
	each_row("classifiers.txt", classifier_row);
	each_row("currencies.tsv", currency_row);
	each_row("qualifiers.tsv", qualifier_row);
	word_list("ordinals.txt", lex.ordinal, 0);
	lex.negatives = trie_new();
	lex.neg_chars = xcalloc(0x10000 / 64, sizeof(*lex.neg_chars));
	each_row("negatives.txt", negative_row);
	lex.codes = word_list("codes.txt", NULL, 1);
	lex.phone_after = word_list("phone_words.txt", NULL, 0);
	lex.id_suffix = word_list("id_suffixes.txt", NULL, 0);
	lex.streets = word_list("streets.txt", NULL, 0);
	lex.particles = word_list("particles.txt", NULL, 0);
	lex.half_words = word_list("half_words.txt", NULL, 0);
	lex.ordinal_names = word_list("ordinal_names.txt", NULL, 0);
	lex.streets_back = word_list("streets.txt", NULL, 1);
	lex.labels = word_list("labels.txt", NULL, 1);
	lex.rate_before = trie_new();
	each_row("rates.tsv", rate_row);
	lex.context_words = trie_new();
	lex.context_words_after = trie_new();
	lex.naming_after = trie_new();
	each_row("unit_contexts.tsv", context_row);
	lex.day_counts = word_list("day_counts.txt", NULL, 1);
	lex.day_lengths = word_list("day_lengths.txt", NULL, 0);
	lex.phase_words = word_list("phase_words.txt", NULL, 0);
	lex.phase_words_back = word_list("phase_words.txt", NULL, 1);
	lex.recent_after = word_list("recent_words.txt", NULL, 0);
	lex.recent_before = word_list("recent_before.txt", NULL, 1);
	lex.references = word_list("reference_words.txt", NULL, 0);
	lex.year_counts = word_list("year_counts.txt", NULL, 1);
	lex.capital_counters = word_list("capital_counters.txt", NULL, 0);
	lex.share_holders = word_list("share_holders.txt", NULL, 0);
	lex.race_words = word_list("race_words.txt", NULL, 0);
	lex.race_words_back = word_list("race_words.txt", NULL, 1);
	lex.score_before = word_list("score_before.txt", NULL, 1);
	lex.score_after = word_list("score_after.txt", NULL, 0);
	lex.money_words = trie_new();
	each_row("money_words.txt", money_word_row);
	lex.money_after = word_list("money_after.txt", NULL, 0);
	lex.price_words = word_list("price_words.txt", NULL, 1);
	lex.won_words = word_list("won_words.txt", NULL, 1);
	lex.magnitude_words = word_list("magnitude_words.txt", NULL, 1);
	lex.watt_words = word_list("watt_words.txt", NULL, 0);
	lex.change_words = word_list("change_words.txt", NULL, 1);
	lex.reigns = trie_new();
	each_row("reigns.tsv", reign_row);
	lex.index_words = word_list("index_words.txt", NULL, 1);
	lex.index_names = word_list("index_names.txt", NULL, 1);
}
