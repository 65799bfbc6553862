/* declutter_block: the article block, the title and the decisions. */
#include <string.h>

#include "t.h"
#include "declutter/block.h"
#include "declutter/date.h"
#include "declutter/lexicon.h"
#include "declutter/page.h"

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

/* A byline name stands between the headline and the article. */
static const char *byline[] = {
	"- Home",
	"Hospital opens a new wing for children",
	"Alexandra Richardson-Whitfield",
	"The city hospital opened its new children's wing on Monday, adding forty beds and two operating theatres.",
	"Doctors said the wing would cut waiting times for surgery by half, and that more staff would be hired this year.",
};

/* The site's name above its menu, repeated in a breadcrumb and footer. */
static const char *site[] = {
	"某某资讯网",
	"新闻 | 财经 | 文化 | 科技",
	"某某资讯网 > 新闻中心 > 正文",
	"山村里的直播间",
	"2021-10-26 10:05 来源:某某资讯网",
	"我要分享",
	"直播带货刚兴起的那两年,村里的人大多只是看热闹,真正让村民动心的是一场卖春笋的直播。",
	"那年春节后,村里近二十万斤春笋眼看就要烂在地里,返乡的年轻人拿起手机开了直播。",
	"Copyright © 2021 某某资讯网 版权所有",
};

/* A section's name in the menu, repeated at the end of the breadcrumb. */
static const char *section[] = {
	"网站首页",
	"通知公告",
	"政务公开",
	"当前位置:首页 > 通知公告",
	"关于做好2024年义务教育招生工作的通知",
	"发布时间:2024-04-28 来源:基础教育科",
	"【字体:大 中 小】",
	"各区教育局,市直属各学校:",
	"为做好今年义务教育招生工作,保障适龄儿童少年依法接受义务教育,现将有关事项通知如下。",
	"各地要坚持免试就近入学原则,合理划定学校招生范围,不得以任何形式的考试选拔学生。",
};

/* A headline that exclaims. */
static const char *exclaims[] = {
	"- 首页",
	"暑期托管服务开始报名了!",
	"2024-07-01 来源:某某教育网",
	"今年暑期托管服务面向全市小学在校学生,家长可通过学校统一报名,每期收费标准与去年相同。",
	"托管期间,学校将安排阅读、体育、艺术等活动,不开展学科类培训,也不组织集体补课。",
};

/* Credits between the headline and the body. */
static const char *credits[] = {
	"- 首页",
	"全省春播粮食作物播种进度过八成",
	"来源:某某日报",
	"作者:王某",
	"记者:李某",
	"通讯员:赵某",
	"编辑:张某",
	"审核:刘某",
	"记者王某/北京报道",
	"截至目前,全省春播粮食作物已播种两千多万亩,占意向面积的八成以上,进度快于去年同期。",
	"各地抢抓农时,加快高标准农田建设,化肥、种子等农资供应总体平稳,价格基本稳定。",
};

/* A related list splits the article; a heading opens its main part. */
static const char *split[] = {
	"- 首页",
	"全市春季造林任务提前完成",
	"来源:某某日报",
	"今年以来,全市各地抢抓春季造林有利时机,科学组织,精心施工,造林进度明显快于往年同期。",
	"截至四月底,全市共完成人工造林十二万亩,占年度任务的百分之一百零五,提前一个月完成任务。",
	"相关专题",
	"- 植树节特别报道",
	"- 绿化家园行动",
	"林业部门介绍",
	"林业部门介绍,今年造林突出乡土树种,注重混交林营造,苗木成活率比去年提高了五个百分点。",
	"同时,各地把造林与乡村振兴结合起来,在村庄周边和道路两侧栽植经济林和景观林。",
	"下一步,全市将加强幼林抚育管护,落实管护责任,确保造得起、管得住、长得好。",
};

/* A copy's summary repeats the body; a paper's abstract does not. */
static const char *summary[] = {
	"摘要:来源:某某日报实干争朝夕,项目正当时。",
	"实干争朝夕,项目正当时。1月4日上午,全区举行重点项目集中开工仪式,共有二十个项目开工建设。",
	"摘要: 本文基于网络化购物普及的背景下,叙述了电子商务物流配送的现状和存在的问题。",
	"当前,网络购物已经成为居民消费的重要方式,物流配送的效率直接影响消费者的购物体验。",
};

/* A prompt cuts off the article's short last sentence. */
static const char *cutoff[] = {
	"全市春季造林任务提前完成",
	"今年以来,全市各地抢抓春季造林有利时机,科学组织,精心施工,造林进度明显快于往年同期。",
	"截至四月底,全市共完成人工造林十二万亩,占年度任务的百分之一百零五,提前一个月完成任务。",
	"扫码下载客户端",
	"各地正在抓紧补植。",
	"责任编辑:某某",
};

/* Headlines of other stories above the article's own. */
static const char *teasers[] = {
	"- Home",
	"Brothers rip up the dirt on bikes",
	"Longwall coal mine near the canal",
	"Dam duck pests flee from noisy gun",
	"Actress gives birth to a baby girl",
	"The actress and her husband, a musician, welcomed their daughter on Tuesday at a hospital in Sydney.",
	"It is the couple's first child, and both mother and baby are very well and very happy, a spokeswoman said.",
};

/* Share buttons and a staff line between the headline and the body. */
static const char *widgets[] = {
	"- Home",
	"Council votes to keep the old ferry running",
	"By Maria Lindqvist",
	"County Herald staff reporter",
	"- Email",
	"- Print",
	"- Share",
	"- Facebook",
	"- Twitter",
	"- Comments",
	"The county council voted on Tuesday to keep the old ferry running for five more years, after a long debate.",
	"Councillors said the bridge planned in its place would cost twice as much as first thought.",
};

/* A column of short page tools, one a line, under the headline. */
static const char *labels[] = {
	"- Home",
	"Storm closes the coastal road for a second day",
	"Friday, March 3, 2023 - 08:15 AM",
	"Article Tools",
	"Printer Friendly",
	"Mobile Alerts",
	"Text Alerts",
	"Save Page",
	"Email Page",
	"Photo Gallery",
	"Reader Poll",
	"Weather Radar",
	"Traffic Cams",
	"Mobile Edition",
	"Crews worked through the night to clear fallen trees and rocks from the coastal road, which stays closed to all traffic.",
	"The county said it would reopen one lane on Saturday if the wind drops as forecast, and asked drivers to use the inland route.",
};

/* The same in Chinese: a credit line and a row of page tools. */
static const char *tools[] = {
	"- 首页",
	"全市新增公共停车泊位三千个",
	"2023-05-12 08:30 来源:某某晚报",
	"某某晚报全媒体记者",
	"【打印】",
	"【关闭】",
	"- 微信",
	"- 微博",
	"- QQ空间",
	"今年以来,全市新增公共停车泊位三千个,主要分布在老城区、医院和学校周边,缓解了停车难问题。",
	"市交通部门表示,下一步将继续挖掘停车资源,推动机关单位停车场错时向社会开放。",
};

/* A note in brackets stands nearer the body than the headline. */
static const char *note[] = {
	"- Blog",
	"Museums open their doors for a night of music",
	"Saturday, May 18, 2019",
	"(Cross-posted from the city arts blog)",
	"Twenty museums across the city stayed open until midnight on Saturday, with concerts in their halls and gardens.",
	"Organisers said more than forty thousand people came, twice as many as in the first year of the event.",
};

/* A headline broken over two short lines. */
static const char *broken[] = {
	"- Home",
	"The long history of the canal towns",
	"and what their old locks still teach us",
	"The canal towns grew up along the water in the eighteenth century, when barges carried coal and grain to the cities.",
	"Their locks, many of them still working, were built by hand from local stone and timber.",
};

/* A notice: the issuer's name tops the page and signs the notice. */
static const char *notice[] = {
	"某某县农业农村局",
	"网站首页 | 通知公告 | 政策文件",
	"关于做好2023年春季动物防疫工作的通知",
	"发布时间:2023-03-02 来源:畜牧股",
	"各乡镇人民政府,局属各单位:",
	"为切实做好今年春季动物防疫工作,有效防控重大动物疫病,保障畜牧业健康发展,现将有关事项通知如下。",
	"各乡镇要在三月底前完成春季集中免疫,做到应免尽免,免疫密度常年保持在百分之九十以上。",
	"某某县农业农村局",
	"2023年3月1日",
	"版权所有:某某县农业农村局",
};

/* An editor's note heads the body; a source in dashes follows it. */
static const char *editor[] = {
	"- 首页",
	"一座老桥的七十年",
	"编者按",
	"这座老桥建成于上世纪五十年代,几代人从桥上走过,如今它将完成使命,由一座新桥接替。",
	"桥下的老船工说,他在这里摆渡了三十年,看着桥一次次加固,也看着两岸的村子一天天变样。",
	"——《某某周刊》2023年3月号",
};

/* A list of other stories set into the body. */
static const char *inlist[] = {
	"- 首页",
	"全市公共自行车站点增至八百个",
	"来源:某某日报",
	"记者从市交通部门获悉,今年以来全市新建公共自行车站点一百二十个,站点总数增至八百个,覆盖城区主要街道和大型居住区。",
	"市民办理一张交通卡即可借车,一小时内免费,超过一小时每小时收费一元,日均借车量比去年同期增长三成以上。",
	"据介绍,新建站点优先布设在地铁站出入口、公交枢纽和医院学校周边,方便市民换乘和短途出行。",
	"延伸阅读",
	"地铁三号线二期工程今年开工",
	"多条公交线路下月起调整",
	"交通部门表示,下一步将在新建小区和学校周边继续加密站点,并对使用年限较长的老旧车辆进行集中更换。",
	"市民如发现车辆损坏或站点故障,可拨打服务热线报修,工作人员将在两小时内到场处理,并在一天内修复。",
	"此外,部分站点还将试点电子围栏,引导市民规范停放,避免车辆占用盲道和人行道影响通行。",
};

/* A headline with its subtitle under it. */
static const char *subtitle[] = {
	"放大　缩小　默认",
	"全市夏粮收购过半",
	"——收购价格稳中有升 仓容总体充足",
	"本报记者　王某",
	"本报讯　眼下正值夏粮收购高峰,全市各收储企业开足马力,收购进度比去年同期快了一周。",
	"据市粮食部门统计,截至目前全市已收购小麦四十多万吨,占预计收购量的五成以上。",
};

/* A table after the article, one cell a line, a count among them. */
static const char *table[] = {
	"本报讯 今年研究生招生工作即将开始,各专业招生计划和考试科目已经确定,考生可登录网站查询详细信息。",
	"招生工作坚持公开、公平、公正的原则,按照德智体全面衡量、择优录取的要求进行,欢迎广大考生踊跃报考。",
	"学科专业名称及研究方向",
	"01艺术学原理(张某某教授)",
	"7",
	"02艺术人类学(李某某研究员)",
	"Copyright © 2020 某某网 版权所有",
};

/* A table inside the article: a title, a header of words, rows. */
static const char *rows[] = {
	"一季度,全市实现社会消费品零售总额295.8亿元,同比增长7.4%,按消费类型分,餐饮收入增长明显。",
	"表1 2023年一季度全市主要经济指标",
	"指标名称 单位 绝对值 同比增长",
	"地区生产总值 亿元 682.4 5.1",
	"规模以上工业增加值 — — 6.2",
	"社会消费品零售总额 亿元 295.8 7.4",
	"一季度,全市城镇居民人均可支配收入13462元,同比增长4.8%;农村居民人均可支配收入6815元。",
	"总体来看,一季度全市经济开局良好,主要指标好于预期,但也要看到,经济恢复的基础还不牢固。",
};

/* Sub-sections and points between two parts of a long text. */
static const char *between[] = {
	"一、基本情况",
	"今年以来,全市上下认真贯彻落实各项决策部署,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,经济运行总体平稳。",
	"全市地区生产总值同比增长百分之六点五,规模以上工业增加值增长百分之七,固定资产投资增长百分之八,社会消费品零售总额稳步回升。",
	"二、存在的问题和下一步打算:",
	"- 部分企业生产经营仍然比较困难",
	"- 项目建设进度有待进一步加快",
	"- 城乡居民收入增长仍然偏慢",
	"- 生态环境保护任务依然艰巨",
	"- 安全生产形势不容乐观",
	"- 安全生产形势不容乐观",
	"下一步,我们将继续坚持稳中求进工作总基调,加大助企纾困力度,加快重大项目建设,切实保障和改善民生,努力完成全年目标任务。",
	"各级各部门要进一步压实责任,细化工作举措,确保各项工作落地见效,以优异成绩迎接党的二十大胜利召开,为全市发展作出新的贡献。",
};

/* Read, score and decide one page; returns the title's index. */
static size_t
decide_page(struct page *p, const char **text, size_t n)
{
	size_t i;

	page_clear(p);
	for (i = 0; i < n; i++)
		page_add(p, text[i], strlen(text[i]), i + 1);
	return page_decide(p);
}

/* Lines of widgets around a post, and a sentence that looks like one. */
static const struct {
	const char	*text;
	int		 hint;
	const char	*what;
} widget_hints[] = {
	{ "级别:入学了", 1, "a forum poster's level is a hint" },
	{ "注册时间：2005-03-01", 1, "so is the date the poster joined" },
	{ "积分:今年起本市实行新的积分落户政策,符合条件的人员可以申请。", 0,
	    "but not a sentence that starts with the word" },
	{ "加载中...", 1, "a widget's loading message is a hint" },
	{ "正在读取评论......", 1, "and so is one that loads the comments" },
	{ "Open rating explainer", 1, "a control read out to screen readers" },
	{ "Close share panel", 1, "closing a panel too" },
	{ "Open Season for the City's Oldest Bakery", 0,
	    "but not a headline that starts with the verb" },
	{ "These are external links and will open in a new window", 1,
	    "a note that links open a new window" },
	{ "$350 at Amazon", 1, "a button that buys what a review names" },
	{ "€379 bei MediaMarkt", 1, "in any currency" },
	{ "$350 at the start of the year, the shares now trade at half", 0,
	    "but not a price in a sentence" },
	{ "Copy this link", 1, "a button that copies a story's link" },
	{ "【复制本文链接】", 1, "and in Chinese" },
	{ "在新窗口打开", 1, "a note that a link opens a new window" },
	{ "¥299 京东购买", 1, "a button that buys, priced in yuan" },
	{ "Exklusiv mit Abo oder Tagespass", 1, "a paywall's label" },
	{ "Subscribers only", 1, "in English too" },
};

/* Lines the lexicon's drop, aside and part rules hold for, and near misses. */
static const struct {
	const char	*text;
	enum rule_class	 rule;
	int		 holds;
	const char	*what;
} line_rules[] = {
	{ "本报记者 王浩 刘温馨 朱佩娴", RULE_DROP, 1,
	    "reporters named after their title, no colon" },
	{ "南都记者 陈小芳 实习生 李子萌", RULE_DROP, 1,
	    "a reporter and an intern" },
	{ "記者探訪災區重建進度", RULE_DROP, 0,
	    "but not a headline that starts with the word" },
	{ "选稿：王梅", RULE_DROP, 1, "the editor who chose the story" },
	{ "本文作者：周蕾", RULE_DROP, 1, "the author of this text" },
	{ "扬子晚报/紫牛新闻记者 孙玥", RULE_DROP, 1,
	    "a reporter of two papers named without a colon" },
	{ "校对 陶善工", RULE_DROP, 1, "a proofreader set off by a space" },
	{ "端傳媒特約撰稿人 林思遠 發自廣東", RULE_DROP, 1,
	    "a writer and where the story was sent from" },
	{ "记者节 这些新闻人坚守在一线", RULE_DROP, 0,
	    "but not a headline that starts with the word" },
	{ "体育频道编辑：杨雪", RULE_DROP, 1, "a channel's editor" },
	{ "文字编辑：沈蔚然", RULE_DROP, 1, "the editor of the text" },
	{ "栏目主编：王磊", RULE_DROP, 1, "a column's chief editor" },
	{ "浏览量：1236", RULE_DROP, 1, "a count of views" },
	{ "(中時新聞網)", RULE_DROP, 1, "an outlet's name in brackets" },
	{ "台中捷運藍線示意圖。圖／台中市政府提供", RULE_ASIDE, 1,
	    "a caption that credits the picture after a slash" },
	{ "分享此文章", RULE_HINT, 1, "a button to share the story" },
	{ "举报特别声明：本文为网易自媒体平台作者上传并发布，仅代表该作者观点。",
	    RULE_DROP, 1, "a statement about the text after a report button" },
	{ "声明：本站所有文章均来自网络。", RULE_DROP, 1,
	    "or standing alone" },
	{ "打开网易新闻 查看全部跟贴", RULE_ASIDE, 1,
	    "a prompt to see all comments in the app" },
	{ "微信", RULE_HINT, 1, "a share row's item" },
	{ "微信微博复制链接", RULE_HINT, 1, "a share row run into one line" },
	{ "分享至好友和朋友圈", RULE_HINT, 1, "a prompt to share with friends" },
	{ "腾讯新闻企鹅号作者", RULE_HINT, 1, "an author's label on a platform" },
	{ "新浪财经公众号", RULE_HINT, 1, "an account's name" },
	{ "点击关注，每天带你看不一样的城市故事", RULE_ASIDE, 1,
	    "a call to follow set into the body" },
	{ "关注民生是政府工作的重点，今年的投入比去年增加了两成。", RULE_ASIDE, 0,
	    "but not a sentence that starts with the word" },
	{ "你身边有这样的年轻人吗？欢迎在评论区聊聊。", RULE_ASIDE, 1,
	    "a call to talk in the comments" },
	{ "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢】", RULE_ASIDE, 1,
	    "a call to send news tips" },
	{ "海量资讯、精准解读，尽在新浪财经APP", RULE_ASIDE, 1,
	    "an app's pitch" },
	{ "更多粉丝福利扫描二维码关注（sinafinance）", RULE_ASIDE, 1,
	    "a call to scan a code and follow" },
	{ "►颱風假怎麼放？各縣市停班停課最新資訊一次看", RULE_ASIDE, 1,
	    "a link to another story after an arrow" },
	{ "数据来源：乘联会，东方财富Choice整理", RULE_ASIDE, 1,
	    "where a table's figures come from" },
	{ "每经记者：程丽 每经编辑：马可", RULE_DROP, 1,
	    "a paper's short name before a credit's label" },
	{ "（本文仅供健康科普，不作为诊疗依据）", RULE_DROP, 1,
	    "what a text is not meant as" },
	{ "微信支付用户突破十亿", RULE_HINT, 0,
	    "but not a headline that starts with the name" },
	{ "刊登於 2024-05-12", RULE_DROP, 1, "when a story was printed" },
	{ "本网转载的作品，并不意味着认同该作品的观点或真实性。", RULE_DROP, 1,
	    "a site's word on what it reprints" },
	{ "翻新后的小贩中心环境更明亮。（林俊杰摄）", RULE_ASIDE, 1,
	    "a caption that names who took the picture" },
	{ "►推薦閱讀：颱風天寵物怎麼辦？", RULE_ASIDE, 1,
	    "a link to recommended reading set into the body" },
	{ "更多精彩内容，关注本站微信号，或者下载本站App", RULE_ASIDE, 1,
	    "a prompt to follow for more" },
	{ "以下內容為付費會員專享", RULE_HINT, 1, "a paywall's notice" },
	{ "成為端會員，閱讀全部深度報道", RULE_HINT, 1,
	    "a prompt to become a member" },
	{ "开通VIP，解锁完整盘中解读", RULE_HINT, 1, "or to pay for more" },
	{ "1,284 人赞同了该文章", RULE_HINT, 1, "a count of readers who liked it" },
	{ "倍速", RULE_HINT, 1, "a video player's control" },
	{ "影片來源：三立新聞", RULE_DROP, 1, "where a video comes from" },
	{ "编辑｜苏建勋", RULE_DROP, 1, "a credit set off by a wide bar" },
	{ "发布于：浙江省", RULE_ASIDE, 1, "where a post was sent from" },
	{ "IP属地：北京", RULE_ASIDE, 1, "the same as an IP's place" },
	{ "发布于北京的报告显示，去年全国快递业务量增长两成。", RULE_ASIDE, 0,
	    "but not a sentence about a report" },
	{ "聯合報／ 記者張明 ／台北即時報導", RULE_DROP, 1,
	    "a byline in slashes" },
	{ "本网所刊载内容之知识产权为本网及相关权利人专属所有或持有。"
	    "未经许可，禁止转载。", RULE_DROP, 1,
	    "a notice that claims what the site prints" },
	{ "打开腾讯新闻，阅读体验更佳", RULE_ASIDE, 1,
	    "an app's prompt in the body" },
	{ "打开凤凰新闻 查看更多高清图片", RULE_ASIDE, 1,
	    "one set off by a space" },
	{ "打开窗户，阅读体验更佳的是纸质书还是电子书，众说纷纭。", RULE_ASIDE, 0,
	    "but not a sentence" },
	{ "3/8", RULE_ASIDE, 1, "a gallery's counter" },
	{ "3/8/2024", RULE_ASIDE, 0, "but not a date" },
	{ "事故現場車輛受損嚴重。（民眾提供）", RULE_ASIDE, 1,
	    "a caption credited to who gave the picture" },
	{ "圖像加註文字，警方在現場進行交通管制。", RULE_ASIDE, 1,
	    "a caption's label" },
	{ "新华社北京3月5日电（记者 王某 李某）", RULE_PART, 1,
	    "a dateline on a line of its own" },
	{ "新华社北京3月5日电 记者从有关部门获悉，今年春运客流创新高。",
	    RULE_PART, 0, "but not the paragraph it opens" },
};

int
main(void)
{
	static struct page p;
	struct rule_error e;
	const char *text;
	size_t i, title;

	if (lexicon_add_builtin(&e) < 0 ||
	    lexicon_compile(&e) < 0)
		return 1;
	date_init();
	title = decide_page(&p, lines, sizeof lines / sizeof lines[0]);
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

	CHECK(lexicon_match(RULE_END, "网友评论", strlen("网友评论"), 0) >= 0,
	    "网友评论 heads the comments");
	CHECK(lexicon_kind(RULE_HINT, lexicon_match(RULE_HINT, "相关阅读",
	    strlen("相关阅读"), 0)) == KIND_LIST, "相关阅读 heads a list");
	text = "{ 3 comments… read them below or add one }";
	CHECK(lexicon_match(RULE_END, text, strlen(text), 0) >= 0,
	    "a count of comments heads them");
	text = "标签: 留学经验分享 留学面试 留学指南";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a line of tags is boilerplate");
	text = "关键词: 淘宝网;物流配送;电子商务";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a paper's key words are not");
	text = "Sakib Ali/Hindustan Times/Getty Images";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a photo credit is an aside");
	text = "新华社记者 李某 摄";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a Chinese photo credit is an aside");
	text = "3月21日,在浙江省安吉县溪龙乡,茶农在茶园里采摘春茶。新华社记者 李某 摄";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "so is a long caption that ends with one");
	text = "（图：资料图片）";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) >= 0 &&
	    lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a photo label is an aside, not a credit that closes the article");
	text = "（本站记者 方海）";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a reporter's credit in brackets");
	text = "主办单位：某某市统计局　地址：某某市人民路188号";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a site's footer");
	text = "【打印本页】【关闭窗口】";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a row of page tools");
	text = "分享：Facebook WhatsApp 複製連結";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a share row");
	text = "下一条：2022年全市国民经济和社会发展统计公报";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a link to the next item");
	text = "皇冠体育投注平台【官网】注册送88元";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a betting ad");
	text = "（原标题：外卖小哥跳河救人）";
	CHECK(lexicon_kind(RULE_DROP, lexicon_match(RULE_DROP, text,
	    strlen(text), 90)) == KIND_TITLE, "原标题 in brackets repeats the "
	    "headline");
	text = "【纠错】 责任编辑： 樊华";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "an editor's credit after a tag");
	text = "本文来自微信公众号“县城观察”（ID：xcgc），作者：周某。";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a platform's note");
	text = "Example Inc., all rights reserved";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a copyright line in lower case");
	text = "© Le Monde. Tous droits réservés.";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a French copyright line");
	text = "如需转载，请注明来源。转载请注明出处。";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a reprint notice");
	text = "数据来源：公司公告";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a table's data source is not the article's");
	text = "打印本页　关闭窗口";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "page tools without brackets");
	text = "西洋菜南街行人專用區周末人流密集。資料圖片";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a caption that ends with its credit");
	text = "上一篇文章：全县召开安全生产工作会议";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a link to the previous article");
	text = "【我要投稿】 【打印本页】 【关闭窗口】";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a row of page tools with a call for contributions");
	text = "您的浏览器不支持 video 标签。";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a video's stand-in");
	text = "字号:A+ A- 打印 分享";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a font size switch in letters");
	text = "太阳城集团官网-亚洲最具信誉的平台";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a betting brand selling itself");
	text = "金沙江畔的体育公园今年建成开放,市民可以免费使用各类健身设施。";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) < 0,
	    "but not a river of the same name");
	text = "赛后专家评论";
	CHECK(lexicon_match(RULE_END, text, strlen(text), 0) < 0,
	    "a sub-heading ending in 评论 is not the comments' head");
	text = "记者：这项政策什么时候开始实施？";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "an interviewer's question is not a credit");
	text = "来自内地的旅客占访港旅客总数的七成以上。";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a sentence starting with 来自 is not a reprint note");
	text = "摄影比赛吸引了三百多名爱好者参加";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a sub-heading on a photo contest is not a caption");
	text = "资金来源：市财政专项资金";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a source of funds is not the article's source");
	text = "留言列表 (42)";
	CHECK(lexicon_match(RULE_END, text, strlen(text), 0) >= 0,
	    "a list of messages heads the comments");
	text = "记者王某/北京报道";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a byline that ends with 报道 is set beside the text");
	text = "上篇:历史回顾";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "the heading of an article's first half is not a link");
	text = "字級設定：小　中　大";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a font size switch without brackets");
	text = "上一篇：省政府常务会议研究部署防汛备汛工作，要求各地压实责任";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a link to the previous article, however long");
	text = "这是您本月第3篇免费文章";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a paywall's counter");
	text = "【字体：大 中 小】　【打印】";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a font size switch");

	text = "Advertisement";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 0) >= 0,
	    "an ad's label alone is an aside");
	text = "Publicité";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 0) >= 0,
	    "an ad's label in French is an aside");
	text = "Compartir en Whatsapp";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a share button in Spanish is a hint");
	text = "print(f\"{name} cleaning up\")";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) < 0,
	    "a line of code that calls print is no page tool");
	text = "Print";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a print button is a hint");
	text = "Advertisement: the story of a campaign";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 0) < 0,
	    "a line that goes on past the label is none");
	text = "READ MORE: Two diagnosed with the disease in the capital";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 20) >= 0,
	    "a link to another story in the body is an aside");
	text = "blog comments powered by Disqus";
	CHECK(lexicon_match(RULE_END, text, strlen(text), 0) >= 0,
	    "a comments widget heads them");
	text = "The old station in the town centre.Jane Doe / Reuters file";
	CHECK(lexicon_match_tail(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a caption whose photo is an agency's file photo");
	text = "Getty Images";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "an agency's name alone is a photo credit");

	title = decide_page(&p, byline, sizeof byline / sizeof byline[0]);
	CHECK(title == 1, "the headline above the byline is the title");
	CHECK(!p.lines[2].keep, "the byline name is dropped");

	title = decide_page(&p, site, sizeof site / sizeof site[0]);
	CHECK(title == 3, "the site's name, repeated in its breadcrumb and "
	    "footer, is not the title");

	title = decide_page(&p, section, sizeof section / sizeof section[0]);
	CHECK(title == 4, "a section's name, repeated in the breadcrumb, is "
	    "not the title");

	title = decide_page(&p, exclaims, sizeof exclaims / sizeof exclaims[0]);
	CHECK(title == 1, "a headline may end with an exclamation mark");

	title = decide_page(&p, credits, sizeof credits / sizeof credits[0]);
	CHECK(title == 1, "credits between the headline and the body do not "
	    "put it further away");

	title = decide_page(&p, split, sizeof split / sizeof split[0]);
	CHECK(title == 1, "the title is above the article's first part, not "
	    "a heading between its parts");

	title = decide_page(&p, teasers, sizeof teasers / sizeof teasers[0]);
	CHECK(title == 4, "the headline next to the article is the title");
	for (i = 1; i < 4; i++)
		CHECK(!p.lines[i].keep, "headlines of other stories above it are "
		    "dropped");

	title = decide_page(&p, widgets, sizeof widgets / sizeof widgets[0]);
	CHECK(title == 1, "share buttons and a staff line below the byline do "
	    "not hide the headline above it");
	CHECK(!p.lines[3].keep, "the staff line is not the title");

	title = decide_page(&p, labels, sizeof labels / sizeof labels[0]);
	CHECK(title == 1, "a column of short page tools does not put the "
	    "headline out of reach");

	title = decide_page(&p, tools, sizeof tools / sizeof tools[0]);
	CHECK(title == 1, "a credit, page tools and share links do not hide "
	    "the Chinese headline above them");

	title = decide_page(&p, note, sizeof note / sizeof note[0]);
	CHECK(title == 1, "a note in brackets is not the headline");

	title = decide_page(&p, broken, sizeof broken / sizeof broken[0]);
	CHECK(title == 1 && p.lines[1].keep && p.lines[2].keep, "a headline "
	    "broken over two lines is kept whole, from its first line");

	text = "By Jane Doe | Special to the Daily Courier";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a byline that goes on past a bar");

	text = "Jane Doe Senior Contributor";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a name and a role under a headline is a credit");
	text = "The contributor said the bridge would open next spring";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a sentence about a contributor is not");
	text = "Weather is sponsored by";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "an ad's own label");
	text = "Report this ad";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a prompt to report an ad");
	text = "SIGN UP FOR OUR DAILY BRIEFING";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a sign-up prompt in capitals");
	text = "Reprinted from the Coastal Quarterly, Spring 2004";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a reprint credit");
	text = "Reprinted textbooks from the seventies are in demand again";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) < 0,
	    "a headline that starts with the word is not");
	text = "网友评论:(显示最新10条。评论内容仅代表网友观点)";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a notice that comments speak only for their writers");
	text = "【关注】";
	CHECK(lexicon_match(RULE_HINT, text, strlen(text), 0) >= 0,
	    "a follow button");
	text = "Mark Olsen Daily Courier business reporter";
	CHECK(lexicon_match(RULE_DROP, text, strlen(text), 90) >= 0,
	    "a name, a paper and a role");

	title = decide_page(&p, notice, sizeof notice / sizeof notice[0]);
	CHECK(title == 2, "the issuer's name that signs a notice is not its "
	    "title");
	CHECK(p.lines[4].keep, "a notice's salutation opens it");
	CHECK(p.lines[7].keep && p.lines[8].keep, "its signature, a name and "
	    "a date, ends it");
	CHECK(!p.lines[9].keep, "the footer after it is dropped");

	title = decide_page(&p, editor, sizeof editor / sizeof editor[0]);
	CHECK(title == 1 && p.lines[2].keep, "an editor's note heading above "
	    "the first paragraph is kept");
	CHECK(!p.lines[5].keep, "a source in dashes after the body is not a "
	    "signature's date");

	decide_page(&p, inlist, sizeof inlist / sizeof inlist[0]);
	CHECK(!p.lines[7].keep && !p.lines[8].keep, "the items of a list of "
	    "other stories in the body are dropped");
	CHECK(p.lines[9].keep && p.lines[11].keep, "the paragraphs after it "
	    "are kept");
	for (i = 0; i < sizeof widget_hints / sizeof widget_hints[0]; i++)
		CHECK((lexicon_match(RULE_HINT, widget_hints[i].text,
		    strlen(widget_hints[i].text), 0) >= 0) ==
		    widget_hints[i].hint, widget_hints[i].what);
	for (i = 0; i < sizeof line_rules / sizeof line_rules[0]; i++)
		CHECK((lexicon_match(line_rules[i].rule, line_rules[i].text,
		    strlen(line_rules[i].text), 90) >= 0) == line_rules[i].holds,
		    line_rules[i].what);
	text = "受访者简介：";
	CHECK(lexicon_kind(RULE_END, lexicon_match(RULE_END, text,
	    strlen(text), 0)) == KIND_END, "an interviewee's bio heads what "
	    "follows the article");
	text = "热门跟贴 23";
	CHECK(lexicon_kind(RULE_END, lexicon_match(RULE_END, text,
	    strlen(text), 0)) == KIND_END, "热门跟贴 heads the comments");
	text = "+关注";
	CHECK(lexicon_kind(RULE_HINT, lexicon_match(RULE_HINT, text,
	    strlen(text), 0)) == KIND_FOLLOW, "+关注 is a button to follow");
	text = "相关新闻";
	CHECK(lexicon_kind(RULE_HINT, lexicon_match(RULE_HINT, text,
	    strlen(text), 0)) == KIND_LIST, "相关新闻 heads a list");
	text = "Related stories:";
	CHECK(lexicon_kind(RULE_HINT, lexicon_match(RULE_HINT, text,
	    strlen(text), 0)) == KIND_LIST, "so does 'Related stories'");
	text = "关于印发《某市加快发展夜间经济实施方案》的通知";
	CHECK(lexicon_kind(RULE_PART, lexicon_match(RULE_PART, text,
	    strlen(text), 0)) == KIND_NOTICE, "关于…的通知 is a notice's title");
	text = "关于这件事，大家的看法并不一致，有待进一步通知";
	CHECK(lexicon_match(RULE_PART, text, strlen(text), 0) < 0,
	    "but not a sentence that ends with the word");
	text = "维基百科，自由的百科全书";
	CHECK(lexicon_kind(RULE_HINT, lexicon_match(RULE_HINT, text,
	    strlen(text), 0)) == KIND_TAGLINE, "a wiki's tagline stands under "
	    "its headline");

	title = decide_page(&p, subtitle, sizeof subtitle / sizeof subtitle[0]);
	CHECK(title == 1 && p.lines[1].keep && p.lines[2].keep, "a headline "
	    "and the subtitle under it are printed, the headline first");
	text = "Email a Friend RSS digg it Printer Friendly Mobile Alerts";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a row of page tools is an aside, however long");
	text = "Email, print and share buttons were added to every page.";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) < 0,
	    "but not a sentence that names them");
	text = "相关报道:全省发布地质灾害气象风险预警 多地风险较高";
	CHECK(lexicon_match(RULE_ASIDE, text, strlen(text), 90) >= 0,
	    "a link to a related report in the body is an aside");

	decide_page(&p, table, sizeof table / sizeof table[0]);
	CHECK(p.lines[2].keep && p.lines[3].keep, "the table beside the "
	    "article is kept");
	CHECK(!p.lines[4].keep, "a lone number is not kept");
	CHECK(p.lines[5].keep, "but the table goes on past it");
	CHECK(!p.lines[6].keep, "the footer is dropped");

	decide_page(&p, rows, sizeof rows / sizeof rows[0]);
	for (i = 1; i < 6; i++)
		CHECK(p.lines[i].keep, "a table's title, header and rows in the "
		    "article are kept");

	decide_page(&p, summary, sizeof summary / sizeof summary[0]);
	CHECK(!p.lines[0].keep, "a summary that repeats the body is dropped");
	CHECK(p.lines[2].keep, "an abstract that does not is kept");

	decide_page(&p, cutoff, sizeof cutoff / sizeof cutoff[0]);
	CHECK(!p.lines[3].keep && p.lines[4].keep, "a sentence past a lone "
	    "prompt still ends the article");

	decide_page(&p, between, sizeof between / sizeof between[0]);
	for (i = 3; i < 10; i++)
		CHECK(p.lines[i].keep, "a lead-in, list items and a repeated "
		    "line between two parts are kept");
	return t_status();
}
