/*
 * ucp.h: code points by name, for the characters the tools single out
 * that a literal would not show (spaces, dashes, invisible characters).
 * Visible ones are written as themselves: U'。', U'百'.
 */
#ifndef UCP_H
#define UCP_H

#include <stdint.h>

enum {
	UCP_NBSP		= 0x00a0,	/* NO-BREAK SPACE */
	UCP_SOFT_HYPHEN		= 0x00ad,
	UCP_COMBINING_GRAVE	= 0x0300,
	UCP_COMBINING_ACUTE	= 0x0301,
	UCP_COMBINING_MACRON	= 0x0304,
	UCP_COMBINING_DIAERESIS	= 0x0308,
	UCP_COMBINING_CARON	= 0x030c,
	UCP_THIN_SPACE		= 0x2009,
	UCP_ZWSP		= 0x200b,	/* ZERO WIDTH SPACE */
	UCP_ZWJ			= 0x200d,	/* ZERO WIDTH JOINER */
	UCP_EN_DASH		= 0x2013,
	UCP_EM_DASH		= 0x2014,
	UCP_WORD_JOINER		= 0x2060,
	UCP_MINUS		= 0x2212,	/* MINUS SIGN */
	UCP_IDEOGRAPHIC_SPACE	= 0x3000,
	UCP_CJK_COMPAT_FIRST	= 0xf900,	/* the CJK Compatibility */
	UCP_CJK_COMPAT_LAST	= 0xfaff,	/* Ideographs: NFC changes */
	UCP_HANGUL_FIRST	= 0xac00,	/* the Hangul syllables, which */
	UCP_HANGUL_LAST		= 0xd7a3,	/* normalization makes by rule */
	UCP_BOM			= 0xfeff,	/* ZERO WIDTH NO-BREAK SPACE */
	UCP_REPLACEMENT		= 0xfffd,	/* for what no character is */
};

/* The fullwidth form of the ASCII character c, '!' to '~': U+FF01..U+FF5E. */
#define UCP_FULLWIDTH(c)	((uint32_t)(c) - '!' + 0xff01)

/* The ASCII form of c when c is a fullwidth form of ASCII, else c. */
static inline uint32_t
ucp_halfwidth(uint32_t c)
{
	if (c >= UCP_FULLWIDTH('!') && c <= UCP_FULLWIDTH('~'))
		return c - UCP_FULLWIDTH('!') + '!';
	return c;
}

#endif
