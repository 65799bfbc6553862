/*
 * detect_script.c: scripts of letters, for the statistics stage of
 * encoding detection.
 */
#include "detect_script.h"

static int
within(uint32_t cp, uint32_t lo, uint32_t hi)
{
	return cp >= lo && cp <= hi;
}

enum script
script_of(uint32_t cp)
{
	if (within(cp, 'A', 'Z') || within(cp, 'a', 'z') ||
	    (within(cp, 0xc0, 0x24f) && cp != 0xd7 && cp != 0xf7) ||
	    within(cp, 0x1e00, 0x1eff))
		return SC_LATIN;
	if (within(cp, 0x370, 0x3ff))
		return SC_GREEK;
	if (within(cp, 0x400, 0x52f))
		return SC_CYRILLIC;
	if (within(cp, 0x5d0, 0x5ea))
		return SC_HEBREW;
	if (within(cp, 0x3041, 0x30ff) || within(cp, 0xff66, 0xff9f))
		return SC_KANA;
	if (within(cp, 0x3400, 0x9fff) || within(cp, 0xf900, 0xfaff) ||
	    within(cp, 0x20000, 0x3ffff))
		return SC_HAN;
	if (within(cp, 0xac00, 0xd7a3) || within(cp, 0x1100, 0x11ff) ||
	    within(cp, 0x3131, 0x318e))
		return SC_HANGUL;
	return SC_NONE;
}
