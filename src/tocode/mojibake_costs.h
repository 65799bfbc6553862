/*
 * mojibake_costs.h: what each character costs in each language mojibake
 * repair reads runs as, in an open-addressing table keyed by code point.
 * Made at build time by scripts/tocode-mojibake-tables.c from
 * data/tocode/tables/freq-LANG.txt, so that repair starts at once.
 */
#ifndef MOJIBAKE_COSTS_H
#define MOJIBAKE_COSTS_H

#include <stddef.h>
#include <stdint.h>

/* The languages, in the order of cost[]: freq-LANG.txt for each. */
#define COST_LANGS	"zh", "ja", "ko", "latin"
#define COST_NLANG	4
#define COST_SLOTS	(1 << 14)	/* ~9,000 listed: a little over half full */

struct cost_slot {
	uint32_t	cp;		/* 0: an empty slot */
	uint8_t		cost[COST_NLANG];
};

extern const struct cost_slot	cost_slots[COST_SLOTS];
/* The cost of a character a language does not list. */
extern const uint8_t		cost_absent[COST_NLANG];

/* Where the search for cp starts; it goes on to the next slot. */
static inline size_t
cost_hash(uint32_t cp)
{
	return (cp * 2654435761u) & (COST_SLOTS - 1);
}

#endif
