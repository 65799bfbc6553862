/*
 * lexicon.h: boilerplate patterns (PCRE2), built in and from the user.
 *
 * Every pattern of a class is joined into one alternation, compiled once
 * with JIT; a (*MARK) after each alternative tells which one matched.
 * Rule files hold lines "CLASS: RE"; '#' starts a comment line.
 */
#ifndef LEXICON_H
#define LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

enum rule_class {
	RULE_DROP,		/* built-in: boilerplate wherever it is */
	RULE_HINT,		/* built-in: boilerplate unless in the article */
	RULE_ASIDE,		/* built-in: beside the text (photo credits) */
	RULE_PART,		/* built-in: the article's own, by it */
	RULE_END,		/* built-in: heads of comments, wider lines */
	RULE_USER_DROP,		/* --drop, --rules "drop:" */
	RULE_USER_KEEP,		/* --keep, --rules "keep:" */
	RULE_USER_END,		/* --rules "end:", on lines of any length */
	RULE_NCLASS
};

/*
 * What a rule says beyond its class: "end:" rules head the comments
 * after an article (a class of their own: a head may quote the
 * headline, so they hold on lines three times as wide as hints);
 * "title:" rules are drop rules for a line that repeats the headline
 * (原标题); "summary:" rules are asides for a summary (摘要), which hold
 * only when it repeats the body; "list:" rules are hints that head a
 * list of other stories; "tagline:" rules are hints that stand just
 * under a headline (a wiki's "the free encyclopedia"); "credit:" rules
 * are asides for a photo's credit on a line of its own, whose caption
 * is the line just above.  One class is
 * one match, so a rule of a kind costs no more than the others of its
 * class.
 */
enum rule_kind {
	KIND_PLAIN,
	KIND_END,
	KIND_TITLE,
	KIND_SUMMARY,
	KIND_LIST,
	KIND_TAGLINE,
	KIND_FOLLOW,
	KIND_NOTICE,
	KIND_CREDIT,
	KIND_POINTS,
	KIND_SECTION
};

/* What is wrong with a rule, and where, for the caller to report. */
struct rule_error {
	const char	*file;
	long		 line;
	char		 what[320];
};

/*
 * Add one pattern, or return -1 with *e saying why it does not compile.
 * Functions below that return int are the same: 0, or -1 and *e.
 */
int	lexicon_add(enum rule_class, enum rule_kind, const char *re,
	    size_t len, const char *file, long line, struct rule_error *e);

/*
 * Add a "CLASS: RE" line (blank and '#' lines are skipped).  The built-in
 * lexicon (user 0) says "drop", "aside", "hint", "end", "list", "title",
 * "summary", "tagline", "follow", "credit", "part", "notice" or
 * "section"; user rules (user 1) say "drop", "keep" or "end".  Anything
 * else is an error.
 */
int	lexicon_add_line(const char *s, size_t n, const char *file, long line,
	    int user, struct rule_error *e);
/* The class of a built-in rule's name[0..n) ("credit" is RULE_ASIDE), or -1. */
int	lexicon_builtin_class(const char *name, size_t n);
/*
 * Pattern re as the lexicon compiles it, to j: \s matches U+3000 too
 * (see lexicon.c).
 */
struct buf;
void	lexicon_pattern(struct buf *j, const char *re, size_t len);
/* Add every line of text, as lexicon_add_line(), up to a bad one. */
int	lexicon_add_text(const char *text, size_t len, const char *file,
	    int user, struct rule_error *e);

/* Add the built-in lexicon (data/declutter/boilerplate, embedded). */
int	lexicon_add_builtin(struct rule_error *e);

/* Compile each class into one pattern, after the adds. */
int	lexicon_compile(struct rule_error *e);

/*
 * Make the lexicon ready to match on several threads at once: compiled
 * to machine code now, whatever has been read (each thread has its own
 * match data and line).
 */
void	lexicon_share(void);

/*
 * A literal that a pattern of the lexicon needs: its bytes, ASCII
 * letters lowered, are lit_text[off..off + len); start is its first two
 * characters (lexicon_start()).
 */
struct lexicon_literal {
	uint64_t	start;
	uint32_t	off, len;
};

/* Two characters as one key, in the order of their bytes. */
static inline uint64_t
lexicon_start(uint32_t c, uint32_t d)
{
	return (uint64_t)c << 21 | d;
}

/*
 * The built-in classes compiled at build time (scripts/declutter-tables.c
 * writes it, PCRE2's serialized form) and the hash of the patterns they
 * were compiled from; size 0 when there is none.
 *
 * With them, for each compiled part in the same order, what a line must
 * hold for a pattern of the part to match, so that most lines skip it:
 * a character that a pattern can start with, where a match can start,
 * or one of the literals that the other patterns need, anywhere
 * (lits[part_lits[part] .. part_lits[part + 1]), in byte order,
 * compared with ASCII case folded).  Of a character c below U+10000,
 * mask_rows[mask_block[c >> 8]][c & 0xff] has bit 2 * part set when a
 * literal of the part starts with c, bit 2 * part + 1 when a pattern of
 * the part can (any character past them can: both bits of every part,
 * parts).  Bit 2 * part + 1 of floating is set when the part's matches
 * can start anywhere.  Every
 * literal is two characters or more, and bit lexicon_pair(c, d) of
 * pairs is set when some literal starts with c and d.
 *
 * An anchored part is matched by the group of its patterns that can
 * start with the line's first character c, below U+10000: group
 * g = group_rows[group_block[part * 256 + (c >> 8)]][c & 0xff], whose
 * patterns are, by their place in the part, group_alt[group_alts[g] ..
 * group_alts[g + 1]).  Group 0 is the whole part (any other character,
 * and every floating part); of ngroups, a group may be empty.  Of those
 * patterns, group_lit[i] is set for pattern group_alt[i] when it is one
 * gated by the part's literals, which no line without them matches.
 */
struct lexicon_code {
	const uint8_t			 *code;
	size_t				  size;
	uint64_t			  hash;
	const uint16_t			 *mask_block;
	const uint32_t			(*mask_rows)[256];
	uint32_t			  floating;
	uint32_t			  parts;
	const uint8_t			 *pairs;
	const struct lexicon_literal	 *lits;
	const uint32_t			 *part_lits;
	const char			 *lit_text;
	const uint16_t			 *group_block;
	const uint16_t			(*group_rows)[256];
	const uint32_t			 *group_alts;
	const uint8_t			 *group_alt;
	const uint8_t			 *group_lit;
	size_t				  ngroups;
};
extern const struct lexicon_code lexicon_built;

#define LEXICON_PAIRS	(1 << 16)

/* The bit of the pair of characters c, d (ASCII letters lowered) in pairs. */
static inline uint32_t
lexicon_pair(uint32_t c, uint32_t d)
{
	return (c * 0x9e3779b1u ^ d * 0x85ebca6bu) >> 16;
}

/* Whether lexicon_compile() took the built-in classes from it. */
int	lexicon_from_build(void);

/* The compiled built-in classes serialized, for lexicon_built. */
int	lexicon_serialize_builtin(struct lexicon_code *);

/*
 * The pattern of built-in part i, in the order of lexicon_built, as
 * compiled (joined, marked); NULL past the last.
 */
const char	*lexicon_builtin_part(size_t i, size_t *len);

/*
 * Forget the user's rules (--drop, --keep, --rules), so that others can
 * be added and compiled; the built-in ones stay compiled.
 */
void	lexicon_forget_user(void);

/* Of character c, the parts whose literals or patterns start with it. */
static inline uint32_t
lexicon_char_mask(uint32_t c)
{
	if (c > 0xffff)
		return lexicon_built.parts;
	return lexicon_built.mask_rows[lexicon_built.mask_block[c >> 8]][c &
	    0xff];
}

/*
 * What a line holds of what the built-in patterns need: of the parts,
 * bit 2 * part when it holds a literal of the part, bit 2 * part + 1
 * when it holds a character that a pattern of a floating part can start
 * with.  A gate finds it in a pass over the line that does more
 * (features_line()): start it, then give it every character in order.
 */
struct lexicon_gate {
	uint32_t	open;	/* what is still to find */
	uint32_t	hits;
};

void	lexicon_gate_start(struct lexicon_gate *);
/*
 * Of the parts in mask, those with a literal that starts at s[i..n),
 * whose first two characters make key (lexicon_start(), lowered).
 */
uint32_t	lexicon_gate_literals(uint32_t mask, uint64_t key,
		    const char *s, size_t i, size_t n);

/* ASCII capitals lowered, as the literals are. */
static inline uint32_t
lexicon_lower(uint32_t c)
{
	return c - 'A' < 26 ? c + ('a' - 'A') : c;
}

/*
 * Character c at s[i..next) of s[0..n).  Most characters start nothing
 * and cost one look-up; of those that start a literal, most are not
 * followed by a second character that one starts with: the literals
 * themselves are looked up only then.  Inlined whole into the loops over
 * every character, where a call would cost more than the look-ups.
 */
static inline __attribute__((always_inline)) void
lexicon_gate_char(struct lexicon_gate *g, uint32_t c, const char *s,
    size_t i, size_t next, size_t n)
{
	uint32_t m, d, b;
	size_t len;

	if (g->open == 0 || (m = lexicon_char_mask(c) & g->open) == 0)
		return;
	g->hits |= m & 0xaaaaaaaa;
	g->open &= ~g->hits;
	if ((m & 0x55555555) == 0 || next >= n)
		return;
	c = lexicon_lower(c);
	d = lexicon_lower(utf8_get(s, n, next, &len));
	b = lexicon_pair(c, d);
	if (lexicon_built.pairs[b >> 3] >> (b & 7) & 1) {
		g->hits |= lexicon_gate_literals(m & 0x55555555,
		    lexicon_start(c, d), s, i, n);
		g->open &= ~g->hits;
	}
}

/* The gate's hits over all of s[0..n), in a pass of its own. */
uint32_t	lexicon_needs(const char *s, size_t n);

/*
 * Say that the calls below, up to lexicon_line(NULL, 0, 0), read s[0..n)
 * or parts of it, which stays as it is, and that it holds needs
 * (lexicon_needs()): most parts are then ruled out at once.
 */
void	lexicon_line(const char *s, size_t n, uint32_t needs);

/*
 * The index of a rule of class that matches s[0..n), or -1.  s must be
 * valid UTF-8 (the caller checks; a line that is not is never matched).
 * A window other than 0 limits the patterns that scan the line to its
 * first window bytes, where a long line says what it is.
 */
int	lexicon_match(enum rule_class, const char *s, size_t n,
	    size_t window);
/*
 * The same, but the patterns that scan the line read only its last tail
 * bytes, where a caption ends with its credit.
 */
int	lexicon_match_tail(enum rule_class, const char *s, size_t n,
	    size_t tail);

/* The kind of rule index of class. */
enum rule_kind	lexicon_kind(enum rule_class, int index);

/* Where rule index of class came from ("FILE:LINE"), for --explain. */
const char	*lexicon_rule(enum rule_class, int index);

#endif
