/* block.c: the article block and the decision for each line. */
#include <stddef.h>
#include <string.h>

#include "block.h"
#include "date.h"
#include "features.h"
#include "page.h"
#include "ranked.h"
#include "score.h"
#include "title.h"
#include "wiki.h"

/* Points a line gains from each neighbour that reads as prose. */
#define NEIGHBOUR	25
/* Points a line whose low score is excused gains inside the block. */
#define PLAIN		50
/* Outside the block a line must read as prose by this much. */
#define OUTSIDE		40
/* A further part of the article weighs this share (%) of the main block. */
#define PART_SHARE	35
#define PART_MIN	30
/* A part this heavy (a few full paragraphs) counts beside any block. */
#define PART_ENOUGH	150
/* A post starts within this many lines after its header's repeated line, */
#define POST_GAP	3
/* and goes on until a line this weak (the next header, a signature). */
#define POST_WEAK	(-40)
/* Posts that make a thread. */
#define THREAD_MIN	4
/* What reads as an article: a paragraph or two. */
#define FIRST_MIN	60
/*
 * A run after a head of comments this heavy, and this many times the
 * article above it, is an answer to it.
 */
#define ANSWER_MIN	250
#define ANSWER_TIMES	3
/* An answer starts this many lines or more after that head (a card). */
#define ANSWER_GAP	3
#define MAX_PARTS	16
/*
 * Lone paragraphs after the article, this many lines apart or more: this
 * many are comments or teasers.
 */
#define SERIES_GAP	2
#define SERIES_MIN	3
/* Lines narrower than this (5 CJK characters) are passed, not kept. */
#define REACH_WIDTH	15
/* Nor are names and labels: in letters, a line of fewer words. */
#define REACH_WORDS	3
/* A signature's date line: 2024年4月26日 is 33 wide. */
#define SIGNATURE_WIDTH	36
/* Lines between a first paragraph and the article's next part, at most. */
#define LED_GAP_MAX	30
/* The items a lead-in between the headline and the body brings in, fewest. */
#define LEAD_IN_ITEMS	2
/* Ten characters: a sentence's lead-in, not a list's head (相关文章推荐:). */
#define LEADIN_WIDTH	30
/* A lead-in in letters brings in this many lines at most (code, a list). */
#define BROUGHT_MAX	40
/* A field's label on a line of its own (分类：, Tags:): six characters. */
#define LABEL_WIDTH	18
/* Lines from a headline to its body: 引题, headline, 副题, byline, tools. */
#define HEAD_REACH	5
/* A heading between two parts: two characters of Chinese at least. */
#define HEADING_WIDTH	6
/* Signs of boilerplate that stop the block reaching out. */
#define STRONG_NOREPEAT	(L_LEX_DROP | L_LEX_HINT | L_USER_DROP | L_SEPS | \
			 L_MENU | L_LINK)

/*
 * The maximum-sum run of lines in [lo, hi) that crosses no head of what
 * follows an article (L_END): its sum, *from and *to.
 */
static long
best_run(const struct page *p, size_t lo, size_t hi, size_t *from,
    size_t *to)
{
	long sum = 0, best = 0;
	size_t i, at = lo;

	*from = *to = lo;
	for (i = lo; i < hi; i++) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		if (p->lines[i].flags & L_END) {
			sum = 0;
			continue;
		}
		if (sum <= 0) {
			sum = 0;
			at = i;
		}
		sum += p->lines[i].region;
		if (sum > best) {
			best = sum;
			*from = at;
			*to = i + 1;
		}
	}
	return best;
}

static void
mark_block(struct page *p, size_t from, size_t to)
{
	for (; from < to; from++)
		p->lines[from].flags |= L_BLOCK;
}

/*
 * Further parts of the article (a page split by an inline ad, the posts
 * of a thread, the appendices of a long document) are runs beside the
 * main block that weigh a good share of it, or a few paragraphs.  At most
 * MAX_PARTS are looked for, so the work stays linear.
 */
static void
find_parts(struct page *p, size_t lo, size_t hi, long main, int *left)
{
	size_t from, to;
	long sum;

	if (*left <= 0 || lo >= hi)
		return;
	sum = best_run(p, lo, hi, &from, &to);
	if (sum < PART_MIN || (sum * 100 < main * PART_SHARE &&
	    sum < PART_ENOUGH))
		return;
	(*left)--;
	mark_block(p, from, to);
	find_parts(p, lo, from, main, left);
	find_parts(p, to, hi, main, left);
}

/*
 * A thread of posts.  A post's text starts just after a repeated line of
 * its header ("Reply", "AW: subject", "Registriert seit:").  When the
 * stretch of the article holds enough of them, and the main block is one
 * of them or they outweigh it together, every post is part of the
 * article, however short.
 */
static int
after_repeat(const struct page *p, size_t i)
{
	int since = 0, looked = 0;

	/* Blank lines count too, a little, so that the look stays short. */
	while (i-- > 0 && since < POST_GAP && looked++ < 4 * POST_GAP) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		if (p->lines[i].flags & L_REPEAT)
			return 1;
		/* A header's dates (joined, posted at) are the header's. */
		if (p->lines[i].flags & L_DATE)
			continue;
		since++;
	}
	return 0;
}

static int
post_start(const struct page *p, size_t i)
{
	return p->lines[i].score > 0 && !(p->lines[i].flags & L_BLOCK) &&
	    after_repeat(p, i);
}

/* The end of the post whose text starts at i: its next weak line. */
static size_t
post_end(const struct page *p, size_t i, size_t hi)
{
	while (i < hi && ((p->lines[i].flags & L_BLANK) ||
	    p->lines[i].score > POST_WEAK))
		i++;
	return i;
}

static void
find_posts(struct page *p, size_t lo, size_t hi, long main)
{
	size_t i, e;
	long weight = 0;
	int n = 0;

	for (i = lo; i < hi; i++)
		if (post_start(p, i))
			for (n++, e = post_end(p, i, hi); i < e; i++)
				if (p->lines[i].score > 0)
					weight += p->lines[i].score;
	if (n < THREAD_MIN || (!after_repeat(p, p->start) && weight < main))
		return;
	for (i = lo; i < hi; i++)
		if (post_start(p, i))
			for (e = post_end(p, i, hi); i < e; i++)
				p->lines[i].flags |= L_BLOCK;
}

/*
 * Lines beside a block that show no sign of boilerplate (tables, agendas,
 * short paragraphs of the same article) belong to it: the block reaches
 * out until a line that shows one (but a lone number), a list item or a
 * lead-in to a list (相关文章:).  On the way it passes, without keeping
 * them, lines that say too little to judge: a lone word, a date, a
 * repeated cell; but after the article it keeps those the lexicon names
 * the article's own (a dated signature; a date in brackets above the
 * body is a byline's).
 */
static int
stops_reach(const struct line *l)
{
	unsigned f = l->flags & (STRONG_NOREPEAT | L_LIST | L_LEADIN |
	    L_LENGTH);

	/*
	 * A lone small number is a table cell as often as a page number; a
	 * button a tagline names (播报) stands under each heading too.
	 */
	if (f == L_LEX_HINT && ((l->digits == l->width && l->width <= 2) ||
	    ((l->flags & L_TAGLINE) && l->width < REACH_WIDTH)))
		return 0;
	return f != 0;
}

static int
reached_between(const struct line *l)
{
	return !(l->flags & L_DATE) && l->width >= REACH_WIDTH &&
	    (l->tokens >= REACH_WORDS || (l->flags & L_CJK));
}

/* Outside the parts, a repeated line is more often an ad than a cell. */
static int
reached(const struct line *l)
{
	return !(l->flags & L_REPEAT) && reached_between(l);
}

/*
 * Before the article, a line without punctuation is more often the
 * headline of another story than a part of this one.
 */
static int
reached_before(const struct line *l)
{
	return reached(l) && l->punct > 0;
}

/* An aside set into the article (a caption, a link): it goes on around it. */
static int
aside(const struct line *l)
{
	return (l->flags & (L_LEX_DROP | L_ASIDE)) == (L_LEX_DROP | L_ASIDE);
}

/*
 * A sign of boilerplate that parts the article.  Between two parts of
 * it, list items, lead-ins and repeated lines are its own (the points and
 * sub-sections of a long text, the cells of a table): only such a sign,
 * and not an aside, stops the reach there.  A table's row of short words
 * alone reads as a menu does, but is a row (螺纹钢	HRB400E	3286	-38).
 */
static int
parts_article(const struct line *l)
{
	unsigned f = l->flags & STRONG_NOREPEAT;

	return f != 0 && !aside(l) && !(f == L_MENU && (l->flags & L_CELLS));
}

/*
 * A table's row, or its title just over it (招股資料 over 項目	內容): between
 * two parts of the article, the article's, however little each says.
 */
static int
in_table(const struct page *p, size_t j)
{
	size_t k = next_filled(p, j);

	return (p->lines[j].flags & L_CELLS) || (k < p->nlines &&
	    (p->lines[k].flags & L_CELLS) &&
	    !(p->lines[j].flags & (L_ENDS | L_DATE | L_LIST)));
}

/*
 * A line that opens a paragraph: a sentence, or a lead-in as wide as one
 * (…扣除补助后的实际负担如下：) before the items it brings in.
 */
static int
opens_paragraph(const struct line *l)
{
	return l->score > 0 && ((l->flags & L_ENDS) ||
	    ((l->flags & (L_LEADIN | L_CJK)) == (L_LEADIN | L_CJK) &&
	    l->width >= LEADIN_WIDTH));
}

/* Whether only blank lines stand between line k and the part below it. */
static int
subheading_gap(const struct page *p, size_t k, size_t part)
{
	size_t j;

	for (j = k + 1; j < part; j++)
		if (!(p->lines[j].flags & L_BLANK))
			return 0;
	return 1;
}

/* Whether line l is set in 【】 whole (【基本案情】). */
static int
in_square_brackets(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);

	return l->len > 6 && memcmp(t, "\xe3\x80\x90", 3) == 0 &&	/* 【 */
	    memcmp(t + l->len - 3, "\xe3\x80\x91", 3) == 0;		/* 】 */
}

/*
 * Between two parts of the article, a short line of Chinese alone just
 * above the second (典型案例 over its cases, under a table) heads it; one
 * the page repeats heads each of its like parts when set in 【】 as a
 * heading is (【基本案情】 over each case; 只看该作者 is a button).
 */
static int
part_heading(const struct page *p, size_t k, size_t part)
{
	const struct line *l = &p->lines[k];

	if ((l->flags & L_REPEAT) && !in_square_brackets(p, l))
		return 0;
	return (l->flags & (L_CJK | L_DATE | L_LIST |
	    STRONG_NOREPEAT)) == L_CJK && l->width >= HEADING_WIDTH &&
	    subheading_gap(p, k, part);
}

/*
 * The lines between the parts at last and i are the article's when no
 * sign of boilerplate parts them; else those after the last sign are,
 * when a paragraph opens them past the asides there (a gallery's
 * buttons, a list of links under its head, over the text that goes on).
 */
static void
fill_gap(struct page *p, size_t last, size_t i)
{
	size_t j, k;

	for (j = last + 1; j < i && !parts_article(&p->lines[j]); j++)
		;
	if (j == i)
		j = last + 1;
	else {
		for (j = i; j-- > last + 1 && !parts_article(&p->lines[j]);)
			;
		for (k = next_filled(p, j++); k < i && aside(&p->lines[k]);
		    k = next_filled(p, k))
			;
		if (k < i && part_heading(p, k, i)) {
			p->lines[k].flags |= L_REACH;
			return;
		}
		if (k >= i || !opens_paragraph(&p->lines[k]))
			return;
	}
	for (; j < i; j++)
		if (reached_between(&p->lines[j]) || in_table(p, j) ||
		    part_heading(p, j, i))
			p->lines[j].flags |= L_REACH;
}

static void
fill_between(struct page *p)
{
	size_t i, last = (size_t)-1;

	for (i = 0; i < p->nlines; i++) {
		if (!(p->lines[i].flags & L_BLOCK))
			continue;
		if (last != (size_t)-1 && last + 1 < i)
			fill_gap(p, last, i);
		last = i;
	}
}

/*
 * Where the reach stops at a lone hint (an injected ad, a prompt), a
 * sentence just past it still ends the article: the short last paragraph
 * that an ad cut off.
 */
static void
reach_past_hint(struct page *p, size_t j)
{
	size_t k;

	if (j >= p->nlines || (p->lines[j].flags & (L_BLOCK | L_LIST |
	    L_LEADIN | L_END | STRONG_NOREPEAT)) != L_LEX_HINT)
		return;
	for (k = j + 1; k < p->nlines && (p->lines[k].flags & L_BLANK); k++)
		;
	if (k < p->nlines && !(p->lines[k].flags & L_BLOCK) &&
	    !stops_reach(&p->lines[k]) && (p->lines[k].flags & L_ENDS) &&
	    p->lines[k].score > 0)
		p->lines[k].flags |= L_REACH;
}

/* A paragraph of one of the article's parts. */
static int
part_prose(const struct line *l)
{
	return (l->flags & L_BLOCK) && l->score > 0;
}

/* A lead-in in letters as wide as a sentence (My first attempt was:). */
static int
letters_lead_in(const struct line *l)
{
	return (l->flags & (L_LEADIN | L_LIST | STRONG_NOREPEAT | L_CJK)) ==
	    L_LEADIN && l->width >= LEADIN_WIDTH;
}

/*
 * The lead-in at j brings in what stands between it and the article's
 * next part, a block of code or a list, when that part is near and
 * nothing between is a sign of boilerplate.  Returns the line after the
 * lead-in when it brings in nothing.
 */
static size_t
reach_block_in(struct page *p, size_t j)
{
	size_t k;

	for (k = j + 1; k < p->nlines && k <= j + BROUGHT_MAX &&
	    !part_prose(&p->lines[k]); k++)
		if (p->lines[k].flags & (L_BLANK | L_LEX_DROP | L_USER_DROP |
		    L_SEPS | L_LISTHEAD | L_END | L_INLIST))
			return j + 1;
	if (k >= p->nlines || !part_prose(&p->lines[k]))
		return j + 1;
	while (j < k)
		p->lines[j++].flags |= L_REACH;
	return k;
}

/*
 * A field too short to judge alone, a label, its colon and a value
 * (重量：约 199g): an item of the list a lead-in brings in.
 */
static int
short_field(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l), *colon;

	colon = memmem(t, l->len, "\xef\xbc\x9a", 3);	/* ： */
	return (l->flags & L_CJK) && colon != NULL && colon > t &&
	    colon + 3 < t + l->len;
}

/*
 * A label and its colon alone (优点：, 不足：, 当局提醒公众：), narrower
 * than a sentence, just over the items of a list marked as one: the
 * list's head.
 */
static int
label_over_list(const struct page *p, size_t j)
{
	size_t k = next_filled(p, j);

	return p->lines[j].width < LEADIN_WIDTH && k == j + 1 &&
	    k < p->nlines && (p->lines[k].flags & (L_LIST |
	    STRONG_NOREPEAT | L_REPEAT)) == L_LIST &&
	    p->lines[k].width >= REACH_WIDTH;
}

/*
 * A box of facts after the article: a heading alone, narrower than a
 * sentence (【文物档案】, 展览信息), over two fields at least, a label, its
 * colon and a value each (年代：明), none of them a paragraph.  Without
 * 【】 the heading is one the page may have twice (a box at the top too),
 * but none after a signature's date (回访情况 of a reply).
 */
static int
fact_box_head(const struct page *p, size_t j)
{
	const struct line *l = &p->lines[j];
	size_t k = prev_filled(p, j);

	return j + 2 < p->nlines && (l->flags & (L_CJK | STRONG_NOREPEAT |
	    L_LEADIN)) == L_CJK && l->width < LEADIN_WIDTH &&
	    (in_square_brackets(p, l) || (l->punct == 0 &&
	    k != (size_t)-1 && !(p->lines[k].flags & L_DATE))) &&
	    !short_field(p, l) &&
	    short_field(p, &p->lines[j + 1]) &&
	    short_field(p, &p->lines[j + 2]) &&
	    !((p->lines[j + 1].flags | p->lines[j + 2].flags) &
	    (STRONG_NOREPEAT | L_BLOCK));
}

/*
 * The box of facts at j and its fields are the article's; returns where
 * they end, or j.
 */
static size_t
reach_fact_box(struct page *p, size_t j)
{
	if (j >= p->nlines || !fact_box_head(p, j))
		return j;
	p->lines[j].flags |= L_REACH;
	while (++j < p->nlines && short_field(p, &p->lines[j]) &&
	    !(p->lines[j].flags & (L_BLANK | L_BLOCK | STRONG_NOREPEAT)))
		p->lines[j].flags |= L_REACH;
	return j;
}

/*
 * A label alone over fields, within a lead-in's list (最低配置： over
 * 内存：16 GB): the head of a group of them, though it reads as a hint.
 */
static int
fields_label(const struct page *p, size_t j)
{
	const struct line *l = &p->lines[j];

	return j + 1 < p->nlines && (l->flags & (L_LEADIN | L_CJK | L_LIST |
	    L_LEX_DROP | L_USER_DROP | L_SEPS)) == (L_LEADIN | L_CJK) &&
	    l->width <= LABEL_WIDTH && short_field(p, &p->lines[j + 1]) &&
	    !(p->lines[j + 1].flags & (STRONG_NOREPEAT | L_BLANK));
}

/*
 * Where the reach stops at a lead-in in Chinese as wide as a sentence
 * (…售价如下：), it goes on: the lead-in and the short lines it brings
 * in, up to a blank line or a sign of boilerplate, are the article's; at
 * a label over a list (优点：), the label and the list's items are.  In
 * letters, see reach_block_in().
 */
static size_t
reach_lead_in(struct page *p, size_t j)
{
	const struct line *l;
	size_t k;

	if (j < p->nlines && letters_lead_in(&p->lines[j]) &&
	    reached(&p->lines[j]))
		return reach_block_in(p, j);
	if (j >= p->nlines || (p->lines[j].flags & (L_LEADIN | L_LIST |
	    STRONG_NOREPEAT | L_CJK)) != (L_LEADIN | L_CJK))
		return j;
	if (p->lines[j].width < LEADIN_WIDTH) {
		/* 當晚歌單： over short items the article goes on below. */
		if (!label_over_list(p, j))
			return (k = reach_block_in(p, j)) > j + 1 ? k : j;
		/* The label brings in its items alone. */
		p->lines[j].flags |= L_REACH;
		while (++j < p->nlines && (p->lines[j].flags & (L_LIST |
		    L_BLOCK | STRONG_NOREPEAT | L_REPEAT)) == L_LIST)
			p->lines[j].flags |= L_REACH;
		return j;
	}
	if (!reached(&p->lines[j]))
		return j;
	p->lines[j].flags |= L_REACH;
	while (++j < p->nlines) {
		l = &p->lines[j];
		if (fields_label(p, j)) {
			p->lines[j].flags |= L_REACH;
			continue;
		}
		if ((l->flags & (L_BLANK | L_BLOCK | L_LEADIN |
		    STRONG_NOREPEAT)) || (l->width < REACH_WIDTH &&
		    !short_field(p, l) && !(l->flags & L_CELLS)))
			break;
		p->lines[j].flags |= L_REACH;
	}
	return j;
}

/*
 * Each lead-in in Chinese after the article brings in its list, the next
 * lead-in too (主要参数如下：… 共推出四个版本：…), and each box of facts
 * its fields, past one aside too.  Returns where the last stops.
 */
static size_t
reach_lead_ins(struct page *p, size_t j)
{
	size_t k, a;

	for (;;) {
		/* Past one aside (a photo's caption) too. */
		a = j < p->nlines && (p->lines[j].flags & L_ASIDE) ? j + 1 : j;
		if ((k = reach_lead_in(p, a)) == a &&
		    (k = reach_fact_box(p, a)) == a)
			return j;
		j = k;
	}
}

/*
 * Within the article, the line just above one of its parts (blank lines
 * apart) that reads as a line of it is its heading, though it shows no
 * punctuation: a list set into the article ends above it (热门内容 结束).
 */
static int
subheading(const struct page *p, size_t k, size_t part)
{
	return subheading_gap(p, k, part) && reached(&p->lines[k]);
}

/*
 * Within the article, a label and its colon alone on the line just above
 * one of its parts (外观：, 动力：) heads it, as a review's sections are.
 */
static int
label_heading(const struct page *p, size_t k, size_t part)
{
	const struct line *l = &p->lines[k];

	return (l->flags & (L_LEADIN | L_CJK | L_LIST | STRONG_NOREPEAT)) ==
	    (L_LEADIN | L_CJK) && l->width <= LABEL_WIDTH &&
	    subheading_gap(p, k, part);
}

/*
 * A short aside alone on its line (an advertisement's label, a photo's
 * credit): the article goes on below it.
 */
static int
short_aside(const struct line *l)
{
	return (l->flags & (STRONG_NOREPEAT | L_ASIDE)) == (L_LEX_DROP |
	    L_ASIDE) && l->width < REACH_WIDTH;
}

/*
 * An item of a list in Chinese that ends as a sentence does (● 一年内急性
 * 发作2次以上；): the article's own list goes on below it, where the
 * items of a list of other stories end with none.
 */
static int
sentence_item(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);

	return (l->flags & (STRONG_NOREPEAT | L_LEADIN | L_LENGTH | L_LIST |
	    L_CJK)) == (L_LIST | L_CJK) && l->len >= 3 &&
	    (memcmp(t + l->len - 3, "\xe3\x80\x82", 3) == 0 ||	/* 。 */
	    memcmp(t + l->len - 3, "\xef\xbc\x9b", 3) == 0);	/* ； */
}

/*
 * A table's row just under a line of the article (its heading, a row
 * before): the table runs on, however little each row says.
 */
static int
table_runs_on(const struct page *p, size_t j)
{
	size_t k = prev_filled(p, j);

	return (p->lines[j].flags & L_CELLS) && k != (size_t)-1 &&
	    (p->lines[k].flags & (L_BLOCK | L_REACH));
}

static void
reach_out(struct page *p)
{
	size_t i, j;
	int seen = 0, row;

	fill_between(p);
	/* A lead-in within a part brings in what it leads to. */
	for (i = 0; i < p->nlines; i++)
		if ((p->lines[i].flags & L_BLOCK) && letters_lead_in(&p->lines[i]))
			i = reach_block_in(p, i) - 1;
	for (i = 0; i < p->nlines; i++) {
		if (!(p->lines[i].flags & L_BLOCK))
			continue;
		for (j = i; j > 0 && !(p->lines[j - 1].flags & L_BLOCK) &&
		    !stops_reach(&p->lines[j - 1]); j--)
			if (reached_before(&p->lines[j - 1]) ||
			    (seen && subheading(p, j - 1, i)))
				p->lines[j - 1].flags |= L_REACH;
		if (seen && j > 0 && label_heading(p, j - 1, i))
			p->lines[j - 1].flags |= L_REACH;
		seen = 1;
		while (i + 1 < p->nlines && (p->lines[i + 1].flags & L_BLOCK))
			i++;
		for (j = i + 1; j < p->nlines && !(p->lines[j].flags & L_BLOCK);
		    j++) {
			if (fact_box_head(p, j)) {
				j = reach_fact_box(p, j) - 1;
				continue;
			}
			row = table_runs_on(p, j);
			if (stops_reach(&p->lines[j]) && !row &&
			    !short_aside(&p->lines[j]) &&
			    !sentence_item(p, &p->lines[j]))
				break;
			if (row || reached(&p->lines[j]) ||
			    (p->lines[j].flags & L_PART))
				p->lines[j].flags |= L_REACH;
		}
		reach_past_hint(p, reach_lead_ins(p, j));
	}
}

/*
 * A paragraph alone outside the block is kept when it reads as prose: a
 * part of the article cut off by an ad.  After the article, a series of
 * them, each under a header of its own (a name and a date, a headline),
 * is the comments without a head, or the teasers of other stories: then
 * what follows the article closes at its last line.  Paragraphs cut
 * apart by single lines (injected ads) are the article's own.
 */
static void
close_series(struct page *p)
{
	size_t i, last = 0;
	int n = 0, gap = 0;

	for (i = 0; i < p->close; i++)
		if (p->lines[i].flags & (L_BLOCK | L_REACH))
			last = i;
	for (i = last + 1; i < p->close; i++) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		if (p->lines[i].score < OUTSIDE)
			gap++;
		else {
			if (gap >= SERIES_GAP)
				n++;
			gap = 0;
		}
	}
	if (n >= SERIES_MIN)
		p->close = last + 1;
}

/* A credit, a copyright, a 原标题 line (but not a photo caption). */
static int
closes(const struct line *l)
{
	return (l->flags & (L_LEX_DROP | L_ASIDE)) == L_LEX_DROP;
}

/*
 * The lines, blank ones aside, between i and the head of what follows an
 * article before it.
 */
static size_t
lines_since_end(const struct page *p, size_t i)
{
	size_t n = 0;

	while (i-- > 0 && !(p->lines[i].flags & L_END))
		if (!(p->lines[i].flags & L_BLANK))
			n++;
	return n;
}

/*
 * The article's first paragraph, cut off from the rest by what it leads
 * to (新车价格如下： over a table, 上市限时权益： over its items): a line of
 * prose above the article's first part with only lead-ins, a table's
 * rows, short items and asides between, one lead-in at least, is a part
 * of it; fill_between() then brings in what lies between.
 */
static void
join_led_part(struct page *p)
{
	size_t j, first = (size_t)-1, n = 0;
	const struct line *l;
	int led = 0;

	for (j = 0; j < p->nlines && !(p->lines[j].flags & L_BLOCK); j++)
		;
	while (j-- > 0 && n < LED_GAP_MAX) {
		l = &p->lines[j];
		if (l->flags & L_BLANK)
			continue;
		n++;
		/* A sentence's lead-in, wider than a label's (From:). */
		if ((l->flags & (L_LEADIN | STRONG_NOREPEAT)) == L_LEADIN &&
		    l->width > LABEL_WIDTH) {
			led = 1;
			continue;
		}
		if (aside(l) || ((l->flags & L_CELLS) && !parts_article(l)) ||
		    ((l->flags & STRONG_NOREPEAT) == 0 && l->width < LEAD_ITEM_WIDTH))
			continue;
		if (led && l->score > 0 && !(l->flags & STRONG_NOREPEAT))
			first = j;
		break;
	}
	if (first != (size_t)-1)
		mark_block(p, first, first + 1);
}

void
block_find(struct page *p)
{
	size_t lo, hi, e, from, to;
	long main, before;
	int left = MAX_PARTS;

	main = best_run(p, 0, p->nlines, &p->start, &p->end);
	/*
	 * Comments can outweigh a short article: what follows their head is
	 * the article only when nothing before it reads as one.
	 */
	for (e = 0; e < p->start && !(p->lines[e].flags & L_END); e++)
		;
	if (e < p->start && (before = best_run(p, 0, e, &from, &to)) >=
	    FIRST_MIN) {
		/*
		 * An answer under its question outweighs it many times over
		 * in one run, as comments may, but stands apart from the head
		 * of comments, under the answerer's card: both are the
		 * article.
		 */
		if (main >= ANSWER_MIN && main >= ANSWER_TIMES * before &&
		    lines_since_end(p, p->start) >= ANSWER_GAP)
			mark_block(p, p->start, p->end);
		main = before;
		p->start = from;
		p->end = to;
	}
	mark_block(p, p->start, p->end);
	/*
	 * A credit, a copyright or a 原标题 line closes the article, and so
	 * does the head of what follows it (评论, 相关阅读): parts are looked
	 * for between the nearest such lines around the block.
	 */
	for (lo = p->start; lo > 0 && !closes(&p->lines[lo - 1]); lo--)
		;
	for (hi = p->end; hi < p->nlines && !closes(&p->lines[hi]) &&
	    !(p->lines[hi].flags & L_END); hi++)
		;
	for (p->close = p->end; p->close < p->nlines &&
	    !(p->lines[p->close].flags & L_END); p->close++)
		;
	find_parts(p, lo, p->start, main, &left);
	find_parts(p, p->end, hi, main, &left);
	join_led_part(p);
	/* Posts go on past the dated lines that head each (发表于 2012-3-17). */
	while (hi < p->nlines && !(p->lines[hi].flags & L_END) &&
	    (!closes(&p->lines[hi]) || (p->lines[hi].flags & L_DATE)))
		hi++;
	find_posts(p, lo, hi, main);
	reach_out(p);
	close_series(p);
}

/* The nearest non-blank line before (dir -1) or after (+1) i in the same
 * block, or NULL. */
static const struct line *
neighbour(const struct page *p, size_t i, int dir)
{
	while (dir < 0 ? i-- > 0 : ++i < p->nlines) {
		if (!(p->lines[i].flags & L_BLOCK))
			return NULL;
		if (!(p->lines[i].flags & L_BLANK))
			return &p->lines[i];
	}
	return NULL;
}

/*
 * In the article, a line repeated elsewhere that shows no other sign of
 * boilerplate is a table cell, a line of code or a quoted line: it is
 * judged like a plain short line.  Ads repeated in the article carry a
 * lexicon hint.
 */
static int
excused_in_block(const struct line *l)
{
	return score_excused(l) ||
	    (l->flags & (STRONG_NOREPEAT | L_REPEAT)) == L_REPEAT;
}

/*
 * A date with its clock time on a short Chinese line that reads as no
 * prose and labels nothing (每日财讯报 2025-05-12 21:40:12): a byline's,
 * between the deck and the body too.  A date alone may be a timeline's
 * heading, a labelled one a notice's term (报名时间：…).
 */
static int
timestamp(const struct page *p, const struct line *l)
{
	struct date d;

	return (l->flags & (L_DATE | L_ENDS | L_CJK)) == (L_DATE | L_CJK) &&
	    l->score <= 0 && memmem(line_text(p, l), l->len, "\xef\xbc\x9a",
	    3) == NULL && date_find(line_text(p, l), l->len, &d) &&
	    d.hour >= 0 && d.day > 0;
}

/*
 * A row of a table in the article, under its header or a row, or its
 * header over a row (项目<TAB>组别<TAB>成绩, short words as a menu's): what
 * weighs nothing alone is kept with the table.  A menu's items are no
 * header but over a row.
 */
static int
table_in_block(const struct page *p, size_t i)
{
	size_t k = prev_filled(p, i), j = next_filled(p, i);

	if (p->lines[i].flags & L_MENU)
		return j < p->nlines && (p->lines[j].flags & (L_BLOCK |
		    L_CELLS | L_MENU)) == (L_BLOCK | L_CELLS);
	return k != (size_t)-1 && (p->lines[k].flags & L_BLOCK) &&
	    (p->lines[k].flags & L_CELLS);
}

static void
decide(struct page *p, size_t i)
{
	struct line *l = &p->lines[i];
	const struct line *n;
	int eff;

	l->keep = 0;
	if (l->flags & L_BLANK) {
		l->why = "blank";
		return;
	}
	if (l->flags & L_USER_KEEP) {
		l->keep = 1;
		l->why = "keep rule";
	} else if (l->flags & L_USER_DROP)
		l->why = "drop rule";
	else if (l->flags & L_NAMING)
		l->why = "names the title";
	else if (l->flags & L_TITLE) {
		l->keep = 1;
		l->why = "title";
	} else if (l->flags & L_LEX_DROP)
		/* A caption found by its credit, which no rule names. */
		l->why = (l->flags & L_ASIDE) && l->rule < 0 ? "caption" :
		    "lexicon";
	else if (l->flags & L_INLIST)
		l->why = "list";
	else if ((l->flags & L_BLOCK) && timestamp(p, l))
		l->why = "timestamp";
	else if ((l->flags & (L_BLOCK | L_CELLS | (STRONG_NOREPEAT &
	    ~L_MENU))) == (L_BLOCK | L_CELLS) && table_in_block(p, i)) {
		l->keep = 1;
		l->why = "table";
	}
	else if (l->flags & L_BLOCK) {
		eff = l->score;
		if (excused_in_block(l))
			eff += PLAIN;
		if ((n = neighbour(p, i, -1)) != NULL && n->score > 0)
			eff += NEIGHBOUR;
		if ((n = neighbour(p, i, 1)) != NULL && n->score > 0)
			eff += NEIGHBOUR;
		l->keep = eff > 0;
		if (l->keep)
			l->why = l->score > 0 ? "prose" : "between prose";
		else
			l->why = score_weakness(p, l);
	} else if (l->flags & L_REACH) {
		l->keep = 1;
		l->why = "beside block";
	} else if (l->score >= OUTSIDE && i < p->close) {
		l->keep = 1;
		l->why = "prose outside block";
	} else
		l->why = "outside block";
}

/*
 * Whether a line that reads as prose comes within HEAD_REACH lines after
 * line i (blank ones aside), none of them led by a list's marker: i is
 * over the body (a headline, its 引题, 副题 and byline between).
 */
static int
prose_soon(const struct page *p, size_t i)
{
	int k;

	for (k = 0; k < HEAD_REACH; k++) {
		i = next_filled(p, i);
		if (i >= p->nlines || (p->lines[i].flags & L_LIST))
			return 0;
		if (p->lines[i].score > 0)
			return 1;
		/* A byline's, a date's line (lexicon) is none of the reach. */
		if (p->lines[i].flags & L_LEX_DROP)
			k--;
	}
	return 0;
}

/*
 * A list of other stories set into the article or beside it: the lines
 * after its head (相关新闻), up to the next that reads as prose.
 */
static void
mark_lists(struct page *p)
{
	size_t i;
	int in = 0, marked = 0, apart = 0;

	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].flags & L_LISTHEAD) {
			in = 1;
			marked = 0;
		} else if (p->lines[i].flags & L_BLANK) {
			apart = 1;
			continue;
		} else if (p->lines[i].score > 0)
			in = 0;
		/*
		 * Items led by a marker (▶ …) end at a line led by none that
		 * is over a paragraph, or that a blank line sets apart: the
		 * article's next section, its headline (and 引题 and 副题).
		 */
		else if (in && marked && !(p->lines[i].flags & L_LIST) &&
		    (apart || prose_soon(p, i)))
			in = 0;
		else if (in) {
			p->lines[i].flags |= L_INLIST;
			marked = (p->lines[i].flags & L_LIST) != 0;
		}
		apart = 0;
	}
}

/* A document this short has no page around it to tell apart. */
#define SHORT_DOCUMENT	3

/* The number a line holds alone (a step's: 3), or -1. */
static int
lone_number(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);
	size_t i;
	int v = 0;

	if (l->len == 0 || l->len > 2)
		return -1;
	for (i = 0; i < l->len; i++) {
		if (t[i] < '0' || t[i] > '9')
			return -1;
		v = v * 10 + (t[i] - '0');
	}
	return v;
}

/*
 * A method's steps numbered on lines of their own (1, 2, 3, each over
 * its text): a number one more than the last such one, or the first
 * of a run, is kept where the step's text below it is.  A pager (1 2 3
 * in a row) and counters (52, 87) are no run of steps.
 */
static void
keep_step_numbers(struct page *p)
{
	size_t i, k, step = (size_t)-1;
	int v, last = 0;

	for (i = 0; i < p->nlines; i++) {
		if ((v = lone_number(p, &p->lines[i])) <= 0)
			continue;
		k = next_filled(p, i);
		if (k >= p->nlines || !p->lines[k].keep ||
		    lone_number(p, &p->lines[k]) >= 0) {
			last = 0;
			continue;
		}
		if (v == last + 1 && last > 0) {
			p->lines[i].keep = 1;
			p->lines[i].why = "step number";
			if (step != (size_t)-1) {
				p->lines[step].keep = 1;
				p->lines[step].why = "step number";
				step = (size_t)-1;
			}
		} else
			step = v == 1 ? i : (size_t)-1;
		last = v;
	}
}

/*
 * In the article, the items marked as a list's (· …；) under a line kept
 * that leads in to them (品类包括：): the article's own list, though no
 * paragraph follows them.
 */
static void
keep_led_lists(struct page *p)
{
	size_t i, k;

	for (i = 0; i < p->nlines; i++) {
		if ((p->lines[i].flags & (L_LEADIN | L_BLOCK)) !=
		    (L_LEADIN | L_BLOCK) || !p->lines[i].keep)
			continue;
		for (k = i + 1; k < p->nlines && (p->lines[k].flags &
		    (L_LIST | L_BLOCK | L_BLANK | STRONG_NOREPEAT | L_INLIST)) ==
		    (L_LIST | L_BLOCK); k++) {
			p->lines[k].keep = 1;
			p->lines[k].why = "led-in list";
		}
		i = k - 1;
	}
}

/* The section number of a line kept or, with kept 0, of any line; or -1. */
static int
section_of(const struct page *p, size_t i, int kept)
{
	const struct line *l = &p->lines[i];

	if ((kept && !l->keep) || (l->flags & (L_BLANK | L_LEX_DROP |
	    L_USER_DROP)))
		return -1;
	return section_number(line_text(p, l), l->len);
}

/* What a section of the article holds: prose, a lead-in, a table's rows. */
static int
section_matter(const struct line *l)
{
	return !(l->flags & (L_LEX_DROP | L_USER_DROP | L_MENU)) &&
	    (l->score > 0 || (l->flags & (L_CELLS | L_BLANK | L_LEADIN)));
}

static void
keep_line(struct page *p, size_t i)
{
	p->lines[i].keep = 1;
	p->lines[i].why = "numbered section";
}

/*
 * The section numbered v at h, before the article's next kept section
 * (v + 1 at next), is the article's with what stands between when that
 * is only a section's matter, and so is the prose just above it.
 */
static void
keep_section_before(struct page *p, size_t h, size_t next)
{
	size_t k;

	for (k = h + 1; k < next; k++)
		if (!p->lines[k].keep && !section_matter(&p->lines[k]))
			return;
	for (k = h; k < next; k++)
		if (!p->lines[k].keep && !(p->lines[k].flags & L_BLANK))
			keep_line(p, k);
	/* The prose just above the first section: its lead-in. */
	for (k = h; k-- > 0 && !p->lines[k].keep &&
	    ((p->lines[k].flags & L_BLANK) || (p->lines[k].score > 0 &&
	    section_matter(&p->lines[k])));)
		if (!(p->lines[k].flags & L_BLANK))
			keep_line(p, k);
}

/* The first kept section after line i numbered v + 1, or nlines. */
static size_t
next_section(const struct page *p, size_t i, int v)
{
	size_t k;
	int next = -1;

	for (k = i + 1; k < p->nlines && (next = section_of(p, k, 1)) < 0; k++)
		;
	return next == v + 1 ? k : p->nlines;
}

/*
 * The article's sections numbered in Chinese: 二、 between a kept 一、 and
 * a kept 三、 is its own, with the table under it, though a widget that
 * interrupts the article (a quote form) had cut them off; 一、 over a
 * kept 二、 is too, with what it holds.
 */
static void
keep_numbered_sections(struct page *p)
{
	size_t i, k, before = (size_t)-1;
	int v, last = -1;

	for (i = 0; i < p->nlines; i++) {
		if ((v = section_of(p, i, 1)) > 0) {
			/* A kept section's table, cut off from it. */
			if ((k = next_section(p, i, v)) < p->nlines)
				keep_section_before(p, i, k);
			before = i;
			last = v;
			continue;
		}
		if (p->lines[i].keep || (v = section_of(p, i, 0)) <= 0 ||
		    (k = next_section(p, i, v)) == p->nlines)
			continue;
		if (before == (size_t)-1 || last != v - 1) {
			keep_section_before(p, i, k);
			continue;
		}
		keep_line(p, i);
		for (k = i + 1; k < p->nlines && !p->lines[k].keep &&
		    (p->lines[k].flags & (L_CELLS | L_BLANK | L_LEX_DROP |
		    L_USER_DROP)) == L_CELLS; k++)
			keep_line(p, k);
		last = v;
		before = i;
	}
}

/*
 * A document of a few lines with nothing kept is judged as what it is,
 * not as a page: a line that states a quantity (a digit in it), is no
 * menu (no separators between items) and that no rule drops is its
 * content.
 */
static void
keep_short_document(struct page *p)
{
	size_t i, lines = 0;

	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].keep)
			return;
		lines += !(p->lines[i].flags & L_BLANK);
	}
	if (lines > SHORT_DOCUMENT)
		return;
	for (i = 0; i < p->nlines; i++)
		if (p->lines[i].digits > 0 && p->lines[i].seps == 0 &&
		    !(p->lines[i].flags & (L_BLANK | L_USER_DROP |
		    L_LEX_DROP))) {
			p->lines[i].keep = 1;
			p->lines[i].why = "short document, a quantity";
		}
}

void
block_decide(struct page *p)
{
	size_t i;

	for (i = 0; i < p->nlines; i++)
		decide(p, i);
	keep_step_numbers(p);
	keep_led_lists(p);
	keep_numbered_sections(p);
	wiki_keep_sections(p);
	keep_short_document(p);
}

/*
 * A date alone on a short line, starting with its year or day, a day's
 * date with no clock time (a post's time: 2025-04-02 22:10).
 */
static int
signature_date(const struct page *p, const struct line *l)
{
	const char *t = line_text(p, l);

	return (l->flags & (L_DATE | STRONG_NOREPEAT | L_LIST)) == L_DATE &&
	    l->width <= SIGNATURE_WIDTH && l->tokens <= 2 &&
	    *t >= '0' && *t <= '9' && memchr(t, ':', l->len) == NULL;
}

/*
 * An issuer's name: short, CJK, no punctuation, no other sign, of two
 * characters at least (完 ends a press release).
 */
static int
signature_name(const struct line *l)
{
	return !(l->flags & (STRONG_NOREPEAT | L_LIST | L_DATE)) &&
	    (l->flags & L_CJK) && l->punct == 0 && l->width >= 6 &&
	    l->width <= 2 * SIGNATURE_WIDTH;
}

/* Whether the line just above line i is a short label: 分类：, Tags:. */
static int
under_label(const struct page *p, size_t i)
{
	return i > 0 && (p->lines[i - 1].flags & L_LEADIN) &&
	    p->lines[i - 1].width < LABEL_WIDTH;
}

/*
 * The article's key points under their head (要点速览, the lexicon's
 * points:) between the title and the body (block): the article's, though
 * they read as a list of links.
 */
static void
reach_points(struct page *p, size_t title, size_t block)
{
	size_t i;

	for (i = title + 1; i < block && !score_points_head(&p->lines[i]); i++)
		;
	for (; i < block; i++)
		if (!(p->lines[i].flags & L_BLANK))
			p->lines[i].flags = (p->lines[i].flags & ~L_INLIST) |
			    L_REACH;
}

/* Lines between lines i and j that are not blank. */
static size_t
items_between(const struct page *p, size_t i, size_t j)
{
	size_t n = 0;

	while (++i < j)
		n += !(p->lines[i].flags & L_BLANK);
	return n;
}

/*
 * A sentence's lead-in in Chinese between the headline and the body (第3
 * 轮结果如下：) opens the article: it brings in its items, down to the
 * body.
 */
static void
lead_in_opens(struct page *p, size_t title, size_t body)
{
	size_t i;

	for (i = title + 1; i < body; i++)
		if ((p->lines[i].flags & (L_LEADIN | L_CJK | L_LIST |
		    STRONG_NOREPEAT | L_TITLE)) == (L_LEADIN | L_CJK) &&
		    p->lines[i].width >= LEADIN_WIDTH)
			break;
	/* Two items at least between it and the body. */
	if (items_between(p, i, body) >= LEAD_IN_ITEMS)
		reach_lead_in(p, i);
}

/*
 * The line just above the article's first paragraph, below its headline,
 * opens it when it shows no sign of boilerplate and is no section's name:
 * a notice's salutation (各乡镇人民政府,县直有关单位:), a heading (【案情】,
 * 编者按); and so do the article's own short lines just above it (a
 * document number).
 */
static void
reach_opening(struct page *p, size_t title)
{
	size_t i;

	for (i = title + 1; i < p->nlines && !(p->lines[i].flags & L_BLOCK);
	    i++)
		;
	reach_points(p, title, i);
	lead_in_opens(p, title, i);
	while (i-- > title + 1 && (p->lines[i].flags & L_BLANK))
		;
	/*
	 * In letters, a line of one or two words is a name as often; under a
	 * label (分类：) a line is its value.
	 */
	if (i <= title)
		return;
	if (!(p->lines[i].flags & (STRONG_NOREPEAT | L_REPEAT | L_DATE |
	    L_LIST | L_INLIST | L_TITLE | L_BLANK)) &&
	    (p->lines[i].tokens >= REACH_WORDS || (p->lines[i].flags & L_CJK)) &&
	    !section_name(p, &p->lines[i]) && !under_label(p, i))
		p->lines[i].flags |= L_REACH;
	else if ((p->lines[i].flags & (L_LEX_DROP | L_ASIDE)) != L_LEX_DROP)
		return;
	/*
	 * Above it, the article's own short lines: a document number (a date
	 * there is the byline's), above the byline too.
	 */
	while (i-- > title + 1 && (p->lines[i].flags & (L_BLANK | L_PART |
	    L_LEX_DROP)))
		if ((p->lines[i].flags & (L_PART | L_DATE | L_LEX_DROP)) ==
		    L_PART)
			p->lines[i].flags |= L_REACH;
}

/*
 * The signature after line last: a name and a date, or a date alone,
 * each of them marked; skipped, if skip, the lines kept beside the
 * article already.  Whether there was one.
 */
static int
signature_after(struct page *p, size_t last, int skip)
{
	size_t i, name = 0;
	int seen = 0;

	for (i = last + 1; i < p->nlines && !(p->lines[i].flags & L_END) &&
	    seen < 2; i++) {
		if (p->lines[i].flags & L_BLANK)
			continue;
		if (skip && (p->lines[i].flags & L_REACH)) {
			name = 0;
			continue;
		}
		if (signature_date(p, &p->lines[i])) {
			if (name)
				p->lines[name].flags |= L_REACH;
			p->lines[i].flags |= L_REACH;
			return 1;
		}
		if (seen++ > 0 || !signature_name(&p->lines[i]))
			return 0;
		name = i;
	}
	return 0;
}

/*
 * A notice ends with its signature: the issuer's name and the date, or
 * the date alone, just after the last paragraph or the lines kept
 * beside it.  The name may repeat the site's, and the date is a date
 * line.  Lines kept beside the article after the signature (a reply's
 * follow-up) hide it from the last of them: it is then looked for past
 * the lines kept after the last paragraph.
 */
static void
reach_signature(struct page *p)
{
	size_t i, last = 0, para = 0;

	for (i = 0; i < p->close; i++) {
		if (p->lines[i].flags & (L_BLOCK | L_REACH))
			last = i;
		if (p->lines[i].flags & L_BLOCK)
			para = i;
	}
	if (!signature_after(p, last, 0))
		signature_after(p, para, 1);
}

/*
 * Whether every line between the opening and the first part, [from, to),
 * is one the article holds: an aside, a line as wide as a sentence's
 * part, a table's row or the heading just over one.  A byline, a date or
 * a share button there parts them as the page's own.
 */
static int
opening_gap_fills(const struct page *p, size_t from, size_t to)
{
	size_t i, next;

	for (i = from; i < to; i++) {
		if ((p->lines[i].flags & L_BLANK) || aside(&p->lines[i]) ||
		    (p->lines[i].flags & L_CELLS) || part_heading(p, i, to))
			continue;
		next = next_filled(p, i);
		if ((p->lines[i].flags & STRONG_NOREPEAT) ||
		    (!reached_between(&p->lines[i]) && (next >= to ||
		    !(p->lines[next].flags & L_CELLS))))
			return 0;
	}
	return 1;
}

/*
 * Between the headline and the article's first part, a run that reads as
 * prose is the article's opening, however light beside the body: an
 * embed (a post quoted from a social site, a video) cut the lead
 * paragraphs off.  What stands between it and the part is filled as
 * between any two parts.
 */
static void
find_opening(struct page *p, size_t title)
{
	size_t first, from, to;

	for (first = title + 1; first < p->nlines &&
	    !(p->lines[first].flags & L_BLOCK); first++)
		;
	if (first < p->nlines &&
	    best_run(p, title + 1, first, &from, &to) >= PART_MIN) {
		mark_block(p, from, to);
		if (opening_gap_fills(p, to, first))
			fill_gap(p, to - 1, first);
	}
}

size_t
page_decide(struct page *p)
{
	size_t title;

	features_page(p);
	score_page(p);
	block_find(p);
	/* The items of a list of other stories are no headline either. */
	mark_lists(p);
	ranked_mark(p);
	title = title_find(p);
	if (title != (size_t)-1) {
		find_opening(p, title);
		reach_opening(p, title);
	}
	reach_signature(p);
	block_decide(p);
	return title;
}
