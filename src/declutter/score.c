/*
 * score.c: a line's content score.  Length relative to the page's widest
 * line, sentence punctuation and a sentence ending raise it; list markers,
 * separators, menus of short words, links, dates, repeats and lexicon
 * hits lower it.  The weights were fitted on labelled pages of many sites
 * and languages; they are integers so that results never vary.
 */
#include <string.h>

#include <utf8proc.h>

#include "lexicon.h"
#include "page.h"
#include "score.h"
#include "spread.h"
#include "utf8.h"

/* Widths are in thirds of a CJK character (a Latin letter is one). */
#define REF_MIN		60	/* a page of short lines is judged on this */
#define REF_MAX		450	/* a line this wide is as long as it gets */
#define LONG		90	/* 30 CJK characters, a 90-letter sentence */
#define MEDIUM		45
#define THRESHOLD	40	/* the prose points a content line reaches */
#define WRAP_WIDTH	60	/* % of the reference: a line wrapped at a column */
#define NEUTRAL		15	/* most a plain short line weighs against */
#define ROW_WEIGHT	5	/* most a table's row weighs against */
#define SHORT_RUN	5	/* list items between paragraphs */
/*
 * A long line names its kind early (版权声明, 本文为…仅代表…): the drop
 * patterns read its first DROP_WINDOW bytes.  Navigation words in a long
 * line are just words: hints are read in lines narrower than HINT_WIDTH.
 */
#define DROP_WINDOW	90
/*
 * A summary repeats the body when these bytes of it, near its start, do:
 * twenty characters, where a standfirst shares shorter runs of figures
 * with the body it sums up (成交5863套，环比增长12.1%，).
 */
#define SUMMARY_RUN	60
/* Looked for from every third character: a copy runs longer than that. */
#define SUMMARY_STEP	9
/* The shortest rest of a summary whose repeat makes it a copy. */
#define SUMMARY_REST	18
#define SUMMARY_LOOK	45
#define SUMMARY_NEAR	30
#define HINT_WIDTH	60
/* A head of the comments quotes at most the headline: it is narrower. */
#define END_WIDTH	(3 * HINT_WIDTH)
/* Signs of boilerplate that no neighbourhood excuses. */
#define STRONG		(L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_SEPS | \
			 L_MENU | L_REPEAT | L_LINK)

struct weight {
	unsigned	 flag;
	int		 points;
	const char	*name;
};

static const struct weight penalties[] = {
	{ L_LEX_DROP,	80,	"lexicon" },
	{ L_LEX_HINT,	40,	"lexicon" },
	{ L_SEPS,	30,	"separators" },
	{ L_MENU,	30,	"menu" },
	{ L_LIST,	25,	"list" },
	{ L_DATE,	20,	"date" },
	{ L_REPEAT,	15,	"repeated" },
	{ L_LINK,	15,	"link" },
};

static int
reference_width(const struct page *p)
{
	if (p->maxwidth < REF_MIN)
		return REF_MIN;
	if (p->maxwidth > REF_MAX)
		return REF_MAX;
	return p->maxwidth;
}

/* Points of a line's shape alone, before penalties. */
static int
shape_points(const struct page *p, const struct line *l)
{
	int ref = reference_width(p), rel, pts;

	rel = l->pwidth >= ref ? 100 : l->pwidth * 100 / ref;
	pts = rel * 40 / 100;
	if (l->pwidth >= LONG)
		pts += 15;
	else if (l->pwidth >= MEDIUM)
		pts += 8;
	if (l->ppunct > 0)
		pts += 10;
	if (l->pstops > 0)
		pts += 10;
	if (l->ppunct * 30 >= l->pwidth)
		pts += 5;
	if (l->pends)
		pts += 15;
	return pts;
}

/*
 * Hard-wrapped text (mail, RFCs, plain-text pages) splits a paragraph at
 * a column: a wide line that does not end a sentence, followed at once by
 * a line that starts in lower case, continues it.  Each line of such a
 * paragraph is judged on the paragraph's width and punctuation.
 */
static void
join_wrapped(struct page *p)
{
	int ref = reference_width(p);
	struct line *l, *prev = NULL;
	size_t i, first = 0, j;

	for (i = 0; i <= p->nlines; i++) {
		l = i < p->nlines ? &p->lines[i] : NULL;
		if (l != NULL && prev != NULL && prev == l - 1 &&
		    !(l->flags & L_BLANK) && !(prev->flags & L_ENDS) &&
		    prev->width * 100 >= ref * WRAP_WIDTH &&
		    *line_text(p, l) >= 'a' && *line_text(p, l) <= 'z') {
			prev = l;
			continue;
		}
		/* close the paragraph [first, i) */
		for (j = first; prev != NULL && j < i; j++) {
			p->lines[j].pwidth = 0;
			p->lines[j].ppunct = p->lines[j].pstops = 0;
		}
		for (j = first; prev != NULL && j < i; j++) {
			p->lines[first].pwidth += p->lines[j].width;
			p->lines[first].ppunct += p->lines[j].punct;
			p->lines[first].pstops += p->lines[j].stops;
		}
		for (j = first + 1; prev != NULL && j < i; j++) {
			p->lines[j].pwidth = p->lines[first].pwidth;
			p->lines[j].ppunct = p->lines[first].ppunct;
			p->lines[j].pstops = p->lines[first].pstops;
		}
		for (j = first; prev != NULL && j < i; j++)
			p->lines[j].pends = (prev->flags & L_ENDS) != 0;
		first = i;
		prev = l != NULL && !(l->flags & L_BLANK) ? l : NULL;
	}
}

static int
penalty(const struct line *l, unsigned flag, int points)
{
	if (!(l->flags & flag))
		return 0;
	/* A date or a link inside a long sentence says little. */
	if ((flag == L_DATE || flag == L_LINK) && l->width >= LONG)
		return 0;
	/* Nor does a marker before a sentence. */
	if (flag == L_LIST && l->width >= MEDIUM && l->punct > 0)
		return points / 3;
	return points;
}

/* Points a line loses for signs of boilerplate (0: a plain line). */
static int
score_penalties(const struct line *l)
{
	size_t i;
	int pts = 0;

	for (i = 0; i < sizeof penalties / sizeof penalties[0]; i++)
		pts += penalty(l, penalties[i].flag, penalties[i].points);
	if (l->digits * 2 > l->width)
		pts += 15;
	return pts;
}

/* The line's content score: above 0 it reads as prose. */
static int
score_line(const struct page *p, const struct line *l)
{
	if (l->flags & L_BLANK)
		return 0;
	return shape_points(p, l) - score_penalties(l) - THRESHOLD;
}

/*
 * A line's weight in the search for the article block.  A plain short
 * line (a sub-heading, a caption) weighs little against the block, and so
 * does a short run of list items between paragraphs; a line with other
 * signs of boilerplate, or in a long run of short lines, weighs its score.
 */
int
score_excused(const struct line *l)
{
	return !(l->flags & STRONG) && (score_penalties(l) == 0 ||
	    l->run <= SHORT_RUN);
}

int
score_strong(const struct line *l)
{
	return (l->flags & STRONG) != 0;
}

/* A table's row (cells split by tabs) weighs less, however many rows. */
static int
region_weight(const struct line *l)
{
	if (l->score < -ROW_WEIGHT && (l->flags & (L_CELLS | STRONG)) ==
	    L_CELLS)
		return -ROW_WEIGHT;
	/* An aside (a caption, a source line): the article goes on past it. */
	if (l->score < -NEUTRAL && (l->flags & L_ASIDE))
		return -NEUTRAL;
	if (l->score < -NEUTRAL && score_excused(l))
		return -NEUTRAL;
	return l->score;
}

/* Count the non-prose lines of each run between prose lines. */
static void
mark_runs(struct page *p)
{
	size_t i, j, from = 0;
	int n = 0;

	for (i = 0; i <= p->nlines; i++) {
		if (i < p->nlines && (p->lines[i].flags & L_BLANK))
			continue;
		if (i < p->nlines && p->lines[i].score <= 0) {
			if (n++ == 0)
				from = i;
			continue;
		}
		for (j = from; n > 0 && j < i; j++)
			p->lines[j].run = n;
		n = 0;
	}
}

const char *
score_weakness(const struct page *p, const struct line *l)
{
	size_t i;

	for (i = 0; i < sizeof penalties / sizeof penalties[0]; i++)
		if (penalty(l, penalties[i].flag, penalties[i].points) > 0)
			return penalties[i].name;
	if (l->digits * 2 > l->width)
		return "numbers";
	if (l->punct == 0)
		return "no punctuation";
	return shape_points(p, l) < THRESHOLD ? "short" : "prose";
}

/*
 * Whether the text after a summary's label repeats the body: a run of
 * SUMMARY_RUN bytes of it (or all the rest, of SUMMARY_REST or more),
 * starting every SUMMARY_STEP bytes among its first SUMMARY_LOOK, is in
 * one of the SUMMARY_NEAR lines around it.  A paper's abstract does not
 * repeat its body.  The look is bounded, so a page of summaries stays
 * linear.
 */
static int
repeats_body(const struct page *p, const struct line *l)
{
	const char *s = line_text(p, l), *e = s + l->len, *c, *at;
	size_t i, n, self = l - p->lines, from, to;

	if ((c = memchr(s, ':', l->len)) == NULL &&
	    (c = memmem(s, l->len, "：", 3)) == NULL)
		return 0;
	from = self > SUMMARY_NEAR ? self - SUMMARY_NEAR : 0;
	to = self + SUMMARY_NEAR < p->nlines ? self + SUMMARY_NEAR :
	    p->nlines;
	for (at = c + 1; e - at >= SUMMARY_REST && at < c + SUMMARY_LOOK;
	    at += utf8_next_start(at, (size_t)(e - at), SUMMARY_STEP)) {
		/* Or all that is left, when shorter: 实干争朝夕,项目正当时。 */
		n = e - at > SUMMARY_RUN ?
		    utf8_next_start(at, (size_t)(e - at), SUMMARY_RUN) :
		    (size_t)(e - at);
		for (i = from; i < to; i++)
			if (i != self && p->lines[i].len >= n &&
			    memmem(line_text(p, &p->lines[i]), p->lines[i].len,
			    at, n) != NULL)
				return 1;
	}
	return 0;
}

int
score_fields(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *e = t + l->len, *c;
	int n = 0;

	/* 16:35 is a clock time. */
	for (c = t; (c = memchr(c, ':', e - c)) != NULL; c++)
		n += c + 1 == e || c[1] < '0' || c[1] > '9';
	for (c = t; (c = memmem(c, e - c, "\xef\xbc\x9a", 3)) != NULL;
	    c += 3)
		n++;	/* ： */
	return n;
}

/*
 * A byline of labelled fields (连载:X 出版社:Y 作者:Z) is a credit when a
 * drop rule holds for one of its fields: the drop rule that does, or -1.
 */
static int
field_credit(const struct page *p, const struct line *l)
{
	const char *s = line_text(p, l);
	size_t i;
	int r;

	/* Colons are punctuation: most lines are passed at once. */
	if (l->width >= HINT_WIDTH * 2 || l->punct < FIELDS_MAX ||
	    l->tokens < FIELDS_MAX || score_fields(p, l) < FIELDS_MAX)
		return -1;
	for (i = 1; i < l->len; i++)
		if (s[i - 1] == ' ' && s[i] != ' ' && (r = lexicon_match(RULE_DROP,
		    s + i, l->len - i, DROP_WINDOW)) >= 0 &&
		    lexicon_kind(RULE_DROP, r) == KIND_PLAIN)
			return r;
	return -1;
}

/* The aside rule that holds for the line, or -1. */
static int
aside(const struct page *p, const struct line *l)
{
	int r;

	r = lexicon_match_tail(RULE_ASIDE, line_text(p, l), l->len,
	    DROP_WINDOW);
	if (r >= 0 && lexicon_kind(RULE_ASIDE, r) == KIND_SUMMARY &&
	    !repeats_body(p, l))
		return -1;
	return r;
}

static void
match_rules(const struct page *p, struct line *l)
{
	const char *s = line_text(p, l);
	int r, k;

	if (l->flags & L_BADUTF8)
		return;
	lexicon_line(s, l->len, l->needs);
	if ((r = lexicon_match(RULE_USER_KEEP, s, l->len, 0)) >= 0) {
		l->flags |= L_USER_KEEP;
		l->rule = r;
	} else if ((r = lexicon_match(RULE_USER_DROP, s, l->len, 0)) >= 0) {
		l->flags |= L_USER_DROP;
		l->rule = r;
	}
	/* A site's own end rule holds for a line of any length. */
	if ((r = lexicon_match(RULE_USER_END, s, l->len, 0)) >= 0) {
		l->flags |= L_USER_END | L_LEX_HINT | L_END;
		if (l->rule < 0)
			l->rule = r;
	}
	if ((r = lexicon_match(RULE_DROP, s, l->len, DROP_WINDOW)) >= 0 ||
	    (r = field_credit(p, l)) >= 0) {
		l->flags |= L_LEX_DROP;
		if (lexicon_kind(RULE_DROP, r) == KIND_TITLE)
			l->flags |= L_RETITLE;
		/*
		 * A caption that ends with its source (▲运河无锡段（图片来源：
		 * 网络）) is beside the article, not the footer that closes it:
		 * the aside rule decides it.
		 */
		if ((k = aside(p, l)) >= 0) {
			l->flags |= L_ASIDE;
			r = k;
		}
	} else if ((r = aside(p, l)) >= 0) {
		l->flags |= L_LEX_DROP | L_ASIDE;
		if (lexicon_kind(RULE_ASIDE, r) == KIND_CREDIT)
			l->flags |= L_CREDIT;
	}
	else if (l->width < END_WIDTH &&
	    (r = lexicon_match(RULE_END, s, l->len, 0)) >= 0)
		l->flags |= L_LEX_HINT | L_END;
	else if (l->width < HINT_WIDTH &&
	    (r = lexicon_match(RULE_HINT, s, l->len, 0)) >= 0) {
		l->flags |= L_LEX_HINT;
		if (lexicon_kind(RULE_HINT, r) == KIND_LIST)
			l->flags |= L_LISTHEAD;
		else if (lexicon_kind(RULE_HINT, r) == KIND_TAGLINE)
			l->flags |= L_TAGLINE;
		else if (lexicon_kind(RULE_HINT, r) == KIND_FOLLOW)
			l->flags |= L_FOLLOW;
	} else if (l->width < HINT_WIDTH && l->digits > 0 &&
	    (k = lexicon_match(RULE_PART, s, l->len, 0)) >= 0 &&
	    lexicon_kind(RULE_PART, k) == KIND_PLAIN)
		l->flags |= L_PART;
	if (r >= 0 && l->rule < 0)
		l->rule = r;
	lexicon_line(NULL, 0, 0);
}

/* A caption in letters is no wider than this. */
#define CAPTION_WIDTH	300

/*
 * A line that ends with a photographer's credit is a caption; so is the
 * line just above a photo's credit, with no blank line between, when it
 * is in letters and no other rule took it (Credit: X under "Mark with
 * his dog Bramble"): a Chinese page sets its credits under bylines and
 * headlines as often.
 */
/* A photographer's credit this wide at most ends a caption. */
#define CREDIT_WIDTH	60
#define PHOTOGRAPHERS	4	/* names before 摄 after a caption */
#define PHOTO_WORDS	4	/* words of a photographer's name in capitals */

/*
 * Whether a line in letters ends with a credit in brackets after its
 * last sentence, a name and an outlet parted by a slash: "… before the
 * meeting. (Jane Roe / The Courier)".  Looked for by hand, as a
 * pattern for it would run on every line.
 */
static int
credit_in_brackets(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *open;
	size_t from;

	if ((l->flags & L_CJK) || l->len < 8 || t[l->len - 1] != ')')
		return 0;
	from = l->len > CREDIT_WIDTH ? l->len - CREDIT_WIDTH : 0;
	for (open = t + l->len - 1; open > t + from && *open != '('; open--)
		;
	return *open == '(' && open - t >= 3 && open[-1] == ' ' &&
	    strchr(".!?", open[-2]) != NULL && open[1] >= 'A' &&
	    open[1] <= 'Z' && memchr(open, '/', t + l->len - open) != NULL;
}

/* Whether the UTF-8 character ending at e (after s) is c, 3 bytes long. */
static int
ends_with3(const char *s, const char *e, const char *c)
{
	return e - s >= 3 && memcmp(e - 3, c, 3) == 0;
}

/*
 * Whether a caption in Chinese ends with its photographers after its last
 * sentence, with their outlet and no title (…清扫积雪。 青岚融媒 吴小婷 摄):
 * names of two to eight characters, up to PHOTOGRAPHERS of them, between a
 * sentence's end and 摄.  Looked at only in lines that end with 摄, where
 * a pattern would try every sentence's end.
 */
static int
photographers_after_sentence(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *e = t + l->len, *w;
	int names;

	if (!(l->flags & L_CJK) || (!ends_with3(t, e, "\xe6\x91\x84") &&
	    !ends_with3(t, e, "\xe6\x94\x9d")))	/* 摄 攝 */
		return 0;
	e -= 3;
	for (names = 0; names <= PHOTOGRAPHERS; names++) {
		while (e > t && e[-1] == ' ')
			e--;
		if (names > 0 && (ends_with3(t, e, "\xe3\x80\x82") ||
		    ends_with3(t, e, "\xef\xbc\x89") || (e > t && e[-1] == ')')))
			return 1;	/* 。 ） ) */
		for (w = e; w > t && w[-1] != ' '; w--)
			if (ends_with3(t, w, "\xe3\x80\x82") ||
			    ends_with3(t, w, "\xef\xbc\x8c") || w[-1] == ',')
				break;	/* 。 ， , */
		if (e - w < 6 || e - w > 24 || w == t)
			return 0;
		e = w;
	}
	return 0;
}

/*
 * Whether s[0..n) is a name of two words to PHOTO_WORDS, each of two
 * letters or more: in capitals (GARCÍA SANTOS, JEAN DUPRÉ, L'OUEST), or
 * in title case, a capital then small letters (Hannah Okafor).
 */
static int
name_of_words(const char *s, size_t n, int title_case)
{
	size_t i, l = 1;
	int words = 0, letters = 0;
	utf8proc_category_t cat;
	uint32_t c;

	/* A space after the last word ends it as the others. */
	for (i = 0; i <= n; i += l) {
		c = i < n ? utf8_get(s, n, i, &l) : ' ';
		if (c == ' ') {
			if (letters == 1 || (letters > 0 && ++words > PHOTO_WORDS))
				return 0;
			letters = 0;
			continue;
		}
		cat = utf8proc_category((utf8proc_int32_t)c);
		if (c == '\'' || c == 0x2019 || c == '-' ||
		    (c == '.' && !title_case))
			continue;
		if (cat != (letters > 0 && title_case ? UTF8PROC_CATEGORY_LL :
		    UTF8PROC_CATEGORY_LU))
			return 0;
		letters++;
	}
	return words >= 2;
}

/*
 * Where the credit after a caption's last sentence starts: past the last
 * ". " in the last CREDIT_WIDTH bytes of line l; NULL if there is none.
 */
static const char *
after_last_sentence(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *stop;
	size_t from = l->len > CREDIT_WIDTH ? l->len - CREDIT_WIDTH : 0;

	for (stop = t + l->len - 2; stop > t + from && !(stop[0] == '.' &&
	    stop[1] == ' '); stop--)
		;
	return stop > t + from ? stop + 2 : NULL;
}

/*
 * Whether a caption in letters ends with its photographer's name in
 * capitals after its last sentence, with an agency after a slash
 * (…, en agosto de 2025. GARCÍA SANTOS, … 2025. JEAN DUPRÉ / AFP).
 * Looked at only in lines that end with a capital letter.
 */
static int
photographer_in_capitals(const struct page *p, const struct line *l)
{
	const char *e = line_text(p, l) + l->len, *name, *slash;

	if ((l->flags & L_CJK) || l->len < 8 || !(((unsigned char)e[-1] >=
	    'A' && (unsigned char)e[-1] <= 'Z') || (unsigned char)e[-1] >= 0x80) ||
	    (name = after_last_sentence(p, l)) == NULL)
		return 0;
	if ((slash = memchr(name, '/', e - name)) == NULL)
		return name_of_words(name, e - name, 0);
	/* The agency's name after the slash starts with a capital. */
	return slash - name >= 3 && slash[-1] == ' ' && slash + 2 < e &&
	    slash[1] == ' ' && name_of_words(name, slash - 1 - name, 0) &&
	    slash[2] >= 'A' && slash[2] <= 'Z';
}

/*
 * Whether a caption in letters ends with its photographer's name in title
 * case and a slash before the paper or the institution, past its last
 * sentence (… a red lid. Hannah Okafor/Queen Mary University of London,
 * … since 2019. Joanna Reyes / Lakeshore Tribune).
 */
static int
photographer_and_source(const struct page *p, const struct line *l)
{
	const char *e = line_text(p, l) + l->len, *name, *slash, *end;

	if ((l->flags & L_CJK) || l->len < 8 || !((e[-1] >= 'a' && e[-1] <=
	    'z') || (e[-1] >= 'A' && e[-1] <= 'Z')) ||
	    (name = after_last_sentence(p, l)) == NULL ||
	    (slash = memchr(name, '/', e - name)) == NULL || slash + 2 >= e ||
	    memchr(slash, '.', e - slash) != NULL)
		return 0;
	end = slash > name && slash[-1] == ' ' ? slash - 1 : slash;
	if (slash[1] == ' ')
		slash++;
	return name_of_words(name, end - name, 1) && slash[1] >= 'A' &&
	    slash[1] <= 'Z';
}

/* How far a credit under a table or a figure looks for the article. */
#define CREDIT_REACH	3

/* Whether one of the CREDIT_REACH lines after line i not blank is prose. */
static int
prose_below(const struct page *p, size_t i)
{
	int seen;

	for (seen = 0; seen < CREDIT_REACH &&
	    (i = next_filled(p, i)) < p->nlines; seen++)
		if (p->lines[i].score >= THRESHOLD)
			return 1;
	return 0;
}

/*
 * A short credit (来源：X) just under a table's row, or under a line of
 * no prose (a figure's title, a note) that itself stands under prose or
 * a row, with prose after it: the source of what it stands under, beside
 * the article, not the end of it.
 */
static int
credit_under_figure(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i], *above, *over;
	size_t a = prev_filled(p, i), o;

	if ((l->flags & (L_LEX_DROP | L_ASIDE | L_USER_DROP)) != L_LEX_DROP ||
	    l->width >= LONG || a == (size_t)-1 || !prose_below(p, i))
		return 0;
	above = &p->lines[a];
	if (above->flags & L_CELLS)
		return 1;
	if ((o = prev_filled(p, a)) == (size_t)-1)
		return 0;
	over = &p->lines[o];
	return above->score < THRESHOLD && !(above->flags & (L_LEX_DROP |
	    L_LEX_HINT | L_DATE)) &&
	    (over->score >= THRESHOLD || (over->flags & L_CELLS));
}

static void
mark_captions(struct page *p)
{
	struct line *l;
	size_t i;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (!(l->flags & (L_BLANK | L_LEX_DROP | L_USER_KEEP)) &&
		    (credit_in_brackets(p, l) ||
		    photographers_after_sentence(p, l) ||
		    photographer_in_capitals(p, l) ||
		    photographer_and_source(p, l))) {
			l->flags |= L_LEX_DROP | L_ASIDE;
			l->score = score_line(p, l);
		}
	}
	/* Told by where it stands, not by its rule: --explain says caption. */
	for (i = 1; i < p->nlines; i++)
		if (credit_under_figure(p, i)) {
			p->lines[i].flags |= L_ASIDE;
			p->lines[i].rule = -1;
		}
	for (i = 1; i < p->nlines; i++) {
		if (!(p->lines[i].flags & L_CREDIT))
			continue;
		l = &p->lines[i - 1];
		if (l->flags & (L_BLANK | L_CJK | L_LEX_DROP | L_LEX_HINT |
		    L_USER_KEEP | L_USER_DROP) || l->width > CAPTION_WIDTH)
			continue;
		l->flags |= L_LEX_DROP | L_ASIDE;
		l->rule = p->lines[i].rule;
		l->score = score_line(p, l);
	}
}

int
score_points_head(const struct line *l)
{
	/* The rule a line keeps is a hint's when no other rule held. */
	return (l->flags & (L_LEX_HINT | L_LEX_DROP | L_END | L_USER_KEEP |
	    L_USER_DROP)) == L_LEX_HINT && l->rule >= 0 &&
	    lexicon_kind(RULE_HINT, l->rule) == KIND_POINTS;
}

static void
rules_and_score(const struct page *p, struct line *l)
{
	match_rules(p, l);
	l->score = score_line(p, l);
}

void
score_page(struct page *p)
{
	size_t i;

	join_wrapped(p);
	spread_lines(p, rules_and_score);
	mark_captions(p);
	mark_runs(p);
	for (i = 0; i < p->nlines; i++)
		p->lines[i].region = region_weight(&p->lines[i]);
}
