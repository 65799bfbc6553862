/*
 * declutter-tables FILE: write, as C source, declutter's built-in lexicon
 * (FILE, data/declutter/boilerplate) compiled by PCRE2 and serialized, so
 * that declutter starts without compiling it, and what a line must hold
 * for each part to match: characters its patterns can start with, the
 * literals they need (src/declutter/lexicon.h).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "declutter/lexicon.h"
#include "embedded.h"
#include "msg.h"
#include "regex-needs.h"
#include "utf8.h"
#include "util.h"

#define BMP	0x10000
#define BLOCK	256		/* code points a row of bits covers */

/* This program compiles the patterns itself, from FILE. */
const struct lexicon_code lexicon_built;
static char *lexicon_text;
static size_t lexicon_len;

const char *
embedded_file(const char *name, size_t *len)
{
	(void)name;
	*len = lexicon_len;
	return lexicon_text;
}

/* The end of the class that opens at re[i] ('['): its ']'. */
static size_t
class_end(const char *re, size_t len, size_t i)
{
	size_t j = i + 1;

	if (j < len && re[j] == '^')
		j++;
	if (j < len && re[j] == ']')
		j++;	/* a ']' first is itself */
	for (; j < len && re[j] != ']'; j++) {
		if (re[j] == '\\')
			j++;
		else if (re[j] == '[' && j + 1 < len && re[j + 1] == ':' &&
		    j + 2 < len && (re[j + 2] == '^' || (re[j + 2] >= 'a' &&
		    re[j + 2] <= 'z'))) {
			for (j += 2; j < len && re[j] != ']'; j++)
				;	/* [:alpha:], a POSIX class */
		}
	}
	return j;
}

/* The end of the group that opens at re[i] ('('): its ')'. */
static size_t
group_end(const char *re, size_t len, size_t i)
{
	int depth = 0;

	for (; i < len; i++) {
		if (re[i] == '\\')
			i++;
		else if (re[i] == '[')
			i = class_end(re, len, i);
		else if (re[i] == '(')
			depth++;
		else if (re[i] == ')' && --depth == 0)
			return i;
	}
	return len;
}

static int
is_lookaround(const char *re, size_t len, size_t i)
{
	return re[i] == '(' && i + 2 < len && re[i + 1] == '?' &&
	    (re[i + 2] == '=' || re[i + 2] == '!' || (re[i + 2] == '<' &&
	    i + 3 < len && (re[i + 3] == '=' || re[i + 3] == '!')));
}

/*
 * re without its lookarounds, into out, which then matches wherever re
 * does and more; -1 when a lookaround is quantified (its removal would
 * quantify the atom before it).
 */
static int
without_lookarounds(const char *re, size_t len, struct buf *out)
{
	size_t i, e;

	for (i = 0; i < len; i++) {
		if (is_lookaround(re, len, i)) {
			i = group_end(re, len, i);
			if (i + 1 < len && strchr("?*+{", re[i + 1]) != NULL)
				return -1;
			continue;
		}
		e = i;
		if (re[i] == '\\' && i + 1 < len)
			e = i + 1;
		else if (re[i] == '[')
			e = class_end(re, len, i);
		buf_add(out, re + i, e - i + (e < len));
		i = e;
	}
	return 0;
}

/*
 * Whether the probe, anchored at the end of context, matches or may
 * match once more text comes, after context followed by c (c < 0: by
 * nothing, where only a complete match counts).
 */
static int
probe(const pcre2_code *code, pcre2_match_data *md, const char *context,
    int32_t c)
{
	unsigned char s[8];
	size_t n = strlen(context);
	int rc;

	memcpy(s, context, n);
	if (c >= 0)
		n += utf8_encode((uint32_t)c, s + n);
	rc = pcre2_match(code, s, n, strlen(context),
	    c >= 0 ? PCRE2_PARTIAL_HARD : 0, md, NULL);
	return rc != PCRE2_ERROR_NOMATCH;
}

/*
 * The code points below BMP a match of re can start with, as bits.  The
 * probe is re without its lookarounds, so that one character tells; it
 * is tried after nothing and after a letter, for '^' and \b.  A part
 * that can match the empty string can start anywhere.
 */
static void
derive_starts(const char *re, size_t len, uint8_t *bits)
{
	static const char *contexts[] = { "", "a" };
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	struct buf probe_re = { 0 };
	pcre2_code *code = NULL;
	PCRE2_SIZE offset;
	int32_t c;
	size_t i;
	int err;

	memset(bits, 0xff, BMP / 8);
	if (without_lookarounds(re, len, &probe_re) == 0)
		code = pcre2_compile((PCRE2_SPTR)probe_re.data, probe_re.len,
		    PCRE2_UTF | PCRE2_ANCHORED, &err, &offset, NULL);
	if (code == NULL)
		goto done;
	pcre2_jit_compile(code, PCRE2_JIT_PARTIAL_HARD);
	for (i = 0; i < NELEM(contexts); i++)
		if (probe(code, md, contexts[i], -1))
			goto done;
	for (c = 0; c < BMP; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;	/* surrogates: never in UTF-8 */
		for (i = 0; i < NELEM(contexts); i++)
			if (probe(code, md, contexts[i], c))
				break;
		if (i == NELEM(contexts))
			bits[c >> 3] &= ~(1u << (c & 7));
	}
done:
	pcre2_code_free(code);
	pcre2_match_data_free(md);
	free(probe_re.data);
}

/*
 * Of each character below BMP, bit 2 * part when a literal of the part
 * starts with it, bit 2 * part + 1 when a pattern of the part can.
 */
static uint32_t		masks[BMP];
static uint32_t		floating;	/* bit 2 * part + 1 of floating parts */
static uint32_t		parts;		/* both bits of every part */
static uint8_t		pairs[LEXICON_PAIRS / 8];	/* see lexicon.h */

/*
 * The literals the parts need, in order of part and bytes: more than one
 * pattern's analysis keeps (NEEDS_MAX), since a part joins many.
 */
#define PART_LITS_MAX	2048
struct part_lits {
	size_t	n;
	char	lit[PART_LITS_MAX][NEED_LEN + 1];
};
static struct part_lits	*part_needs;
static size_t		 npartneeds, needcap;

/* Add lit to the part's literals, once. */
static void
part_lits_add(struct part_lits *s, const char *lit)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->lit[i], lit) == 0)
			return;
	strcpy(s->lit[s->n++], lit);
}

static size_t
count_bits(const uint8_t *bits)
{
	size_t i, n = 0;

	for (i = 0; i < BMP; i++)
		n += bits[i >> 3] >> (i & 7) & 1;
	return n;
}

static int
one_char(const char *lit)
{
	return utf8_len((unsigned char)lit[0]) >= strlen(lit);
}

/*
 * Whether a line is better tested for a pattern by the literals it
 * needs than by the character it starts with: they are known, and the
 * match floats, or it can start with most characters and the literals
 * are two characters or more (a line holds one character anywhere
 * too often).
 */
static int
by_literal(const char *alt, const struct needs *need, const uint8_t *starts)
{
	size_t i;

	if (!need->known)
		return 0;
	if (strncmp(alt, "(?:^", 4) != 0)
		return 1;
	for (i = 0; i < need->n; i++)
		if (one_char(need->lit[i]))
			return 0;
	return count_bits(starts) > BMP / 16;
}

/* Add character c, and its capital when it is a lowered letter. */
static void
add_char(uint8_t *set, uint32_t c)
{
	if (c >= BMP) {
		memset(set, 0xff, BMP / 8);
		return;
	}
	set[c >> 3] |= 1u << (c & 7);
	if (c >= 'a' && c <= 'z')
		set[(c - 32) >> 3] |= 1u << ((c - 32) & 7);
}

/* The top-level alternatives of a part: (?:RE\\E)(*MARK:i) each. */
static size_t
next_alternative(const char *re, size_t len, size_t i)
{
	for (; i < len && re[i] != '|'; i++) {
		if (re[i] == '\\')
			i++;
		else if (re[i] == '[')
			i = class_end(re, len, i);
		else if (re[i] == '(')
			i = group_end(re, len, i);
	}
	return i;
}

/*
 * An anchored part is split by the character a line starts with: of
 * each character below BMP, the group of the part's alternatives that
 * can start with it, which alone are matched (lexicon.h).  Group 0 is
 * the whole part; the others are numbered from 1 over all parts.
 */
#define MAX_ALTS	256
#define SET_WORDS	(MAX_ALTS / 64)
#define MAX_PARTS	16

static uint64_t		 alt_sets[BMP][SET_WORDS];	/* of each character */
static uint64_t		(*group_sets)[SET_WORDS];	/* of each group */
static size_t		*group_owner;			/* its part */
static size_t		 ngroups = 1, groupcap, ownercap;
static uint16_t		 group_of[MAX_PARTS][BMP];
static uint8_t		 alt_lit[MAX_PARTS][MAX_ALTS];	/* gated by literals */

/*
 * The run-time joins a group's patterns as lexicon.c joined them: each
 * alternative found here must be one pattern, (?:RE\E)(*MARK:N).
 */
static void
check_alternative(const char *re, size_t len)
{
	size_t i = len;

	while (i > 0 && re[i - 1] != ':')
		i--;
	if (len < 3 || strncmp(re, "(?:", 3) != 0 || i < 7 ||
	    strncmp(re + i - 7, "(*MARK:", 7) != 0 || re[len - 1] != ')')
		fatal(EXIT_TROUBLE, "not one pattern: %.*s", (int)len, re);
}

/* Alternative alt of the part can start with the characters of starts. */
static void
group_add_alt(size_t alt, const uint8_t *starts)
{
	uint32_t c;

	if (alt >= MAX_ALTS)
		fatal(EXIT_TROUBLE, "more than %d patterns in a part",
		    MAX_ALTS);
	for (c = 0; c < BMP; c++)
		if (starts[c >> 3] >> (c & 7) & 1)
			alt_sets[c][alt / 64] |= (uint64_t)1 << (alt % 64);
}

/* Number the part's groups, from first, and map each character to its. */
static void
group_part(size_t part, size_t first)
{
	size_t g;
	uint32_t c;

	for (c = 0; c < BMP; c++) {
		for (g = first; g < ngroups; g++)
			if (memcmp(group_sets[g], alt_sets[c],
			    sizeof alt_sets[c]) == 0)
				break;
		if (g == ngroups) {
			if (ngroups > UINT16_MAX)
				fatal(EXIT_TROUBLE, "too many groups");
			grow(&group_sets, &groupcap, (ngroups + 1) *
			    sizeof *group_sets);
			grow(&group_owner, &ownercap, (ngroups + 1) *
			    sizeof *group_owner);
			group_owner[ngroups] = part;
			memcpy(group_sets[ngroups++], alt_sets[c],
			    sizeof alt_sets[c]);
		}
		group_of[part][c] = (uint16_t)g;
	}
}

/* Each part's gate: the starts of some patterns, the literals of others. */
static void
derive_gate(size_t part, const char *re, size_t len)
{
	static uint8_t starts[BMP / 8], alt_starts[BMP / 8], firsts[BMP / 8];
	static struct needs need;
	struct part_lits *lits;
	size_t i, end, k, b, alt;
	uint32_t c;

	if (2 * part + 1 >= 32 || part >= MAX_PARTS)
		fatal(EXIT_TROUBLE, "too many parts for a mask");
	grow(&part_needs, &needcap, (part + 1) * sizeof *part_needs);
	lits = &part_needs[part];
	lits->n = 0;
	memset(starts, 0, sizeof starts);
	memset(firsts, 0, sizeof firsts);
	if (strncmp(re, "(?:^", 4) != 0)
		floating |= (uint32_t)1 << (2 * part + 1);
	memset(alt_sets, 0, sizeof alt_sets);
	for (i = 0, alt = 0; i < len; i = end + 1, alt++) {
		end = next_alternative(re, len, i);
		derive_starts(re + i, end - i, alt_starts);
		check_alternative(re + i, end - i);
		group_add_alt(alt, alt_starts);
		regex_needs(re + i, end - i, &need);
		/*
		 * A part's literals that would not all fit would leave the
		 * pattern to its first characters, tried on most lines: a
		 * rule's list of words grew too long, shorten it.
		 */
		if (by_literal(re + i, &need, alt_starts) &&
		    lits->n + need.n > PART_LITS_MAX)
			fatal(EXIT_TROUBLE, "more than %d literals in a part of "
			    "the lexicon, at %.60s", PART_LITS_MAX, re + i);
		if (!by_literal(re + i, &need, alt_starts)) {
			for (k = 0; k < BMP / 8; k++)
				starts[k] |= alt_starts[k];
			continue;
		}
		alt_lit[part][alt] = 1;
		/* A floating match holding one character starts there. */
		for (k = 0; k < need.n; k++)
			if (one_char(need.lit[k]))
				add_char(starts, utf8_get(need.lit[k],
				    strlen(need.lit[k]), 0, &b));
			else
				part_lits_add(lits, need.lit[k]);
	}
	if (strncmp(re, "(?:^", 4) == 0)
		group_part(part, ngroups);
	for (i = 0; i < lits->n; i++) {
		c = utf8_get(lits->lit[i], strlen(lits->lit[i]), 0, &k);
		b = lexicon_pair(c, utf8_get(lits->lit[i],
		    strlen(lits->lit[i]), k, &k));
		pairs[b >> 3] |= 1u << (b & 7);
		add_char(firsts, c);
	}
	for (c = 0; c < BMP; c++)
		masks[c] |= (uint32_t)(firsts[c >> 3] >> (c & 7) & 1) <<
		    (2 * part) | (uint32_t)(starts[c >> 3] >> (c & 7) & 1) <<
		    (2 * part + 1);
	npartneeds = part + 1;
}

/* In byte order, which keeps a first character's literals together. */
static int
by_bytes(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void
print_literals(void)
{
	size_t p, i, k, off = 0, n = 0;
	const char *lit;
	uint32_t c, d;

	printf("static const char lit_text[] =");
	for (p = 0; p < npartneeds; p++) {
		qsort(part_needs[p].lit, part_needs[p].n,
		    sizeof part_needs[p].lit[0], by_bytes);
		for (i = 0; i < part_needs[p].n; i++) {
			printf("\n\t\"");
			for (k = 0; part_needs[p].lit[i][k] != '\0'; k++)
				printf("\\%03o",
				    (unsigned char)part_needs[p].lit[i][k]);
			printf("\"");
		}
	}
	printf(" \"\";\n\nstatic const struct lexicon_literal lits[] = {");
	for (p = 0; p < npartneeds; p++)
		for (i = 0; i < part_needs[p].n; i++) {
			lit = part_needs[p].lit[i];
			c = utf8_get(lit, strlen(lit), 0, &k);
			d = utf8_get(lit, strlen(lit), k, &k);
			printf("\n\t{ 0x%llxULL, %zu, %zu },", (unsigned long long)
			    lexicon_start(c, d), off, strlen(lit));
			off += strlen(lit);
		}
	printf("\n\t{ 0, 0, 0 }\n};\n\nstatic const uint32_t part_lits[] = {");
	for (p = 0; p <= npartneeds; p++) {
		printf(" %zu,", n);
		if (p < npartneeds)
			n += part_needs[p].n;
	}
	printf(" };\n\n");
}

/* Print the groups of the anchored parts (group_part()). */
static void
print_groups(size_t nparts)
{
	static uint16_t rows[MAX_PARTS * BMP / BLOCK];
	size_t p, b, r, i, g, a, nrows = 0, n = 0;
	const uint16_t *row;

	printf("static const uint16_t group_rows[][%d] = {", BLOCK);
	for (p = 0; p < nparts; p++)
		for (b = 0; b < BMP / BLOCK; b++) {
			row = group_of[p] + b * BLOCK;
			for (r = 0; r < p * BMP / BLOCK + b; r++)
				if (memcmp(group_of[r / (BMP / BLOCK)] +
				    r % (BMP / BLOCK) * BLOCK, row,
				    BLOCK * sizeof *row) == 0)
					break;
			if (r < p * BMP / BLOCK + b) {
				rows[p * BMP / BLOCK + b] = rows[r];
				continue;
			}
			rows[p * BMP / BLOCK + b] = (uint16_t)nrows++;
			for (i = 0; i < BLOCK; i++)
				printf("%s%u,%s", i == 0 ? "\n\t{" : i % 8 == 0 ?
				    "\n\t" : " ", row[i],
				    i == BLOCK - 1 ? " }," : "");
		}
	printf("\n};\n\nstatic const uint16_t group_block[%zu] = {",
	    nparts * BMP / BLOCK);
	for (b = 0; b < nparts * BMP / BLOCK; b++)
		printf("%s%u,", b % 16 ? " " : "\n\t", rows[b]);
	printf("\n};\n\nstatic const uint8_t group_alt[] = {");
	for (g = 1; g < ngroups; g++)
		for (a = 0; a < MAX_ALTS; a++)
			if (group_sets[g][a / 64] >> (a % 64) & 1)
				printf("%s%zu,", n++ % 16 ? " " : "\n\t", a);
	printf(" 0\n};\n\nstatic const uint8_t group_lit[] = {");
	for (g = 1, n = 0; g < ngroups; g++)
		for (a = 0; a < MAX_ALTS; a++)
			if (group_sets[g][a / 64] >> (a % 64) & 1)
				printf("%s%u,", n++ % 16 ? " " : "\n\t",
				    alt_lit[group_owner[g]][a]);
	printf(" 0\n};\n\nstatic const uint32_t group_alts[] = {\n\t0, 0,");
	for (g = 1, n = 0; g < ngroups; g++) {
		for (a = 0; a < MAX_ALTS; a++)
			n += group_sets[g][a / 64] >> (a % 64) & 1;
		printf("%s%zu,", g % 16 ? " " : "\n\t", n);
	}
	printf("\n};\n\n");
	free(group_sets);
	free(group_owner);
}

/* Print the gates of every part: masks of characters, literals. */
static void
print_gates(void)
{
	uint16_t block[BMP / BLOCK];
	size_t nparts, len, i, b, r, nrows = 0;
	const char *re;

	for (nparts = 0; (re = lexicon_builtin_part(nparts, &len)) != NULL;
	    nparts++)
		derive_gate(nparts, re, len);
	parts = 2 * nparts == 32 ? ~(uint32_t)0 :
	    ((uint32_t)1 << 2 * nparts) - 1;
	printf("static const uint32_t mask_rows[][%d] = {", BLOCK);
	for (b = 0; b < BMP / BLOCK; b++) {
		for (r = 0; r < b; r++)
			if (memcmp(masks + r * BLOCK, masks + b * BLOCK,
			    sizeof masks[0] * BLOCK) == 0)
				break;
		if (r < b) {
			block[b] = block[r];
			continue;
		}
		block[b] = (uint16_t)nrows++;
		for (i = 0; i < BLOCK; i++)
			printf("%s%u,%s", i == 0 ? "\n\t{" : i % 8 == 0 ?
			    "\n\t" : " ", masks[b * BLOCK + i],
			    i == BLOCK - 1 ? " }," : "");
	}
	printf("\n};\n\nstatic const uint16_t mask_block[%d] = {", BMP /
	    BLOCK);
	for (b = 0; b < BMP / BLOCK; b++)
		printf("%s%u,", b % 16 ? " " : "\n\t", block[b]);
	printf("\n};\n\nstatic const uint8_t pairs[%d] = {", LEXICON_PAIRS / 8);
	for (i = 0; i < LEXICON_PAIRS / 8; i++)
		printf("%s%u,", i % 16 ? " " : "\n\t", pairs[i]);
	printf("\n};\n\n");
	print_literals();
	print_groups(nparts);
	free(part_needs);
}

int
main(int argc, char **argv)
{
	struct rule_error e;
	struct lexicon_code c;
	size_t i;

	msg_init("declutter-tables");
	if (argc != 2)
		fatal(EXIT_TROUBLE, "usage: declutter-tables FILE");
	if ((lexicon_text = read_small_file(argv[1], 1 << 24, &lexicon_len)) ==
	    NULL)
		fatal(EXIT_TROUBLE, "%s: %s", argv[1], strerror(errno));
	if (lexicon_add_builtin(&e) < 0 ||
	    lexicon_compile(&e) < 0)
		fatal_at(EXIT_TROUBLE, e.file, e.line, "%s", e.what);
	if (lexicon_serialize_builtin(&c) < 0)
		fatal(EXIT_TROUBLE, "PCRE2 cannot serialize the patterns");
	printf("/* Made by scripts/declutter-tables from %s. */\n", argv[1]);
	printf("#include \"declutter/lexicon.h\"\n\n");
	printf("static const uint8_t code[%zu] = {", c.size);
	for (i = 0; i < c.size; i++)
		printf("%s%u,", i % 16 ? "" : "\n\t", c.code[i]);
	printf("\n};\n\n");
	print_gates();
	printf("const struct lexicon_code lexicon_built = {\n"
	    "\tcode, sizeof code, 0x%016llxULL,\n"
	    "\tmask_block, mask_rows, 0x%xu, 0x%xu, pairs, lits, part_lits,\n"
	    "\tlit_text, group_block, group_rows, group_alts, group_alt, group_lit,\n"
	    "\t%zu\n"
	    "};\n",
	    (unsigned long long)c.hash, floating, parts, ngroups);
	pcre2_serialize_free((uint8_t *)c.code);
	free(lexicon_text);
	return 0;
}
