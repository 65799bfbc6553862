/* features.c: measuring lines by their shape, in one pass each. */
#include <string.h>

#include "date.h"
#include "features.h"
#include "lexicon.h"
#include "msg.h"
#include "page.h"
#include "spread.h"
#include "uclass.h"
#include "ucp.h"
#include "utf8.h"
#include "util.h"

/* Widths in thirds of a CJK character: below this a line is short. */
#define SHORT		90
/* The width of a menu's item and its space, at most: CJK, Korean. */
#define CJK_ITEM_WIDTH		12
#define HANGUL_ITEM_WIDTH	7
/* The page's reference width is that of its WIDEST-th widest line. */
#define WIDEST		3

/* Han, kana (and ー, which lengthens a kana) and hangul: three thirds wide. */
static int
is_cjk(int32_t c)
{
	return (uclass((uint32_t)c) & (UC_HAN | UC_KANA | UC_HANGUL)) ||
	    c == U'ー';
}

static int
is_letter(int32_t c)
{
	return uclass((uint32_t)c) & UC_CASED;
}

/* Quotes and brackets that may follow the end of a sentence. */
static int
is_closer(int32_t c)
{
	return c == '"' || c == '\'' || (uclass((uint32_t)c) & UC_CLOSE);
}

static int
is_stop(int32_t c)
{
	switch (c) {
	case '!': case '?': case U'。': case UCP_FULLWIDTH('!'):
	case UCP_FULLWIDTH('?'): case UCP_FULLWIDTH('.'):
		return 1;
	}
	return 0;
}

/* Commas, colons and the like inside a sentence. */
static int
is_pause(int32_t c)
{
	switch (c) {
	case ',': case ';': case ':': case U'、': case UCP_FULLWIDTH(','):
	case UCP_FULLWIDTH(';'): case UCP_FULLWIDTH(':'):
		return 1;
	}
	return 0;
}

static int
is_bullet(int32_t c)
{
	switch (c) {
	case U'•': case U'·': case U'●': case U'○': case U'■': case U'□':
	case U'◆': case U'◇': case U'▪': case U'►': case U'▶': case U'→':
	case U'»': case U'›': case U'∙': case U'・': case U'★': case U'☆':
	case U'※': case U'▸':
		return 1;
	}
	return 0;
}

static int
is_separator(int32_t c)
{
	switch (c) {
	case '|': case '>': case '/': case '[': case U'丨': case U'»':
	case U'›': case U'·': case U'・': case U'︱': case U'│': case U'┃':
	case UCP_FULLWIDTH('|'): case UCP_FULLWIDTH('>'):
		return 1;
	}
	return 0;
}

/* Separators that point: breadcrumbs' and bars' between items. */
static int
is_arrow(int32_t c)
{
	switch (c) {
	case '>': case U'»': case U'›': case U'│': case U'┃':
	case UCP_FULLWIDTH('>'):
		return 1;
	}
	return 0;
}

/* An address: http:// or https://, www., .com, .htm (aiohttp is none). */
static int
has_link(const char *s, size_t n)
{
	return memmem(s, n, "://", 3) != NULL ||
	    memmem(s, n, "www.", 4) != NULL ||
	    memmem(s, n, ".com", 4) != NULL ||
	    memmem(s, n, ".htm", 4) != NULL;
}

/* The character at s[0..n) and its length, or -1 (length 1) if invalid. */
static int32_t
char_at(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t c;
	int k = utf8_decode(s, n, &c);

	if (k <= 0) {
		*len = 1;
		return -1;
	}
	*len = (size_t)k;
	return (int32_t)c;
}

/* A citation's mark [3] or [a] is this long at most, brackets included. */
#define CITATION_MAX	6


/* The length of s[0..n) without the citation marks that end it: ….[3][9] */
static size_t
without_citations(const unsigned char *s, size_t n)
{
	size_t i;

	while (n > 2 && s[n - 1] == ']') {
		for (i = n - 2; i > 0 && n - i < CITATION_MAX &&
		    (uclass_ascii_alnum(s[i]) || s[i] == ' '); i--)
			;
		if (s[i] != '[' || i == n - 2)
			break;
		n = i;
	}
	return n;
}

/*
 * The last character of s[0..n) that is not a closing quote or bracket,
 * nor a citation's mark.
 */
static int32_t
last_char(const unsigned char *s, size_t n)
{
	size_t i, k;
	int32_t c;

	n = without_citations(s, n);
	while (n > 0) {
		i = utf8_start(s, n - 1);
		c = char_at(s + i, n - i, &k);
		if (!is_closer(c))
			return c;
		n = i;
	}
	return 0;
}

/*
 * No sentence in it, a third of its cells or more numbers or empty, but
 * not all.
 */
static int
is_row(const struct line *l)
{
	int cells = l->numbers + l->blanks;

	return l->stops == 0 && l->numbers > 0 && cells * 3 >= l->tokens &&
	    cells < l->tokens;
}

/* What one pass over a line counts besides the line's own fields. */
struct tally {
	int32_t	prev;		/* the character before; ' ' after a space */
	int	inword;		/* in a token: a word, a number, a symbol run */
	int	cjk, caps, dots, colons;
	int	hangul;		/* of cjk: Korean writes spaces between words */
	int	tabs;		/* a table's cells are split by tabs */
	int	bad;		/* invalid UTF-8 seen */
	struct lexicon_gate gate;	/* what the lexicon needs, seen */
};

/*
 * The end of the run of Han characters (U+4000..U+9FFF but 丨, a
 * separator) at s + i: they are most text, so the run is read three bytes
 * at a time.
 */
static size_t
han_run(struct tally *t, const unsigned char *s, size_t i, size_t n)
{
	struct lexicon_gate g = t->gate;	/* kept in registers */
	uint32_t c;

	for (; i + 2 < n && utf8_is_han3(s + i); i += 3) {
		if ((c = utf8_get3(s + i)) == U'丨')
			break;
		lexicon_gate_char(&g, c, (const char *)s, i, i + 3, n);
	}
	t->gate = g;
	return i;
}

/* A run of Han characters len bytes long: three thirds each. */
static void
tally_han(struct tally *t, struct line *l, size_t len)
{
	if (!t->inword)
		l->tokens++;
	t->inword = 1;
	t->cjk += len / 3;
	l->width += len;
	t->prev = U'一';	/* any Han character */
}

/* An ASCII letter; a word starting with a capital counts as capitalized. */
static void
tally_letter(struct tally *t, struct line *l, int32_t c)
{
	if (!t->inword) {
		l->tokens++;
		if (c >= 'A' && c <= 'Z')
			t->caps++;
	}
	t->inword = 1;
	l->width++;
	t->prev = c;
}

/* A full stop at s[i], not a decimal point or an abbreviation. */
static int
full_stop(int32_t prev, const unsigned char *s, size_t i, size_t n)
{
	return (i + 1 == n || s[i + 1] == ' ') &&
	    (is_letter(prev) || is_cjk(prev) || is_closer(prev));
}

/* A comma or colon at s[i] between digits: 1,000 and 12:30 are numbers. */
static int
in_number(int32_t c, int32_t prev, const unsigned char *s, size_t i, size_t n)
{
	return (c == ',' || c == ':') && prev >= '0' && prev <= '9' &&
	    i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9';
}

/*
 * A separator between items at s[i]: spaced, a bar, or an arrow, which
 * may touch CJK words: 主页>新闻>正文 (U+3000 and up, whose UTF-8 begins
 * with 0xe3 or more).
 */
static int
item_separator(int32_t c, int32_t prev, const unsigned char *s, size_t i,
    size_t n)
{
	/* 12GB / 16GB: a slash before a figure parts a field's values. */
	if (c == '/' && ((i + 2 < n && s[i + 1] == ' ' && s[i + 2] >= '0' &&
	    s[i + 2] <= '9') || (i + 1 < n && s[i + 1] >= '0' &&
	    s[i + 1] <= '9')))
		return 0;
	return is_separator(c) && (prev == ' ' || (i + 1 < n &&
	    s[i + 1] == ' ') || c == '|' || c == UCP_FULLWIDTH('|') ||
	    (is_arrow(c) && (prev >= UCP_IDEOGRAPHIC_SPACE || (i + 1 < n &&
	    s[i + 1] >= 0xe3))));
}

/*
 * Any other character at s[i]: a digit, punctuation, a symbol, kana or
 * hangul.  A dash alone stands for an empty cell of a table.
 */
static void
tally_other(struct tally *t, struct line *l, int32_t c,
    const unsigned char *s, size_t i, size_t n)
{
	if (!t->inword) {
		l->tokens++;
		if (c >= '0' && c <= '9')
			l->numbers++;
		else if (c == UCP_EM_DASH || c == UCP_EN_DASH)
			l->blanks++;
	}
	t->inword = 1;
	if (is_cjk(c)) {
		t->cjk++;
		if (c >= 0xac00 && c <= 0xd7a3)
			t->hangul++;
		l->width += 3;
	} else
		l->width += 1;
	if (c >= '0' && c <= '9')
		l->digits++;
	else if (c == '.')
		t->dots++;
	else if (c == ':')
		t->colons++;
	if (is_stop(c) || (c == '.' && full_stop(t->prev, s, i, n))) {
		l->punct++;
		l->stops++;
	} else if (is_pause(c) && !in_number(c, t->prev, s, i, n))
		l->punct++;
	if (item_separator(c, t->prev, s, i, n))
		l->seps++;
	t->prev = c;
}

/* Count the Han run or the character at s[i]; returns where the next starts. */
static size_t
tally_at(struct tally *t, struct line *l, const unsigned char *s, size_t i,
    size_t n)
{
	size_t end, k;
	int32_t c;

	/* A Han character's UTF-8 begins with 0xe4 to 0xe9. */
	end = s[i] >= 0xe4 ? han_run(t, s, i, n) : i;
	if (end > i) {
		tally_han(t, l, end - i);
		return end;
	}
	if (s[i] < 0x80) {
		c = s[i];
		k = 1;
	} else if ((c = char_at(s + i, n - i, &k)) < 0)
		t->bad = 1;
	if (c >= 0)
		lexicon_gate_char(&t->gate, (uint32_t)c, (const char *)s, i,
		    i + k, n);
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		tally_letter(t, l, c);
	else if (line_space(c)) {
		t->tabs += c == '\t';
		t->inword = 0;
		t->prev = ' ';
	} else
		tally_other(t, l, c, s, i, n);
	return i + k;
}

/* What the last character says: an ending, an exclamation, a lead-in. */
static void
flag_ending(struct line *l, const unsigned char *s, size_t n)
{
	int32_t last = last_char(s, n);

	if (is_stop(last) || last == '.' || last == U'…' ||
	    last == UCP_FULLWIDTH(';') || last == ';')
		l->flags |= L_ENDS;
	if (last == '!' || last == '?' || last == UCP_FULLWIDTH('!') ||
	    last == UCP_FULLWIDTH('?'))
		l->flags |= L_EXCLAIM;
	if (last == ':' || last == UCP_FULLWIDTH(':'))
		l->flags |= L_LEADIN;
}

/* A list item's marker at the start: a bullet, "- ", "* " or "+ ". */
static int
list_marker(const unsigned char *s, size_t n)
{
	size_t k;
	int32_t first = char_at(s, n, &k), second = 0;

	if (k < n)
		second = char_at(s + k, n - k, &k);
	return ((first == '-' || first == '*' || first == '+') &&
	    second == ' ') || is_bullet(first);
}

/*
 * Short words and no punctuation: a menu, CJK or in capitals; a row of
 * a table, a label and numbers or cells split by tabs with a number
 * (3楼—4楼<TAB>2.4<TAB>—), is not one, nor a label and its value in two
 * cells (数据接口<TAB>10GigE / CoaXPress-12).
 */
static int
menu_like(const struct line *l, const struct tally *t)
{
	/*
	 * Korean spaces its words as letters do: a headline's run of them
	 * is no menu, whose items are of two syllables or so (정치 경제).
	 */
	int item = t->hangul * 2 > t->cjk ? HANGUL_ITEM_WIDTH : CJK_ITEM_WIDTH;

	return (l->tokens >= 3 && t->tabs != 1 && l->punct == 0 && t->cjk > 0 &&
	    l->width <= item * l->tokens && !is_row(l) &&
	    !(t->tabs > 0 && l->numbers > 0)) ||
	    (l->tokens >= 4 && l->punct == 0 && t->cjk == 0 &&
	    t->caps == l->tokens && l->width <= 8 * l->tokens);
}

/*
 * Links and dates, which say something only in short lines.  A date
 * needs a year and a day, a clock time four digits.
 */
/* A video's length alone on its line: 01:58, 1:02:15. */
static int
video_length(const char *s, size_t n)
{
	size_t i, digits = 0, colons = 0;

	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] == ':')
			colons++;
		else
			return 0;
	return colons >= 1 && colons <= 2 && digits >= 3 && digits <= 6;
}

static void
flag_link_date(struct line *l, const struct tally *t, const char *s, size_t n)
{
	struct date d;

	if (l->width >= SHORT)
		return;
	if (t->colons > 0 && video_length(s, n))
		l->flags |= L_LENGTH;
	if ((t->dots > 0 || t->colons > 0) && has_link(s, n))
		l->flags |= L_LINK;
	if (l->digits >= 3 && ((t->colons > 0 && time_find(s, n)) ||
	    date_find(s, n, &d)))
		l->flags |= L_DATE;
}

/* Whether c may be part of a name in a program: foo_bar1. */
static int
name_char(unsigned char c)
{
	return uclass_ascii_alnum(c) || c == '_';
}

/*
 * A line of program code, in letters, with no sentence inside: a call
 * whose brackets touch its name that starts the line or ends it
 * (print(len(html)), return resp.text(), def fetch(url):), an operator
 * of code (=, ==, ->, =>, ::), or a block's brace at its end.  A title
 * that names a call in its words (Slow count(*) on large tables) is
 * none, nor a lead-in's colon or an entity's semicolon.
 */
static int
code_like(const struct line *l, const unsigned char *s, size_t n)
{
	size_t i, first = n;
	int call = 0, op = 0;
	unsigned char last;

	if ((l->flags & L_CJK) || l->stops > 0 || n == 0)
		return 0;
	for (i = 1; i < n; i++) {
		if (s[i] == ' ' && first == n)
			first = i;
		if (s[i] == '(' && name_char(s[i - 1]) &&
		    memchr(s + i, ')', n - i) != NULL)
			call |= i < first ? 2 : 1;
		else if ((s[i] == '=' && (s[i - 1] == ' ' || s[i - 1] == '=' ||
		    s[i - 1] == '!' || name_char(s[i - 1])) && i + 1 < n &&
		    (s[i + 1] == ' ' || s[i + 1] == '=')) ||
		    ((s[i] == '>' && (s[i - 1] == '-' || s[i - 1] == '=')) ||
		    (s[i] == ':' && s[i - 1] == ':')))
			op = 1;
	}
	last = s[n - 1];
	if (call && n >= 2 && (last == ')' || (s[n - 2] == ')' &&
	    (last == ':' || last == ';' || last == '{'))))
		return 1;
	return (call & 2) || op || last == '{' || last == '}';
}

int
section_number(const char *t, size_t len)
{
	size_t i = 0;
	uint32_t c;
	int digits = 0, v = 0, tens = 0, k;

	while (i < len && (k = utf8_decode((const unsigned char *)t + i,
	    len - i, &c)) > 0 && c != U'、') {
		switch (c) {
		case U'一': v = 1; break;
		case U'二': v = 2; break;
		case U'三': v = 3; break;
		case U'四': v = 4; break;
		case U'五': v = 5; break;
		case U'六': v = 6; break;
		case U'七': v = 7; break;
		case U'八': v = 8; break;
		case U'九': v = 9; break;
		case U'十':	/* 十, 十二, 二十, 二十三 */
			tens = v > 0 ? v : 1;
			v = 0;
			break;
		default:
			return -1;
		}
		if (++digits > 3)
			return -1;
		i += (size_t)k;
	}
	return digits > 0 && i < len ? tens * 10 + v : -1;
}

void
features_line(const struct page *p, struct line *l)
{
	const unsigned char *s = (const unsigned char *)line_text(p, l);
	size_t n = l->len, i = 0;
	struct tally t = { .prev = ' ' };

	l->flags &= L_BLANK;
	l->width = l->punct = l->stops = l->digits = l->tokens = l->seps = 0;
	l->numbers = l->blanks = 0;
	l->needs = 0;
	if (n == 0)
		return;
	lexicon_gate_start(&t.gate);
	while (i < n)
		i = tally_at(&t, l, s, i, n);
	l->needs = t.gate.hits;
	if (t.bad)
		l->flags |= L_BADUTF8;
	flag_ending(l, s, n);
	if (t.cjk > 0)
		l->flags |= L_CJK;
	if (list_marker(s, n))
		l->flags |= L_LIST;
	if (l->seps >= 2)
		l->flags |= L_SEPS;
	if (t.tabs > 0)
		l->flags |= L_CELLS;
	if (menu_like(l, &t))
		l->flags |= L_MENU;
	flag_link_date(l, &t, (const char *)s, n);
	/* A program's lines stand in the article as a table's rows do. */
	if (code_like(l, s, n))
		l->flags |= L_CELLS;
}

struct slot {
	uint64_t	hash;
	size_t		line;	/* first line with this text, plus one */
};

/* One table a thread, reused from page to page. */
static _Thread_local struct slot	*slots;
static _Thread_local size_t		 slotcap, slotready;

/* Mark lines whose text appears more than once in the page. */
static void
mark_repeats(struct page *p)
{
	size_t size = 16, i, j;
	struct line *l, *o;
	uint64_t h;

	while (size < p->nlines * 2)
		size *= 2;
	grow_ready(&slots, &slotcap, &slotready, size * sizeof *slots);
	memset(slots, 0, size * sizeof *slots);
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->flags & L_BLANK)
			continue;
		h = hash_bytes(line_text(p, l), l->len);
		/* Equal 64-bit hashes and lengths are taken as equal text. */
		for (j = h & (size - 1); slots[j].line != 0;
		    j = (j + 1) & (size - 1)) {
			o = &p->lines[slots[j].line - 1];
			if (slots[j].hash == h && o->len == l->len) {
				o->flags |= L_REPEAT;
				l->flags |= L_REPEAT;
				break;
			}
		}
		if (slots[j].line == 0) {
			slots[j].hash = h;
			slots[j].line = i + 1;
		}
	}
}

/*
 * A table's header is words alone, like a menu; the rows under it, two
 * or more with as many cells and numbers among them, tell it from one.
 */
static void
mark_headers(struct page *p)
{
	struct line *l, *next = NULL, *after = NULL;
	size_t i;

	for (i = p->nlines; i-- > 0;) {
		l = &p->lines[i];
		if (l->flags & L_BLANK)
			continue;
		if ((l->flags & L_MENU) && after != NULL && is_row(next) &&
		    is_row(after) && next->tokens == l->tokens &&
		    after->tokens == l->tokens)
			l->flags &= ~L_MENU;
		after = next;
		next = l;
	}
}

void
features_page(struct page *p)
{
	size_t i;

	int top[WIDEST] = { 0 }, w, k;

	spread_lines(p, features_line);
	for (i = 0; i < p->nlines; i++) {
		/* In order, where the lines may have been measured at once. */
		if (p->lines[i].flags & L_BADUTF8)
			bad_input("invalid UTF-8", p->file, p->lines[i].lineno,
			    "invalid UTF-8, passed through");
		/* keep the WIDEST widest, in decreasing order */
		w = p->lines[i].width;
		for (k = 0; k < WIDEST; k++)
			if (w > top[k]) {
				memmove(top + k + 1, top + k,
				    (WIDEST - k - 1) * sizeof top[0]);
				top[k] = w;
				break;
			}
	}
	/* One enormous line (a spam blob) must not make all others short. */
	p->maxwidth = top[WIDEST - 1];
	mark_repeats(p);
	mark_headers(p);
}
