/*
 * uclass.h: the classes of characters the tools tell apart, one table for
 * all, made at build time from Unicode's data as utf8proc has it
 * (scripts/lib-tables.c).  A character may be in several classes.
 */
#ifndef UCLASS_H
#define UCLASS_H

#include <stdint.h>

enum uclass {
	/* Han ideographs: the letters of the CJK Unified Ideographs blocks
	 * (U+4E00, extension A at U+3400, the rest in planes 2 and 3) and
	 * of the compatibility ideographs. */
	UC_HAN		= 1 << 0,
	UC_HANGUL	= 1 << 1,	/* Hangul syllables, U+AC00..U+D7A3 */
	/* Letters of Hiragana and Katakana (the prolonged sound mark ー,
	 * common to both, is not one). */
	UC_KANA		= 1 << 2,
	/* Letters of the alphabets with case: Latin, Greek, Cyrillic... */
	UC_CASED	= 1 << 3,
	/* Unicode's White_Space: TAB..CR, NEL, the space separators
	 * (SPACE, NBSP, U+2000..U+200A, U+202F, U+205F, U+3000...) and the
	 * line and paragraph separators. */
	UC_SPACE	= 1 << 4,
	UC_CLOSE	= 1 << 5,	/* closing brackets and quotes */
	UC_CONTROL	= 1 << 6,	/* C0 and C1 controls, DEL */
	UC_PRIVATE	= 1 << 7,	/* private use */
};

/* Made by scripts/lib-tables.c: a block of 256 classes per cp >> 8. */
extern const unsigned char uclass_index[0x1100];
extern const unsigned char uclass_blocks[][256];

/* The classes of cp, or 0 past U+10FFFF. */
static inline unsigned
uclass(uint32_t cp)
{
	if (cp > 0x10ffff)
		return 0;
	return uclass_blocks[uclass_index[cp >> 8]][cp & 0xff];
}

/* Whether c is an ASCII letter. */
static inline int
uclass_ascii_letter(uint32_t c)
{
	return (c | 0x20) - 'a' < 26;
}

/* Whether c is an ASCII letter or digit. */
static inline int
uclass_ascii_alnum(uint32_t c)
{
	return uclass_ascii_letter(c) || c - '0' < 10;
}

#endif
