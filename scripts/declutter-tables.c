/*
 * declutter-tables FILE: write, as C source, declutter's built-in lexicon
 * (FILE, data/declutter/boilerplate) compiled by PCRE2 and serialized, so
 * that declutter starts without compiling it (src/declutter/lexicon.h).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "declutter/lexicon.h"
#include "embedded.h"
#include "msg.h"
#include "util.h"

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
	printf("\n};\n\nconst struct lexicon_code lexicon_built = {\n"
	    "\tcode, sizeof code, 0x%016llxULL\n};\n",
	    (unsigned long long)c.hash);
	pcre2_serialize_free((uint8_t *)c.code);
	free(lexicon_text);
	return 0;
}
