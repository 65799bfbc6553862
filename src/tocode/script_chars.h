/*
 * script_chars.h: which characters an OpenCC configuration can change.
 *
 * OpenCC converts by matching its dictionaries' keys.  Text holding no
 * character of any key passes through it unchanged, and so does a run of
 * key characters holding no trigger (a character of a key whose value
 * differs).  Knowing both sets, tocode sends OpenCC only the runs that
 * hold a trigger, cut at characters of no key, where no match can reach
 * across.  The sets come from data/tocode/opencc-chars.txt, made from
 * OpenCC's dictionaries by scripts/opencc-chars; a configuration naming a
 * dictionary not described there (or of another size) has none, and then
 * all its text goes to OpenCC.
 */
#ifndef SCRIPT_CHARS_H
#define SCRIPT_CHARS_H

#include <stdint.h>

/* Code points from here on are taken as triggers, to be safe. */
#define SCRIPT_CHARS_LIMIT	0x40000

struct script_chars {
	uint8_t	key[SCRIPT_CHARS_LIMIT / 8];
	uint8_t	trigger[SCRIPT_CHARS_LIMIT / 8];
};

/*
 * Fill sc for the OpenCC configuration config (a name such as "t2s.json"
 * or a path, found as OpenCC finds it).  Returns 1, or 0 when its
 * dictionaries are not all described (sc is then of no use).
 */
int	script_chars_load(const char *config, struct script_chars *sc);

static inline int
script_chars_has(const uint8_t *set, uint32_t cp)
{
	return cp >= SCRIPT_CHARS_LIMIT || (set[cp >> 3] >> (cp & 7) & 1);
}

#endif
