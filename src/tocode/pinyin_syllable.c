/*
 * pinyin_syllable.c: recognize one Hanyu Pinyin syllable.  A syllable is
 * spelled in ASCII with 'v' for ü and 'E' for ê, looked up in the sorted
 * list of data/tocode/pinyin-syllables.txt; a tone mark, precomposed (NFC)
 * or combining (NFD), must stand on the vowel the standard rule picks.
 */
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "ucp.h"
#include "utf8.h"
#include "util.h"
#include "pinyin_syllable.h"

#define SPELLING_MAX	8	/* "zhuang" and a NUL, with room */

static char	(*spellings)[SPELLING_MAX];
static size_t	 nspellings;
static uint64_t	*keys;		/* spellings packed big-endian, in order */

/* Letters with a tone mark or diaeresis, as spelling letter and tone. */
static const struct {
	uint32_t	cp;
	char		letter;
	char		tone;
} marked[] = {
	{ U'à', 'a', 4 }, { U'á', 'a', 2 }, { U'è', 'e', 4 },
	{ U'é', 'e', 2 }, { U'ê', 'E', 0 }, { U'ì', 'i', 4 },
	{ U'í', 'i', 2 }, { U'ò', 'o', 4 }, { U'ó', 'o', 2 },
	{ U'ù', 'u', 4 }, { U'ú', 'u', 2 }, { U'ü', 'v', 0 },
	{ U'ā', 'a', 1 }, { U'ē', 'e', 1 }, { U'ě', 'e', 3 },
	{ U'ī', 'i', 1 }, { U'ń', 'n', 2 }, { U'ň', 'n', 3 },
	{ U'ō', 'o', 1 }, { U'ū', 'u', 1 }, { U'ǎ', 'a', 3 },
	{ U'ǐ', 'i', 3 }, { U'ǒ', 'o', 3 }, { U'ǔ', 'u', 3 },
	{ U'ǖ', 'v', 1 }, { U'ǘ', 'v', 2 }, { U'ǚ', 'v', 3 },
	{ U'ǜ', 'v', 4 }, { U'ǹ', 'n', 4 }, { U'ḿ', 'm', 2 },
	{ U'ế', 'E', 2 }, { U'ề', 'E', 4 },
};

/* The tone a combining mark gives, or 0. */
static int
combining_tone(uint32_t cp)
{
	switch (cp) {
	case UCP_COMBINING_MACRON:
		return 1;
	case UCP_COMBINING_ACUTE:
		return 2;
	case UCP_COMBINING_CARON:
		return 3;
	case UCP_COMBINING_GRAVE:
		return 4;
	}
	return 0;
}

/* Where the tone mark goes: a, else e (ê), else o of ou, else the last vowel. */
static size_t
tone_position(const char *sp, size_t len)
{
	const char *p;
	size_t i, last = len;

	if ((p = memchr(sp, 'a', len)) != NULL ||
	    (p = memchr(sp, 'e', len)) != NULL ||
	    (p = memchr(sp, 'E', len)) != NULL)
		return p - sp;
	for (i = 0; i < len; i++) {
		if (sp[i] == 'o' && i + 1 < len && sp[i + 1] == 'u')
			return i;
		if (strchr("iouv", sp[i]) != NULL)
			last = i;
	}
	if (last < len)
		return last;
	/* m, n, ng, hm, hng: on the nasal. */
	for (i = 0; i < len; i++)
		if (sp[i] == 'm' || sp[i] == 'n')
			return i;
	return 0;
}

static int
spelling_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Spell s[0..n) in ASCII; the tone and where its mark stood. */
static int
spell(const char *s, size_t n, char *sp, int *tone, size_t *markpos)
{
	size_t i = 0, len = 0, k;
	uint32_t cp;
	int t;

	*tone = 0;
	*markpos = 0;
	while (i < n) {
		cp = utf8_get(s, n, i, &k);
		i += k;
		if ((t = combining_tone(cp)) != 0) {
			if (len == 0 || *tone != 0)
				return -1;
			*tone = t;
			*markpos = len - 1;
			continue;
		}
		if (cp == UCP_COMBINING_DIAERESIS && len > 0 && sp[len - 1] == 'u') {
			sp[len - 1] = 'v';
			continue;
		}
		if (len + 1 >= SPELLING_MAX)
			return -1;
		if (cp >= 'a' && cp <= 'z') {
			sp[len++] = cp;
			continue;
		}
		for (k = 0; k < NELEM(marked); k++)
			if (marked[k].cp == cp)
				break;
		if (k == NELEM(marked))
			return -1;
		if (marked[k].tone != 0) {
			if (*tone != 0)
				return -1;
			*tone = marked[k].tone;
			*markpos = len;
		}
		sp[len++] = marked[k].letter;
	}
	sp[len] = '\0';
	return len;
}

/* A spelling as one integer whose order is the spellings' order. */
static uint64_t
pack(const char *sp)
{
	uint64_t k = 0;
	size_t i;

	for (i = 0; i < SPELLING_MAX; i++) {
		k = k << 8 | (unsigned char)sp[i];
		if (sp[i] == '\0') {
			k <<= 8 * (SPELLING_MAX - 1 - i);
			break;
		}
	}
	return k;
}

/* The code of s[0..n), found from its spelling. */
static int
spelled_code(const char *s, size_t n)
{
	char sp[SPELLING_MAX];
	size_t markpos, lo = 0, hi = nspellings, mid;
	uint64_t k;
	int len, tone;

	if (n == 0 || (len = spell(s, n, sp, &tone, &markpos)) <= 0)
		return -1;
	if (tone != 0 && markpos != tone_position(sp, len))
		return -1;
	k = pack(sp);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (keys[mid] == k)
			return (int)mid << 3 | tone;
		if (keys[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/*
 * Codes found already, by a hash of the text: a page with injected
 * pinyin repeats a few hundred syllables, each spelled out again.
 */
#define MEMO_SLOTS	1024
#define MEMO_TEXT	15

static struct memo {
	unsigned char	len;		/* 0: empty */
	char		text[MEMO_TEXT];
	int		code;
} memo[MEMO_SLOTS];

static struct memo *
memo_slot(const char *s, size_t n)
{
	return &memo[hash_bytes(s, n) % MEMO_SLOTS];
}

int
syllable_code(const char *s, size_t n)
{
	struct memo *m;

	if (n == 0 || n > MEMO_TEXT)
		return spelled_code(s, n);
	m = memo_slot(s, n);
	if (m->len != n || memcmp(m->text, s, n) != 0) {
		m->code = spelled_code(s, n);
		m->len = (unsigned char)n;
		memcpy(m->text, s, n);
	}
	return m->code;
}

void
syllables_load(void)
{
	struct data_lines dl;
	const char *p, *line;
	size_t len, n, cap = 0, markpos;
	int tone;

	if ((p = embedded_file("pinyin-syllables.txt", &len)) == NULL)
		return;
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &n); ) {
		if ((nspellings + 1) * SPELLING_MAX > cap)
			grow(&spellings, &cap, (nspellings + 1) * SPELLING_MAX);
		if (spell(line, n, spellings[nspellings], &tone,
		    &markpos) > 0 && tone == 0)
			nspellings++;
	}
	qsort(spellings, nspellings, SPELLING_MAX, spelling_cmp);
	keys = xcalloc(nspellings, sizeof *keys);
	for (len = 0; len < nspellings; len++)
		keys[len] = pack(spellings[len]);
}
