/*
 * tocode-mojibake-tables: write, as C source, the table of character
 * costs of mojibake repair (src/tocode/mojibake_costs.h), read from
 * data/tocode/tables/freq-LANG.txt.  Run at build time from the top of the
 * tree, so that tocode parses no frequency file when it starts.
 *
 * The cost of a character is log2 of how much rarer it is than the most
 * frequent character of the language; one the language does not list
 * costs two more than the rarest listed could.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/embedded.h"
#include "lib/utf8.h"
#include "tocode/mojibake_costs.h"

#define MAKER	"tocode-mojibake-tables"
#include "table-input.h"

#define ABSENT_EXTRA	2

static const char *const langs[COST_NLANG] = { COST_LANGS };
static struct cost_slot	slots[COST_SLOTS];
static uint8_t		absent[COST_NLANG];

/* The contents of data/tocode/tables/freq-LANG.txt. */
static char *
read_freq(const char *lang, size_t *len)
{
	char path[64], *text;

	snprintf(path, sizeof(path), "data/tocode/tables/freq-%s.txt", lang);
	if ((text = read_whole(path, len)) == NULL)
		die("cannot open", path);
	return text;
}

/* floor(log2(top / f)) for 0 < f <= top. */
static unsigned
log2_ratio(unsigned long top, unsigned long f)
{
	unsigned c = 0;

	while (c < 40 && (f << (c + 1)) <= top)
		c++;
	return c;
}

/* The slot of cp, taken with every cost absent when it is new. */
static struct cost_slot *
slot_for(uint32_t cp)
{
	static size_t used;
	size_t i = cost_hash(cp);

	while (slots[i].cp != 0 && slots[i].cp != cp)
		i = (i + 1) & (COST_SLOTS - 1);
	if (slots[i].cp == 0) {
		/* Three quarters full, the probes grow long: a larger table. */
		if (++used > COST_SLOTS / 4 * 3)
			die("more characters than COST_SLOTS holds",
			    "mojibake_costs.h");
		slots[i].cp = cp;
		memcpy(slots[i].cost, absent, COST_NLANG);
	}
	return &slots[i];
}

/* The largest frequency of a "CHARACTER TAB FREQUENCY" text. */
static unsigned long
top_frequency(const char *text, size_t len)
{
	struct data_lines dl;
	const char *line, *tab;
	unsigned long top = 0, f;
	size_t n;

	for (data_lines_init(&dl, text, len); data_next_line(&dl, &line, &n);)
		if ((tab = memchr(line, '\t', n)) != NULL &&
		    (f = strtoul(tab + 1, NULL, 10)) > top)
			top = f;
	return top;
}

static void
add_costs(size_t lang, const char *text, size_t len, unsigned long top)
{
	struct data_lines dl;
	const char *line;
	size_t n, clen;
	unsigned long f;
	uint32_t cp;

	for (data_lines_init(&dl, text, len); data_next_line(&dl, &line, &n);) {
		cp = utf8_get(line, n, 0, &clen);
		if (clen >= n || line[clen] != '\t' || cp < 0x80)
			continue;
		f = strtoul(line + clen + 1, NULL, 10);
		if (f > 0 && f <= top)
			slot_for(cp)->cost[lang] = (uint8_t)log2_ratio(top, f);
	}
}

int
main(void)
{
	char *text[COST_NLANG];
	size_t len[COST_NLANG], lang, i;
	unsigned long top[COST_NLANG];

	/* Every absent cost first: a new slot starts with them all. */
	for (lang = 0; lang < COST_NLANG; lang++) {
		text[lang] = read_freq(langs[lang], &len[lang]);
		if ((top[lang] = top_frequency(text[lang], len[lang])) == 0)
			die("no frequencies", langs[lang]);
		absent[lang] = (uint8_t)(log2_ratio(top[lang], 1) +
		    ABSENT_EXTRA);
	}
	for (lang = 0; lang < COST_NLANG; lang++) {
		add_costs(lang, text[lang], len[lang], top[lang]);
		free(text[lang]);
	}
	printf("/* Made by scripts/tocode-mojibake-tables.c; do not edit. */\n");
	printf("#include \"tocode/mojibake_costs.h\"\n\n");
	printf("const uint8_t cost_absent[COST_NLANG] = {");
	for (lang = 0; lang < COST_NLANG; lang++)
		printf(" %u,", absent[lang]);
	printf(" };\n\nconst struct cost_slot cost_slots[COST_SLOTS] = {\n");
	for (i = 0; i < COST_SLOTS; i++) {
		if (slots[i].cp == 0)
			continue;
		printf("\t[%zu] = { 0x%x, {", i, (unsigned)slots[i].cp);
		for (lang = 0; lang < COST_NLANG; lang++)
			printf(" %u,", slots[i].cost[lang]);
		printf(" } },\n");
	}
	printf("};\n");
	return ferror(stdout) != 0;
}
