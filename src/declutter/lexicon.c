/* lexicon.c: pattern classes, each compiled into one JIT alternation. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lexicon.h"
#include "msg.h"
#include "util.h"

struct class {
	char		**rules;	/* where each pattern came from */
	size_t		  nrules, cap;
	struct buf	  joined;	/* (?:RE)(*MARK:i)|... */
	pcre2_code	 *code;
};

static struct class	 classes[RULE_NCLASS];
static pcre2_match_data	*match;

static const uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF |
    PCRE2_UCP;

static void
regex_error(const char *file, long line, int err, size_t offset)
{
	PCRE2_UCHAR text[256];

	pcre2_get_error_message(err, text, sizeof text);
	fatal_at(EXIT_TROUBLE, file, line, "bad regular expression: %s "
	    "at offset %zu", (const char *)text, offset);
}

void
lexicon_add(enum rule_class k, const char *re, size_t len, const char *file,
    long line)
{
	struct class *c = &classes[k];
	pcre2_code *one;
	PCRE2_SIZE offset;
	char mark[32];
	int err;

	/* Compiled alone first, so an error names its own line. */
	one = pcre2_compile((PCRE2_SPTR)re, len, options, &err, &offset,
	    NULL);
	if (one == NULL)
		regex_error(file, line, err, offset);
	pcre2_code_free(one);
	grow(&c->rules, &c->cap, (c->nrules + 1) * sizeof *c->rules);
	snprintf(mark, sizeof mark, ":%ld", line);
	c->rules[c->nrules] = xmalloc(strlen(file) + strlen(mark) + 1);
	strcpy(c->rules[c->nrules], file);
	strcat(c->rules[c->nrules], mark);
	if (c->joined.len > 0)
		buf_addc(&c->joined, '|');
	buf_adds(&c->joined, "(?:");
	buf_add(&c->joined, re, len);
	snprintf(mark, sizeof mark, "\\E)(*MARK:%zu)", c->nrules);
	buf_adds(&c->joined, mark);
	c->nrules++;
}

static const struct {
	const char	*name;
	int		 user;
	enum rule_class	 k;
} names[] = {
	{ "drop", 0, RULE_DROP },
	{ "hint", 0, RULE_HINT },
	{ "drop", 1, RULE_USER_DROP },
	{ "keep", 1, RULE_USER_KEEP },
};

void
lexicon_add_line(const char *s, size_t n, const char *file, long line,
    int user)
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
		return;
	if ((colon = memchr(s, ':', n)) == NULL)
		fatal_at(EXIT_TROUBLE, file, line,
		    "expected 'drop: RE' or 'keep: RE'");
	for (i = 0; i < NELEM(names); i++)
		if (names[i].user == user &&
		    strlen(names[i].name) == (size_t)(colon - s) &&
		    memcmp(names[i].name, s, colon - s) == 0)
			break;
	if (i == NELEM(names))
		fatal_at(EXIT_TROUBLE, file, line,
		    "unknown rule '%.*s' (expected drop or keep)",
		    (int)(colon - s), s);
	for (re = colon + 1; re < s + n && (*re == ' ' || *re == '\t'); re++)
		;
	if (re == s + n)
		fatal_at(EXIT_TROUBLE, file, line, "empty pattern");
	lexicon_add(names[i].k, re, s + n - re, file, line);
}

void
lexicon_add_text(const char *s, size_t len, const char *file, int user)
{
	const char *e = s + len, *eol;
	long line = 0;

	for (; s < e; s = eol + 1) {
		line++;
		if ((eol = memchr(s, '\n', e - s)) == NULL)
			eol = e;
		lexicon_add_line(s, eol - s, file, line, user);
	}
}

void
lexicon_compile(void)
{
	PCRE2_SIZE offset;
	struct class *c;
	int k, err;

	for (k = 0; k < RULE_NCLASS; k++) {
		c = &classes[k];
		if (c->nrules == 0)
			continue;
		c->code = pcre2_compile((PCRE2_SPTR)c->joined.data,
		    c->joined.len, options, &err, &offset, NULL);
		if (c->code == NULL)
			regex_error("rules", 0, err, offset);
		pcre2_jit_compile(c->code, PCRE2_JIT_COMPLETE);
	}
	match = pcre2_match_data_create(1, NULL);
}

int
lexicon_match(enum rule_class k, const char *s, size_t n)
{
	struct class *c = &classes[k];
	PCRE2_SPTR mark;

	if (c->code == NULL)
		return -1;
	if (pcre2_match(c->code, (PCRE2_SPTR)s, n, 0, 0, match, NULL) < 0)
		return -1;
	if ((mark = pcre2_get_mark(match)) == NULL)
		return 0;
	return (int)strtol((const char *)mark, NULL, 10);
}

int
lexicon_has(enum rule_class k)
{
	return classes[k].nrules > 0;
}

const char *
lexicon_rule(enum rule_class k, int i)
{
	if (i < 0 || (size_t)i >= classes[k].nrules)
		return "";
	return classes[k].rules[i];
}
