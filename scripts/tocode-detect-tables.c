/*
 * tocode-detect-tables: write, as C source, the language models of
 * encoding detection (src/tocode/detect_model.h) read from
 * data/tocode/tables/freq-LANG.txt and pairs-LANG.txt, and the score table of
 * each candidate encoding, found with the iconv the program links with.
 * Run at build time from the top of the tree, so that tocode parses no
 * model when it starts.
 */
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lib/embedded.h"
#include "lib/utf8.h"
#include "tocode/detect_candidates.h"
#include "tocode/detect_model.h"
#include "tocode/detect_score.h"
#include "tocode/detect_script.h"

#define MAKER	"tocode-detect-tables"
#include "table-input.h"

#define NCP		0x110000
#define NCODES		32768	/* 2-byte codes: (b1 & 0x7f) << 8 | b2 */
/*
 * The weight of a pair against its characters apart: a pair met k times
 * as often as chance would have it adds log(1 + PAIR_WEIGHT * k) nats.
 */
#define PAIR_WEIGHT	0.3

static const char *const lang_names[NLANG] = {
	"zh", "ja", "ko", "ru", "el", "he",
	"fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb",
	"cs", "sk", "pl", "hu", "sl", "hr",
};

/* An open-addressing table being filled (see model_find). */
struct slots {
	struct model_slot	*slot;		/* NULL: no table */
	size_t			 size;		/* a power of two */
};

/* A language's model; chars[0] stands for any character not in it. */
struct lang_model {
	struct model_char	*chars;		/* by id */
	uint32_t		*cps;		/* by id */
	double			*share;		/* of all non-ASCII, by id */
	size_t			 n;		/* ids 1..n */
	struct slots		 pairs;
};

static struct lang_model	langs[NLANG];
static uint16_t			ids[NCP][NLANG];	/* 0: not in it */
static const struct model_char	unseen = { SCORE_FLOOR, 0, SC_NONE };
static const struct model_char	invalid = { SCORE_INVALID, 0, SC_NONE };

/* The contents of data/tocode/tables/KIND-LANG.txt, or NULL if there is none. */
static char *
read_data(const char *kind, enum lang l, size_t *len)
{
	char path[64];

	snprintf(path, sizeof(path), "data/tocode/tables/%s-%s.txt", kind,
	    lang_names[l]);
	return read_whole(path, len);
}

static int16_t
to_score(double ppt)
{
	return (int16_t)lround(log(ppt / 1e7) * SCORE_UNIT);
}

/*
 * The next line of dl that is "CHAR... TAB NUMBER" with nchars characters:
 * sets cps[] and *num and returns 1; 0 at the end.
 */
static int
next_entry(struct data_lines *dl, uint32_t *cps, int nchars, long *num)
{
	const char *line;
	size_t n, at;
	int i, used;

	while (data_next_line(dl, &line, &n)) {
		for (i = 0, at = 0; i < nchars && at < n; i++) {
			used = utf8_decode(line + at, n - at, &cps[i]);
			if (used <= 0)
				break;
			at += (size_t)used;
		}
		if (i == nchars && at < n && line[at] == '\t') {
			*num = strtol(line + at + 1, NULL, 10);
			return 1;
		}
	}
	return 0;
}

/* A line of freq-LANG.txt is "CHARACTER TAB PARTS-PER-TEN-MILLION". */
static void
load_chars(enum lang l)
{
	struct lang_model *m = &langs[l];
	struct data_lines dl;
	char *text;
	size_t len;
	uint32_t cp;
	long ppt;

	if ((text = read_data("freq", l, &len)) == NULL)
		die("no frequency file", lang_names[l]);
	m->chars = calloc(len / 4 + 2, sizeof(*m->chars));
	m->cps = calloc(len / 4 + 2, sizeof(*m->cps));
	m->share = calloc(len / 4 + 2, sizeof(*m->share));
	if (m->chars == NULL || m->cps == NULL || m->share == NULL)
		die("out of memory", lang_names[l]);
	m->chars[0] = unseen;
	for (data_lines_init(&dl, text, len); next_entry(&dl, &cp, 1, &ppt);) {
		if (cp < 0x80 || ppt <= 0)
			continue;
		if (++m->n == UINT16_MAX)
			die("too many characters", lang_names[l]);
		m->chars[m->n].score = to_score((double)ppt);
		m->chars[m->n].id = (uint16_t)m->n;
		m->chars[m->n].script = (uint8_t)script_of(cp);
		m->cps[m->n] = cp;
		m->share[m->n] = (double)ppt / 1e7;
		ids[cp][l] = (uint16_t)m->n;
	}
	free(text);
}

/* A table of twice as many slots as n keys, at least 64. */
static void
slots_init(struct slots *t, size_t n)
{
	for (t->size = 64; t->size < n * 2; t->size *= 2)
		;
	if ((t->slot = calloc(t->size, sizeof(*t->slot))) == NULL)
		die("out of memory", "slots");
}

static void
slots_put(struct slots *t, uint32_t key, int32_t value)
{
	size_t mask = t->size - 1, i = model_hash(key) & mask;

	while (t->slot[i].key != 0 && t->slot[i].key != key)
		i = (i + 1) & mask;
	t->slot[i].key = key;
	t->slot[i].value = value;
}

/* The table as the array decl (type and name) of size slots. */
static void
slots_write(const struct slots *t, const char *decl)
{
	size_t i;

	printf("%s[%zu] = {\n", decl, t->size);
	for (i = 0; i < t->size; i++)
		if (t->slot[i].key != 0)
			printf("\t[%zu] = { %u, %d },\n", i,
			    (unsigned)t->slot[i].key, (int)t->slot[i].value);
	printf("};\n");
}

/* A line of pairs-LANG.txt is "CHAR CHAR TAB PARTS-PER-TEN-MILLION". */
static void
load_pairs(enum lang l)
{
	struct lang_model *m = &langs[l];
	struct data_lines dl;
	char *text;
	size_t len, lines = 0;
	uint32_t cp[2];
	long ppt;
	int a, b;
	double k;

	if ((text = read_data("pairs", l, &len)) == NULL)
		return;
	for (data_lines_init(&dl, text, len); next_entry(&dl, cp, 2, &ppt);)
		lines++;
	slots_init(&m->pairs, lines);
	for (data_lines_init(&dl, text, len); next_entry(&dl, cp, 2, &ppt);) {
		if ((a = ids[cp[0]][l]) == 0 || (b = ids[cp[1]][l]) == 0)
			continue;
		k = ppt / 1e7 / (m->share[a] * m->share[b]);
		slots_put(&m->pairs, (uint32_t)a << 16 | (uint32_t)b,
		    (int32_t)lround(log1p(PAIR_WEIGHT * k) * SCORE_UNIT));
	}
	free(text);
}

static void
print_char(const struct model_char *c, const char *end)
{
	printf("{%d,%u,%u}%s", c->score, c->id, c->script, end);
}

static void
write_model(enum lang l)
{
	const struct lang_model *m = &langs[l];
	char name[64];
	size_t i;

	printf("static const struct model_char chars_%d[] = {", l);
	for (i = 0; i <= m->n; i++) {
		printf(i % 6 ? " " : "\n\t");
		print_char(&m->chars[i], ",");
	}
	printf("\n};\n");
	if (m->pairs.slot == NULL)
		return;
	snprintf(name, sizeof(name), "static const struct model_slot pairs_%d",
	    l);
	slots_write(&m->pairs, name);
}

static void
write_models(void)
{
	int l;

	for (l = 0; l < NLANG; l++)
		write_model((enum lang)l);
	printf("\nconst struct model models[NLANG] = {\n");
	for (l = 0; l < NLANG; l++)
		if (langs[l].pairs.slot != NULL)
			printf("\t{ chars_%d, pairs_%d, %zu },\n", l, l,
			    langs[l].pairs.size - 1);
		else
			printf("\t{ chars_%d, NULL, 0 },\n", l);
	printf("};\n\n");
}

/* Every code point of any model, and where it is among them. */
static void
write_unichars(void)
{
	static const uint16_t none[NLANG];
	struct slots at;
	size_t nuni = 0;
	uint32_t cp;
	int l;

	for (cp = 0; cp < NCP; cp++)
		nuni += memcmp(ids[cp], none, sizeof(none)) != 0;
	slots_init(&at, nuni);
	nuni = 0;
	printf("const struct model_unichar model_unichars[] = {\n");
	for (cp = 0; cp < NCP; cp++) {
		if (memcmp(ids[cp], none, sizeof(none)) == 0)
			continue;
		slots_put(&at, cp, (int32_t)++nuni);
		printf("\t{ {");
		for (l = 0; l < NLANG; l++)
			printf("%s%u", l ? "," : "", ids[cp][l]);
		printf("}, %d },\n", script_of(cp));
	}
	printf("};\n\n");
	slots_write(&at, "const struct model_slot model_unichar_slots");
	printf("const size_t model_unichar_mask = %zu;\n\n", at.size - 1);
	free(at.slot);
}

/*
 * Read the bytes 80-FF alone: one that decodes to no character or to a
 * C1 control is invalid, the others score as the model has them.
 */
static void
read_single_bytes(struct model_char one[128], iconv_t cd, enum lang l)
{
	char in[1], out[8], *ip, *op;
	size_t il, ol, b;
	uint32_t cp;

	for (b = 0x80; b < 0x100; b++) {
		in[0] = (char)b;
		ip = in, il = 1, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		/* CP1255 holds a letter back for the points that may follow */
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1 ||
		    op == out ||
		    utf8_decode(out, (size_t)(op - out), &cp) <= 0 ||
		    (cp >= 0x80 &&
		    utf8proc_category((utf8proc_int32_t)cp) ==
		    UTF8PROC_CATEGORY_CC))
			one[b & 0x7f] = invalid;
		else
			one[b & 0x7f] = langs[l].chars[ids[cp][l]];
	}
}

/*
 * The double-byte codes of a multi-byte encoding, found by encoding
 * each character of the model in its order (of two that share a code,
 * the later): two[code] is its id.
 */
static void
read_double_bytes(uint16_t *two, iconv_t cd, enum lang l)
{
	const struct lang_model *m = &langs[l];
	unsigned char in[4];
	char out[8], *ip, *op;
	unsigned char *o = (unsigned char *)out;
	size_t il, ol, id;

	for (id = 1; id <= m->n; id++) {
		il = utf8_encode(m->cps[id], in);
		ip = (char *)in, op = out, ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    op - out != 2 || o[0] < 0x80)
			continue;
		two[(o[0] & 0x7f) << 8 | o[1]] = (uint16_t)id;
	}
}

/* The score table of candidate i, or 0 when iconv lacks its encoding. */
static int
write_table(size_t i, const struct candidate *c)
{
	static uint16_t two[NCODES];
	struct model_char one[128];
	iconv_t from, to;
	size_t k;

	if ((from = iconv_open("UTF-8", c->iconv_name)) == (iconv_t)-1)
		return 0;
	if ((to = iconv_open(c->iconv_name, "UTF-8")) == (iconv_t)-1) {
		iconv_close(from);
		return 0;
	}
	read_single_bytes(one, from, (enum lang)c->lang);
	if (c->scheme != S_SINGLE) {
		memset(two, 0, sizeof(two));
		read_double_bytes(two, to, (enum lang)c->lang);
		printf("static const uint16_t two_%zu[%d] = {", i, NCODES);
		for (k = 0; k < NCODES; k++)
			printf("%s%u,", k % 16 ? "" : "\n\t", two[k]);
		printf("\n};\n");
	}
	printf("static const struct score_table table_%zu = {\n\t{", i);
	for (k = 0; k < 128; k++) {
		printf(k % 6 ? " " : "\n\t");
		print_char(&one[k], ",");
	}
	printf("\n\t},\n\t");
	if (c->scheme != S_SINGLE)
		printf("two_%zu,", i);
	else
		printf("NULL,");
	printf(" &models[%d]\n};\n", c->lang);
	iconv_close(from);
	iconv_close(to);
	return 1;
}

static void
write_tables(void)
{
	static const struct candidate list[NCANDIDATES] = DETECT_CANDIDATES;
	int made[NCANDIDATES];
	size_t i;

	for (i = 0; i < NCANDIDATES; i++)
		made[i] = list[i].lang >= 0 && write_table(i, &list[i]);
	printf("\nconst struct score_table *const candidate_tables[] = {\n");
	for (i = 0; i < NCANDIDATES; i++)
		if (made[i])
			printf("\t&table_%zu,\n", i);
		else
			printf("\tNULL,\n");
	printf("};\n");
}

int
main(void)
{
	int l;

	for (l = 0; l < NLANG; l++) {
		load_chars((enum lang)l);
		load_pairs((enum lang)l);
	}
	printf("/* Made by scripts/tocode-detect-tables.c; do not edit. */\n");
	printf("#include <stddef.h>\n\n#include \"tocode/detect_model.h\"\n\n");
	write_models();
	write_unichars();
	write_tables();
	return ferror(stdout) != 0;
}
