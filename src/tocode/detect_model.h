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
	LANG_ZH, LANG_JA, LANG_KO, LANG_RU, LANG_EL, LANG_LATIN,
	LANG_CE,	/* Central European Latin: cs, pl, hu, sk, sl, hr */
	LANG_HE,
	NLANG
};

#define SCORE_UNIT	16	/* score units per nat */
#define SCORE_ASCII	(-40)	/* an ASCII character: 2.5 nats */
#define SCORE_INVALID	(-400)	/* bytes that are no character */
#define SCORE_MIXED	(-48)	/* a letter amid another alphabet */

/* The score of code point cp in language l (a floor when unseen). */
int	model_score(enum lang l, uint32_t cp);

/*
 * Score table of a legacy encoding (iconv name) for language l: for a
 * 2-byte code b1 b2 (b1 >= 0x80), two[(b1 & 0x7f) << 8 | b2]; for a byte
 * b >= 0x80 on its own, one[b & 0x7f].  Zero means "not in the model"
 * (score it with model_floor()); a single byte that decodes to nothing or
 * to a C1 control is SCORE_INVALID in one[].  Built on first use; NULL if
 * iconv lacks the encoding.
 */
struct score_table {
	int16_t	one[128];
	int16_t	two[32768];
};
const struct score_table *model_table(const char *iconv_name, enum lang l);

int	model_floor(void);

#endif
