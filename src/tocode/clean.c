/* clean.c: cleanup, folding and normalization with a fast path. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "clean.h"
#include "msg.h"
#include "norm_table.h"
#include "swar.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"
#include "util.h"

/* What a character needs, as bits of a table over the BMP. */
enum {
	F_NORM	= 1 << 0,	/* the chosen normal form may change it */
	F_DROP	= 1 << 1,	/* BOM, zero-width, soft hyphen, C1 control */
	F_SPACE	= 1 << 2,	/* NBSP, U+3000: to a space */
	F_FOLD	= 1 << 3,	/* fullwidth form to ASCII */
	F_CTRL	= 1 << 4,	/* ASCII control other than TAB, LF */
};

/* Page-aligned: populate() takes it whole. */
static unsigned char	bmp[0x10000] __attribute__((aligned(4096)));
static unsigned char	mask;
static struct clean_opts opts;
static utf8proc_option_t nf_options;

/* Whether the chosen normal form may change cp, or cp the one before it. */
static int
norm_unsafe(unsigned cp)
{
	const struct norm_table *t = norm_tables[opts.nf];
	size_t lo = 0, hi, mid;

	if (t == NULL)
		return 0;
	if (cp < 0x10000)
		return t->bmp[cp >> 3] >> (cp & 7) & 1;
	for (hi = t->nastral; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (t->astral[mid] == cp)
			return 1;
		if (t->astral[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* The blocks outside which cleanup_flags() is always 0. */
static const struct {
	unsigned	lo, hi;
} cleanup_blocks[] = {
	{ 0x0000, 0x00ff },	/* ASCII and Latin-1 */
	{ 0x2000, 0x206f },	/* General Punctuation */
	{ UCP_IDEOGRAPHIC_SPACE, UCP_IDEOGRAPHIC_SPACE },
	{ UCP_BOM, UCP_BOM },
	{ UCP_FULLWIDTH('!'), UCP_FULLWIDTH('~') },
};

/* Whether cp is the fullwidth form of an ASCII letter or digit. */
static int
fullwidth_alnum(unsigned cp)
{
	return (cp >= UCP_FULLWIDTH('0') && cp <= UCP_FULLWIDTH('9')) ||
	    (cp >= UCP_FULLWIDTH('A') && cp <= UCP_FULLWIDTH('Z')) ||
	    (cp >= UCP_FULLWIDTH('a') && cp <= UCP_FULLWIDTH('z'));
}

/* What cleanup and folding do to cp, normalization apart. */
static unsigned char
cleanup_flags(unsigned cp)
{
	unsigned char f = 0;

	if (cp < 0x20 && cp != '\t' && cp != '\n')
		f |= F_CTRL;
	if ((cp >= 0x80 && (uclass(cp) & UC_CONTROL)) ||
	    cp == UCP_SOFT_HYPHEN || cp == UCP_BOM ||
	    (cp >= UCP_ZWSP && cp <= UCP_ZWJ) || cp == UCP_WORD_JOINER)
		f |= F_DROP;
	if (cp == UCP_NBSP || cp == UCP_IDEOGRAPHIC_SPACE)
		f |= F_SPACE;
	if ((opts.halfwidth == HW_ASCII && ucp_halfwidth(cp) != cp) ||
	    (opts.halfwidth == HW_ALNUM && fullwidth_alnum(cp)))
		f |= F_FOLD;
	return f;
}

static unsigned char
flags_of(unsigned cp)
{
	return (norm_unsafe(cp) ? F_NORM : 0) | cleanup_flags(cp);
}

/* F_NORM over the BMP from the form's bits, a byte of them at a time. */
static void
norm_flags(void)
{
	const struct norm_table *t = norm_tables[opts.nf];
	unsigned byte, bit;

	populate(bmp, sizeof bmp);
	memset(bmp, 0, sizeof bmp);
	for (byte = 0; t != NULL && byte < 0x10000 / 8; byte++)
		for (bit = 0; t->bmp[byte] >> bit != 0; bit++)
			if (t->bmp[byte] >> bit & 1)
				bmp[byte * 8 + bit] = F_NORM;
}

void
clean_init(const struct clean_opts *o)
{
	static const utf8proc_option_t forms[] = {
		[NF_NONE] = 0,
		[NF_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
		[NF_NFKC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
		[NF_NFD] = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
		[NF_NFKD] = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
		    UTF8PROC_COMPAT,
	};
	unsigned cp;
	size_t i;

	opts = *o;
	nf_options = forms[o->nf];
	norm_flags();
	for (i = 0; i < NELEM(cleanup_blocks); i++)
		for (cp = cleanup_blocks[i].lo; cp <= cleanup_blocks[i].hi; cp++)
			bmp[cp] |= cleanup_flags(cp);
	mask = F_NORM | F_DROP | F_FOLD | F_CTRL | (o->keep_space ? 0 : F_SPACE);
}

static unsigned char
lookup(unsigned cp)
{
	return (cp < 0x10000 ? bmp[cp] : flags_of(cp)) & mask;
}

int
clean_needs_work(unsigned cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n';
	return lookup(cp) != 0;
}

enum scan
clean_scan(const char *line, size_t n)
{
	const unsigned char *s = (const unsigned char *)line;
	unsigned char need = 0;
	size_t i = 0, len;
	uint32_t cp;
	uint64_t w;
	int k;

	while (i < n) {
		if (s[i] < 0x80) {
			/* Eight bytes of ASCII, none a control, at once. */
			if (i + 8 <= n) {
				memcpy(&w, s + i, 8);
				if ((w & SWAR_HIGHS) == 0 &&
				    !swar_has_control(w)) {
					i += 8;
					continue;
				}
			}
			need |= s[i] < 0x20 && s[i] != '\t';
			i++;
			continue;
		}
		/*
		 * Most of Chinese text: U+4000..U+9FFF, where no character
		 * needs any work in any form; then the rest of the BMP.
		 */
		while (i + 2 < n && utf8_is_han3(s + i))
			i += 3;
		if (i == n || s[i] < 0x80)
			continue;
		if ((s[i] & 0xF0) == 0xE0 && i + 2 < n &&
		    utf8_is_cont(s[i + 1]) && utf8_is_cont(s[i + 2])) {
			cp = utf8_get(s, n, i, &len);
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
				need |= bmp[cp] & mask;
				i += 3;
				continue;
			}
		}
		if ((k = utf8_decode(s + i, n - i, &cp)) <= 0)
			return SCAN_INVALID;
		len = (size_t)k;
		need |= lookup(cp);
		i += len;
	}
	return need ? SCAN_CHANGE : SCAN_CLEAN;
}

static const char fffd[] = "\xEF\xBF\xBD";

void
clean_rewrite(const char *line, size_t n, struct buf *out,
    invalid_fn invalid, void *ctx)
{
	const unsigned char *s = (const unsigned char *)line;
	utf8proc_uint8_t *res;
	utf8proc_ssize_t rn;
	size_t i = 0, len;
	uint32_t cp;
	int k;
	int normalize = 0;
	unsigned char f;

	buf_reset(out);
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		len = k > 0 ? (size_t)k : 0;
		if (len == 0) {
			if (!opts.skip_invalid)
				buf_add(out, fffd, 3);
			if (invalid != NULL)
				invalid(ctx, i, 1);
			i++;
			continue;
		}
		f = cp == '\r' ? F_CTRL : lookup(cp);
		if (f & F_NORM)
			normalize = 1;
		if (cp == '\r')
			buf_addc(out, '\n');
		else if (f & (F_DROP | F_CTRL))
			;
		else if (f & F_SPACE)
			buf_addc(out, ' ');
		else if (f & F_FOLD)
			buf_addc(out, (int)ucp_halfwidth(cp));
		else
			buf_add(out, s + i, len);
		i += len;
	}
	if (!normalize)
		return;
	rn = utf8proc_map((const utf8proc_uint8_t *)out->data,
	    (utf8proc_ssize_t)out->len, &res, nf_options);
	if (rn < 0)
		fatal(EXIT_TROUBLE, "normalization failed: %s",
		    utf8proc_errmsg(rn));
	buf_reset(out);
	buf_add(out, res, (size_t)rn);
	free(res);
}
