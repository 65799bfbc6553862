/* title.c: choosing the headline among the lines above the article. */
#include <string.h>

#include "date.h"
#include "features.h"
#include "lexicon.h"
#include "page.h"
#include "score.h"
#include "title.h"
#include "uclass.h"
#include "utf8.h"

#define LOOK_BACK	36	/* thirds of a line (see WIDGET) above the block */
#define SCAN_MAX	60	/* non-blank lines above the block looked at */
#define MENU_RUN	12	/* a menu's items in a row over a headline */
#define MENU_ITEMS	3	/* a menu's items, fewest */
#define LIST_MARKER	4	/* bytes of a list's marker and its space (• ) */
#define CUT_PREFIX	12	/* bytes of a line a title cut short keeps: 4 CJK */
#define EVIDENCE_SPAN	300	/* lines around the block searched for repeats */
#define MIN_WIDTH	12	/* 4 CJK characters */
#define MAX_WIDTH	360	/* 120 CJK characters */
#define MIN_POINTS	5
#define MIN_WORDS	3
/*
 * A headline stands above its byline or date line, most often just above
 * it: past the links, tools and prompts set between it and the body.
 */
#define ABOVE_BYLINE	8
#define ON_BYLINE	8
/*
 * Distance is counted in thirds of a line: widgets between a headline and
 * its body (share buttons, tag lists, page tools, bylines; see widget())
 * put it a third as far away as a line of text.
 */
#define WIDGET		(L_LEX_DROP | L_LEX_HINT | L_LIST | L_SEPS | L_LINK | \
			 L_INLIST)
/*
 * A repeated CJK line narrower than this (6 characters) is the name of a
 * site or a section (a menu item, a breadcrumb's root) as often as not.
 */
#define EVIDENCE_WIDTH	18
/* A site's name alone is narrower than this: eight CJK characters. */
#define SITE_WIDTH	24
/* Lines below a first section (一、) where its second may stand. */
#define SECTION_REACH	40
/* A line this wide the window title holds is a headline: 8 CJK. */
#define HELD_WIDTH	24
/* A window title this wide that is a line's copy names it: 12 CJK. */
#define WHOLE_TITLE_WIDTH	36
/* What the line over a tagline scores: more than any other evidence. */
#define TAGLINE_POINTS	100
/* A headline is broken over at most this many more lines this narrow. */
#define SPLIT_MAX	2
#define SPLIT_WIDTH	90
/* Links to other stories: this many short lines together. */
#define LINKS_MIN	3
/* A headline the page names is looked for this many lines above, */
#define FAR_LINES	200
/* among this many lines that may name it. */
#define NAMING_MAX	16
/* A headline in the block is no wider than 40 CJK characters. */
#define HEAD_WIDTH	120
#define SECTION_BEFORE	24	/* bytes of a section's name before a title */
/* A list's items under a lead-in: this many lines at most. */
#define ITEMS_MAX	12
#define FIELD_LABEL	18	/* bytes of a field's label: 6 CJK characters */
#define TAGLINE_REACH	8	/* lines from a headline down to its tagline */
#define LINKS_SPAN	24
#define PLAIN_DECK_OVER	15	/* 5 CJK characters: no kicker's, no column's */
#define LINK_WIDTH	24	/* 8 CJK characters: a headline's, not a menu's */
#define WORD_BEFORE	12	/* bytes of a word the window title leaves out */
/*
 * Pauses in a headline at most: a Chinese one lists with 、 and ， more
 * (北京：暴雨、大风、冰雹，三预警齐发，市民注意防范), but not with
 * semicolons, as key words are listed.
 */
#define PAUSES		3
#define CJK_PAUSES	6
/* A headline run together with its byline is this wide (12 CJK) or more. */
#define HEADED_WIDTH	36
/* What a line in letters loses above a body in Chinese. */
#define LETTERS_OVER_CJK	20
/* A Chinese headline is set in at most this many parts apart: 走前列 当先锋. */
#define HEAD_PARTS	5
/*
 * A headline in letters over its standfirst is this wide, of this many
 * words; a kicker (Wohnungsmarkt in Großstädten) has fewer.  Under a
 * headline shorter than DECK_LONG, a standfirst is wider than it (a list
 * of other stories' headlines is not).
 */
#define DECK_OVER	24
#define DECK_WORDS	5
#define DECK_LONG	40
/* Bytes a shorter wording begins with as the headline does: 2 CJK characters. */
#define SAME_START	6
/* A Chinese line this wide with two pauses is a deck, not a headline. */
#define DECK_WIDE	120	/* 40 CJK characters */
/* A menu run together in letters has this many words or more. */
#define MENU_WORDS	6
/* Points a Chinese line of four or five characters loses: a column's name. */
#define SHORT_CJK_POINTS	4
/* Bytes of a tag a repeat of the headline adds to it: 【视频】, (图). */
#define REPEAT_TAG	12
/* Lines above the body a short headline the page names may stand. */
#define SHORT_NAMED_REACH	12

/*
 * Whether an opening quote starts s: its words go on a headline's
 * (县域医共体“一张处方”试点一年 holds no kicker set off).
 */
static int
opens_quote(const char *s, const char *end)
{
	uint32_t c;

	if (s >= end || utf8_decode((const unsigned char *)s,
	    (size_t)(end - s), &c) <= 0)
		return 0;
	switch (c) {
	case U'“': case U'‘': case U'「': case U'『': case U'《': case U'〈':
		return 1;
	}
	return 0;
}

/*
 * Whether the text at s, after a repeat that starts a line, sets the
 * repeat off as a window title's headline is (标题_新浪网, Title - Site):
 * no word goes on with it, as an issuer's name goes on into a notice's
 * headline (X办公厅关于…的通知), a wire's name into a sentence of
 * credit (World Wire Service writer X contributed), a number into a score.
 */
static int
set_off(const char *s, const char *end)
{
	unsigned char c = s < end ? (unsigned char)*s : 0;

	/* Past a space, a sentence goes on in lower case. */
	if (c == ' ') {
		while (s < end && *s == ' ')
			s++;
		return s == end || !(*s >= 'a' && *s <= 'z');
	}
	/* A score or a number goes on: Rovers 2 of Rovers 2-1 City. */
	if ((c == '-' || c == '.' || c == ',' || c == ':' || c == '/') &&
	    s[-1] >= '0' && s[-1] <= '9' && s + 1 < end &&
	    s[1] >= '0' && s[1] <= '9')
		return 0;
	return !(c >= 0xe4 && c <= 0xe9) && !(c >= '0' && c <= '9') &&
	    !uclass_ascii_letter(c) && !opens_quote(s, end);
}

/*
 * Whether the text before a repeat that ends a line [start, at) leads to
 * it as a breadcrumb or a label does (首页 > 正文 > 标题, Home » Title,
 * 标题：…): it ends with a mark, not with a word (Follow The Daily Blaze
 * names a site), nor with a slash joined to a word (Photo by X/Site
 * credits a site).
 */
static int
led_off(const char *start, const char *at)
{
	const char *end = at;

	while (at > start && at[-1] == ' ')
		at--;
	if (at == start)
		return 1;
	if (at[-1] == '/' && at == end && at - start >= 2 &&
	    uclass_ascii_letter((unsigned char)at[-2]))
		return 0;
	return !uclass_ascii_letter((unsigned char)at[-1]) &&
	    !(at[-1] >= '0' && at[-1] <= '9');
}

/*
 * Whether a breadcrumb's arrow (> » › →) leads to the text at at, not a
 * bar or a dash: a window title ends with the site's name after those
 * (Headline | Section - Site), a breadcrumb with the headline.
 */
static int
crumb_before(const char *start, const char *at)
{
	while (at > start && at[-1] == ' ')
		at--;
	if (at == start)
		return 0;
	return at[-1] == '>' || (at - start >= 2 && memcmp(at - 2, "\xc2\xbb",
	    2) == 0) || (at - start >= 3 && (memcmp(at - 3, "\xe2\x80\xba",
	    3) == 0 || memcmp(at - 3, "\xe2\x86\x92", 3) == 0));
}

/* The page's first line that is not blank: its window title, if any. */
static size_t
first_line(const struct page *p)
{
	size_t i = 0;

	while (i < p->nlines && (p->lines[i].flags & L_BLANK))
		i++;
	return i;
}

/*
 * Whether the repeat at at, len bytes, is the whole of o past its list
 * marker (- Headline): a list of stories that names the page's own (an
 * e-paper's 本版新闻), no part of one.
 */
static int
listed_whole(const struct page *p, const struct line *o, const char *at,
    size_t len)
{
	const char *t = line_text(p, o);

	return (o->flags & L_LIST) && !(o->flags & L_LEX_DROP) &&
	    at + len == t + o->len && (size_t)(at - t) <= LIST_MARKER;
}

static int	window_tail_headline(const struct line *, const char *,
		    const char *, const struct line *);
static int	site_first(const struct page *, const struct line *,
		    const struct line *);
static int	site_heads_window(const struct page *);
static int	site_before_headline(const struct line *, const char *,
		    const char *, const struct line *);

/*
 * Whether another line near the block repeats the candidate as a headline
 * is repeated: in a 原标题 line, at the end of a breadcrumb, at the start
 * of a window title (where bars part the site's name, Headline|Section_Site,
 * as elsewhere they part a menu's items).  A name in a credit (来源: X)
 * or a footer, or at the root of a breadcrumb, is the site's own, a name
 * in a list of other stories is their sources' (X · 2 min read), and a
 * copy of the whole line (a menu's, a signature's) is no evidence.
 */
static int
repeated_near(const struct page *p, size_t c)
{
	const struct line *l = &p->lines[c], *o;
	const char *t = line_text(p, l), *at;
	size_t from, to, i, top = first_line(p);

	from = p->start > EVIDENCE_SPAN ? p->start - EVIDENCE_SPAN : 0;
	to = p->end + EVIDENCE_SPAN < p->nlines ? p->end + EVIDENCE_SPAN :
	    p->nlines;
	for (i = from; i < to; i++) {
		o = &p->lines[i];
		if (i == c || o->len < l->len)
			continue;
		/*
		 * A copy of the whole line is a menu's, a signature's, but
		 * the window title's of a headline's width.
		 */
		if (o->len == l->len) {
			if (i == top && l->width >= WHOLE_TITLE_WIDTH &&
			    memcmp(line_text(p, o), t, l->len) == 0)
				return 1;
			continue;
		}
		if ((at = memmem(line_text(p, o), o->len, t, l->len)) == NULL)
			continue;
		if (o->flags & L_RETITLE)
			return 1;
		if (listed_whole(p, o, at, l->len))
			return 1;
		if (o->flags & (L_LEX_DROP | L_INLIST))
			continue;
		if ((at + l->len == line_text(p, o) + o->len &&
		    led_off(line_text(p, o), at) && (i != top ||
		    crumb_before(line_text(p, o), at) ||
		    window_tail_headline(o, line_text(p, o), at, l))) ||
		    (at == line_text(p, o) && (!(o->flags & L_SEPS) ||
		    i == top) && set_off(at + l->len, line_text(p, o) + o->len) &&
		    !(i == top && site_before_headline(o, line_text(p, o), at,
		    l))))
			return 1;
	}
	return 0;
}

/* The lines searched for a line's repeats: EVIDENCE_SPAN around it. */
static void
span_of(const struct page *p, const struct line *l, size_t *from, size_t *to)
{
	size_t i = l - p->lines;

	*from = i > EVIDENCE_SPAN ? i - EVIDENCE_SPAN : 0;
	*to = i + EVIDENCE_SPAN < p->nlines ? i + EVIDENCE_SPAN : p->nlines;
}

/*
 * Whether a list near line c names it whole (listed_whole): a list of
 * stories, or a menu above it (before, when before is set).
 */
static int
listed_near(const struct page *p, size_t c, int before)
{
	const struct line *l = &p->lines[c], *o;
	size_t i, to;

	for (span_of(p, l, &i, &to), to = before ? c : to; i < to; i++) {
		o = &p->lines[i];
		if (i != c && o->len > l->len && listed_whole(p, o,
		    line_text(p, o) + o->len - l->len, l->len) &&
		    memcmp(line_text(p, o) + o->len - l->len, line_text(p, l),
		    l->len) == 0)
			return 1;
	}
	return 0;
}

/* Whether a longer line near l outside the article holds its text (a menu's). */
static int
inside_other_line(const struct page *p, const struct line *l)
{
	size_t i, to;

	for (span_of(p, l, &i, &to); i < to; i++)
		if (p->lines[i].len > l->len &&
		    !(p->lines[i].flags & L_BLOCK) && memmem(line_text(p,
		    &p->lines[i]), p->lines[i].len, line_text(p, l),
		    l->len) != NULL)
			return 1;
	return 0;
}

int
section_name(const struct page *p, const struct line *l)
{
	return (l->flags & L_CJK) && l->width < EVIDENCE_WIDTH &&
	    inside_other_line(p, l);
}

/*
 * A line that a bracket opens and its mate closes: a kicker, a note.
 * Two bracketed parts with a headline between ((受权发布)X(全文)) are none.
 */
static int
bracketed(const struct page *p, const struct line *l)
{
	static const char *const open[] = { "(", "[", "\xef\xbc\x88",
	    "\xe3\x80\x90", "\xe3\x80\x94", "\xef\xbc\xbb",
	    "\xe3\x80\x96" };	/* ( [ （ 【 〔 ［ 〖 */
	static const char *const close[] = { ")", "]", "\xef\xbc\x89",
	    "\xe3\x80\x91", "\xe3\x80\x95", "\xef\xbc\xbd",
	    "\xe3\x80\x97" };	/* ) ] ） 】 〕 ］ 〗 */
	const char *t = line_text(p, l), *at;
	size_t i, n;

	for (i = 0; i < sizeof open / sizeof open[0]; i++) {
		n = strlen(open[i]);
		if (l->len < n || memcmp(t, open[i], n) != 0)
			continue;
		n = strlen(close[i]);
		at = memmem(t, l->len, close[i], n);
		return at != NULL && at + n == t + l->len;
	}
	return 0;
}

/*
 * Whether a sentence ends inside the line, another following it: a
 * full stop (。, or '.' after a word of four letters or more and before
 * a capital), where a lede's sentences part and no headline's words do.
 * An exclamation or a question may open a headline (突发！…).
 */
static int
inner_stop(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *at;
	size_t i, n;

	for (at = t; (at = memmem(at, l->len - (at - t), "\xe3\x80\x82",
	    3)) != NULL; at += 3)	/* 。 */
		if (at + 6 < t + l->len)	/* more than a closing quote */
			return 1;
	for (i = 4; i + 2 < l->len; i++) {
		if (t[i] != '.' || t[i + 1] != ' ' || t[i + 2] < 'A' ||
		    t[i + 2] > 'Z')
			continue;
		for (n = 0; n < i && ((t[i - 1 - n] | 0x20) >= 'a' &&
		    (t[i - 1 - n] | 0x20) <= 'z'); n++)
			;
		if (n >= 4 && t[i - 1] >= 'a' && t[i - 1] <= 'z')
			return 1;
	}
	return 0;
}

/*
 * Whether line c, short, stands in a column of short lines with no blank
 * line between: an item of a menu set one a line (论坛首页, 我能做什么).
 */
static int
in_menu_column(const struct page *p, size_t c)
{
	const struct line *up, *down;

	if (p->lines[c].width >= EVIDENCE_WIDTH || c == 0 || c + 1 >= p->nlines)
		return 0;
	up = &p->lines[c - 1];
	down = &p->lines[c + 1];
	if ((up->flags | down->flags) & L_BLANK)
		return 0;
	return up->width < EVIDENCE_WIDTH && down->width < EVIDENCE_WIDTH;
}

/*
 * Whether a line in plain ASCII letters has no capital: a row of tools
 * run together (couch modeprint story), where a headline in letters
 * has capitals.
 */
static int
lower_case(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	size_t i;

	for (i = 0; i < l->len; i++)
		if ((unsigned char)t[i] >= 0x80 || (t[i] >= 'A' && t[i] <= 'Z'))
			return 0;
	return 1;
}

/*
 * Whether a line in letters is a menu run together: six words or more,
 * each but one capitalized, with no mark between them (Vijesti Najnovije
 * Hrvatska Zagreb Regija Svijet).  A headline in title case may be one
 * too: only the deck rule asks.
 */
static int
capitalized_run(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	size_t i;
	int lower = 0;

	if ((l->flags & L_CJK) || l->tokens < MENU_WORDS)
		return 0;
	for (i = 0; i < l->len; i++) {
		if (strchr(",:;.!?\"'()", t[i]) != NULL ||
		    (unsigned char)t[i] == 0xe2)	/* dashes, quotes */
			return 0;
		if ((i == 0 || t[i - 1] == ' ') && t[i] != ' ' &&
		    !(t[i] >= 'A' && t[i] <= 'Z') && lower++ > 0)
			return 0;
	}
	return 1;
}

/*
 * Whether a line starts with a section's number in Chinese past the first
 * and a 、 (三、招生范围): a notice's heading inside it, no headline.
 */
static int
numbered_section(const struct page *p, size_t c)
{
	const struct line *l = &p->lines[c];
	int v = section_number(line_text(p, l), l->len);
	size_t i;

	/*
	 * 一、 may open the text under its heading, unless 二、 follows: then
	 * it is the first section of the text below.
	 */
	if (v != 1)
		return v > 1;
	for (i = c + 1; i < p->nlines && i <= c + SECTION_REACH; i++)
		if (section_number(line_text(p, &p->lines[i]),
		    p->lines[i].len) == 2)
			return 1;
	return 0;
}

/*
 * Whether line c is an item of a list under a sentence's lead-in (本轮比
 * 赛结果如下：) across the short lines over it: the lead-in of a label
 * (标题：) may head a headline, a sentence's never does.
 */
static int
item_under_lead_in(const struct page *p, size_t c)
{
	const struct line *l;
	size_t k = c;
	int n;

	for (n = 0; n < ITEMS_MAX && (k = prev_filled(p, k)) != (size_t)-1;
	    n++) {
		l = &p->lines[k];
		if (l->flags & (L_LEX_DROP | L_LEX_HINT | L_SEPS | L_LINK))
			return 0;
		/* A sentence: in Chinese unspaced (fields are spaced apart). */
		if (l->flags & L_LEADIN)
			return l->width > EVIDENCE_WIDTH && (l->flags & L_CJK ?
			    l->tokens == 1 : l->tokens > MIN_WORDS);
		/* Items read as items: no sentence, no lone mark (a crumb's >). */
		if (l->width > LEAD_ITEM_WIDTH || l->width < MIN_WIDTH ||
		    (l->flags & L_ENDS))
			return 0;
	}
	return 0;
}

/*
 * Whether a line in letters is a quantity under a label: a word or two, a
 * colon, and a number with a word or two (Total Time: 35 minutes, Posts:
 * 1,204), where a headline's words go on after its colon.
 */
static int
labelled_quantity(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *colon;
	size_t i;
	int before = 1, after = 0;

	if ((l->flags & L_CJK) || (colon = memchr(t, ':', l->len)) == NULL ||
	    colon + 2 >= t + l->len || colon[1] != ' ' ||
	    !(colon[2] >= '0' && colon[2] <= '9'))
		return 0;
	for (i = 0; t + i < colon; i++)
		before += t[i] == ' ';
	for (i = colon + 1 - t; i < l->len; i++)
		after += t[i] == ' ' && i + 1 < l->len && t[i + 1] != ' ';
	return before <= 2 && after <= 3;
}

/*
 * Whether line l starts with a short label and a colon (发布会地点：…), or a
 * word and a slash with spaces round it, its one separator (出行天数 / 2天;
 * 記者 X / 攝影 Y credits two), and is no credit (来源：…) that the lexicon
 * knows, no breadcrumb.
 */
static int
labelled(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *colon, *slash;
	size_t head = l->len < FIELD_LABEL + 3 ? l->len : FIELD_LABEL + 3;

	if (l->flags & (L_LEX_DROP | L_LEX_HINT | L_BLANK | L_LINK))
		return 0;
	colon = memmem(t, head, "\xef\xbc\x9a", 3);	/* ： */
	if (colon == NULL)
		colon = memchr(t, ':', l->len < FIELD_LABEL + 1 ? l->len :
		    FIELD_LABEL + 1);
	if (colon == NULL && l->seps <= 1 &&
	    (slash = memmem(t, head, " / ", 3)) != NULL &&
	    memchr(t, ' ', (size_t)(slash - t)) == NULL)
		colon = slash + 1;
	else if (l->flags & (L_SEPS | L_MENU))
		return 0;
	/* 07:28 is a clock time. */
	return colon != NULL && colon > t && colon + 3 < t + l->len &&
	    !(*colon == ':' && colon[1] >= '0' && colon[1] <= '9');
}

/*
 * Whether line c is one of a run of fields, each a label and a colon
 * (发布会时间：… 发布会地点：…): a headline after a colon (外媒：…) stands
 * alone.
 */
static int
in_fields(const struct page *p, size_t c)
{
	size_t i;

	if (!labelled(p, &p->lines[c]))
		return 0;
	for (i = c; i-- > 0 && (p->lines[i].flags & L_BLANK);)
		;
	if (i != (size_t)-1 && labelled(p, &p->lines[i]))
		return 1;
	for (i = c + 1; i < p->nlines && (p->lines[i].flags & L_BLANK); i++)
		;
	return i < p->nlines && labelled(p, &p->lines[i]);
}

/* Words of a list of tags in Chinese, parted by spaces alone: 民事　高空坠物…. */
#define CJK_TAGS	5

/*
 * Whether a line is Han words alone, of two characters or more, parted by
 * spaces: no letters, digits or Hangul (Korean spaces its headlines'
 * words), no word of one character (a headline spaced out: 城 市 公 交).
 */
static int
han_words(const struct line *l, const char *t)
{
	size_t i, k;
	uint32_t c;

	if (l->width < l->tokens * 6)
		return 0;
	for (i = 0; i < l->len; i += k)
		if (((c = utf8_get(t, l->len, i, &k)) < 0x80 && c != ' ') ||
		    (uclass(c) & UC_HANGUL))
			return 0;
	return 1;
}

/*
 * Whether a line in letters is a list of tags: three items or more,
 * parted by commas, of three words at most, with no "and" before the
 * last (Internet, Google Docs, Proxy), where a headline that lists says
 * "and".  In Chinese, CJK_TAGS words or more parted by spaces, with no
 * comma, colon or stop among them: a headline has two parts or three.
 */
static int
tag_list(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	size_t i;
	int items = 1, words = 1;

	if ((l->flags & (L_CJK | L_DATE | L_ENDS)) == L_CJK)
		return l->tokens >= CJK_TAGS && l->stops == 0 &&
		    memmem(t, l->len, "，", 3) == NULL &&
		    memmem(t, l->len, "：", 3) == NULL && han_words(l, t);
	if (l->flags & (L_CJK | L_DATE))
		return 0;
	for (i = 0; i < l->len; i++) {
		if (t[i] == ',') {
			items++;
			words = 0;
		} else if (t[i] == ' ' && i + 1 < l->len && t[i + 1] != ' ' &&
		    t[i - 1] != ' ') {
			if (++words > 3 || (t[i + 1] == 'a' && i + 4 <= l->len &&
			    memcmp(t + i + 1, "and ", 4) == 0) ||
			    (t[i + 1] == '&'))
				return 0;
		}
	}
	return items >= 3;
}

/*
 * What stands between a headline and its body without putting it further
 * away: a sign of boilerplate, or a label too short to be a headline
 * (Print, 分享, Mobile Alerts).
 */
static int
widget(const struct line *l)
{
	return (l->flags & WIDGET) || l->width < MIN_WIDTH ||
	    (l->tokens < MIN_WORDS && !(l->flags & L_CJK));
}

/* A credit or a date line, short: what stands under a headline. */
static int
byline(const struct line *l)
{
	/* A credit of several fields (作者：… 来源：… 点击数：…) runs longer. */
	if ((l->flags & (L_LEX_DROP | L_ASIDE | L_RETITLE)) == L_LEX_DROP)
		return l->width < MAX_WIDTH / 2;
	return l->width < MAX_WIDTH / 4 &&
	    (l->flags & (L_DATE | L_ENDS)) == L_DATE;
}

/*
 * The line just above a byline is its headline when it is as long as a
 * headline, and not a second date or credit (a poster's name is short).
 */
static int
next_to_byline(const struct line *l)
{
	return !byline(l) && l->width >= EVIDENCE_WIDTH;
}

/* Whether a line holds a semicolon, ; or ；. */
static int
semicolon(const struct page *p, const struct line *l)
{
	return memchr(line_text(p, l), ';', l->len) != NULL ||
	    memmem(line_text(p, l), l->len, "\xef\xbc\x9b", 3) != NULL;
}

/* Whether a line ends with an ellipsis (… or ...), in quotes or not. */
static int
trails_off(const struct page *p, const struct line *l)
{
	static const char *const closers[] = { "\xe2\x80\x9d", "\xe2\x80\x99",
	    "\xe3\x80\x8d", "\xe3\x80\x8f", "\"", "'" };	/* ” ’ 」 』 */
	const char *t = line_text(p, l);
	size_t n = l->len, i, k;

	for (i = 0; i < sizeof closers / sizeof closers[0]; i++) {
		k = strlen(closers[i]);
		if (n >= k && memcmp(t + n - k, closers[i], k) == 0) {
			n -= k;
			break;
		}
	}
	return (n >= 3 && memcmp(t + n - 3, "\xe2\x80\xa6", 3) == 0) ||
	    (n >= 3 && memcmp(t + n - 3, "...", 3) == 0);	/* … */
}

/* Whether one of the nonblank lines, up to n, below line i has flag. */
static int
flag_below(const struct page *p, size_t i, unsigned flag, int n)
{
	size_t j;

	for (j = i + 1; j < p->nlines && n > 0; j++) {
		if (p->lines[j].flags & L_BLANK)
			continue;
		if (p->lines[j].flags & flag)
			return 1;
		n--;
	}
	return 0;
}

/*
 * The site's name the window title ends with, after its last dash or bar
 * (Headline - Sports Network): where it starts, or NULL; *len its length.
 */
static const char *
window_site(const struct page *p, size_t *len)
{
	static const char *const seps[] = { " - ", " | ", " – ", " — ", "｜",
	    "_", NULL };
	const struct line *o = &p->lines[first_line(p)];
	const char *t = line_text(p, o), *end = t + o->len, *site = NULL, *at;
	size_t k, sl;

	for (k = 0; seps[k] != NULL; k++) {
		sl = strlen(seps[k]);
		for (at = t; (at = memmem(at, (size_t)(end - at), seps[k],
		    sl)) != NULL; at += sl)
			if (site == NULL || at + sl > site)
				site = at + sl;
	}
	if (site != NULL)
		*len = (size_t)(end - site);
	return site;
}

/*
 * Whether line l starts with the site's name (window_site) and goes on
 * past it: a byline or a credit (Sports Network at Quayside Park), no
 * headline; or is that name alone, short as a name is (a logo's text:
 * 最新消息｜嵐泰商業銀行 over 嵐泰商業銀行), where a longer end is the
 * headline of a title that names its site first (问政X｜Headline).
 */
static int
starts_with_site(const struct page *p, const struct line *l)
{
	const char *site;
	size_t n;

	if (l == &p->lines[first_line(p)] ||
	    (site = window_site(p, &n)) == NULL || n < 2 || l->len < n ||
	    memcmp(line_text(p, l), site, n) != 0 || site_heads_window(p))
		return 0;
	return (l->len == n && l->width < SITE_WIDTH) ||
	    (l->len > n + 1 && line_text(p, l)[n] == ' ');
}

/* Whether the window title starts with line i, set off (Name - Wikipedia). */
static int
window_starts_with(const struct page *p, size_t i)
{
	size_t top = first_line(p);
	const struct line *l = &p->lines[i], *o = &p->lines[top];

	return top < i && o->len > l->len && memcmp(line_text(p, o),
	    line_text(p, l), l->len) == 0 && set_off(line_text(p, o) + l->len,
	    line_text(p, o) + o->len) && !site_first(p, o, l);
}

/*
 * Whether the window title holds line i after a label's colon or a
 * column's bar, set off after it (光明网评论员：夜市的温度_光明网).
 */
static int
window_after_label(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i], *o = &p->lines[first_line(p)];
	const char *t = line_text(p, o), *at;

	if (o == l || o->len <= l->len ||
	    (at = memmem(t, o->len, line_text(p, l), l->len)) == NULL ||
	    at - t < 3)
		return 0;
	/* After the last bar, it is the site's name (X｜港聞速遞). */
	return (memcmp(at - 3, "：", 3) == 0 || (memcmp(at - 3, "｜", 3) == 0 &&
	    at + l->len < t + o->len) ||
	    at[-1] == ':' || (at[-1] == ' ' && at[-2] == ':')) &&
	    set_off(at + l->len, t + o->len);
}

/*
 * Whether the window title starts with the line just above i, a space
 * and line i, set off: a kicker and its headline (Funklöcher in der
 * Uckermark: Funkstille | Site).
 */
static int
window_starts_with_pair(const struct page *p, size_t i)
{
	size_t top = first_line(p), k = prev_filled(p, i);
	const struct line *l = &p->lines[i], *o = &p->lines[top], *u;
	const char *t = line_text(p, o);

	if (k == (size_t)-1 || k <= top)
		return 0;
	u = &p->lines[k];
	return o->len > u->len + 1 + l->len &&
	    memcmp(t, line_text(p, u), u->len) == 0 && t[u->len] == ' ' &&
	    memcmp(t + u->len + 1, line_text(p, l), l->len) == 0 &&
	    set_off(t + u->len + 1 + l->len, t + o->len);
}

/*
 * Whether a breadcrumb's arrow leads to line i at the breadcrumb's end
 * (首页 > 关于我们 > 公司简介), in a line of the nearest lines above it.
 */
static int
crumb_ends_with(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i], *o;
	const char *t;
	size_t j, seen = 0;

	for (j = i; j-- > 0 && seen < SHORT_NAMED_REACH;) {
		o = &p->lines[j];
		if (o->flags & L_BLANK)
			continue;
		seen++;
		t = line_text(p, o);
		if ((o->flags & L_SEPS) && o->len > l->len &&
		    memcmp(t + o->len - l->len, line_text(p, l), l->len) == 0 &&
		    crumb_before(t, t + o->len - l->len))
			return 1;
	}
	return 0;
}

/*
 * Whether the window title starts with line i in brackets: 【红烧肉】红烧肉的做法.
 */
static int
window_starts_bracketed(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i], *o = &p->lines[first_line(p)];
	const char *t = line_text(p, o);

	return o->len > l->len + 6 && memcmp(t, "\xe3\x80\x90", 3) == 0 &&
	    memcmp(t + 3, line_text(p, l), l->len) == 0 &&
	    memcmp(t + 3 + l->len, "\xe3\x80\x91", 3) == 0;	/* 【 】 */
}

/* The width of s[0..n) in thirds of a CJK character, roughly. */
static int
width_of(const char *s, size_t n)
{
	size_t i;
	int w = 0;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x80)
			w += 1;
		else if ((unsigned char)s[i] >= 0xe0)
			w += 3;
	return w;
}

/* The length of a space or an ideographic space at s, before end, or 0. */
static size_t
space_at(const char *s, const char *end)
{
	if (*s == ' ')
		return 1;
	return end - s >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0 ? 3 : 0;
}

/* The end of the phrase that starts at s: the next space, or end. */
static const char *
phrase_end(const char *s, const char *end)
{
	while (s < end && !space_at(s, end))
		s++;
	return s;
}

/*
 * The length of the window title's head: its text before the first bar,
 * low line or spaced dash (Headline | Section - Site, 标题_网站).
 */
static size_t
window_head(const char *s, size_t n)
{
	static const char *const bars[] = { "|", "_", "\xef\xbd\x9c", " - ",
	    " \xe2\x80\x93 ", " \xe2\x80\x94 " };	/* ｜ – — */
	size_t i, k, head = n, l;

	for (k = 0; k < sizeof bars / sizeof bars[0]; k++) {
		l = strlen(bars[k]);
		for (i = 0; i + l <= head; i++)
			if (memcmp(s + i, bars[k], l) == 0) {
				head = i;
				break;
			}
	}
	while (head > 0 && s[head - 1] == ' ')
		head--;
	return head;
}

/*
 * Whether the window title starts with line i and a column's bar, and a
 * headline's width follows it (岚眼帮办｜小区门口公交站撤了…_站名): the line
 * names the column, not the article, whatever the headline is worded as.
 */
static int
column_over_window_head(const struct page *p, size_t i)
{
	size_t top = first_line(p), at, l;
	const struct line *w = &p->lines[top], *c = &p->lines[i];
	const char *s = line_text(p, w);

	if (top >= i || w->len <= c->len ||
	    memcmp(s, line_text(p, c), c->len) != 0)
		return 0;
	for (at = c->len; at < w->len && s[at] == ' '; at++)
		;
	if (at < w->len && s[at] == '|')
		l = 1;
	else if (at + 3 <= w->len && memcmp(s + at, "\xef\xbd\x9c", 3) == 0)
		l = 3;		/* ｜ */
	else
		return 0;
	at += l;
	while (at < w->len && s[at] == ' ')
		at++;
	return width_of(s + at, window_head(s + at, w->len - at)) >=
	    HELD_WIDTH;
}

/*
 * Whether line i, too short for a headline's look (老屋, 慢, Funkstille),
 * is one all the same: the window title starts with it, set off, alone,
 * after its kicker or in brackets, or, where no other line looks like a
 * headline, a breadcrumb ends with it (a blog's ends with a category as
 * often); it is no boilerplate, link, list item or sentence, and no
 * other line repeats it (a section's name in a menu).
 */
static int
short_named(const struct page *p, size_t i, int crumb_names)
{
	const struct line *l = &p->lines[i];

	if (column_over_window_head(p, i))
		return 0;

	if (l->flags & (L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_SEPS |
	    L_LINK | L_LIST | L_INLIST | L_ENDS | L_REPEAT | L_DATE) ||
	    l->len == 0 || l->width > MAX_WIDTH)
		return 0;
	if (l->width >= ((l->flags & L_CJK) ? EVIDENCE_WIDTH : MIN_WIDTH) &&
	    (l->tokens >= MIN_WORDS || (l->flags & L_CJK)))
		return 0;
	/*
	 * Between the window title's bars, a menu's item above it (- 港聞)
	 * is a section's name, not a label's headline.
	 */
	return window_starts_with(p, i) || window_starts_with_pair(p, i) ||
	    window_starts_bracketed(p, i) || (window_after_label(p, i) &&
	    !listed_near(p, i, 1)) || (crumb_names && crumb_ends_with(p, i));
}

static int	site_name_line(const struct page *, size_t, size_t, size_t);
static int	window_tail_site(const struct page *, size_t, size_t, size_t);
static int	window_whole(const struct page *, size_t, size_t);

/*
 * The nearest short line above line first that the page names as its
 * headline (short_named), within SHORT_NAMED_REACH lines, or -1.
 */
static size_t
short_named_above(const struct page *p, size_t first, int crumb_names)
{
	size_t i = first, seen = 0;

	while (i-- > 0 && seen < SHORT_NAMED_REACH) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		seen++;
		if (short_named(p, i, crumb_names) &&
		    !site_name_line(p, first_line(p), i, first))
			return i;
	}
	return (size_t)-1;
}

/*
 * Whether the line after i is a tagline that stands under a headline (a
 * wiki's "the free encyclopedia"): then line i is the headline, however
 * short (a wiki's entry may be a two-character name); or a tagline a few
 * lines below (a wiki's tabs between) when the window title names line i.
 */
static int
over_tagline(const struct page *p, size_t i)
{
	return !(p->lines[i].flags & (L_LEX_DROP | L_LEX_HINT | L_USER_DROP)) &&
	    (flag_below(p, i, L_TAGLINE, 1) || (flag_below(p, i, L_TAGLINE,
	    TAGLINE_REACH) && window_starts_with(p, i)));
}

/*
 * Whether one of the two lines after line c, blank ones aside, is a
 * video's length: c is its title, or a label over the title.
 */
static int
over_video_length(const struct page *p, size_t c)
{
	int seen;

	for (seen = 0; seen < 2 && (c = next_filled(p, c)) < p->nlines; seen++)
		if (p->lines[c].flags & L_LENGTH)
			return 1;
	return 0;
}

/*
 * Whether a follow button stands within two lines below line i: then i
 * is the author's name or the post's date, on a platform's author card.
 */
static int
by_follow(const struct page *p, size_t i)
{
	return flag_below(p, i, L_FOLLOW, 2);
}

static int
candidate_points(const struct page *p, size_t c, int distance, int above)
{
	const struct line *l = &p->lines[c];
	int pts;

	/*
	 * Boilerplate, links and lists are no headline, nor are the
	 * article's own short lines (a document number, a dateline).
	 */
	if (l->flags & (L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_SEPS |
	    L_LINK | L_LIST | L_LEADIN | L_INLIST | L_PART | L_CELLS))
		return -1;
	/*
	 * A sentence is not a headline, but a headline may exclaim or ask,
	 * or trail off (……).
	 */
	if ((l->flags & (L_ENDS | L_EXCLAIM)) == L_ENDS && !trails_off(p, l))
		return -1;
	if (l->width < MIN_WIDTH || l->width > MAX_WIDTH ||
	    l->punct > (l->flags & L_CJK ? CJK_PAUSES : PAUSES) ||
	    (l->punct > PAUSES && semicolon(p, l)) ||
	    l->digits * 3 > l->width)
		return -1;
	/* Short items parted by bars or arrows: a breadcrumb, a menu. */
	if (l->seps > 0 && l->width < (l->seps + 1) * EVIDENCE_WIDTH)
		return -1;
	/* A name, a section: a headline in letters has three words or more. */
	if (l->tokens < MIN_WORDS && !(l->flags & L_CJK))
		return -1;
	/* A sentence's stop inside: a lede, unless the window title is it. */
	/* A video's title over its length is no headline. */
	if (bracketed(p, l) || score_fields(p, l) >= FIELDS_MAX ||
	    over_video_length(p, c) ||
	    starts_with_site(p, l) ||
	    window_tail_site(p, first_line(p), c, p->start) ||
	    (inner_stop(p, l) && !window_starts_with(p, c) &&
	    !window_after_label(p, c) &&
	    !window_whole(p, first_line(p), c)) || in_menu_column(p, c) || lower_case(p, l) ||
	    tag_list(p, l) || labelled_quantity(p, l) || in_fields(p, c) ||
	    item_under_lead_in(p, c) || numbered_section(p, c))
		return -1;
	pts = 20 - distance;
	if (above)
		pts += ABOVE_BYLINE;
	if ((l->width >= EVIDENCE_WIDTH || !(l->flags & L_CJK)) &&
	    repeated_near(p, c) &&
	    !site_name_line(p, first_line(p), c, p->start))
		pts += 40;
	/*
	 * A menu in one line: more words apart than a headline's parts (a
	 * headline spaced out a character apart is none).
	 */
	if ((l->flags & (L_MENU | L_CJK)) == (L_MENU | L_CJK) &&
	    l->tokens > HEAD_PARTS && l->width >= l->tokens * 6)
		return -1;
	if (l->flags & (L_MENU | L_LIST))
		pts -= 15;
	if (l->flags & L_DATE)
		pts -= 10;
	if (l->width >= 24)
		pts += 5;
	/* Four characters or five are a column's name more often. */
	if ((l->flags & L_CJK) && l->width < EVIDENCE_WIDTH)
		pts -= SHORT_CJK_POINTS;
	return pts;
}

/* A subtitle under a headline starts with a dash: ——副题. */
static int
subtitle(const struct page *p, const struct line *l)
{
	return l->len >= 6 &&
	    memcmp(line_text(p, l), "\xe2\x80\x94\xe2\x80\x94", 6) == 0;
}

/*
 * A notice's title under its issuer's name (关于…的通知, the lexicon's
 * notice rules): the rest of one headline.
 */
static int
notice_title(const struct page *p, const struct line *l)
{
	int r = lexicon_match(RULE_PART, line_text(p, l), l->len, 0);

	return r >= 0 && lexicon_kind(RULE_PART, r) == KIND_NOTICE;
}

/*
 * Whether line a, just above line b, breaks off a headline that b goes
 * on with: b starts in lower case or with a subtitle's dashes, or a ends
 * with a comma, a colon or a dash, where no headline ends.
 */
static int
continues(const struct page *p, const struct line *a, const struct line *b)
{
	static const char *const open_end[] = { ",", ":", ";",
	    "\xef\xbc\x8c", "\xef\xbc\x9a", "\xe3\x80\x81",
	    "\xe2\x80\x94", "\xe2\x80\x93" };	/* ， ： 、 — – */
	const char *t = line_text(p, a), *u = line_text(p, b);
	size_t i, n;

	if ((*u >= 'a' && *u <= 'z') || subtitle(p, b) || notice_title(p, b))
		return 1;
	for (i = 0; i < sizeof open_end / sizeof open_end[0]; i++) {
		n = strlen(open_end[i]);
		if (a->len >= n && memcmp(t + a->len - n, open_end[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * How many bytes of line b's text bt[0..blen) stand at rest, past a space
 * or a ， that joins them to what is before (一天开机40个剧组，横店…); *stop
 * is where they end.
 */
static size_t
joined_prefix(const char *rest, const char *end, const char *bt, size_t blen,
    const char **stop)
{
	size_t k;

	if (rest < end && *rest == ' ')
		rest++;
	else if (end - rest >= 3 && memcmp(rest, "\xef\xbc\x8c", 3) == 0)
		rest += 3;	/* ， */
	for (k = 0; rest + k < end && k < blen && rest[k] == bt[k]; k++)
		;
	*stop = rest + k;
	return k;
}

/*
 * Whether another line of the page holds line a's text without b's: a
 * name (the site's, a column's) set apart from the headline, not the
 * first half of it.  The window title holds both, or b's start at least.
 */
static int
named_apart(const struct page *p, const struct line *a, const struct line *b)
{
	const struct line *o;
	const char *at, *stop;
	size_t i, to;

	for (span_of(p, a, &i, &to); i < to; i++) {
		o = &p->lines[i];
		if (o == a || o->len < a->len || (at = memmem(line_text(p, o),
		    o->len, line_text(p, a), a->len)) == NULL)
			continue;
		/* A window title cut short holds b's start after a. */
		if (joined_prefix(at + a->len, line_text(p, o) + o->len,
		    line_text(p, b), b->len, &stop) >= CUT_PREFIX)
			continue;
		if (memmem(line_text(p, o), o->len, line_text(p, b),
		    b->len) == NULL)
			return 1;
	}
	return 0;
}

/*
 * Words alone, with one pause at most (习近平：…, …，…): no other
 * punctuation, no symbol, no bracket of a note or a kicker, no dash of a
 * subtitle (a headline's part may quote a title in 《》).
 */
static int
plain_words(const struct page *p, const struct line *l)
{
	static const char *const notes[] = { "\xe3\x80\x90", "\xe3\x80\x91",
	    "\xef\xbc\x88", "\xef\xbc\x89", "\xe2\x80\x94" };	/* 【 】 （ ） — */
	const char *t = line_text(p, l);
	size_t i;

	if (l->punct > 1)
		return 0;
	for (i = 0; i < l->len; i++)
		if (t[i] > ' ' && t[i] < 0x7f && !(t[i] >= '0' && t[i] <= '9') &&
		    !((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
			return 0;
	for (i = 0; i < sizeof notes / sizeof notes[0]; i++)
		if (memmem(t, l->len, notes[i], strlen(notes[i])) != NULL)
			return 0;
	return 1;
}

/*
 * Whether line a, just above line b, is the first part of a headline set
 * on two lines or more of Chinese: words alone, as long as a headline's
 * part, not much shorter than b (a kicker, a column's name is), named
 * nowhere else apart from it, and set apart from the lines above it (else
 * it is one of a list, a menu) but for the headline's parts above it, up
 * to more lines.
 */
static int
first_half(const struct page *p, const struct line *a, const struct line *b,
    int more)
{
	const struct line *up = a > p->lines ? a - 1 : NULL;

	if (!(a->flags & L_CJK) || a->width < EVIDENCE_WIDTH ||
	    a->width * 3 < b->width * 2 || !plain_words(p, a))
		return 0;
	if (up != NULL && !(up->flags & (L_BLANK | WIDGET | L_MENU | L_DATE |
	    L_REPEAT)) && up->width >= MIN_WIDTH &&
	    (more == 0 || !first_half(p, up, a, more - 1)))
		return 0;
	return !named_apart(p, a, b);
}

/*
 * Whether another line of the page holds a's text and b's just after it
 * (a space or a comma between at most), or b's start where it ends, cut
 * short: the window title, a 原标题 line names the headline whole, though
 * its first part is as short as a kicker.
 */
static int
named_whole(const struct page *p, const struct line *a, const struct line *b)
{
	const struct line *o;
	const char *t, *at, *stop;
	size_t i, to, k;

	if (a->len == 0 || b->len == 0)
		return 0;
	for (span_of(p, a, &i, &to); i < to; i++) {
		o = &p->lines[i];
		if (o == a || o == b || o->len < a->len + CUT_PREFIX)
			continue;
		t = line_text(p, o);
		for (at = t; (at = memmem(at, o->len - (at - t), line_text(p, a),
		    a->len)) != NULL; at++) {
			k = joined_prefix(at + a->len, t + o->len,
			    line_text(p, b), b->len, &stop);
			/* Whole, or cut short within b (…大修” 木雕门罩). */
			if (k == b->len || (k >= CUT_PREFIX && stop == t + o->len))
				return 1;
		}
	}
	return 0;
}

/*
 * A headline broken over consecutive short lines: the lines just above
 * the one chosen that it goes on from, and that read as a headline too,
 * are its first lines.  Returns the first of them.
 */
static size_t
join_split(struct page *p, size_t c)
{
	const struct line *l;
	int n;

	for (n = 0; n < SPLIT_MAX && c > 0; n++, c--) {
		l = &p->lines[c - 1];
		/*
		 * A headline over its subtitle may be repeated (热门排行), an
		 * issuer over its notice's title is (its signature).
		 */
		if ((l->flags & (L_DATE | L_MENU)) || ((l->flags & L_REPEAT) &&
		    !subtitle(p, &p->lines[c]) &&
		    !notice_title(p, &p->lines[c])) ||
		    l->width > SPLIT_WIDTH || p->lines[c].width > SPLIT_WIDTH ||
		    (!continues(p, l, &p->lines[c]) &&
		    !first_half(p, l, &p->lines[c], SPLIT_MAX - 1 - n) &&
		    !named_whole(p, l, &p->lines[c])) ||
		    candidate_points(p, c - 1, 0, 0) < 0)
			break;
		/*
		 * The window title starts with the headline, or a list of the
		 * page's headlines repeats it whole: above it, a kicker (引题);
		 * but an issuer over its notice's title is the notice's.
		 */
		if ((window_starts_with(p, c) || (repeated_near(p, c) &&
		    !notice_title(p, &p->lines[c]))) &&
		    !named_whole(p, l, &p->lines[c]))
			break;
		p->lines[c - 1].flags |= L_TITLE;
	}
	return c;
}

/*
 * A line of a run of short lines that read like headlines, with no blank
 * line among them: the links to other stories set between a byline and
 * the body.  A line the page repeats is its headline as often.
 */
static int
link_like(const struct line *l, int min_width)
{
	return !(l->flags & (L_BLANK | L_ENDS | L_REPEAT | L_CELLS)) &&
	    l->score <= 0 &&
	    l->width >= min_width && l->width < SPLIT_WIDTH && !byline(l);
}

static int
in_links(const struct page *p, size_t i)
{
	size_t a = i, b = i;

	/* A statement beside a run of rows (a table) is no link. */
	if ((p->lines[i].flags & (L_ENDS | L_EXCLAIM)) == L_ENDS)
		return 0;
	while (a > 0 && link_like(&p->lines[a - 1], LINK_WIDTH))
		a--;
	while (b + 1 < p->nlines && link_like(&p->lines[b + 1], LINK_WIDTH))
		b++;
	return b - a + 1 >= LINKS_MIN;
}

/* A date or a clock time in a line of any width: a byline's. */
static int
dated(const struct page *p, const struct line *l)
{
	struct date d;

	return l->digits >= 3 && (date_find(line_text(p, l), l->len, &d) ||
	    time_find(line_text(p, l), l->len));
}

/*
 * A headline with commas in it reads as prose and may open the block: when
 * the block's first line reads as a headline (no sentence in it but a
 * question or an exclamation of its own, no date, not the first line of a
 * wrapped paragraph) and a paragraph follows it in the block (past a
 * byline), it is looked at with the lines above.  Returns the line the
 * look starts below.
 */
static size_t
past_headline(const struct page *p, size_t first)
{
	const struct line *l;
	size_t next;
	int asks;

	if (first >= p->nlines)
		return first;
	l = &p->lines[first];
	/* A line of its own that asks or exclaims once, at its end. */
	asks = (l->flags & L_EXCLAIM) && l->pwidth == l->width && l->pstops <= 1;
	if (l->pwidth > HEAD_WIDTH || ((l->pends || l->pstops > 0) && !asks) ||
	    candidate_points(p, first, 0, 0) < 0 || dated(p, l))
		return first;
	for (next = first + 1; next < p->nlines &&
	    ((p->lines[next].flags & L_BLANK) || byline(&p->lines[next]));
	    next++)
		;
	if (next < p->nlines && (p->lines[next].flags & L_BLOCK) &&
	    p->lines[next].score > 0)
		return next;
	return first;
}

/*
 * The lines that name a headline beyond doubt: the window title (the
 * page's first line), 原标题 lines and breadcrumbs, near lines [from, to).
 */
struct naming {
	size_t	line[NAMING_MAX];
	size_t	n, top;
};

static void
naming_lines(const struct page *p, size_t from, size_t to, struct naming *nm)
{
	size_t i;

	nm->top = first_line(p);
	nm->n = 0;
	if (nm->top < p->nlines)
		nm->line[nm->n++] = nm->top;
	for (i = from; i < to && nm->n < NAMING_MAX; i++)
		if (i != nm->top && (p->lines[i].flags & (L_RETITLE | L_SEPS)))
			nm->line[nm->n++] = i;
}

/* The brackets a tag stands in: [视频], (图), 【图集】, （组图）. */
static const char *const tag_brackets[][2] = {
	{ "[", "]" }, { "(", ")" }, { "\xe3\x80\x90", "\xe3\x80\x91" },
	{ "\xef\xbc\x88", "\xef\xbc\x89" }	/* 【】 （） */
};
#define NTAG_BRACKETS	(sizeof tag_brackets / sizeof tag_brackets[0])

/* Whether s[0..n) is a tag in brackets, [视频] or （图）, spaces aside. */
static int
bracketed_tag(const char *s, size_t n)
{
	size_t k, a, b;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	while (n > 0 && *s == ' ')
		s++, n--;
	for (k = 0; k < NTAG_BRACKETS; k++) {
		a = strlen(tag_brackets[k][0]);
		b = strlen(tag_brackets[k][1]);
		if (n > a + b && memcmp(s, tag_brackets[k][0], a) == 0 &&
		    memcmp(s + n - b, tag_brackets[k][1], b) == 0)
			return 1;
	}
	return 0;
}

/*
 * The length of a tag in brackets that s[0..n) starts with ([视频]X), up
 * to SECTION_BEFORE bytes, or 0.
 */
static size_t
leading_tag(const char *s, size_t n)
{
	const char *close;
	size_t k, a, b;

	if (n > SECTION_BEFORE)
		n = SECTION_BEFORE;
	for (k = 0; k < NTAG_BRACKETS; k++) {
		a = strlen(tag_brackets[k][0]);
		b = strlen(tag_brackets[k][1]);
		if (n > a && memcmp(s, tag_brackets[k][0], a) == 0 &&
		    (close = memmem(s + a, n - a, tag_brackets[k][1], b)) != NULL)
			return (size_t)(close - s) + b;
	}
	return 0;
}

/*
 * Whether the window title's text before at is nothing, a section's
 * short name and a bar (Opinion | Headline - Site) or a tag in brackets
 * ([视频]Headline_Site, 【图集】Headline).
 */
static int
section_before(const char *start, const char *at)
{
	const char *bar;

	if (at == start)
		return 1;
	if (at - start <= SECTION_BEFORE && bracketed_tag(start, at - start))
		return 1;
	if (at - start > SECTION_BEFORE || at - start < 3 ||
	    memcmp(at - 2, "| ", 2) != 0)
		return 0;
	for (bar = start; bar < at - 2; bar++)
		if (*bar == '.' || *bar == '|')
			return 0;
	return 1;
}

/*
 * Whether the window title's text before at is a section's name and a
 * colon or a fullwidth bar that the page shows as a line of its own,
 * above the headline (新聞稿：Headline｜Site over the lines 新聞稿 and
 * Headline; 深一度｜Headline_Site).
 */
static int
section_shown(const struct page *p, size_t c, const char *start,
    const char *at)
{
	size_t mark = 3, i;	/* ： or ｜ */

	if (at - start > SECTION_BEFORE || (size_t)(at - start) <= mark ||
	    (memcmp(at - mark, "\xef\xbc\x9a", mark) != 0 &&
	    memcmp(at - mark, "\xef\xbd\x9c", mark) != 0))
		return 0;
	for (i = c > FAR_LINES ? c - FAR_LINES : 0; i < c; i++)
		if (p->lines[i].len == (size_t)(at - start) - mark &&
		    memcmp(line_text(p, &p->lines[i]), start,
		    p->lines[i].len) == 0)
			return 1;
	return 0;
}

/*
 * Whether the window title w's head is line l, or all of it but a short
 * word before (电影《X》首映 under 《X》首映|X_星娱网), wide enough to tell.
 */
static int
window_holds_end(const struct page *p, const struct line *w,
    const struct line *l)
{
	const char *s = line_text(p, w), *t = line_text(p, l);
	size_t head = window_head(s, w->len);

	return head < w->len && head <= l->len &&
	    l->len - head <= WORD_BEFORE && width_of(s, head) >= HELD_WIDTH &&
	    memcmp(t + l->len - head, s, head) == 0;
}

/*
 * Whether the window title w's head ends with line l, half of it at
 * least, the rest a name before it (成都局集团公司宝成线秋季集中修完成
 * - 路局动态 over 宝成线秋季集中修完成), wide enough to tell.
 */
static int
window_head_ends_with(const struct page *p, const struct line *w,
    const struct line *l)
{
	const char *s = line_text(p, w), *t = line_text(p, l);
	size_t head = window_head(s, w->len);

	return head < w->len && head > l->len && l->len * 2 >= head &&
	    l->width >= HELD_WIDTH &&
	    memcmp(s + head - l->len, t, l->len) == 0;
}

/*
 * Whether the window title w's head and line l, each of two phrases parted
 * by a space, end with the same phrase, wide enough to tell, and begin
 * with the same two characters: the window words the headline shorter
 * (網購仿冒手袋轉售　男子詐騙罪成囚兩年三個月 over 網購仿冒名牌手袋再轉售
 * 男子詐騙罪成囚兩年三個月).
 */
static int
window_head_shares_end(const struct page *p, const struct line *w,
    const struct line *l)
{
	const char *s = line_text(p, w), *t = line_text(p, l);
	const char *se = s + window_head(s, w->len), *te = t + l->len;
	const char *sp = phrase_end(s, se), *tp = phrase_end(t, te);
	size_t sl, tl;

	if (se == s + w->len || sp == se || tp == te ||
	    sp - s < SAME_START || tp - t < SAME_START ||
	    memcmp(s, t, SAME_START) != 0)
		return 0;
	sp += space_at(sp, se);
	tp += space_at(tp, te);
	sl = (size_t)(se - sp);
	tl = (size_t)(te - tp);
	return sl == tl && phrase_end(sp, se) == se &&
	    width_of(sp, sl) >= HELD_WIDTH && memcmp(sp, tp, sl) == 0;
}

/* The next letter, digit or ideograph of s[*i..n) to *c, or 0 at the end. */
static int
next_word_char(const char *s, size_t n, size_t *i, uint32_t *c)
{
	size_t l;

	while (*i < n) {
		*c = utf8_get(s, n, *i, &l);
		*i += l;
		if ((uclass(*c) & (UC_HAN | UC_HANGUL | UC_KANA | UC_CASED)) ||
		    (*c >= '0' && *c <= '9'))
			return 1;
	}
	return 0;
}

/*
 * Whether the window title w's head, a tag in brackets aside, is line l
 * but for its punctuation and spaces (医生提醒这几类玩具要当心 heads
 * 医生提醒：这几类玩具要当心, [视频]X heads X), wide enough to tell.
 */
static int
window_head_unpunctuated(const struct page *p, const struct line *w,
    const struct line *l)
{
	const char *s = line_text(p, w), *t = line_text(p, l);
	size_t head = window_head(s, w->len), i = leading_tag(s, head), j = 0;
	uint32_t a, b;
	int more_a, more_b;

	if (head >= w->len || l->width < HELD_WIDTH)
		return 0;
	do {
		more_a = next_word_char(s, head, &i, &a);
		more_b = next_word_char(t, l->len, &j, &b);
		if (more_a != more_b || (more_a && a != b))
			return 0;
	} while (more_a);
	return 1;
}

/*
 * Whether line l, taken for a list's item (under an e-paper's 往期回顾),
 * is the window title's whole head: the headline all the same.
 */
static int
listed_window_head(const struct page *p, const struct line *w,
    const struct line *l)
{
	const char *s = line_text(p, w);

	return (l->flags & (L_LIST | L_INLIST)) &&
	    !(l->flags & (L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_LINK)) &&
	    l->width >= EVIDENCE_WIDTH &&
	    window_head(s, w->len) == l->len && l->len < w->len &&
	    memcmp(s, line_text(p, l), l->len) == 0;
}

/* A dash, a low line or a bar: what parts a window title's fields. */
static int
title_bar(char c)
{
	return c == '-' || c == '_' || c == '|';
}

/*
 * Whether len bytes at `at` end the window title o (its text ot) past a
 * dash, a low line or a bar, spaces apart (网易财经 | 公司 | Headline).
 */
static int
ends_after_bar(const struct line *o, const char *ot, const char *at,
    size_t len)
{
	const char *bar = at;

	while (bar > ot + 1 && bar[-1] == ' ')
		bar--;
	return at + len == ot + o->len && bar > ot + 1 && title_bar(bar[-1]);
}

/*
 * Whether the window title (o) ends with line l, as wide as a whole
 * headline, after a dash or a bar past the site's name (中国粮储报数字报-
 * 低温储粮让粮食“住”得更舒心, 网易财经 | 公司 | X): an e-paper and a
 * portal's channel title their pages so.  A line as short as a name
 * there is the site's (Headline - Site).
 */
static int
window_tail_headline(const struct line *o, const char *ot, const char *at,
    const struct line *l)
{
	return l->width >= WHOLE_TITLE_WIDTH && ends_after_bar(o, ot, at, l->len);
}

/*
 * Whether the window title (o) starts with line l and ends, past a dash,
 * a low line or a bar, with a part wider still and as wide as a whole
 * headline (成都市武侯区人民政府-区内动态-武侯区举行…演练): l is the
 * site's name, the end its headline.
 */
/* Bars set off by spaces (Site - Section) in [from, to), from past a byte. */
static int
spaced_bars(const char *from, const char *to)
{
	int n = 0;

	for (; from < to; from++)
		n += title_bar(*from) && from[-1] == ' ' && from[1] == ' ';
	return n;
}

/* Words parted by spaces in [t, end). */
static int
words_in(const char *t, const char *end)
{
	int n = t < end;

	for (t++; t < end; t++)
		n += *t == ' ' && t[-1] != ' ' && t + 1 < end && t[1] != ' ';
	return n;
}

static int
site_before_headline(const struct line *o, const char *ot, const char *at,
    const struct line *l)
{
	const char *end = ot + o->len, *t = end;
	size_t w;

	if (at != ot)
		return 0;
	while (t > ot + l->len && !title_bar(t[-1]))
		t--;
	if (!title_bar(t[-1]))
		return 0;
	w = width_of(t, (size_t)(end - t));
	if (w >= WHOLE_TITLE_WIDTH && w > (size_t)l->width)
		return 1;
	/*
	 * Site - Section - Headline: a section's part between, a headline of
	 * three words or more after it, not much narrower than the name.
	 */
	return spaced_bars(ot + l->len, t - 1) >= 1 && words_in(t, end) >= 3 &&
	    2 * (size_t)l->width <= 3 * w;
}

/*
 * Whether the window title o starts with line l and is Site - Section -
 * Headline (site_before_headline): l is the site's name.
 */
static int
site_first(const struct page *p, const struct line *o, const struct line *l)
{
	const char *ot = line_text(p, o), *rest = ot + l->len;
	size_t i, n;

	if (o->len <= l->len || memcmp(ot, line_text(p, l), l->len) != 0)
		return 0;
	if (site_before_headline(o, ot, ot, l))
		return 1;
	/* Site - Section, the section an item of the page's menu (- League News). */
	if (o->len < l->len + 4 || memcmp(rest, " - ", 3) != 0)
		return 0;
	rest += 3;
	n = o->len - l->len - 3;
	for (i = 0; i < p->nlines; i++)
		if (&p->lines[i] != o && (p->lines[i].flags & L_LIST) &&
		    p->lines[i].len == n + 2 &&
		    memcmp(line_text(p, &p->lines[i]) + 2, rest, n) == 0)
			return 1;
	return 0;
}

/* Lines under the window title where the site's name it starts with stands. */
#define SITE_LINE_REACH	8

/*
 * Whether the window title starts with the site's name, a line just
 * below it (site_first): its last part is then no site's.
 */
static int
site_heads_window(const struct page *p)
{
	size_t top = first_line(p), i;

	for (i = top + 1; i < p->nlines && i <= top + SITE_LINE_REACH; i++)
		if (!(p->lines[i].flags & L_BLANK) &&
		    site_first(p, &p->lines[top], &p->lines[i]))
			return 1;
	return 0;
}

/*
 * Whether the window title o, Site - Section - Headline cut short, ends
 * with the start of line l (Ferry returns to river crossing over the
 * line Ferry returns to river crossing after two dry summers): three
 * parts or more, the last of three words or more.
 */
static int
window_tail_starts(const struct page *p, const struct line *o,
    const struct line *l)
{
	const char *ot = line_text(p, o), *end = ot + o->len, *t = end;

	while (t > ot + 1 && !(t < end && spaced_bars(t - 1, t) == 1))
		t--;
	if (t <= ot + 1)
		return 0;
	t++;			/* the space after the bar */
	return spaced_bars(ot + 1, t - 2) >= 1 && words_in(t, end) >= 3 &&
	    l->len > (size_t)(end - t) &&
	    memcmp(line_text(p, l), t, (size_t)(end - t)) == 0 &&
	    line_text(p, l)[end - t] == ' ' && !(l->flags & L_ENDS);
}

/*
 * Whether line c is named as a headline: a 原标题 line repeats it, a
 * breadcrumb ends with it, or the window title starts with it (after a
 * section's name) or with all of it but a word before.
 */
static int
named(const struct page *p, size_t c, const struct naming *nm)
{
	const struct line *l = &p->lines[c], *o;
	const char *t = line_text(p, l), *at;
	size_t k;

	if (l->width < EVIDENCE_WIDTH && (l->flags & L_CJK))
		return 0;
	for (k = 0; k < nm->n; k++) {
		o = &p->lines[nm->line[k]];
		if (nm->line[k] == nm->top && nm->line[k] != c &&
		    (window_holds_end(p, o, l) ||
		    window_head_ends_with(p, o, l) ||
		    window_head_unpunctuated(p, o, l) ||
		    window_head_shares_end(p, o, l) ||
		    window_tail_starts(p, o, l)) && !site_first(p, o, l))
			return 1;
		if (nm->line[k] == c || o->len <= l->len ||
		    (at = memmem(line_text(p, o), o->len, t, l->len)) == NULL)
			continue;
		if ((o->flags & L_RETITLE) || (nm->line[k] == nm->top &&
		    (window_tail_headline(o, line_text(p, o), at, l) ||
		    (((section_before(line_text(p, o), at) &&
		    !site_before_headline(o, line_text(p, o), at, l)) ||
		    section_shown(p, c, line_text(p, o), at)) &&
		    set_off(at + l->len, line_text(p, o) + o->len)))) ||
		    ((o->flags & L_SEPS) &&
		    at + l->len == line_text(p, o) + o->len &&
		    (nm->line[k] != nm->top || crumb_before(line_text(p, o),
		    at))))
			return 1;
	}
	return 0;
}

/* Whether the page names line c as a headline (see named). */
static int
named_at_all(const struct page *p, size_t c, size_t first)
{
	struct naming nm;

	naming_lines(p, c > FAR_LINES ? c - FAR_LINES : 0,
	    first + EVIDENCE_SPAN < p->nlines ? first + EVIDENCE_SPAN :
	    p->nlines, &nm);
	return named(p, c, &nm);
}

/* A line of a sentence or two as short as a headline (It never works.). */
static int
sentence_headline(const struct line *l)
{
	return (l->flags & (L_ENDS | L_BLANK | L_LEX_DROP | L_LEX_HINT)) ==
	    L_ENDS && l->pwidth <= HEAD_WIDTH && l->pstops <= 2;
}

/* Whether line j is the whole window title (line top) again. */
static int
window_whole(const struct page *p, size_t top, size_t j)
{
	const struct line *w = &p->lines[top], *l = &p->lines[j];

	return j != top && l->len == w->len &&
	    memcmp(line_text(p, l), line_text(p, w), l->len) == 0;
}

/* Whether MENU_ITEMS items of a menu or more stand in lines (j, first). */
static int
menu_below(const struct page *p, size_t j, size_t first)
{
	size_t items = 0;

	while (++j < first && items < MENU_ITEMS)
		items += (p->lines[j].flags & (L_LIST | L_MENU)) != 0;
	return items >= MENU_ITEMS;
}

/*
 * Whether line j is the site's name: the window title (line top), or the
 * whole of it again, on a page whose site titles it by its name alone,
 * that name shown over the site's menu on the way down to the body
 * (first), narrower than a headline the window title holds whole.
 */
static int
site_name_line(const struct page *p, size_t top, size_t j, size_t first)
{
	size_t k;

	if ((j != top && !window_whole(p, top, j)) ||
	    p->lines[top].width >= WHOLE_TITLE_WIDTH)
		return 0;
	for (k = top + 1; k < first; k++)
		if (window_whole(p, top, k) && menu_below(p, k, first))
			return 1;
	return 0;
}

/*
 * Whether line j is the site's name that ends the window title after a
 * bar (X - 集团新闻 - 中国航天科技集团有限公司), shown over the site's
 * menu on the way down to the body (first).
 */
static int
window_tail_site(const struct page *p, size_t top, size_t j, size_t first)
{
	const struct line *w = &p->lines[top], *l = &p->lines[j];
	const char *wt = line_text(p, w), *at;

	if (j == top || l->len == 0 || l->len + 2 > w->len)
		return 0;
	at = wt + w->len - l->len;
	return memcmp(at, line_text(p, l), l->len) == 0 &&
	    ends_after_bar(w, wt, at, l->len) && menu_below(p, j, first);
}

/*
 * Whether line j is the whole window title again, as wide as a headline:
 * a share page titled by its headline alone.
 */
static int
window_is(const struct page *p, size_t top, size_t j, size_t first)
{
	return p->lines[j].width >= EVIDENCE_WIDTH && window_whole(p, top, j) &&
	    !site_name_line(p, top, j, first);
}

/*
 * Past the look-back, a headline the page names is still the title,
 * wherever it stands above the body: the nearest such line above line
 * i, within FAR_LINES lines, or else best (when the page names it).
 */
static size_t
named_above(const struct page *p, size_t i, size_t first, size_t best)
{
	size_t from = i > FAR_LINES ? i - FAR_LINES : 0, j;
	struct naming nm;

	naming_lines(p, from, first + EVIDENCE_SPAN < p->nlines ?
	    first + EVIDENCE_SPAN : p->nlines, &nm);
	if (best != (size_t)-1 && named(p, best, &nm))
		return best;
	/* A headline of a sentence or two, which the look-back passed over. */
	for (j = first; j-- > i;)
		if (sentence_headline(&p->lines[j]) && named(p, j, &nm))
			return j;
	/*
	 * The look-back weighed what names its lines, but not as much as a
	 * window title's head, whole or but for its punctuation (see
	 * window_holds_end, window_head_unpunctuated).
	 */
	for (j = first; nm.n > 0 && j-- > i;)
		if (((window_holds_end(p, &p->lines[nm.top], &p->lines[j]) ||
		    window_head_unpunctuated(p, &p->lines[nm.top],
		    &p->lines[j]) || window_is(p, nm.top, j, first) ||
		    window_tail_starts(p, &p->lines[nm.top], &p->lines[j])) &&
		    !site_first(p, &p->lines[nm.top], &p->lines[j]) &&
		    candidate_points(p, j, 0, 0) >= 0) ||
		    listed_window_head(p, &p->lines[nm.top], &p->lines[j]))
			return j;
	while (i-- > from)
		if (!(p->lines[i].flags & L_BLANK) && named(p, i, &nm) &&
		    !site_name_line(p, nm.top, i, first) &&
		    (candidate_points(p, i, 0, 0) >= 0 || over_tagline(p, i)))
			return i;
	return best;
}

/* The nearest byline above line i, within LINKS_SPAN lines, or -1. */
static size_t
byline_above(const struct page *p, size_t i)
{
	size_t from = i > LINKS_SPAN ? i - LINKS_SPAN : 0;

	while (i-- > from)
		if (!(p->lines[i].flags & L_BLANK) && byline(&p->lines[i]))
			return i;
	return (size_t)-1;
}

/*
 * A line above the headline that holds it and more names it: the window
 * title, a breadcrumb run together (HomeLatest NewsHeadline), no part of
 * the article; nor is a list of tags, a row of tools or a run of links
 * to other stories above it.
 */
static void
mark_above(struct page *p, size_t c)
{
	const struct line *l = &p->lines[c], *o;
	size_t i;
	int named = 0, apart = 0;

	for (i = c > FAR_LINES ? c - FAR_LINES : 0; i < c; i++) {
		o = &p->lines[i];
		if (o->flags & (L_BLOCK | L_BLANK))
			continue;
		if (o->len > l->len && memmem(line_text(p, o), o->len,
		    line_text(p, l), l->len) != NULL) {
			p->lines[i].flags |= L_NAMING;
			named = 1;
		} else if (tag_list(p, o) || lower_case(p, o) || in_links(p, i))
			p->lines[i].flags &= ~L_REACH;
	}
	/*
	 * Above a headline the page names, a line kept beside the article
	 * but cut off from it by one that is not is the site's: a blog's
	 * tagline over its counters.
	 */
	for (i = c; named && i-- > 0 && !(p->lines[i].flags & L_BLOCK);) {
		o = &p->lines[i];
		if (o->flags & L_BLANK)
			continue;
		if (!(o->flags & (L_REACH | L_TITLE)))
			apart = 1;
		else if (apart)
			p->lines[i].flags &= ~L_REACH;
	}
}

/*
 * Between the headline c and the body, a line that is the headline and a
 * tag in brackets before or after it ([视频]标题, a video's title) repeats
 * it.
 */
static void
mark_repeats_below(struct page *p, size_t c, size_t first)
{
	const struct line *l = &p->lines[c], *o;
	const char *t, *at;
	size_t i;

	for (i = c + 1; i < first; i++) {
		o = &p->lines[i];
		t = line_text(p, o);
		if (!(o->flags & (L_BLANK | L_TITLE)) && o->len > l->len &&
		    o->len <= l->len + REPEAT_TAG &&
		    (at = memmem(t, o->len, line_text(p, l), l->len)) != NULL &&
		    (at == t ? bracketed_tag(at + l->len, o->len - l->len) :
		    at + l->len == t + o->len && bracketed_tag(t,
		    (size_t)(at - t))))
			p->lines[i].flags |= L_NAMING;
	}
}

/*
 * The first line of a run of links to other stories just above the
 * body, set apart by blank lines from it and from what stands above it
 * (a headline), or -1.
 */
static size_t
links_above(const struct page *p, size_t first)
{
	size_t a, end = first;

	while (end > 0 && (p->lines[end - 1].flags & L_BLANK))
		end--;
	/* A blank line parts it from the body, else it opens the body. */
	if (end == first)
		return (size_t)-1;
	/* A list above the body may hold a shorter headline (两会日程一览). */
	for (a = end; a > 0 && link_like(&p->lines[a - 1], EVIDENCE_WIDTH); a--)
		;
	if (end - a < LINKS_MIN || a == 0 ||
	    !(p->lines[a - 1].flags & L_BLANK))
		return (size_t)-1;
	return a;
}

/*
 * Whether a byline in Chinese opens with its headline, run together: a
 * date or a credit (2013-06-04 来源:X) starts after a space, past words
 * as wide as a headline with no sentence end and no label's colon.
 */
static int
headed_byline(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	struct date d;
	size_t i;

	/* A breadcrumb that ends with a month (主頁 > 新聞稿 > 2025年9月) is none. */
	if (!(l->flags & L_CJK) || !(l->flags & (L_DATE | L_LEX_DROP)) ||
	    (l->flags & L_SEPS) || l->width > MAX_WIDTH)
		return 0;
	for (i = 1; i < l->len; i++) {
		if (t[i - 1] != ' ' || t[i] == ' ')
			continue;
		if ((t[i] >= '0' && t[i] <= '9' &&
		    date_find(t + i, l->len - i, &d)) ||
		    lexicon_match(RULE_DROP, t + i, l->len - i, 0) >= 0)
			break;
	}
	/* A credit that names two (记者 X 通讯员 Y) is no headline. */
	if (i >= l->len || width_of(t, i) < HEADED_WIDTH ||
	    lexicon_match(RULE_DROP, t, i - 1, 0) >= 0)
		return 0;
	return memchr(t, ':', i) == NULL && memmem(t, i, "\xef\xbc\x9a",
	    3) == NULL && memmem(t, i, "\xe3\x80\x82", 3) == NULL;	/* ： 。 */
}

/* A paragraph of prose: sentences as wide as a body's. */
static int
prose_over(const struct line *l)
{
	return (l->flags & L_ENDS) && l->score > 0 && l->pwidth >= SPLIT_WIDTH;
}

/*
 * Whether the window title holds a phrase of line l, a part between
 * spaces wide enough to tell (外国游客来蓠江“说走就走” of 免签“朋友圈”扩容
 * 外国游客来蓠江“说走就走”): l is the headline, whatever stands above.
 */
static int
window_holds_phrase(const struct page *p, const struct line *l)
{
	const struct line *o = &p->lines[first_line(p)];
	const char *t = line_text(p, l), *end = t + l->len, *e;

	if (o == l)
		return 0;
	for (; t < end; t = e) {
		e = phrase_end(t, end);
		if (width_of(t, (size_t)(e - t)) >= HELD_WIDTH &&
		    memmem(line_text(p, o), o->len, t, (size_t)(e - t)) != NULL)
			return 1;
		while (e < end && space_at(e, end))
			e += space_at(e, end);
	}
	return 0;
}

/*
 * A deck without a pause in Chinese (楼市新政落地 over 多个城市同日调整…):
 * wider than the line above, the last line over the body, and named
 * nowhere else on the page (a repeat makes it the headline itself); the
 * line above is one phrase of five characters or more, in no other line
 * (a column's name is shorter, or named in the menu too).
 */
static int
plain_deck(const struct page *p, size_t c)
{
	const struct line *l = &p->lines[c], *u = &p->lines[c - 1];
	size_t next = c + 1;

	while (next < p->nlines && (p->lines[next].flags & L_BLANK))
		next++;
	return l->width > u->width && u->tokens == 1 &&
	    u->width >= PLAIN_DECK_OVER && !(u->flags & L_REPEAT) &&
	    !inside_other_line(p, u) &&
	    !repeated_near(p, c) && !window_holds_phrase(p, l) &&
	    (next >= p->nlines || candidate_points(p, next, 0, 0) < 0);
}

/*
 * Whether the window title starts with line l's first phrase, up to a
 * space, wide enough to tell (大埔錦石街市翻新完成 of 大埔錦石街市翻新完成　下月
 * 一日重開 in 大埔錦石街市翻新完成下月重開　檔主盼租金不加 - 港聞).
 */
static int
window_starts_with_phrase(const struct page *p, const struct line *l)
{
	const struct line *o = &p->lines[first_line(p)];
	const char *t = line_text(p, l);
	size_t e = (size_t)(phrase_end(t, t + l->len) - t);

	return o != l && o->len > e && width_of(t, e) >= HELD_WIDTH &&
	    memcmp(line_text(p, o), t, e) == 0;
}

/*
 * Whether line c is the deck under a headline just above it: in Chinese,
 * a wider line with a pause in it under one with none, as wide as a
 * headline, or a line under one whose first phrase the window title
 * starts with, and not with its own, or one wider than any headline with
 * more pauses than the line above; in letters, a line about as wide or
 * wider under a headline (a standfirst), which no menu run together is,
 * nor a line that names it (HomeNewsHeadline).  A kicker above a headline
 * is shorter.  Any line under one the page names (its window title), and
 * not named itself, is the deck under it; a line the page names is none.
 */
static int
deck_under(const struct page *p, size_t c, size_t first)
{
	const struct line *l = &p->lines[c], *u;

	if (c == 0)
		return 0;
	u = &p->lines[c - 1];
	/* A programme's name and its date (《新闻夜班车》　2025-10-21) head none. */
	if ((u->flags & L_DATE) || candidate_points(p, c - 1, 0, 0) < 0)
		return 0;
	if (named_at_all(p, c - 1, first) && !named_at_all(p, c, first))
		return 1;
	/* And the one the page names under one it does not is no deck. */
	if (named_at_all(p, c, first))
		return 0;
	if (u->flags & l->flags & L_CJK)
		return (u->punct == 0 && ((l->punct > 0 &&
		    u->width >= LINK_WIDTH && l->width * 2 > u->width * 3) ||
		    plain_deck(p, c) || (window_starts_with_phrase(p, u) &&
		    !window_starts_with_phrase(p, l)))) ||
		    (l->punct >= 2 && u->punct < l->punct &&
		    l->width >= DECK_WIDE && l->width > u->width &&
		    u->width >= LINK_WIDTH);
	return !((u->flags | l->flags) & (L_CJK | L_MENU)) &&
	    u->width >= DECK_OVER && u->tokens >= DECK_WORDS &&
	    (u->width >= DECK_LONG ? l->width * 4 >= u->width * 3 :
	    l->width > u->width) && !capitalized_run(p, u) &&
	    memmem(line_text(p, u), u->len, line_text(p, l), l->len) == NULL;
}

/*
 * The line just under the headline chosen, over the body, is its deck
 * when it reads as one in Chinese: no date, no byline, no sign of
 * boilerplate (播放：12.6万 is a counter), and either wider than any
 * headline with a pause in it over a byline or a date (the page's head,
 * however many sentences it has), or a deck by deck_under() half as wide
 * as the headline at least with a pause in it, or two thirds as wide in
 * one phrase or two parted by a space (…柴燒窯　每天只烤…).
 */
static int
deck_below(const struct page *p, size_t best, size_t first)
{
	const struct line *l;
	size_t next;

	if (best + 1 >= first)
		return 0;
	l = &p->lines[best + 1];
	if ((l->flags & (WIDGET | L_BLANK | L_DATE | L_LEADIN | L_CJK)) !=
	    L_CJK || byline(l))
		return 0;
	next = next_filled(p, best + 1);
	if (!(l->flags & (L_USER_DROP | L_ASIDE)) && l->punct > 0 &&
	    l->width >= DECK_WIDE && next < first &&
	    (byline(&p->lines[next]) || (p->lines[next].flags & L_DATE)))
		return 1;
	return (l->punct > 0 ? l->width * 2 >= p->lines[best].width :
	    l->tokens <= 2 && l->width * 3 >= p->lines[best].width * 2) &&
	    candidate_points(p, best + 1, 0, 0) >= 0 &&
	    deck_under(p, best + 1, first);
}

/*
 * Whether the window title holds a line of a headline's width between a
 * short line and the body: the short line is a column's name before it
 * (以案说法｜“高薪兼职”背后的帮信陷阱_正义网), not the headline.
 */
static int
window_holds_below(const struct page *p, size_t i, size_t first)
{
	const struct line *o = &p->lines[first_line(p)], *l;

	while (++i < first) {
		l = &p->lines[i];
		if (l->width >= HELD_WIDTH && o->len > l->len &&
		    memmem(line_text(p, o), o->len, line_text(p, l),
		    l->len) != NULL && candidate_points(p, i, 0, 0) >= 0)
			return 1;
	}
	return 0;
}

/*
 * Whether line i, over a byline, is a name under the headline (an
 * author's, a column's: 琅州港股份资讯 under 琅州港股份：上半年…): in
 * Chinese, no wider than a headline's least, under a wider line that
 * could be the headline.
 */
static int
name_under_headline(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i];
	size_t k = prev_filled(p, i);

	return (l->flags & L_CJK) && l->width < HELD_WIDTH && k != (size_t)-1 &&
	    p->lines[k].width > l->width * 2 &&
	    candidate_points(p, k, 0, 0) >= 0;
}

size_t
title_find(struct page *p)
{
	size_t i, first, byl, links, from, head, best = (size_t)-1;
	size_t below = (size_t)-1, short_head;
	int distance = 0, scanned = 0, above = 0, pts, w, top = MIN_POINTS - 1;
	int parts, cjk, menu_run = 0;
	const struct line *l;

	/* Above the article's first part: a line between parts is a heading. */
	for (first = 0; first < p->start && !(p->lines[first].flags & L_BLOCK);
	    first++)
		;
	first = past_headline(p, first);
	cjk = first < p->nlines && (p->lines[first].flags & L_CJK);
	byl = byline_above(p, first);
	links = links_above(p, first);
	for (i = first; i-- > 0 && distance < LOOK_BACK &&
	    scanned < SCAN_MAX;) {
		l = &p->lines[i];
		if (l->flags & L_BLANK)
			continue;
		scanned++;
		/*
		 * Over a headline found, a long run of a menu's items is the
		 * top of the page: the site's sections, not the article's.
		 */
		menu_run = l->flags & (L_LIST | L_MENU) ? menu_run + 1 : 0;
		if (best != (size_t)-1 && menu_run >= MENU_RUN)
			break;
		/*
		 * Below the byline, or set apart above the body, links are
		 * widgets; but not a line the window title names (an e-paper's
		 * headline under its date and source line).
		 */
		w = widget(l) || (byl != (size_t)-1 && i > byl &&
		    in_links(p, i) && !named_at_all(p, i, first)) ||
		    (links != (size_t)-1 && i >= links &&
		    !named_at_all(p, i, first)) ||
		    section_name(p, l) || by_follow(p, i);
		pts = w ? -1 : candidate_points(p, i, distance + 3, above);
		/* A byline that is no candidate stands as a widget does. */
		distance += w || (pts < 0 && byline(l)) ? 1 : 3;
		if (i + 1 < first && over_tagline(p, i))
			pts = TAGLINE_POINTS;
		/* A headline on its byline's line: just above it, so to speak. */
		if (w && headed_byline(p, l))
			pts = 20 - distance + ABOVE_BYLINE + ON_BYLINE;
		/* Over a body in Chinese, a line in letters is a translation, a name. */
		if (pts > 0 && cjk && !(l->flags & L_CJK))
			pts = pts > LETTERS_OVER_CJK ? pts - LETTERS_OVER_CJK : 0;
		if (pts >= 0 && above == 1) {
			if ((best == (size_t)-1 || !(l->flags & L_CJK)) &&
			    next_to_byline(l) && !name_under_headline(p, i))
				pts += ON_BYLINE;
			above = 2;
		}
		if (pts > top) {
			top = pts;
			best = i;
		}
		if (byline(l) && !above)
			above = 1;
		/*
		 * A paragraph just over the best line so far: that line is the
		 * article's (a signature, a heading), and so is the paragraph;
		 * the headline is above them, or else the line below stands.
		 */
		if (best == i + 1 && prose_over(l)) {
			below = best;
			best = (size_t)-1;
			top = MIN_POINTS - 1;
			distance = 0;
			above = 0;
		}
	}
	if (best == (size_t)-1)
		best = below;
	best = named_above(p, i + 1, first, best);
	/*
	 * A short headline the page names beats one it does not name nor
	 * list.
	 */
	short_head = short_named_above(p, first, best == (size_t)-1);
	if (short_head != (size_t)-1 && (best == (size_t)-1 ||
	    (!named_at_all(p, best, first) && !listed_near(p, best, 0))) &&
	    !window_holds_below(p, short_head, first))
		best = short_head;
	if (best == (size_t)-1)
		return best;
	/*
	 * Links between the headline (or its byline) and the body are a list,
	 * but not a lead-in's items.
	 */
	from = byl != (size_t)-1 && best < byl ? byl + 1 : first;
	if (links != (size_t)-1 && best < links && links < from)
		from = links;
	for (i = from; i < first; i++)
		if (in_links(p, i) && !item_under_lead_in(p, i))
			p->lines[i].flags |= L_INLIST;
	/*
	 * A headline's first part, named whole with the next, or an issuer
	 * over its notice's title: its last is below.
	 */
	head = best;
	for (parts = 1; parts <= SPLIT_MAX && best + 1 < first &&
	    (named_whole(p, &p->lines[best], &p->lines[best + 1]) ||
	    notice_title(p, &p->lines[best + 1])) &&
	    candidate_points(p, best + 1, 0, 0) >= 0; parts++)
		p->lines[best++].flags |= L_TITLE;
	/* A deck under the headline is printed with it. */
	if (deck_under(p, best, first))
		p->lines[best--].flags |= L_TITLE;
	p->lines[best].flags |= L_TITLE;
	/* A subtitle under the headline, ——副题, is printed with it. */
	if ((i = next_filled(p, best)) < first && subtitle(p, &p->lines[i]))
		p->lines[i].flags |= L_TITLE;
	else if (deck_below(p, best, first))
		p->lines[best + 1].flags |= L_TITLE;
	mark_above(p, best);
	mark_repeats_below(p, best, first);
	best = join_split(p, best);
	return best < head ? best : head;
}
