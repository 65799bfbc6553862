/*
 * lib-tables: write, as C source, the class of every code point (see
 * src/lib/uclass.h) from the Unicode data of the utf8proc linked: general
 * categories from utf8proc_category, scripts from the blocks named here.
 * Run at build time, so that the tools read a constant table.
 */
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "lib/uclass.h"
#include "lib/ucp.h"

#define NCP	0x110000

struct range {
	utf8proc_int32_t	lo, hi;
};

static const struct range han_blocks[] = {
	{ 0x3400, 0x4dbf },	/* CJK Unified Ideographs Extension A */
	{ 0x4e00, 0x9fff },	/* CJK Unified Ideographs */
	{ 0xf900, 0xfaff },	/* CJK Compatibility Ideographs */
	{ 0x20000, 0x3ffff },	/* extensions B on, their supplement */
};
static const struct range hangul_blocks[] = {
	{ UCP_HANGUL_FIRST, UCP_HANGUL_LAST },
};
static const struct range kana_blocks[] = {
	{ 0x3040, 0x309f },	/* Hiragana */
	{ 0x30a0, 0x30ff },	/* Katakana */
	{ 0x31f0, 0x31ff },	/* Katakana Phonetic Extensions */
};

static unsigned char	class[NCP];

static int
in(const struct range *r, size_t n, utf8proc_int32_t cp)
{
	for (size_t i = 0; i < n; i++)
		if (cp >= r[i].lo && cp <= r[i].hi)
			return 1;
	return 0;
}

#define IN(blocks, cp)	in(blocks, sizeof(blocks) / sizeof(blocks[0]), cp)

static unsigned
class_of(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	int letter = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
	unsigned k = 0;

	if (c == UTF8PROC_CATEGORY_LO && IN(han_blocks, cp))
		k |= UC_HAN;
	if (IN(hangul_blocks, cp))
		k |= UC_HANGUL;
	/* ー, common to both kana (Script=Common), is no kana letter */
	if (letter && IN(kana_blocks, cp) && cp != U'ー')
		k |= UC_KANA;
	if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
	    c == UTF8PROC_CATEGORY_LT)
		k |= UC_CASED;
	if (c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP || (cp >= '\t' && cp <= '\r') ||
	    cp == 0x85)
		k |= UC_SPACE;
	if (c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF)
		k |= UC_CLOSE;
	if (c == UTF8PROC_CATEGORY_CC)
		k |= UC_CONTROL;
	if (c == UTF8PROC_CATEGORY_CO)
		k |= UC_PRIVATE;
	return k;
}

int
main(void)
{
	static utf8proc_int32_t first[NCP >> 8];	/* of each block kept */
	unsigned char index[NCP >> 8];
	size_t nblocks = 0, b, k;

	for (utf8proc_int32_t cp = 0; cp < NCP; cp++)
		class[cp] = (unsigned char)class_of(cp);
	printf("/* Made by scripts/lib-tables.c; do not edit. */\n");
	printf("#include \"lib/uclass.h\"\n\n");
	printf("const unsigned char uclass_blocks[][256] = {\n");
	for (b = 0; b < NCP >> 8; b++) {
		for (k = 0; k < nblocks; k++)
			if (memcmp(class + (b << 8), class + first[k], 256) == 0)
				break;
		index[b] = (unsigned char)k;
		if (k < nblocks)
			continue;
		if (nblocks == 256)
			return 1;
		first[nblocks++] = (utf8proc_int32_t)(b << 8);
		printf("\t{");
		for (k = 0; k < 256; k++)
			printf("%s%u,", k % 16 ? "" : "\n\t", class[(b << 8) + k]);
		printf("\n\t},\n");
	}
	printf("};\n\nconst unsigned char uclass_index[0x1100] = {");
	for (b = 0; b < NCP >> 8; b++)
		printf("%s%u,", b % 16 ? " " : "\n\t", index[b]);
	printf("\n};\n");
	return ferror(stdout) != 0;
}
