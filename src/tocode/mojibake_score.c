/*
 * mojibake_score.c: per-language character costs in an open-addressing
 * table keyed by code point, built once from the frequency files.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "repair.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"
#include "util.h"
#include "mojibake_score.h"

static const char *const freq_files[] = {
	"freq-zh.txt", "freq-ja.txt", "freq-ko.txt", "freq-latin.txt",
};
#define NLANG	NELEM(freq_files)

/* A script only a language uses: a run read as it must hold some. */
static const unsigned own_script[] = {
	0,		/* zh */
	UC_KANA,	/* ja */
	UC_HANGUL,	/* ko */
	0,		/* latin */
};

/*
 * The cost of a character is log2 of how much rarer it is than the most
 * frequent character of the language; one the language does not list
 * costs two more than the rarest listed, and one that is never text four
 * more again.
 */
#define ABSENT_EXTRA	2
#define BROKEN_EXTRA	4

#define SLOTS	(1 << 15)	/* well above the ~10,000 listed characters */

static struct slot {
	uint32_t	cp;		/* 0: empty */
	uint8_t		cost[NLANG];
} *slots;
static uint8_t	absent[NLANG] = { 32, 32, 32, 32 };

/* floor(log2(top / f)) for 0 < f <= top. */
static unsigned
log2_ratio(unsigned long top, unsigned long f)
{
	unsigned c = 0;

	while (c < 40 && (f << (c + 1)) <= top)
		c++;
	return c;
}

static struct slot *
slot_for(uint32_t cp, int insert)
{
	size_t i = (cp * 2654435761u) & (SLOTS - 1);

	while (slots[i].cp != 0 && slots[i].cp != cp)
		i = (i + 1) & (SLOTS - 1);
	if (slots[i].cp == 0) {
		if (!insert)
			return NULL;
		slots[i].cp = cp;
		memcpy(slots[i].cost, absent, NLANG);
	}
	return &slots[i];
}

int
score_load(void)
{
	struct data_lines dl;
	const char *text[NLANG], *line, *tab;
	size_t len[NLANG], lang, clen, n, found = 0;
	unsigned long top[NLANG] = { 0 }, f;
	uint32_t cp;

	slots = xcalloc(SLOTS, sizeof(*slots));
	/* The largest frequency of each language; the absent cost of all. */
	for (lang = 0; lang < NLANG; lang++) {
		if ((text[lang] = embedded_file(freq_files[lang],
		    &len[lang])) == NULL)
			continue;
		found++;
		for (data_lines_init(&dl, text[lang], len[lang]);
		    data_next_line(&dl, &line, &n);)
			if ((tab = memchr(line, '\t', n)) != NULL &&
			    (f = strtoul(tab + 1, NULL, 10)) > top[lang])
				top[lang] = f;
		if (top[lang] > 0)
			absent[lang] = log2_ratio(top[lang], 1) + ABSENT_EXTRA;
	}
	for (lang = 0; lang < NLANG; lang++) {
		if (text[lang] == NULL || top[lang] == 0)
			continue;
		for (data_lines_init(&dl, text[lang], len[lang]);
		    data_next_line(&dl, &line, &n);) {
			cp = utf8_get(line, n, 0, &clen);
			if (clen >= n || line[clen] != '\t' || cp < 0x80)
				continue;
			f = strtoul(line + clen + 1, NULL, 10);
			if (f > 0 && f <= top[lang])
				slot_for(cp, 1)->cost[lang] =
				    log2_ratio(top[lang], f);
		}
	}
	return found > 0;
}

/* Controls, private use and U+FFFD: what garbling makes, never text. */
static int
never_text(uint32_t cp)
{
	return (cp != '\t' && (uclass(cp) & (UC_CONTROL | UC_PRIVATE))) ||
	    cp == UCP_REPLACEMENT;
}

static int
is_hangul(uint32_t cp)
{
	return uclass(cp) & UC_HANGUL;
}

int
score_language(const char *name)
{
	size_t lang, len = strcspn(name, ".");

	for (lang = 0; lang < NLANG; lang++)
		if (strncmp(freq_files[lang] + 5, name, len) == 0 &&
		    freq_files[lang][5 + len] == '.')
			return lang;
	return -1;
}

unsigned long
run_cost(const char *s, size_t n, int only, size_t *chars)
{
	unsigned long cost[NLANG] = { 0 }, best;
	const struct slot *sl;
	size_t i = 0, clen, lang;
	uint32_t cp, prev = 0;
	int own[NLANG] = { 0 };

	*chars = 0;
	while (i < n) {
		cp = utf8_get(s, n, i, &clen);
		i += clen;
		(*chars)++;
		if (cp < 0x80 && !never_text(cp)) {
			/* Hangul glued to a Latin word reads as no language. */
			if (is_hangul(prev) && uclass_ascii_letter(cp))
				for (lang = 0; lang < NLANG; lang++)
					cost[lang] += absent[lang];
			prev = cp;
			continue;
		}
		sl = slot_for(cp, 0);
		for (lang = 0; lang < NLANG; lang++) {
			own[lang] |= (uclass(cp) & own_script[lang]) != 0;
			if (never_text(cp))
				cost[lang] += absent[lang] + BROKEN_EXTRA;
			else
				cost[lang] += sl ? sl->cost[lang] : absent[lang];
			if (is_hangul(cp) && uclass_ascii_letter(prev))
				cost[lang] += absent[lang];
		}
		prev = cp;
	}
	for (lang = 0; lang < NLANG; lang++)
		if (own_script[lang] != 0 && !own[lang])
			cost[lang] = ULONG_MAX;
	if (only >= 0 && (size_t)only < NLANG)
		return cost[only];
	best = cost[0];
	for (lang = 1; lang < NLANG; lang++)
		if (cost[lang] < best)
			best = cost[lang];
	return best;
}
