/*
 * tocode-tables: write, as C source, the characters each normal form may
 * change (or that may change the character before them), computed with
 * the utf8proc the program links with.  Run at build time, so that tocode
 * starts without walking Unicode; clean.c reads the tables through
 * src/tocode/norm_table.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lib/ucp.h"
#include "lib/utf8.h"
#include "tocode/clean.h"
#include "tocode/norm_table.h"

#define NFORMS	(NF_NFKD + 1)

static const utf8proc_option_t forms[NFORMS] = {
	[NF_NONE] = 0,
	[NF_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
	[NF_NFKC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
	[NF_NFD] = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
	[NF_NFKD] = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
};

/* Non-first elements of canonical decompositions: may compose backwards. */
static unsigned char	second[0x110000];

static int
decomposes_to_other(utf8proc_int32_t cp, utf8proc_option_t o)
{
	utf8proc_int32_t d[32];
	int bound = 0;
	utf8proc_ssize_t n;

	n = utf8proc_decompose_char(cp, d, 32, o, &bound);
	return n != 1 || d[0] != cp;
}

static void
mark_seconds(void)
{
	utf8proc_int32_t d[32], cp;
	utf8proc_ssize_t n, i;
	int bound;

	for (cp = 0x80; cp < 0x110000; cp++) {
		if (utf8proc_get_property(cp)->decomp_seqindex == UINT16_MAX)
			continue;
		bound = 0;
		n = utf8proc_decompose_char(cp, d, 32, UTF8PROC_DECOMPOSE,
		    &bound);
		for (i = 1; i < n && i < 32; i++)
			second[d[i]] = 1;
	}
}

/* Whether normal form nf may change cp, or cp the one before it. */
static int
norm_unsafe(enum nf nf, utf8proc_int32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	utf8proc_uint8_t in[4], *res = NULL;
	utf8proc_ssize_t n;
	int changed;

	if (nf == NF_NONE || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	if (p->combining_class != 0)
		return 1;
	if ((nf == NF_NFC || nf == NF_NFKC) && second[cp])
		return 1;
	if (cp >= UCP_HANGUL_FIRST && cp <= UCP_HANGUL_LAST)	/* NFC: composed */
		return nf == NF_NFD || nf == NF_NFKD;
	if (p->decomp_seqindex == UINT16_MAX)
		return 0;
	if (!decomposes_to_other(cp,
	    UTF8PROC_DECOMPOSE | (forms[nf] & UTF8PROC_COMPAT)))
		return 0;
	/* It decomposes; NFC/NFKC may still give it back unchanged. */
	n = (utf8proc_ssize_t)utf8_encode((uint32_t)cp, in);
	if (utf8proc_map(in, n, &res, forms[nf]) < 0)
		return 1;
	changed = strlen((char *)res) != (size_t)n || memcmp(res, in, n);
	free(res);
	return changed;
}

static void
write_form(enum nf nf)
{
	utf8proc_int32_t cp;
	unsigned bits;
	size_t n = 0;

	printf("static const unsigned char bmp_%d[] = {", nf);
	for (cp = 0; cp < 0x10000; cp += 8) {
		bits = 0;
		for (int b = 0; b < 8; b++)
			bits |= (unsigned)norm_unsafe(nf, cp + b) << b;
		printf("%s0x%02x,", cp % 128 ? "" : "\n\t", bits);
	}
	printf("\n};\nstatic const unsigned astral_%d[] = {", nf);
	for (cp = 0x10000; cp < 0x110000; cp++)
		if (norm_unsafe(nf, cp))
			printf("%s0x%x,", n++ % 8 ? " " : "\n\t", (unsigned)cp);
	printf("%s\n};\n", n ? "" : "\n\t0");
	printf("static const struct norm_table table_%d = "
	    "{ bmp_%d, astral_%d, %zu };\n", nf, nf, nf, n);
}

int
main(void)
{
	int nf;

	mark_seconds();
	printf("/* Made by scripts/tocode-tables.c; do not edit. */\n");
	printf("#include \"tocode/norm_table.h\"\n\n");
	for (nf = NF_NFC; nf < NFORMS; nf++)
		write_form((enum nf)nf);
	printf("const struct norm_table *const norm_tables[] = {\n\tNULL,");
	for (nf = NF_NFC; nf < NFORMS; nf++)
		printf(" &table_%d,", nf);
	printf("\n};\n");
	return ferror(stdout) != 0;
}
