/*
 * lexicon.h: the word lists of data/numextract/, parsed once at start-up
 * into tries: units, classifiers and currencies after a number, currency
 * names and symbols before it, qualifier words, ordinal suffixes, the
 * negative lexicon, words that introduce record numbers, name suffixes.
 */
#ifndef NUMEXTRACT_LEXICON_H
#define NUMEXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

enum kind {
	K_MONEY, K_COUNT, K_PERCENT, K_MEASURE, K_DURATION, K_MULTIPLE,
	K_DATE, K_TIME, K_ORDINAL, K_NUMBER, K_ID, K_NKINDS
};

enum qual { Q_NONE, Q_GE, Q_LE, Q_GT, Q_LT, Q_APPROX };
/*
 * Added to a qualifier before the number that stays out of its span, to
 * one after that bounds only a measure (150米以外; 除3人以外 is apart),
 * to one after that bounds only a length of time (48小时内; 3个内 no), or
 * to a word before whose last character alone is the qualifier, in the
 * span (收入超百亿元: 收入 is a word, and not 入超, a trade deficit), or
 * to one between a number and its unit that holds only after tens or more
 * in round figures (十来万; 一来方便 is none), or only after 百, 千 or 万
 * alone (千把块; 一百把椅子 counts chairs).
 */
enum { QUAL_APART = 8, QUAL_MEASURE = 16, QUAL_DURATION = 32,
    QUAL_TAIL = 64, QUAL_ROUND = 128, QUAL_BARE = 256 };

/* The qualifier itself of a trie's value with the flags above. */
static inline enum qual
qual_of(int q)
{
	return (enum qual)(q & 7);
}

extern const char *const kind_names[K_NKINDS];
extern const char *const qual_names[];

struct unit {
	enum kind	 kind;		/* K_NKINDS: a word that is no unit */
	const char	*name;		/* normalized; "*" the default currency */
	int		 scale;		/* power of ten: 三成 is 30 %, 3毛 0.3 元 */
	int		 digits_only;	/* only after Arabic digits: 4级, not 一级 */
	int		 index_only;	/* only after an index's level: 3058.42点 */
	int		 hundredths;	/* two digits after it are: 9秒97, 8米22 */
	int		 not_after_year;	/* none after a year: 2020起 is from it */
	int		 record_only;	/* only in a record: 15胜5平2负 */
	int		 in_context;	/* its meaning depends on the clause: 度 */
	int		 two_digits;	/* two digits are a percent: 75折 */
	int		 halves;	/* 半 before it is half of one: 半勺 */
	int		 word_end;	/* none when a word runs on: 两个油桶 */
	int		 alone;		/* after 一二三 when no word runs on */
	int		 per_only;	/* only after a rate's slash: 元/学年 */
	int		 verb;		/* a verb before 到 and a number: 升到1.6 */
	int		 small;		/* none after three digits: 602室 */
	int		 binary;	/* only after a power of two: 256G */
	int		 named_only;	/* only where a word names it: 300M宽带 */
	const char	*tenth;		/* its tenth after a digit: 斤 两 */
};

/* 时速…公里 is km/h: a word before the number turns unit from into to. */
struct rate {
	int	 from, to;	/* units[] */
	int	 next;		/* rates[]: another unit of the word, or -1 */
};

/* Added to a reign's first year: the reign is named only after its dynasty. */
#define REIGN_AFTER_DYNASTY	10000

struct lexicon {
	struct trie	*after;		/* -> units[] */
	/* -> units[]: units only after a rate's slash (元/学年, 美元/桶) */
	struct trie	*after_slash;
	struct trie	*cur_before;	/* backwards -> units[] */
	struct unit	*units;
	size_t		 nunits;
	struct trie	*qual_before;	/* backwards -> enum qual [+ QUAL_APART] */
	struct trie	*qual_reach;	/* backwards -> enum qual: a verb between */
	struct trie	*qual_base;	/* backwards -> enum qual: a share's base between */
	struct trie	*qual_mid;	/* -> enum qual */
	struct trie	*qual_after;	/* -> enum qual [+ QUAL_MEASURE or _DURATION] */
	struct trie	*qual_round;	/* backwards: 小 before 一万, round figures */
	struct trie	*qual_half;	/* backwards: 大 before 半个月 */
	struct trie	*ordinal;	/* words after 第N */
	struct trie	*negatives;
	uint64_t	*neg_chars;	/* bit per BMP character of a negative */
	struct trie	*codes;		/* backwards */
	struct trie	*phone_after;	/* 热线 after a phone number */
	struct trie	*id_suffix;
	struct trie	*streets;	/* road words after a number */
	struct trie	*particles;	/* sentence-final particles */
	struct trie	*half_words;	/* words that begin with 半 */
	struct trie	*ordinal_names;	/* 中学 after 第N: a name */
	struct trie	*streets_back;	/* the same, backwards */
	struct trie	*day_counts;	/* backwards: 连续 before 三日 */
	struct trie	*year_counts;	/* backwards: 距今 before 2200年 */
	struct trie	*capital_counters;	/* 一式陆份: 陆 counts */
	struct trie	*share_holders;	/* 民众 after 六成二 */
	struct trie	*race_words;	/* 马拉松: 2:06:39 is a finishing time */
	struct trie	*race_words_back;	/* 用时 just before 55:41 */
	struct trie	*day_lengths;	/* 5日均线: days, no date */
	struct trie	*phase_words;	/* 二期工程: a phase */
	struct trie	*phase_words_back;	/* the same, backwards */
	struct trie	*recent_after;	/* 近十年来: the last ten years */
	struct trie	*recent_before;	/* backwards: 创 before 近3个月 */
	struct trie	*references;	/* 的警戒线: the value is the line */
	struct trie	*score_before;	/* 比分为 22:24: a score, backwards */
	struct trie	*score_after;	/* 22:24 战胜: a score */
	struct trie	*money_words;	/* backwards: 票房 before 50亿 */
	struct trie	*money_after;	/* 买 after 三千多 */
	struct trie	*price_words;	/* backwards: 才 before 十几块 */
	struct trie	*won_words;	/* backwards: 夺得 before 3金 */
	struct trie	*magnitude_words;	/* backwards: 規模 before 5.8 */
	struct trie	*watt_words;	/* 快充 after 65w */
	struct trie	*change_words;	/* backwards: 下跌 before 156元至8,842元 */
	struct trie	*reigns;	/* backwards: 康熙 before 二十三年, its first year */
	struct trie	*rate_before;	/* backwards -> rates[] */
	struct rate	*rates;
	size_t		 nrates;
	struct trie	*context_words;	/* backwards -> contexts[] */
	struct trie	*context_words_after;	/* the same, forwards */
	struct trie	*naming_after;	/* forwards: words marked "after" */
	struct rate	*contexts;	/* 用电…度 is kWh */
	size_t		 ncontexts;
	struct trie	*labels;	/* backwards: 表 before a table's number */
	struct trie	*index_words;	/* backwards: 收于 before 12点 */
	struct trie	*index_names;	/* backwards: 恒指 before 升12点 */
};

extern struct lexicon lex;
/* The currency of a bare 元 (--currency), CNY unless set. */
extern const char *default_currency;

void	lexicon_load(void);
int	kind_by_name(const char *, size_t);
/* The kinds' names, "money, count, ...", for messages. */
const char	*kind_list(void);
/* The kind of the unit or classifier at s[j], or -1 (none, or no unit). */
int	unit_kind_at(const char *s, size_t n, size_t j);
/*
 * Whether the unit s[j..j+blen) is a digit's character (两) with a unit
 * after it, which it counts instead (500两只; 三百两银子 has a record's
 * unit after it, no unit out of a record).
 */
int	digit_counting_unit(const char *s, size_t n, size_t j, size_t blen);
/*
 * The unit of a rate, "num/den" (CNY/m2 for 元/平方米), kept for the
 * whole run: one string for each pair, so units compare as pointers do.
 */
const char	*unit_per(const char *num, const char *den);

/* Whether the (folded) character c occurs in a phrase of the negative lexicon. */
static inline int
in_negative_chars(uint32_t c)
{
	return c > 0xffff || (lex.neg_chars[c >> 6] >> (c & 63) & 1);
}

#endif
