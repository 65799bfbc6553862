/*
 * detect_model.h: character frequency models of the languages that the
 * legacy encodings are used for, and per-encoding score tables built
 * from them.
 *
 * A score is a natural-log probability in sixteenths of a nat, so that
 * the sum over the characters of a decoding is its log-likelihood.
 */
#ifndef DETECT_MODEL_H
#define DETECT_MODEL_H

#include <stdint.h>

enum lang {
	LANG_ZH, LANG_JA, LANG_KO, LANG_RU, LANG_EL, LANG_HE,
	/* Western European, Windows-1252 */
	LANG_FR, LANG_DE, LANG_ES, LANG_IT, LANG_PT, LANG_NL, LANG_SV, LANG_DA,
	LANG_NB,
	/* Central European, Windows-1250 and ISO-8859-2 */
	LANG_CS, LANG_SK, LANG_PL, LANG_HU, LANG_SL, LANG_HR,
	NLANG
};

#define SCORE_UNIT	16	/* score units per nat */
#define SCORE_ASCII	(-40)	/* an ASCII character: 2.5 nats */
#define SCORE_INVALID	(-400)	/* bytes that are no character */
#define SCORE_MIXED	(-48)	/* a letter amid another alphabet */
#define SCORE_STRAY	(-128)	/* a letter between two of another script */

/* A character as the model of a language knows it. */
struct model_char {
	int16_t		score;	/* model_floor() when not in the model */
	uint16_t	id;	/* its number in the model, from 1, or 0 */
	uint8_t		script;	/* enum script; SC_NONE when not in the model */
};

/*
 * Code point cp in every language: an array of NLANG, or NULL when no
 * model has it.
 */
const struct model_char *model_chars(uint32_t cp);

/*
 * What it adds to the score that the characters numbered id1 and id2
 * sit side by side in language l: more the likelier the pair is than
 * its two characters apart, 0 for a pair not in the model.
 */
int	model_pair(enum lang l, int id1, int id2);

/* Whether language l has a model of pairs (no pair scores otherwise). */
int	model_has_pairs(enum lang l);

/*
 * Score table of a legacy encoding (iconv name) for language l: for a
 * 2-byte code b1 b2 (b1 >= 0x80), two[(b1 & 0x7f) << 8 | b2]; for a byte
 * b >= 0x80 on its own, one[b & 0x7f] (two[] is left empty for a
 * single-byte encoding).  A single byte that decodes to nothing or to a
 * C1 control scores SCORE_INVALID in one[].  Built on first use; NULL if
 * iconv lacks the encoding.
 */
struct score_table {
	struct model_char	one[128];
	struct model_char	two[32768];
};
const struct score_table *model_table(const char *iconv_name, enum lang l);

int	model_floor(void);

#endif
