/*
 * regex-needs.c: the literals a PCRE2 pattern needs (regex-needs.h).
 *
 * Each part of the pattern is known by two sets, either of which may be
 * unknown: the strings it matches exactly, when they are few, and the
 * literals each of its matches holds.  A sequence joins exact sets and
 * keeps the best needs of its items; an alternation unites them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "regex-needs.h"
#include "utf8.h"
#include "util.h"

#define ENOUGH	6	/* bytes of a literal that make it rare */

struct info {
	struct needs	exact;	/* every match is one of these */
	struct needs	need;	/* every match holds one of these */
};

struct parser {
	const char	*re;
	size_t		 len, i;
	int		 caseless;
	int		 bad;	/* a construct the analysis cannot read */
};

static struct info	*alternation(struct parser *);

static struct info *
info_new(void)
{
	return xcalloc(1, sizeof(struct info));
}

static void
set_one(struct needs *s, const char *lit, size_t n)
{
	s->known = 1;
	s->n = 1;
	memcpy(s->lit[0], lit, n);
	s->lit[0][n] = '\0';
}

/* A part that matches the empty string only: an anchor, an assertion. */
static struct info *
empty(void)
{
	struct info *x = info_new();

	set_one(&x->exact, "", 0);
	return x;
}

static int
has(const struct needs *s, const char *lit)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->lit[i], lit) == 0)
			return 1;
	return 0;
}

void
needs_add(struct needs *s, const char *lit)
{
	if (!s->known || has(s, lit))
		return;
	if (s->n == NEEDS_MAX || strlen(lit) > NEED_LEN) {
		s->known = 0;
		return;
	}
	strcpy(s->lit[s->n++], lit);
}

void
needs_unite(struct needs *a, const struct needs *b)
{
	size_t i;

	if (!b->known)
		a->known = 0;
	for (i = 0; a->known && i < b->n; i++)
		needs_add(a, b->lit[i]);
}

/* Every string of a followed by one of b, into out. */
static void
cross(const struct needs *a, const struct needs *b, struct needs *out)
{
	char s[2 * NEED_LEN + 1];
	size_t i, j;

	out->known = a->known && b->known && a->n * b->n <= NEEDS_MAX;
	out->n = 0;
	for (i = 0; out->known && i < a->n; i++)
		for (j = 0; out->known && j < b->n; j++) {
			strcpy(s, a->lit[i]);
			strcat(s, b->lit[j]);
			needs_add(out, s);
		}
}

/* The needs that the exact strings give, none of them empty. */
static const struct needs *
needs_of(const struct info *x)
{
	if (x->exact.known && !has(&x->exact, ""))
		return &x->exact;
	return &x->need;
}

static size_t
shortest(const struct needs *s)
{
	size_t i, m = NEED_LEN + 1;

	for (i = 0; i < s->n; i++)
		if (strlen(s->lit[i]) < m)
			m = strlen(s->lit[i]);
	return m;
}

/*
 * Whether set a tells more than b: its shortest literal is longer, up
 * to two CJK characters, which few lines hold; past that, fewer is
 * better.
 */
static int
better(const struct needs *a, const struct needs *b)
{
	size_t la, lb;

	if (!a->known || !b->known)
		return a->known;
	la = shortest(a) < ENOUGH ? shortest(a) : ENOUGH;
	lb = shortest(b) < ENOUGH ? shortest(b) : ENOUGH;
	if (la != lb)
		return la > lb;
	return a->n < b->n;
}

static void
keep_better(struct needs *best, const struct needs *s)
{
	if (better(s, best))
		*best = *s;
}

/* One character, as the pattern says it; caseless letters lowered. */
static struct info *
literal(struct parser *p, uint32_t c)
{
	struct info *x = info_new();
	unsigned char s[4];

	/* Caseless, k and s match the Kelvin sign and the long s too. */
	if (p->caseless && (c == 'k' || c == 'K' || c == 's' || c == 'S' ||
	    (c >= 0x80 && !(c >= 0x3000 && c <= 0x9fff))))
		return x;
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	set_one(&x->exact, (const char *)s, (size_t)utf8_encode(c, s));
	return x;
}

/*
 * The character of an escape such as \x{3000} or \., or -1: a class, or
 * what the analysis does not read (then p->bad).
 */
static int32_t
escaped(struct parser *p)
{
	char c = p->re[p->i++], *end;
	uint32_t v;

	switch (c) {
	case 't': return '\t';
	case 'n': return '\n';
	case 'r': return '\r';
	case 'f': return '\f';
	case 'e': return 0x1b;
	case 'a': return 0x07;
	case 'x':
		if (p->i < p->len && p->re[p->i] == '{') {
			v = (uint32_t)strtoul(p->re + p->i + 1, &end, 16);
			p->i = (size_t)(end - p->re) + 1;
			if (*end == '}')
				return (int32_t)v;
		}
		p->bad = 1;	/* \xhh: none in the lexicon */
		return -1;
	case 'p': case 'P':
		if (p->i < p->len && p->re[p->i] == '{')
			while (p->i < p->len && p->re[p->i++] != '}')
				;
		else
			p->i++;
		return -1;
	}
	if (strchr("dDsSwWhHvVRX", c) != NULL)
		return -1;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9')) {
		p->bad = 1;	/* \Q, \N, \c, octal, back references */
		return -1;
	}
	return (unsigned char)c;
}

/* The character at p->i, stepping past it. */
static uint32_t
next_char(struct parser *p)
{
	size_t k;
	uint32_t c = utf8_get(p->re, p->len, p->i, &k);

	p->i += k;
	return c;
}

/* A class [...]: its few characters, or unknown. */
static struct info *
char_class(struct parser *p)
{
	struct info *x = info_new(), *one;
	int32_t c, prev = -1;
	int first = 1;

	x->exact.known = 1;
	if (p->i < p->len && p->re[p->i] == '^') {
		x->exact.known = 0;
		p->i++;
	}
	while (p->i < p->len && (p->re[p->i] != ']' || first)) {
		first = 0;
		if (p->re[p->i] == '[' && p->i + 1 < p->len &&
		    p->re[p->i + 1] == ':') {
			while (p->i < p->len && p->re[p->i] != ']')
				p->i++;
			p->i++;
			x->exact.known = 0;
			continue;
		}
		if (p->re[p->i] == '-' && prev >= 0 && p->i + 1 < p->len &&
		    p->re[p->i + 1] != ']') {
			x->exact.known = 0;	/* a range: too many */
			p->i++;
			continue;
		}
		if (p->re[p->i] == '\\') {
			p->i++;
			c = escaped(p);
		} else
			c = (int32_t)next_char(p);
		prev = c;
		if (c < 0) {
			x->exact.known = 0;
			continue;
		}
		one = literal(p, (uint32_t)c);
		needs_unite(&x->exact, &one->exact);
		free(one);
	}
	p->i++;
	return x;
}

/* Skip a group whose content says nothing about the match. */
static struct info *
skip_group(struct parser *p)
{
	int depth = 1;

	while (p->i < p->len && depth > 0) {
		if (p->re[p->i] == '\\')
			p->i++;
		else if (p->re[p->i] == '[') {
			p->i++;
			free(char_class(p));
			continue;
		} else if (p->re[p->i] == '(')
			depth++;
		else if (p->re[p->i] == ')')
			depth--;
		p->i++;
	}
	return empty();
}

/*
 * Option letters after "(?": i sets caseless, "-i" clears it, x makes
 * the pattern unreadable here.  Returns the character after them.
 */
static char
options(struct parser *p)
{
	int on = 1;

	for (; p->i < p->len; p->i++) {
		switch (p->re[p->i]) {
		case '-': on = 0; break;
		case 'i': p->caseless = on; break;
		case 'x': p->bad = 1; break;
		case 'm': case 's': case 'n': case 'U': case 'J': break;
		default: return p->re[p->i++];
		}
	}
	return ')';
}

/* A group after its '(': a lookaround, options, a verb or a subpattern. */
static struct info *
group(struct parser *p)
{
	int outer = p->caseless;
	struct info *x;
	const char *s = p->re + p->i;
	size_t left = p->len - p->i;

	if (left >= 1 && s[0] == '*')
		return skip_group(p);
	if (left >= 2 && s[0] == '?' && (s[1] == '=' || s[1] == '!' ||
	    s[1] == '#' || (s[1] == '<' && left >= 3 && (s[2] == '=' ||
	    s[2] == '!'))))
		return skip_group(p);
	if (left >= 1 && s[0] == '?') {
		p->i++;
		if (p->i < p->len && (p->re[p->i] == '<' || p->re[p->i] == 'P' ||
		    p->re[p->i] == '\'')) {
			while (p->i < p->len && p->re[p->i] != '>' &&
			    p->re[p->i] != '\'')
				p->i++;	/* a name */
			p->i++;
		} else if (p->i < p->len && (p->re[p->i] == '>' ||
		    p->re[p->i] == '|'))
			p->i++;
		else if (options(p) == ')')
			return empty();	/* the options hold to the group's end */
	}
	x = alternation(p);
	p->i++;		/* ')' */
	p->caseless = outer;
	return x;
}

static struct info *
atom(struct parser *p)
{
	char c = p->re[p->i];
	int32_t e;

	if (c == '(') {
		p->i++;
		return group(p);
	}
	if (c == '[') {
		p->i++;
		return char_class(p);
	}
	if (c == '^' || c == '$') {
		p->i++;
		return empty();
	}
	if (c == '.') {
		p->i++;
		return info_new();
	}
	if (c == '\\') {
		p->i++;
		if (p->i < p->len && strchr("bBAzZGKE", p->re[p->i]) != NULL) {
			p->i++;
			return empty();
		}
		if ((e = escaped(p)) < 0)
			return info_new();
		return literal(p, (uint32_t)e);
	}
	return literal(p, next_char(p));
}

/* Read a quantifier, if any: its least count, and whether it is one. */
static int
quantifier(struct parser *p, long *min, long *max)
{
	char c = p->i < p->len ? p->re[p->i] : '\0';
	char *end;

	if (c == '?' || c == '*' || c == '+') {
		*min = c == '+';
		*max = c == '?' ? 1 : -1;
		p->i++;
	} else if (c == '{' && p->i + 1 < p->len && p->re[p->i + 1] >= '0' &&
	    p->re[p->i + 1] <= '9') {
		*min = strtol(p->re + p->i + 1, &end, 10);
		*max = *end == ',' ? (end[1] == '}' ? -1 :
		    strtol(end + 1, &end, 10)) : *min;
		while (p->i < p->len && p->re[p->i] != '}')
			p->i++;
		p->i++;
	} else
		return 0;
	if (p->i < p->len && (p->re[p->i] == '+' || p->re[p->i] == '?'))
		p->i++;		/* possessive, lazy */
	return 1;
}

/* An atom and its quantifier. */
static struct info *
piece(struct parser *p)
{
	struct info *x = atom(p), *y;
	long min, max;

	if (!quantifier(p, &min, &max))
		return x;
	y = info_new();
	if (min >= 1)
		y->need = *needs_of(x);
	if (min == 1 && max == 1)
		y->exact = x->exact;
	else if (min == 0 && max == 1 && x->exact.known) {
		y->exact = x->exact;
		needs_add(&y->exact, "");
	}
	free(x);
	return y;
}

/*
 * Items in a row: runs of items of known strings are joined; the needs
 * are the best of those of the runs and of the other items.
 */
static struct info *
sequence(struct parser *p)
{
	static struct needs joined;
	struct info *x = info_new(), *run = empty(), *y;
	int whole = 1;		/* every item so far is in the run */

	while (p->i < p->len && p->re[p->i] != '|' && p->re[p->i] != ')') {
		y = piece(p);
		cross(&run->exact, &y->exact, &joined);
		if (joined.known)
			run->exact = joined;
		else {
			whole = 0;
			keep_better(&x->need, needs_of(run));
			keep_better(&x->need, needs_of(y));
			if (y->exact.known)
				run->exact = y->exact;
			else
				set_one(&run->exact, "", 0);
		}
		free(y);
	}
	keep_better(&x->need, needs_of(run));
	if (whole)
		x->exact = run->exact;
	free(run);
	return x;
}

static struct info *
alternation(struct parser *p)
{
	struct info *x = sequence(p), *y;
	struct needs need;

	while (p->i < p->len && p->re[p->i] == '|') {
		p->i++;
		y = sequence(p);
		need = *needs_of(x);
		needs_unite(&need, needs_of(y));
		needs_unite(&x->exact, &y->exact);
		x->need = need;
		free(y);
	}
	return x;
}

void
regex_needs(const char *re, size_t len, struct needs *out)
{
	struct parser p = { re, len, 0, 0, 0 };
	struct info *x = alternation(&p);

	*out = *needs_of(x);
	if (p.bad || p.i < len || shortest(out) == 0)
		out->known = 0;
	free(x);
}
