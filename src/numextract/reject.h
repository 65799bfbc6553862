/*
 * reject.h: telling numerals that are not quantities: inside an idiom or
 * set phrase of the negative lexicon, a short quoted name (“5122”, “145”),
 * a code joined by + (9+2), a record or phone number, a word of letters and
 * digits (5G, nova12), a URL or e-mail address.
 */
#ifndef NUMEXTRACT_REJECT_H
#define NUMEXTRACT_REJECT_H

#include <stddef.h>

/*
 * A phrase of the negative lexicon holding s[i], starting no earlier than
 * lo: returns 1 and its bounds.
 */
int	in_negative_phrase(const char *s, size_t n, size_t lo, size_t i,
	    size_t *start, size_t *end);
/* Whether s[start..end) is all or most of a short quoted name. */
int	in_short_quote(const char *s, size_t n, size_t start, size_t end);
/* Whether a record-number word (备, 编号, 电话 ...) stands just before i. */
int	after_code_word(const char *s, size_t lo, size_t i);
/*
 * Whether the digits s[i..j) are a number to dial: a phone word (热线,
 * 客服, 报警 ...) just after them (110报警), or, after a service number,
 * ending the run of Chinese after them (12121气象服务热线).
 */
int	phone_word_after(const char *s, size_t n, size_t i, size_t j);
/*
 * Groups of digits one space apart at s[i..] (2123 4567), or a licence's
 * number and its site's (12013456号-2): where they end.  A group with a
 * unit or a month after it is a quantity or a date (编号12 3个).
 */
size_t	digit_groups_end(const char *s, size_t n, size_t i);
/* Digits joined by + or - at s[i..]: where the joined run ends. */
size_t	joined_run_end(const char *s, size_t n, size_t i);
/* Whether digits are joined by + around s[start..end): 9+2, 1+1+3. */
int	plus_joined(const char *s, size_t n, size_t lo, size_t start,
	    size_t end);
/*
 * An ASCII word at s[i] (a letter): a URL, an e-mail address or a word of
 * letters and digits.  Returns where it ends; *has_digit says whether it
 * holds digits (a code, not a quantity).
 */
size_t	ascii_word_end(const char *s, size_t n, size_t i, int *has_digit);
/* A fullwidth Latin letter at s[j] (Ｇ, ｍ), its length to *len. */
int	wide_letter_at(const char *s, size_t n, size_t j, size_t *len);
/*
 * A word in fullwidth letters and digits at s[i], a fullwidth letter
 * (Ｇ４２, Ｋ８＋２００): as ascii_word_end.
 */
size_t	wide_word_end(const char *s, size_t n, size_t i, int *has_digit);

#endif
