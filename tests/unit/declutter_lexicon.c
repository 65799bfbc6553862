/*
 * declutter_lexicon: every pattern of the built-in lexicon compiles on its
 * own (the lexicon skips that check at start-up).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "embedded.h"
#include "t.h"

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

int
main(void)
{
	builtin_patterns_compile_alone();
	return t_status();
}
