/*
 * detect_model.h: character frequency models of the languages that the
 * legacy encodings are used for, and the score table of each candidate
 * encoding.  All are made at build time by scripts/tocode-detect-tables.c
 * from data/tocode/tables/freq-LANG.txt and pairs-LANG.txt, so that detection
 * reads constant tables and starts at once.
 *
 * A score is a natural-log probability in sixteenths of a nat, so that
 * the sum over the characters of a decoding is its log-likelihood.
 */
#ifndef DETECT_MODEL_H
#define DETECT_MODEL_H

#include <stddef.h>
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
#define SCORE_FLOOR	(-277)	/* one not in the model: 3 in 10^8 */
#define SCORE_INVALID	(-400)	/* bytes that are no character */
#define SCORE_MIXED	(-48)	/* a letter amid another alphabet */
#define SCORE_STRAY	(-128)	/* a letter between two of another script */

/* A character as the model of a language knows it. */
struct model_char {
	int16_t		score;	/* SCORE_FLOOR when not in the model */
	uint16_t	id;	/* its number in the model, from 1, or 0 */
	uint8_t		script;	/* enum script; SC_NONE when not in the model */
};

/* A slot of a table with open addressing (see model_find). */
struct model_slot {
	uint32_t	key;	/* 0: an empty slot */
	int32_t		value;
};

struct model {
	const struct model_char	*chars;	/* by id; chars[0]: one not in it */
	/* Two characters side by side, id1 << 16 | id2, to what they add;
	 * NULL when the language has no pairs. */
	const struct model_slot	*pairs;
	size_t			 pair_mask;
};

/* A code point of any model: its script and its id in each language. */
struct model_unichar {
	uint16_t	id[NLANG];
	uint8_t		script;		/* enum script */
};

/*
 * Score table of a candidate encoding read as its language: for a byte
 * b >= 0x80 on its own, one[b & 0x7f] (SCORE_INVALID when it decodes to
 * nothing or to a C1 control); for a 2-byte code b1 b2 of a multi-byte
 * encoding (b1 >= 0x80), the character model->chars[two[(b1 & 0x7f) << 8
 * | b2]].  two is NULL for a single-byte encoding.
 */
struct score_table {
	struct model_char	 one[128];
	const uint16_t		*two;
	const struct model	*model;
};

/* Made by scripts/tocode-detect-tables.c. */
extern const struct model models[NLANG];
extern const struct score_table *const candidate_tables[];
extern const struct model_unichar model_unichars[];
extern const struct model_slot model_unichar_slots[];	/* cp to its */
extern const size_t model_unichar_mask;		/* place, from 1 */

/* Every bit of k counts in the low bits, which the tables index by. */
static inline uint32_t
model_hash(uint32_t k)
{
	k *= 2654435761u;
	return k ^ k >> 16;
}

/* The value of key (not 0) in slots[0..mask], or 0 when it is not in. */
static inline int32_t
model_find(const struct model_slot *slots, size_t mask, uint32_t key)
{
	size_t i;

	for (i = model_hash(key) & mask; slots[i].key != 0; i = (i + 1) & mask)
		if (slots[i].key == key)
			return slots[i].value;
	return 0;
}

/* Code point cp as the models know it, or NULL when none has it. */
static inline const struct model_unichar *
model_unichar(uint32_t cp)
{
	int32_t at = model_find(model_unichar_slots, model_unichar_mask, cp);

	return at == 0 ? NULL : &model_unichars[at - 1];
}

/*
 * What it adds to the score that the characters numbered id1 and id2
 * sit side by side in the model m: more the likelier the pair is than
 * its two characters apart, 0 for a pair not in the model.
 */
static inline int
model_pair(const struct model *m, int id1, int id2)
{
	if (m->pairs == NULL || id1 == 0 || id2 == 0)
		return 0;
	return model_find(m->pairs, m->pair_mask,
	    (uint32_t)id1 << 16 | (uint32_t)id2);
}

#endif
