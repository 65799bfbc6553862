/*
 * mojibake_score.c: per-language character costs, from the table made at
 * build time (mojibake_costs.h).
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "mojibake_costs.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"
#include "util.h"
#include "mojibake_score.h"

static const char *const lang_names[] = { COST_LANGS };
#define NLANG	COST_NLANG

/* A script only a language uses: a run read as it must hold some. */
static const unsigned own_script[] = {
	0,		/* zh */
	UC_KANA,	/* ja */
	UC_HANGUL,	/* ko */
	0,		/* latin */
};

/* A character that is never text costs this more than an absent one. */
#define BROKEN_EXTRA	4

/* The costs of cp, or NULL when no language lists it. */
static const struct cost_slot *
slot_of(uint32_t cp)
{
	size_t i = cost_hash(cp);

	while (cost_slots[i].cp != 0 && cost_slots[i].cp != cp)
		i = (i + 1) & (COST_SLOTS - 1);
	return cost_slots[i].cp != 0 ? &cost_slots[i] : NULL;
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
		if (strncmp(lang_names[lang], name, len) == 0 &&
		    lang_names[lang][len] == '\0')
			return lang;
	return -1;
}

unsigned long
run_cost(const char *s, size_t n, int only, size_t *chars)
{
	unsigned long cost[NLANG] = { 0 }, best;
	const struct cost_slot *sl;
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
					cost[lang] += cost_absent[lang];
			prev = cp;
			continue;
		}
		sl = slot_of(cp);
		for (lang = 0; lang < NLANG; lang++) {
			own[lang] |= (uclass(cp) & own_script[lang]) != 0;
			if (never_text(cp))
				cost[lang] += cost_absent[lang] + BROKEN_EXTRA;
			else
				cost[lang] += sl ? sl->cost[lang] :
				    cost_absent[lang];
			if (is_hangul(cp) && uclass_ascii_letter(prev))
				cost[lang] += cost_absent[lang];
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
