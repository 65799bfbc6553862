/* lexicon.c: pattern classes, each compiled into one JIT alternation. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "embedded.h"
#include "lexicon.h"
#include "msg.h"
#include "utf8.h"
#include "util.h"

/*
 * Patterns that start with '^' are joined apart and matched only at the
 * start of a line, which costs next to nothing; the others scan it.
 */
enum { ANCHORED, FLOATING };

struct class {
	char		**rules;	/* where each pattern came from */
	unsigned char	 *kinds;	/* enum rule_kind of each pattern */
	size_t		  kindcap;
	size_t		  nrules, cap;
	struct buf	  joined[2];	/* (?:RE)(*MARK:i)|... */
	pcre2_code	 *code[2];
	int		  jit[2];	/* compiled to machine code */
	int		  part[2];	/* in lexicon_built, plus one; or 0 */
	size_t		 *alt_off;	/* where each anchored pattern starts */
	size_t		  nalt, altcap;	/* in joined[ANCHORED] */
};

static struct class	 classes[RULE_NCLASS];

/*
 * The groups of the anchored parts (lexicon.h), each whole and without
 * the patterns gated by literals, for a line that holds none of them.
 * A group of a few patterns costs less to match than its part, by some
 * thousand instructions, but compiling it costs a thousand matches or
 * so: it is compiled once its part has been matched for it this many
 * times.
 */
#define GROUP_AFTER	512
enum { WHOLE, NO_LITERALS };
static struct group {
	pcre2_code	*code;		/* published last: jit is set first */
	int		 jit;
	int		 empty;		/* no pattern: no match */
	unsigned	 wanted;	/* times its part was matched for it */
} *groups;

/*
 * The line of lexicon_line(), and what its one pass found; and the match
 * data: each thread has its own.
 */
static _Thread_local struct {
	const char	*s;
	size_t		 n;
	uint32_t	 hits;	/* as lexicon_needs() */
} line;
static _Thread_local pcre2_match_data *match;
static int		 decoded;	/* decode_builtin() was tried */
static int		 from_build;	/* built-ins taken from lexicon_built */

/* The built-in classes come first; the user's are compiled at run time. */
#define NBUILTIN	RULE_USER_DROP

/*
 * Compiling the patterns to machine code costs as much as interpreting
 * them on a page or two: a small input is interpreted, a larger one
 * compiled once the patterns have read this many bytes (each line is
 * read by several).  The matches are the same either way.
 */
#define JIT_AFTER	(32 * 1024)
static size_t		 interpreted;	/* bytes matched before the JIT */
static int		 jit_done;

static const uint32_t options = PCRE2_UTF;

/* Fill e with what is wrong at file:line; returns -1 for the caller. */
static int
rule_error(struct rule_error *e, const char *file, long line,
    const char *fmt, ...)
{
	va_list ap;

	e->file = file;
	e->line = line;
	va_start(ap, fmt);
	vsnprintf(e->what, sizeof e->what, fmt, ap);
	va_end(ap);
	return -1;
}

static int
regex_error(struct rule_error *e, const char *file, long line, int err,
    size_t offset)
{
	PCRE2_UCHAR text[256];

	pcre2_get_error_message(err, text, sizeof text);
	return rule_error(e, file, line, "bad regular expression: %s at "
	    "offset %zu", (const char *)text, offset);
}

/*
 * Pattern re, to j, with \s matching U+3000 too, as Chinese pages space
 * their fields with it (作者：X　来源：Y) and PCRE2's \s, without UCP,
 * matches ASCII white space only: [\s\x{3000}] for \s and [^\s\x{3000}]
 * for \S, and \s\x{3000} for \s inside a class.  Quoted text (\Q…\E)
 * stays as it is.
 */
void
lexicon_pattern(struct buf *j, const char *re, size_t len)
{
	size_t i;
	int in_class = 0;

	for (i = 0; i < len; i++) {
		if (re[i] == '\\' && i + 1 < len) {
			if (re[i + 1] == 'Q') {
				const char *e = memmem(re + i, len - i, "\\E", 2);
				size_t to = e != NULL ? (size_t)(e - re) + 2 : len;

				buf_add(j, re + i, to - i);
				i = to - 1;
			} else if (re[i + 1] == 's') {
				buf_adds(j, in_class ? "\\s\\x{3000}" :
				    "[\\s\\x{3000}]");
				i++;
			} else if (re[i + 1] == 'S' && !in_class) {
				buf_adds(j, "[^\\s\\x{3000}]");
				i++;
			} else {
				buf_add(j, re + i, 2);
				i++;
			}
			continue;
		}
		if (re[i] == '[' && !in_class) {
			in_class = 1;
			buf_addc(j, re[i]);
			/* A ']' first in a class is one of its characters. */
			if (i + 1 < len && re[i + 1] == '^')
				buf_addc(j, re[++i]);
			if (i + 1 < len && re[i + 1] == ']')
				buf_addc(j, re[++i]);
			continue;
		}
		if (re[i] == ']' && in_class)
			in_class = 0;
		buf_addc(j, re[i]);
	}
}

/*
 * A user's pattern is compiled alone first, so that an error names its
 * own line and a stray ')' cannot join it to the next; the built-in ones
 * are known to compile (tests/unit/declutter_lexicon.c), and skipping
 * them halves the start-up.
 */
static int
add_rule(enum rule_class k, enum rule_kind kind, const char *re,
    size_t len, const char *file, long line, int check,
    struct rule_error *e)
{
	struct class *c = &classes[k];
	pcre2_code *one;
	PCRE2_SIZE offset;
	struct buf *j;
	char mark[32];
	int err;

	if (check) {
		one = pcre2_compile((PCRE2_SPTR)re, len, options, &err,
		    &offset, NULL);
		if (one == NULL)
			return regex_error(e, file, line, err, offset);
		pcre2_code_free(one);
	}
	grow(&c->rules, &c->cap, (c->nrules + 1) * sizeof *c->rules);
	grow(&c->kinds, &c->kindcap, c->nrules + 1);
	c->kinds[c->nrules] = kind;
	snprintf(mark, sizeof mark, ":%ld", line);
	c->rules[c->nrules] = xmalloc(strlen(file) + strlen(mark) + 1);
	strcpy(c->rules[c->nrules], file);
	strcat(c->rules[c->nrules], mark);
	j = &c->joined[len > 0 && re[0] == '^' ? ANCHORED : FLOATING];
	if (j->len > 0)
		buf_addc(j, '|');
	if (j == &c->joined[ANCHORED]) {
		grow(&c->alt_off, &c->altcap, (c->nalt + 1) *
		    sizeof *c->alt_off);
		c->alt_off[c->nalt++] = j->len;
	}
	buf_adds(j, "(?:");
	lexicon_pattern(j, re, len);
	snprintf(mark, sizeof mark, "\\E)(*MARK:%zu)", c->nrules);
	buf_adds(j, mark);
	c->nrules++;
	return 0;
}

int
lexicon_add(enum rule_class k, enum rule_kind kind, const char *re,
    size_t len, const char *file, long line, struct rule_error *e)
{
	return add_rule(k, kind, re, len, file, line, 1, e);
}

static const struct {
	const char	*name;
	int		 user;
	enum rule_class	 k;
	enum rule_kind	 kind;
} names[] = {
	{ "drop", 0, RULE_DROP, KIND_PLAIN },
	{ "aside", 0, RULE_ASIDE, KIND_PLAIN },
	{ "hint", 0, RULE_HINT, KIND_PLAIN },
	{ "end", 0, RULE_END, KIND_END },
	{ "list", 0, RULE_HINT, KIND_LIST },
	{ "tagline", 0, RULE_HINT, KIND_TAGLINE },
	{ "follow", 0, RULE_HINT, KIND_FOLLOW },
	{ "points", 0, RULE_HINT, KIND_POINTS },
	{ "title", 0, RULE_DROP, KIND_TITLE },
	{ "summary", 0, RULE_ASIDE, KIND_SUMMARY },
	{ "credit", 0, RULE_ASIDE, KIND_CREDIT },
	{ "part", 0, RULE_PART, KIND_PLAIN },
	{ "notice", 0, RULE_PART, KIND_NOTICE },
	{ "section", 0, RULE_PART, KIND_SECTION },
	{ "drop", 1, RULE_USER_DROP, KIND_PLAIN },
	{ "keep", 1, RULE_USER_KEEP, KIND_PLAIN },
	{ "end", 1, RULE_USER_END, KIND_END },
};

int
lexicon_builtin_class(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!names[i].user && strlen(names[i].name) == n &&
		    memcmp(names[i].name, name, n) == 0)
			return (int)names[i].k;
	return -1;
}

int
lexicon_add_line(const char *s, size_t n, const char *file, long line,
    int user, struct rule_error *e)
{
	const char *colon, *re;
	size_t i;

	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	if (n == 0 || *s == '#')
		return 0;
	if ((colon = memchr(s, ':', n)) == NULL)
		return rule_error(e, file, line,
		    "expected 'drop: RE', 'keep: RE' or 'end: RE'");
	for (i = 0; i < NELEM(names); i++)
		if (names[i].user == user &&
		    strlen(names[i].name) == (size_t)(colon - s) &&
		    memcmp(names[i].name, s, colon - s) == 0)
			break;
	if (i == NELEM(names))
		return rule_error(e, file, line,
		    "unknown rule '%.*s' (expected drop, keep or end)",
		    (int)(colon - s), s);
	for (re = colon + 1; re < s + n && (*re == ' ' || *re == '\t'); re++)
		;
	if (re == s + n)
		return rule_error(e, file, line, "empty pattern");
	return add_rule(names[i].k, names[i].kind, re, s + n - re, file, line,
	    user, e);
}

int
lexicon_add_text(const char *s, size_t len, const char *file, int user,
    struct rule_error *e)
{
	struct data_lines dl;
	const char *line;
	size_t n;

	for (data_lines_init(&dl, s, len); data_next_line(&dl, &line, &n);)
		if (lexicon_add_line(line, n, file, dl.lineno, user, e) < 0)
			return -1;
	return 0;
}

int
lexicon_add_builtin(struct rule_error *e)
{
	const char *text;
	size_t len;

	if ((text = embedded_file("boilerplate", &len)) == NULL)
		return rule_error(e, "boilerplate", 0, "data file missing");
	return lexicon_add_text(text, len, "boilerplate", 0, e);
}

/* A hash of the built-in classes' patterns, as joined, part by part. */
static uint64_t
builtin_hash(void)
{
	uint64_t h = 0;
	int k, a;

	for (k = 0; k < NBUILTIN; k++)
		for (a = ANCHORED; a <= FLOATING; a++)
			h = h * 31 + hash_bytes(classes[k].joined[a].data,
			    classes[k].joined[a].len);
	return h;
}

static size_t
builtin_parts(void)
{
	size_t n = 0;
	int k, a;

	for (k = 0; k < NBUILTIN; k++)
		for (a = ANCHORED; a <= FLOATING; a++)
			n += classes[k].joined[a].len > 0;
	return n;
}

/*
 * The decoded built-in code, in one block faulted in at once (a trap per
 * page costs a tenth of the start-up where memory is virtual); what
 * does not fit, and what the JIT asks for later, comes from malloc().
 * The code lives as long as the program: nothing of the block is freed.
 */
#define BLOCK_SLACK	(16 * 1024)
static char	*block;
static size_t	 block_used, block_size;

static void *
block_malloc(size_t n, void *unused)
{
	void *p;

	(void)unused;
	n = (n + 15) & ~(size_t)15;
	if (n > block_size - block_used)
		return malloc(n);
	p = block + block_used;
	block_used += n;
	return p;
}

static void
block_free(void *p, void *unused)
{
	(void)unused;
	if ((char *)p < block || (char *)p >= block + block_size)
		free(p);
}

/*
 * Take the built-in classes from their compiled form made at build time,
 * which saves most of the start-up, when they are the patterns it was
 * made from and this PCRE2 reads it (a library of another version does
 * not: the patterns are then compiled).
 */
static void
decode_builtin(void)
{
	pcre2_code *codes[NBUILTIN * 2];
	pcre2_general_context *gc;
	size_t n = builtin_parts(), i = 0;
	int k, a, got;

	if (lexicon_built.size == 0 || lexicon_built.hash != builtin_hash() ||
	    n > NELEM(codes) ||
	    pcre2_serialize_get_number_of_codes(lexicon_built.code) != (int)n)
		return;
	/* The code decoded takes the size of its serialized form, near. */
	block_size = lexicon_built.size + BLOCK_SLACK;
	block = xmalloc(block_size);
	populate(block, block_size);
	gc = pcre2_general_context_create(block_malloc, block_free, NULL);
	if (gc == NULL)
		fatal(EXIT_TROUBLE, "out of memory");
	got = pcre2_serialize_decode(codes, (int32_t)n, lexicon_built.code,
	    gc);
	pcre2_general_context_free(gc);
	if (got != (int)n)
		return;
	for (k = 0; k < NBUILTIN; k++)
		for (a = ANCHORED; a <= FLOATING; a++)
			if (classes[k].joined[a].len > 0) {
				if (lexicon_built.mask_block != NULL)
					classes[k].part[a] = (int)i + 1;
				classes[k].code[a] = codes[i++];
			}
	from_build = 1;
}

int
lexicon_from_build(void)
{
	return from_build;
}

/* Compile the classes not compiled yet; the JIT comes later, if at all. */
int
lexicon_compile(struct rule_error *e)
{
	PCRE2_SIZE offset;
	struct class *c;
	int k, a, err;

	if (!decoded)
		decode_builtin();
	decoded = 1;
	for (k = 0; k < RULE_NCLASS; k++) {
		c = &classes[k];
		for (a = ANCHORED; a <= FLOATING; a++) {
			if (c->joined[a].len == 0 || c->code[a] != NULL)
				continue;
			c->code[a] = pcre2_compile(
			    (PCRE2_SPTR)c->joined[a].data, c->joined[a].len,
			    options | (a == ANCHORED ? PCRE2_ANCHORED : 0),
			    &err, &offset, NULL);
			if (c->code[a] == NULL)
				return regex_error(e, "rules", 0, err, offset);
		}
	}
	jit_done = 0;
	return 0;
}

int
lexicon_serialize_builtin(struct lexicon_code *out)
{
	const pcre2_code *codes[NBUILTIN * 2];
	PCRE2_SIZE size;
	uint8_t *bytes;
	int32_t n = 0;
	int k, a;

	for (k = 0; k < NBUILTIN; k++)
		for (a = ANCHORED; a <= FLOATING; a++)
			if (classes[k].code[a] != NULL)
				codes[n++] = classes[k].code[a];
	if (pcre2_serialize_encode(codes, n, &bytes, &size, NULL) != n)
		return -1;
	out->code = bytes;
	out->size = size;
	out->hash = builtin_hash();
	return 0;
}

const char *
lexicon_builtin_part(size_t i, size_t *len)
{
	int k, a;

	for (k = 0; k < NBUILTIN; k++)
		for (a = ANCHORED; a <= FLOATING; a++)
			if (classes[k].joined[a].len > 0 && i-- == 0) {
				*len = classes[k].joined[a].len;
				return classes[k].joined[a].data;
			}
	return NULL;
}

void
lexicon_forget_user(void)
{
	struct class *c;
	size_t i;
	int k, a;

	for (k = RULE_USER_DROP; k <= RULE_USER_END; k++) {
		c = &classes[k];
		for (i = 0; i < c->nrules; i++)
			free(c->rules[i]);
		c->nrules = 0;
		c->nalt = 0;
		for (a = ANCHORED; a <= FLOATING; a++) {
			pcre2_code_free(c->code[a]);
			c->code[a] = NULL;
			c->jit[a] = 0;
			c->joined[a].len = 0;
		}
	}
}

static void
compile_to_machine_code(void)
{
	struct class *c;
	int k, a;

	for (k = 0; k < RULE_NCLASS; k++) {
		c = &classes[k];
		for (a = ANCHORED; a <= FLOATING; a++)
			if (c->code[a] != NULL && !c->jit[a])
				c->jit[a] = pcre2_jit_compile(c->code[a],
				    PCRE2_JIT_COMPLETE) == 0;
	}
	jit_done = 1;
}

/*
 * Whether one of the part's literals starts at s[0..n), whose first two
 * characters, lowered, make key.  They are in byte order: those that
 * start with the same two characters stand together, and past one that
 * sorts after s, none starts it.
 */
static int
literal_at(int part, const char *s, size_t n, uint64_t key)
{
	const struct lexicon_literal *lits = lexicon_built.lits, *l;
	size_t lo = lexicon_built.part_lits[part], mid, j;
	size_t hi = lexicon_built.part_lits[part + 1];
	const unsigned char *t;

	while (lo < hi) {	/* the first literal that starts so */
		mid = lo + (hi - lo) / 2;
		if (lits[mid].start < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	hi = lexicon_built.part_lits[part + 1];
	for (l = lits + lo; l < lits + hi && l->start == key; l++) {
		t = (const unsigned char *)lexicon_built.lit_text + l->off;
		for (j = 0; j < l->len && j < n; j++)
			if (t[j] != lexicon_lower((unsigned char)s[j]))
				break;
		if (j == l->len)
			return 1;
		if (j == n || t[j] > lexicon_lower((unsigned char)s[j]))
			return 0;
	}
	return 0;
}

/*
 * Set *key to that of the first two characters at s[0..n), c the first,
 * lowered; 0 when there is no second (a literal is two characters or
 * more).
 */
static int
key_at(const char *s, size_t n, uint32_t c, uint64_t *key)
{
	size_t k = utf8_len((unsigned char)s[0]);

	if (k >= n)
		return 0;
	*key = lexicon_start(lexicon_lower(c), lexicon_lower(utf8_get(s, n,
	    k, &k)));
	return 1;
}

/* Anchored parts start at the start only: where else is no matter. */
void
lexicon_gate_start(struct lexicon_gate *g)
{
	g->open = lexicon_built.mask_block == NULL ? 0 : 0x55555555 |
	    lexicon_built.floating;
	g->hits = 0;
}

uint32_t
lexicon_gate_literals(uint32_t m, uint64_t key, const char *s, size_t i,
    size_t n)
{
	uint32_t found = 0;
	int b;

	for (; m != 0; m &= m - 1) {
		b = __builtin_ctz(m);
		if (literal_at(b / 2, s + i, n - i, key))
			found |= (uint32_t)1 << b;
	}
	return found;
}

uint32_t
lexicon_needs(const char *s, size_t n)
{
	struct lexicon_gate g;
	size_t i, len;
	uint32_t c;

	lexicon_gate_start(&g);
	for (i = 0; i < n; i += len) {
		c = utf8_get(s, n, i, &len);
		lexicon_gate_char(&g, c, s, i, i + len, n);
	}
	return g.hits;
}

void
lexicon_line(const char *s, size_t n, uint32_t needs)
{
	line.s = s;
	line.n = n;
	line.hits = needs;
	if (lexicon_built.mask_block == NULL)
		line.s = NULL;
}

/*
 * Whether a pattern of built-in part may match s[0..n) from from on:
 * a character where a match may start, before to, is one that a
 * pattern starts with, or the text holds a literal that one needs.  In
 * the line of lexicon_line(), most parts are ruled out at once.
 */
static int
may_match(int part, const char *s, size_t n, size_t from, size_t to)
{
	uint64_t key;
	uint32_t c, want;
	size_t i, len;

	if (part < 0 || from >= n ||
	    (lexicon_char_mask(utf8_get(s, n, from, &len)) >> (2 * part + 1) & 1))
		return 1;
	want = (uint32_t)(to > from + 1 ? 3 : 1) << (2 * part);
	if (line.s != NULL && s >= line.s && s + n <= line.s + line.n) {
		if ((line.hits & want) == 0)
			return 0;
		if (s == line.s && n == line.n && from == 0)
			return 1;	/* the pass was over just this */
	}
	for (i = from; i < n; i += len) {
		c = utf8_get(s, n, i, &len);
		if ((i < to && (lexicon_char_mask(c) >> (2 * part + 1) & 1)) ||
		    ((lexicon_char_mask(c) >> (2 * part) & 1) &&
		    key_at(s + i, n - i, c, &key) &&
		    literal_at(part, s + i, n - i, key)))
			return 1;
	}
	return 0;
}

/* The end of anchored pattern i of class c in its joined part. */
static size_t
alt_end(const struct class *c, size_t i)
{
	return i + 1 < c->nalt ? c->alt_off[i + 1] - 1 :
	    c->joined[ANCHORED].len;
}

/*
 * Group g of class c's anchored part, as variant v: its patterns, in
 * order, into re.
 */
static void
group_patterns(const struct class *c, size_t g, int v, struct buf *re)
{
	const uint8_t *alt = lexicon_built.group_alt;
	uint32_t i;

	for (i = lexicon_built.group_alts[g]; i < lexicon_built.group_alts[g +
	    1]; i++) {
		if (v == NO_LITERALS && lexicon_built.group_lit[i])
			continue;
		if (re->len > 0)
			buf_addc(re, '|');
		buf_add(re, c->joined[ANCHORED].data + c->alt_off[alt[i]],
		    alt_end(c, alt[i]) - c->alt_off[alt[i]]);
	}
}

static void
compile_group(struct group *gr, const struct class *c, size_t g, int v)
{
	struct buf re = { 0 };
	PCRE2_SIZE offset;
	pcre2_code *code;
	int err;

	group_patterns(c, g, v, &re);
	code = pcre2_compile((PCRE2_SPTR)re.data, re.len,
	    options | PCRE2_ANCHORED, &err, &offset, NULL);
	if (code != NULL && c->jit[ANCHORED])
		gr->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	free(re.data);
	/* A thread that sees the code sees its jit flag. */
	__atomic_store_n(&gr->code, code, __ATOMIC_RELEASE);
}

/* Whether group g, as variant v, has no pattern. */
static int
group_empty(size_t g, int v)
{
	uint32_t i;

	for (i = lexicon_built.group_alts[g]; i < lexicon_built.group_alts[g +
	    1]; i++)
		if (v == WHOLE || !lexicon_built.group_lit[i])
			return 0;
	return 1;
}

/* The groups, none compiled yet, each knowing whether it is empty. */
static void
make_groups(void)
{
	size_t g;
	int v;

	groups = xcalloc(2 * lexicon_built.ngroups, sizeof *groups);
	for (g = 0; g < lexicon_built.ngroups; g++)
		for (v = WHOLE; v <= NO_LITERALS; v++)
			groups[2 * g + v].empty = group_empty(g, v);
}

/*
 * Of class c's anchored part, the group of patterns that can match
 * s[0..n), which can start with its first character: NULL for the
 * whole part.  Only once the patterns are compiled to machine code: a
 * small input is matched by whole parts, as it is interpreted.
 */
static struct group *
group_of(const struct class *c, const char *s, size_t n)
{
	int part = c->part[ANCHORED] - 1, v;
	struct group *gr;
	size_t len, g;
	uint32_t ch;

	if (!jit_done || part < 0 || n == 0 ||
	    (ch = utf8_get(s, n, 0, &len)) > 0xffff)
		return NULL;
	g = lexicon_built.group_rows[lexicon_built.group_block[(size_t)part *
	    256 + (ch >> 8)]][ch & 0xff];
	if (g == 0)
		return NULL;
	v = line.s != NULL && s >= line.s && s + n <= line.s + line.n &&
	    !(line.hits >> (2 * part) & 1) ? NO_LITERALS : WHOLE;
	if (groups == NULL)
		make_groups();
	gr = &groups[2 * g + v];
	if (gr->empty || __atomic_load_n(&gr->code, __ATOMIC_ACQUIRE) != NULL)
		return gr;
	/* Of threads matching at once, the one that counts to it compiles. */
	if (__atomic_add_fetch(&gr->wanted, 1, __ATOMIC_RELAXED) ==
	    GROUP_AFTER)
		compile_group(gr, c, g, v);
	return __atomic_load_n(&gr->code, __ATOMIC_ACQUIRE) != NULL ? gr :
	    NULL;
}

void
lexicon_share(void)
{
	if (!jit_done)
		compile_to_machine_code();
	if (groups == NULL && lexicon_built.ngroups > 0)
		make_groups();
}

/*
 * The rule of class k, in its anchored or floating part, that matches.
 * An anchored match starts with the first character, a floating one
 * with any.
 */
static int
match_part(enum rule_class k, int a, const char *s, size_t n, size_t from,
    uint32_t opt)
{
	const struct class *c = &classes[k];
	pcre2_code *code = c->code[a];
	int jit = c->jit[a], rc;
	struct group *g = NULL;
	PCRE2_SPTR mark;

	if (code == NULL || !may_match(c->part[a] - 1, s, n, from,
	    a == ANCHORED ? from + 1 : n))
		return -1;
	if (!jit_done && (interpreted += n - from) > JIT_AFTER)
		compile_to_machine_code();
	if (match == NULL)
		match = pcre2_match_data_create(1, NULL);
	if (a == ANCHORED && (g = group_of(c, s, n)) != NULL) {
		if (g->empty)
			return -1;
		code = g->code;
		jit = g->jit;
	}
	/* The JIT's own entry skips the checks pcre2_match() makes. */
	if (jit)
		rc = pcre2_jit_match(code, (PCRE2_SPTR)s, n, from, opt,
		    match, NULL);
	else
		rc = pcre2_match(code, (PCRE2_SPTR)s, n, from,
		    opt | PCRE2_NO_UTF_CHECK, match, NULL);
	if (rc < 0)
		return -1;
	if ((mark = pcre2_get_mark(match)) == NULL)
		return 0;
	return (int)strtol((const char *)mark, NULL, 10);
}

/*
 * The anchored patterns read all of s[0..n); the floating ones read
 * s[from..end), where '$' matches only if end is the end of the line.
 */
static int
match_class(enum rule_class k, const char *s, size_t n, size_t from,
    size_t end)
{
	int r;

	if ((r = match_part(k, ANCHORED, s, n, 0, 0)) >= 0)
		return r;
	return match_part(k, FLOATING, s, end, from, end < n ? PCRE2_NOTEOL :
	    0);
}

int
lexicon_match(enum rule_class k, const char *s, size_t n, size_t window)
{
	return match_class(k, s, n, 0, window > 0 && n > window ?
	    utf8_start(s, window) : n);
}

int
lexicon_match_tail(enum rule_class k, const char *s, size_t n, size_t tail)
{
	return match_class(k, s, n, n > tail ? utf8_next_start(s, n, n - tail) :
	    0, n);
}

enum rule_kind
lexicon_kind(enum rule_class k, int i)
{
	if (i < 0 || (size_t)i >= classes[k].nrules)
		return KIND_PLAIN;
	return classes[k].kinds[i];
}

const char *
lexicon_rule(enum rule_class k, int i)
{
	if (i < 0 || (size_t)i >= classes[k].nrules)
		return "";
	return classes[k].rules[i];
}
