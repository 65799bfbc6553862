/* reject.c: numerals that are not quantities (see reject.h). */
#include <string.h>

#include "fold.h"
#include "lexicon.h"
#include "numeral.h"
#include "reject.h"
#include "swar.h"
#include "text.h"
#include "trie.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"

/* Longest phrase of the negative lexicon, in characters, before its numeral. */
#define NEG_BACK	6
/* A quoted name of at most this many characters is a name, not a fact. */
#define QUOTE_MAX	10

int
in_negative_phrase(const char *s, size_t n, size_t lo, size_t i,
    size_t *start, size_t *end)
{
	size_t b = i, blen;
	int k;

	/*
	 * A phrase covering s[i] holds every character from its start to
	 * s[i]: looking back stops at the first that is in no phrase.
	 */
	for (k = 0; k <= NEG_BACK; k++) {
		size_t l;
		uint32_t c = fold_char(utf8_get(s, n, b, &l));

		if (!in_negative_chars(c))
			break;
		if (trie_first(lex.negatives, c) &&
		    trie_match_covering(lex.negatives, s, n, b, i, &blen) >= 0) {
			*start = b;
			*end = b + blen;
			return 1;
		}
		if (b <= lo)
			break;
		b = utf8_back(s, b, lo, 1);
	}
	return 0;
}

/*
 * No quote mark and no character that stops a quote lies from U+3010
 * (after 「』) to the fullwidth forms: the ideographs, most of a line,
 * are passed over with one test.
 */
static int
quote_plain(uint32_t c)
{
	return c >= 0x3010 && c < 0xff00;
}

static uint32_t
closing_quote(uint32_t c)
{
	switch (c) {
	case U'“': return U'”';
	case U'‘': return U'’';
	case U'「': return U'」';
	case U'『': return U'』';
	case U'《': return U'》';
	case U'〈': return U'〉';
	case '"': return '"';
	}
	return 0;
}

static int
stops_quote(uint32_t c)
{
	switch (c) {
	case '\t': case U'。': case UCP_FULLWIDTH(','): case UCP_FULLWIDTH(';'):
	case UCP_FULLWIDTH('!'): case UCP_FULLWIDTH('?'): case U'”': case U'’':
	case U'」': case U'』': case U'》': case U'〉':
		return 1;
	}
	return 0;
}

int
in_short_quote(const char *s, size_t n, size_t start, size_t end)
{
	size_t j = start, l, inside = swar_utf8_count(s + start, end - start);
	uint32_t c, open = 0, close;
	int k;

	if (inside > QUOTE_MAX)
		return 0;
	for (k = 0; j > 0 && inside + k <= QUOTE_MAX; k++) {
		/* Leads E4-EE: ideographs, plain, known from one byte. */
		if (j >= 3 && (unsigned char)s[j - 3] >= 0xe4 &&
		    (unsigned char)s[j - 3] <= 0xee) {
			j -= 3;
			continue;
		}
		c = utf8_prev(s, j, &l);
		j -= l;
		if (quote_plain(c))
			continue;
		if ((close = closing_quote(c)) != 0) {
			open = c;
			break;
		}
		if (stops_quote(c))
			return 0;
	}
	if (open == 0)
		return 0;
	inside += k;
	for (j = end; j < n && inside <= QUOTE_MAX; inside++) {
		c = utf8_get(s, n, j, &l);
		j += l;
		if (quote_plain(c))
			continue;
		if (c == close)
			return 1;
		if (stops_quote(c) || closing_quote(c) != 0)
			return 0;
	}
	return 0;
}

int
after_code_word(const char *s, size_t lo, size_t i)
{
	size_t blen, l;
	uint32_t c;

	/*
	 * 电话: 0591..., 编号 123, 咨询电话为12393, 【产品批号】241108: skip
	 * one colon, space, copula or a label's closing bracket.
	 */
	if (i > lo) {
		c = fold_char(utf8_prev(s, i, &l));
		if ((ucp_halfwidth(c) == ':' || c == ' ' || c == U'为' ||
		    c == U'是' || c == U'】') && i - l >= lo)
			i -= l;
	}
	return trie_match_back(lex.codes, s, lo, i, &blen) >= 0;
}

/* How far a phone word is looked for: 12328交通运输服务监督电话. */
enum { PHONE_WORD_REACH = 12 };

/*
 * Whether the digits s[i..j) have a service number's form: 3 to 6 digits
 * from 1 (110, 12345), 95xxx, 96xxx, or 400 and 800 with 7 digits more.
 * A round hundred (1000, 1500) counts something.
 */
static int
service_number(const char *s, size_t i, size_t j)
{
	size_t len = j - i, l;

	if (len >= 4 && s[j - 1] == '0' && s[j - 2] == '0')
		return 0;
	if (s[i] == '1')
		return len >= 3 && len <= 6;
	if (s[i] == '9' && (s[i + 1] == '5' || s[i + 1] == '6'))
		return len == 5;
	return len == 10 && (text_at(s, j, i, "400", &l) ||
	    text_at(s, j, i, "800", &l));
}

int
phone_word_after(const char *s, size_t n, size_t i, size_t j)
{
	size_t l, blen;
	int k;

	if (trie_match(lex.phone_after, s, n, j, &blen) >= 0)
		return 1;
	if (!service_number(s, i, j))
		return 0;
	for (k = 0; k < PHONE_WORD_REACH && j < n; k++, j += l) {
		if (!(uclass(utf8_get(s, n, j, &l)) & UC_HAN))
			return 0;
		if (trie_match(lex.phone_after, s, n, j, &blen) >= 0)
			return 1;
	}
	return 0;
}

static int
digit_here(const char *s, size_t n, size_t j)
{
	size_t l;
	uint32_t c;

	if (j >= n)
		return 0;
	c = utf8_get(s, n, j, &l);
	return is_ascii_digit(c) || is_wide_digit(c);
}

/* joined_run_end, and whether the run holds an ASCII digit. */
static size_t
run_end_digits(const char *s, size_t n, size_t i, int *has_digit)
{
	size_t j = i, l;
	unsigned c;

	while (j < n) {
		c = (unsigned char)s[j];
		if (c >= 0x80) {
			/* ０５７１－８６７２３３１５: fullwidth, hyphen and all. */
			c = utf8_get(s, n, j, &l);
			if (!is_wide_digit(c) && !(c == UCP_FULLWIDTH('-') &&
			    digit_here(s, n, j + l)))
				break;
			j += l;
		} else if (uclass_ascii_alnum(c)) {
			*has_digit |= is_ascii_digit(c);
			j++;
		} else if ((c == '+' || c == '-' || c == '.') && j + 1 < n &&
		    (digit_here(s, n, j + 1) || uclass_ascii_letter(s[j + 1])))
			j++;
		else
			break;
	}
	return j;
}

size_t
joined_run_end(const char *s, size_t n, size_t i)
{
	int has_digit = 0;

	return run_end_digits(s, n, i, &has_digit);
}

size_t
digit_groups_end(const char *s, size_t n, size_t i)
{
	size_t j = joined_run_end(s, n, i), k, l;

	while (j + 1 < n && s[j] == ' ' && digit_here(s, n, j + 1)) {
		k = joined_run_end(s, n, j + 1);
		if (unit_kind_at(s, n, k) >= 0 || text_at(s, n, k, "月", &l))
			break;
		j = k;
	}
	/* 备12013456号-2: a site's number under one licence. */
	if (text_at(s, n, j, "号-", &l) && digit_here(s, n, j + l))
		j = joined_run_end(s, n, j + l);
	return j;
}

int
plus_joined(const char *s, size_t n, size_t lo, size_t start, size_t end)
{
	size_t l;

	if (end < n && s[end] == '+' && digit_here(s, n, end + 1))
		return 1;
	if (start > lo + 1 && s[start - 1] == '+') {
		utf8_prev(s, start - 1, &l);
		return start - 1 - l >= lo && digit_here(s, n, start - 1 - l);
	}
	return 0;
}

static int
url_char(unsigned c)
{
	return c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' &&
	    c != '\'' && c != '(' && c != ')';
}

/* The fullwidth form of an ASCII letter or digit at s[j], as ASCII; or 0. */
static unsigned
wide_alnum_at(const char *s, size_t n, size_t j, size_t *l)
{
	uint32_t c;

	if (j >= n || (unsigned char)s[j] != 0xef)
		return 0;
	c = ucp_halfwidth(utf8_get(s, n, j, l));
	return c < 0x80 && uclass_ascii_alnum(c) ? c : 0;
}

int
wide_letter_at(const char *s, size_t n, size_t j, size_t *len)
{
	return uclass_ascii_letter(wide_alnum_at(s, n, j, len));
}

size_t
wide_word_end(const char *s, size_t n, size_t i, int *has_digit)
{
	size_t j = i, l, l2;
	unsigned c;

	*has_digit = 0;
	for (;;) {
		if ((c = wide_alnum_at(s, n, j, &l)) != 0) {
			*has_digit |= is_ascii_digit(c);
			j += l;
			continue;
		}
		/* Ｋ８＋２００: a join between two parts of the code. */
		c = j < n ? ucp_halfwidth(utf8_get(s, n, j, &l)) : 0;
		if ((c == '+' || c == '-') && wide_alnum_at(s, n, j + l, &l2)) {
			j += l;
			continue;
		}
		return j;
	}
}

size_t
ascii_word_end(const char *s, size_t n, size_t i, int *has_digit)
{
	size_t j, l;
	int url, digits = 0, joins = 0;

	*has_digit = 0;
	/* user@host: an e-mail address */
	for (j = i; j < n; j++) {
		if (uclass_ascii_alnum(s[j]))
			digits |= is_ascii_digit(s[j]);
		else if (s[j] == '.' || s[j] == '_' || s[j] == '-')
			joins = 1;
		else
			break;
	}
	url = j < n && s[j] == '@' && j + 1 < n && uclass_ascii_alnum(s[j + 1]);
	/*
	 * s[i] is an ASCII letter: only these can start a URL's prefix, of
	 * three letters or more written here (or in fullwidth forms after).
	 */
	if (!url && (s[i] == 'h' || s[i] == 'w' || s[i] == 'f') &&
	    (j - i >= 3 || (j < n && (unsigned char)s[j] == 0xef)))
		url = text_at(s, n, i, "http://", &l) ||
		    text_at(s, n, i, "https://", &l) ||
		    text_at(s, n, i, "www.", &l) || text_at(s, n, i, "ftp://", &l);
	if (url) {
		for (j = i; j < n && url_char((unsigned char)s[j]); j++)
			*has_digit |= s[j] >= '0' && s[j] <= '9';
		/* A sentence's last full stop or comma is no part of it. */
		while (j > i + 1 && (s[j - 1] == '.' || s[j - 1] == ','))
			j--;
		return j;
	}
	/*
	 * Letters and digits alone, before no + and no fullwidth form (no
	 * wide digit): the run of joined digits ends where they do.
	 */
	if (!joins && (j == n || (s[j] != '+' && (unsigned char)s[j] != 0xef))) {
		*has_digit = digits;
		return j;
	}
	return run_end_digits(s, n, i, has_digit);
}
