/* declutter_block: the article block, the title and the decisions. */
#include <string.h>

#include "t.h"
#include "declutter/block.h"
#include "declutter/date.h"
#include "declutter/features.h"
#include "declutter/lexicon.h"
#include "declutter/page.h"
#include "declutter/score.h"
#include "declutter/title.h"
#include "embedded.h"

static const char *lines[] = {
	"- 首页",
	"- 新闻",
	"- 财经",
	"首页 > 新闻 > 正文",
	"走前列 当先锋 作表率",
	"来源:某某日报 2020-04-14 17:17",
	"连日来,围绕重点工作,全区在全力抓好防控工作的同时,扎实推进项目建设,各项工作取得明显成效。",
	"推进机制",
	"全区建立领导挂钩、定期会商、跟踪督办的工作机制,及时解决项目推进中遇到的困难和问题,确保项目按期完工。",
	"会议要求,各部门要进一步提高站位,强化责任,以更加务实的作风抓好各项工作的落实。",
	"原标题:走前列 当先锋 作表率",
	"责任编辑:某某",
	"相关阅读:",
	"- 某地召开重点项目推进会",
	"- 某地项目建设提速",
	"Copyright © 2020 某某网 版权所有",
};

int
main(void)
{
	static struct page p;
	const char *text;
	size_t i, len, title;

	text = embedded_file("boilerplate", &len);
	lexicon_add_text(text, len, "boilerplate", 0);
	lexicon_compile();
	date_init();
	for (i = 0; i < (sizeof lines / sizeof lines[0]); i++)
		page_add(&p, lines[i], strlen(lines[i]), i + 1);
	features_page(&p);
	score_page(&p);
	block_find(&p);
	title = title_find(&p);
	block_decide(&p);
	CHECK(p.start == 6 && p.end == 10, "the block runs from the first "
	    "paragraph to the last");
	CHECK(title == 4, "the headline repeated in 原标题 is the title");
	CHECK(p.lines[7].keep, "a sub-heading between paragraphs is kept");
	CHECK(!p.lines[5].keep, "the source line is dropped");
	for (i = 0; i < 4; i++)
		CHECK(!p.lines[i].keep, "menus and breadcrumbs are dropped");
	for (i = 10; i < (sizeof lines / sizeof lines[0]); i++)
		CHECK(!p.lines[i].keep, "credits, lists and footers are dropped");
	CHECK(p.lines[10].flags & L_LEX_DROP, "原标题 is in the lexicon");
	CHECK(lexicon_match(RULE_DROP, "沪ICP备14003370号",
	    strlen("沪ICP备14003370号"), 0) >= 0, "ICP licence");
	CHECK(lexicon_match(RULE_DROP, "新罗区将今年的重点工作项目化",
	    strlen("新罗区将今年的重点工作项目化"), 0) < 0, "prose is not");
	return t_status();
}
