/* clean.c: cleanup, folding and normalization with a fast path. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "clean.h"
#include "msg.h"
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

static unsigned char	bmp[0x10000];
static unsigned char	mask;
static struct clean_opts opts;
static utf8proc_option_t nf_options;

/* Non-first elements of canonical decompositions: may compose backwards. */
static unsigned char	second_bmp[0x10000];
static unsigned		second_astral[256];
static size_t		nsecond_astral;

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

	for (cp = 0x80; cp < 0x30000; cp++) {
		if (utf8proc_get_property(cp)->decomp_seqindex == UINT16_MAX)
			continue;
		bound = 0;
		n = utf8proc_decompose_char(cp, d, 32, UTF8PROC_DECOMPOSE,
		    &bound);
		for (i = 1; i < n && i < 32; i++) {
			if (d[i] < 0x10000)
				second_bmp[d[i]] = 1;
			else if (nsecond_astral < NELEM(second_astral))
				second_astral[nsecond_astral++] = d[i];
		}
	}
}

static int
is_second(unsigned cp)
{
	size_t i;

	if (cp < 0x10000)
		return second_bmp[cp];
	for (i = 0; i < nsecond_astral; i++)
		if (second_astral[i] == cp)
			return 1;
	return 0;
}

/* Whether the chosen normal form may change cp, or cp the one before it. */
static int
norm_unsafe(unsigned cp)
{
	const utf8proc_property_t *p = utf8proc_get_property((int)cp);
	utf8proc_uint8_t in[4], *res = NULL;
	utf8proc_ssize_t n;
	int changed;

	if (opts.nf == NF_NONE)
		return 0;
	if (p->combining_class != 0)
		return 1;
	if ((opts.nf == NF_NFC || opts.nf == NF_NFKC) && is_second(cp))
		return 1;
	if (cp >= 0xAC00 && cp <= 0xD7A3)	/* Hangul: composed in NFC */
		return opts.nf == NF_NFD || opts.nf == NF_NFKD;
	if (p->decomp_seqindex == UINT16_MAX)
		return 0;
	if (!decomposes_to_other((utf8proc_int32_t)cp,
	    UTF8PROC_DECOMPOSE | (nf_options & UTF8PROC_COMPAT)))
		return 0;
	/* It decomposes; NFC/NFKC may still give it back unchanged. */
	n = utf8proc_encode_char((utf8proc_int32_t)cp, in);
	if (utf8proc_map(in, n, &res, nf_options) < 0)
		return 1;
	changed = strlen((char *)res) != (size_t)n || memcmp(res, in, n);
	free(res);
	return changed;
}

static unsigned char
flags_of(unsigned cp)
{
	unsigned char f = 0;

	if (norm_unsafe(cp))
		f |= F_NORM;
	if (cp < 0x20 && cp != '\t' && cp != '\n')
		f |= F_CTRL;
	if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0xFEFF ||
	    (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060)
		f |= F_DROP;
	if (cp == 0xA0 || cp == 0x3000)
		f |= F_SPACE;
	if ((opts.halfwidth == HW_ASCII && cp >= 0xFF01 && cp <= 0xFF5E) ||
	    (opts.halfwidth == HW_ALNUM && ((cp >= 0xFF10 && cp <= 0xFF19) ||
	    (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A))))
		f |= F_FOLD;
	return f;
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

	opts = *o;
	nf_options = forms[o->nf];
	if (o->nf == NF_NFC || o->nf == NF_NFKC)
		mark_seconds();
	for (cp = 0; cp < 0x10000; cp++)
		bmp[cp] = flags_of(cp);
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
	int k;

	while (i < n) {
		if (s[i] < 0x80) {
			need |= s[i] < 0x20 && s[i] != '\t';
			i++;
			continue;
		}
		/*
		 * Most of Chinese text: U+4000..U+9FFF, where no character
		 * needs any work in any form; then the rest of the BMP.
		 */
		if (s[i] >= 0xE4 && s[i] <= 0xE9 && i + 2 < n &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		if ((s[i] & 0xF0) == 0xE0 && i + 2 < n &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			cp = (s[i] & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 |
			    (s[i + 2] & 0x3F);
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
			buf_addc(out, (int)(cp - 0xFF01 + 0x21));
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
