/* declutter_features: line shapes, measured without word lists. */
#include <string.h>

#include "t.h"
#include "declutter/date.h"
#include "declutter/features.h"
#include "declutter/lexicon.h"
#include "declutter/page.h"
#include "utf8.h"
#include "util.h"

static struct page page;

static struct line *
measure(const char *s)
{
	struct line *l;

	page_clear(&page);
	page_add(&page, s, strlen(s), 1);
	l = &page.lines[0];
	features_line(&page, l);
	return l;
}

/*
 * The pass over a line finds what the lexicon needs as the lexicon's
 * own pass does, whatever the characters: Han runs, a separator among
 * them, kana, Latin in both cases, four-byte characters.
 */
static void
needs_as_lexicon(void)
{
	static const char *const lines[] = {
		"本文来源于网络，版权归原作者所有，如有侵权请联系删除",
		"责任编辑：王五 丨 来源：新华社",
		"COPYRIGHT © 2024 EXAMPLE NEWS. ALL RIGHTS RESERVED.",
		"Sign up for our newsletter",
		"当前位置：首页 > 新闻 > 正文",
		"無断転載を禁じます。ニュース一覧",
		"𠀀𠀁 相关阅读 𠀂",
		"12 Comments · Share",
		"本报讯 如需转载请注明出处",
	};
	struct line *l;
	size_t i;

	for (i = 0; i < NELEM(lines); i++) {
		l = measure(lines[i]);
		CHECK(l->needs != 0 && l->needs == lexicon_needs(
		    line_text(&page, l), l->len), lines[i]);
	}
}

/*
 * A character past U+FFFF may start anything, of the parts there are:
 * after each, the next is read for literals of those parts only.
 */
static void
needs_past_bmp(void)
{
	static char text[4096];
	struct line *l;
	size_t n = 0;
	uint32_t c;

	for (c = 0x1f600; n + 5 < sizeof text; c++) {
		n += (size_t)utf8_encode(c, (unsigned char *)text + n);
		text[n++] = (char)('a' + c % 26);
	}
	text[n] = '\0';
	l = measure(text);
	CHECK(l->needs != 0 && (l->needs & ~lexicon_built.parts) == 0 &&
	    l->needs == lexicon_needs(text, n), "needs past U+FFFF: the "
	    "parts there are");
}

int
main(void)
{
	struct line *l;

	date_init();
	l = measure("  新罗:走前列 当先锋 作表率  ");
	CHECK(l->len == strlen("新罗:走前列 当先锋 作表率"), "trimmed");
	CHECK(l->width == 3 * 11 + 1, "width: CJK counts three, ':' one");
	CHECK(l->tokens == 3, "three words");
	CHECK(!(l->flags & L_ENDS), "a headline does not end a sentence");
	l = measure("\xe3\x80\x80配强人员,给足政策。新罗区制订招商政策。");
	CHECK(l->stops == 2 && l->punct == 3, "stops and pauses counted");
	CHECK(l->flags & L_ENDS, "ends like a sentence");
	l = measure("“这是引语。”");
	CHECK(l->flags & L_ENDS, "a closing quote after the stop");
	l = measure("- 政策解读");
	CHECK(l->flags & L_LIST, "list marker");
	CHECK((measure("print(len(html))")->flags & L_CELLS) &&
	    (measure("return await resp.text()")->flags & L_CELLS) &&
	    (measure("async def fetch(client, url):")->flags & L_CELLS) &&
	    (measure("stats = {}")->flags & L_CELLS) &&
	    (measure("fn main() -> Result<()> {")->flags & L_CELLS),
	    "a program's lines stand as a table's rows");
	CHECK(!(measure("Slow count(*) on large table after upgrading")->flags &
	    L_CELLS) && !(measure("Share or comment on this article:")->flags &
	    L_CELLS) && !(measure("&nbsp;")->flags & L_CELLS) &&
	    !(measure("The result (see below) was clear.")->flags & L_CELLS),
	    "a title naming a call, a lead-in, an entity, a sentence are none");
	l = measure("• 新闻推荐");
	CHECK(l->flags & L_LIST, "bullet");
	l = measure("当前位置:主页 > 新闻中心 > 经济开发区新闻 >");
	CHECK(l->flags & L_SEPS, "breadcrumb separators");
	l = measure("首页 | 时事 | 生活 | 财经");
	CHECK(l->flags & L_SEPS, "bar separators");
	l = measure("新闻 娱乐 体育 财经 厦门");
	CHECK(l->flags & L_MENU, "a menu of short words");
	l = measure("地区生产总值\t亿元\t682.4\t5.1");
	CHECK(l->numbers == 2 && !(l->flags & L_MENU), "a table's row, a label "
	    "and numbers, is not a menu");
	l = measure("规模以上工业增加值\t—\t—\t6.2");
	CHECK(l->blanks == 2 && !(l->flags & L_MENU), "so is one with empty "
	    "cells");
	l = measure("3楼—4楼\t2.4\t—");
	CHECK(!(l->flags & L_MENU), "and one whose cells are all numbers or "
	    "empty, split by tabs");
	l = measure("首页 — 新闻 — 财经");
	CHECK(l->flags & L_MENU, "but a menu with dashes is a menu");
	l = measure("2019 2020 2021 2022");
	CHECK(l->numbers == 4, "numbers counted");
	l = measure("2021-03-29 18:40");
	CHECK(l->flags & L_DATE, "a date line");
	CHECK(l->digits == 12, "digits counted");
	l = measure("共计82个,完成投资35.67亿元");
	CHECK(!(l->flags & L_DATE), "amounts are not dates");
	CHECK(l->punct == 1, "a decimal point is no full stop");
	l = measure("The law is here. It works.");
	CHECK(l->stops == 2 && (l->flags & L_ENDS), "Latin full stops");
	l = measure("Version 2.3 is out");
	CHECK(l->stops == 0, "a decimal point in Latin text");
	l = measure("see http://example.com/a");
	CHECK(l->flags & L_LINK, "a link");
	l = measure("ok \xff\xfe bytes");
	CHECK(l->flags & L_BADUTF8, "invalid UTF-8 flagged");
	needs_as_lexicon();
	needs_past_bmp();
	/* A section's number in Chinese before 、. */
	CHECK(section_number("三、招生范围", strlen("三、招生范围")) == 3,
	    "a section's number");
	CHECK(section_number("十二、附则", strlen("十二、附则")) == 12,
	    "twelve");
	CHECK(section_number("二十、其他", strlen("二十、其他")) == 20,
	    "twenty");
	CHECK(section_number("三月、四月", strlen("三月、四月")) == -1,
	    "a word before 、 is no number");
	CHECK(section_number("三", strlen("三")) == -1, "no 、, no section");

	return t_status();
}
