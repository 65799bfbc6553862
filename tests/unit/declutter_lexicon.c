/*
 * declutter_lexicon: every pattern of the built-in lexicon compiles on its
 * own (the lexicon skips that check at start-up); a user's bad rule is an
 * error naming its line, and forgetting the user's rules leaves the
 * built-in ones working.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "declutter/lexicon.h"
#include "embedded.h"
#include "t.h"
#include "util.h"

static void
builtin_patterns_compile_alone(void)
{
	struct data_lines dl;
	const char *p, *line, *colon, *re;
	size_t len, n = 0, bad = 0;
	PCRE2_SIZE offset;
	pcre2_code *code;
	int err;

	if ((p = embedded_file("boilerplate", &len)) == NULL) {
		CHECK(0, "the built-in lexicon is embedded");
		return;
	}
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &len); ) {
		if ((colon = memchr(line, ':', len)) == NULL)
			continue;
		for (re = colon + 1; re < line + len && (*re == ' ' ||
		    *re == '\t'); re++)
			;
		n++;
		code = pcre2_compile((PCRE2_SPTR)re,
		    (size_t)(line + len - re), PCRE2_UTF, &err, &offset, NULL);
		if (code == NULL) {
			printf("# does not compile: %.*s\n", (int)len, line);
			bad++;
		}
		pcre2_code_free(code);
	}
	CHECK(n > 50 && bad == 0,
	    "every built-in pattern compiles on its own");
}

static const struct {
	const char	*line;
	const char	*why;		/* the start of the error, or NULL */
} user_lines[] = {
	{ "drop: ^广告$", NULL },
	{ "  # a comment", NULL },
	{ "", NULL },
	{ "keep: (unclosed", "bad regular expression: missing closing" },
	{ "hint: 相关", "unknown rule 'hint'" },
	{ "drop 广告", "expected 'drop: RE'" },
	{ "end:   ", "empty pattern" },
};

static void
user_rule_errors(void)
{
	struct rule_error e;
	char what[400];
	size_t i;
	int rc;

	for (i = 0; i < NELEM(user_lines); i++) {
		e.what[0] = '\0';
		rc = lexicon_add_line(user_lines[i].line,
		    strlen(user_lines[i].line), "rules", (long)i + 1, 1, &e);
		snprintf(what, sizeof what, "user rule '%s': %s",
		    user_lines[i].line, user_lines[i].why ? e.what : "taken");
		if (user_lines[i].why == NULL)
			CHECK(rc == 0, what);
		else
			CHECK(rc < 0 && e.line == (long)i + 1 &&
			    strcmp(e.file, "rules") == 0 &&
			    strncmp(e.what, user_lines[i].why,
			    strlen(user_lines[i].why)) == 0, what);
	}
	CHECK(lexicon_add(RULE_USER_DROP, KIND_PLAIN, "a)(b", 4, "--drop", 2,
	    &e) < 0 && e.line == 2, "a pattern that would break the "
	    "alternation is refused alone");
}

static void
forget_user_rules(void)
{
	struct rule_error e;
	const char *p;
	size_t len;

	p = embedded_file("boilerplate", &len);
	CHECK(p != NULL && lexicon_add_text(p, len, "boilerplate", 0, &e) ==
	    0 && lexicon_compile(&e) == 0, "the built-in lexicon and a user "
	    "rule compile");
	CHECK(lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) == 0,
	    "the user's rule matches");
	lexicon_forget_user();
	CHECK(lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) < 0,
	    "a forgotten rule matches no more");
	CHECK(lexicon_add_line("drop: ^新$", strlen("drop: ^新$"), "rules", 1,
	    1, &e) == 0 && lexicon_compile(&e) == 0 &&
	    lexicon_match(RULE_USER_DROP, "新", strlen("新"), 0) == 0 &&
	    lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) < 0,
	    "rules added after forgetting are compiled and match");
	CHECK(lexicon_match(RULE_DROP, "责任编辑：王五",
	    strlen("责任编辑：王五"), 0) >= 0,
	    "the built-in rules still match");
}

int
main(void)
{
	builtin_patterns_compile_alone();
	user_rule_errors();
	forget_user_rules();
	return t_status();
}
