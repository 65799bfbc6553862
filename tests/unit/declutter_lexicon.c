/*
 * declutter_lexicon: every pattern of the built-in lexicon compiles on its
 * own (the lexicon skips that check at start-up); a user's bad rule is an
 * error naming its line, and forgetting the user's rules leaves the
 * built-in ones working.  The gates that spare PCRE2 most lines skip
 * none that a rule, matched alone, matches.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "declutter/lexicon.h"
#include "embedded.h"
#include "t.h"
#include "utf8_valid.h"
#include "util.h"

static void
builtin_patterns_compile_alone(void)
{
	struct data_lines dl;
	const char *p, *line, *colon, *re;
	size_t len, n = 0, bad = 0;
	PCRE2_SIZE offset;
	pcre2_code *code;
	int err;

	if ((p = embedded_file("boilerplate", &len)) == NULL) {
		CHECK(0, "the built-in lexicon is embedded");
		return;
	}
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &len); ) {
		if ((colon = memchr(line, ':', len)) == NULL)
			continue;
		for (re = colon + 1; re < line + len && (*re == ' ' ||
		    *re == '\t'); re++)
			;
		n++;
		code = pcre2_compile((PCRE2_SPTR)re,
		    (size_t)(line + len - re), PCRE2_UTF, &err, &offset, NULL);
		if (code == NULL) {
			printf("# does not compile: %.*s\n", (int)len, line);
			bad++;
		}
		pcre2_code_free(code);
	}
	CHECK(n > 50 && bad == 0,
	    "every built-in pattern compiles on its own");
}

static const struct {
	const char	*line;
	const char	*why;		/* the start of the error, or NULL */
} user_lines[] = {
	{ "drop: ^广告$", NULL },
	{ "  # a comment", NULL },
	{ "", NULL },
	{ "keep: (unclosed", "bad regular expression: missing closing" },
	{ "hint: 相关", "unknown rule 'hint'" },
	{ "drop 广告", "expected 'drop: RE'" },
	{ "end:   ", "empty pattern" },
};

static void
user_rule_errors(void)
{
	struct rule_error e;
	char what[400];
	size_t i;
	int rc;

	for (i = 0; i < NELEM(user_lines); i++) {
		e.what[0] = '\0';
		rc = lexicon_add_line(user_lines[i].line,
		    strlen(user_lines[i].line), "rules", (long)i + 1, 1, &e);
		snprintf(what, sizeof what, "user rule '%s': %s",
		    user_lines[i].line, user_lines[i].why ? e.what : "taken");
		if (user_lines[i].why == NULL)
			CHECK(rc == 0, what);
		else
			CHECK(rc < 0 && e.line == (long)i + 1 &&
			    strcmp(e.file, "rules") == 0 &&
			    strncmp(e.what, user_lines[i].why,
			    strlen(user_lines[i].why)) == 0, what);
	}
	CHECK(lexicon_add(RULE_USER_DROP, KIND_PLAIN, "a)(b", 4, "--drop", 2,
	    &e) < 0 && e.line == 2, "a pattern that would break the "
	    "alternation is refused alone");
}

static void
forget_user_rules(void)
{
	struct rule_error e;

	CHECK(lexicon_add_builtin(&e) == 0 && lexicon_compile(&e) == 0,
	    "the built-in lexicon and a user rule compile");
	CHECK(lexicon_from_build(), "the built-in lexicon is the one compiled "
	    "at build time, not compiled again");
	CHECK(lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) == 0,
	    "the user's rule matches");
	lexicon_forget_user();
	CHECK(lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) < 0,
	    "a forgotten rule matches no more");
	CHECK(lexicon_add_line("drop: ^新$", strlen("drop: ^新$"), "rules", 1,
	    1, &e) == 0 && lexicon_compile(&e) == 0 &&
	    lexicon_match(RULE_USER_DROP, "新", strlen("新"), 0) == 0 &&
	    lexicon_match(RULE_USER_DROP, "广告", strlen("广告"), 0) < 0,
	    "rules added after forgetting are compiled and match");
	CHECK(lexicon_match(RULE_DROP, "责任编辑：王五",
	    strlen("责任编辑：王五"), 0) >= 0,
	    "the built-in rules still match");
}

/* Whether the built-in rules of class k match line s. */
static int
builtin_matches(enum rule_class k, const char *s)
{
	return lexicon_match(k, s, strlen(s), 0) >= 0;
}

/* The kind of the built-in rule of class k that matches s, or -1. */
static int
builtin_kind(enum rule_class k, const char *s)
{
	int r = lexicon_match(k, s, strlen(s), 0);

	return r < 0 ? -1 : (int)lexicon_kind(k, r);
}

/* Lines of kinds some built-in rules name, each beside one it leaves. */
static void
builtin_kinds(void)
{
	CHECK(builtin_matches(RULE_HINT, "字級設定") &&
	    builtin_matches(RULE_HINT, "字号：大 中 小") &&
	    !builtin_matches(RULE_HINT, "字级设定的意义"),
	    "a size setting's label alone is a hint");
	CHECK(builtin_matches(RULE_HINT, "【大】【中】【小】") &&
	    !builtin_matches(RULE_HINT, "【大】雨"), "a row of size buttons");
	CHECK(builtin_matches(RULE_DROP, "相關字詞﹕嘉義　老街") &&
	    builtin_matches(RULE_DROP, "标签：老街"), "tag lines");
	CHECK(builtin_matches(RULE_ASIDE, "成交　318.5　漲跌　▲ 9.5（+3.07%）") &&
	    builtin_matches(RULE_ASIDE, "换手率 2.31%") &&
	    builtin_matches(RULE_ASIDE,
	    "最新价：38.62　涨跌幅：+2.14%　总市值：92.7亿") &&
	    builtin_matches(RULE_ASIDE, "睿衡精工 个股行情") &&
	    !builtin_matches(RULE_ASIDE, "成交量比上月增加了12%。"),
	    "a share's quote card set into the text");
	CHECK(builtin_matches(RULE_HINT, "字級") &&
	    builtin_matches(RULE_DROP, "（本文首发于《体坛周报》第3856期）") &&
	    !builtin_matches(RULE_HINT, "字级太小看不清"),
	    "a size button alone; where the text first ran");
	CHECK(builtin_matches(RULE_ASIDE,
	    "数据库　覆盖全终端药品销售数据　立即试用 >") &&
	    builtin_matches(RULE_ASIDE, "在线问医生　免費諮詢") &&
	    !builtin_matches(RULE_ASIDE, "该平台已面向医院开放，可立即试用。"),
	    "a prompt to try or ask at a line's end");
	CHECK(builtin_matches(RULE_ASIDE, "剩余55%内容，开通VIP会员后阅读全文") &&
	    builtin_matches(RULE_ASIDE, "成為會員後閱讀全文") &&
	    !builtin_matches(RULE_ASIDE, "开通会员的用户占比达三成。"),
	    "a paywall's cut with a membership to open");
	CHECK(builtin_matches(RULE_HINT, "丁香医生审核通过") &&
	    builtin_matches(RULE_HINT, "已通過醫師審核") &&
	    !builtin_matches(RULE_HINT, "新药审核通过后将于明年上市。"),
	    "a reviewer's badge");
	CHECK(builtin_matches(RULE_HINT, "韦思岚　主治医师") &&
	    builtin_matches(RULE_HINT, "医生回答（2）") &&
	    builtin_matches(RULE_HINT, "向TA提问") &&
	    builtin_matches(RULE_ASIDE, "如需进一步咨询，可点击“向TA提问”，医生将为您解答。") &&
	    builtin_matches(RULE_DROP, "以上回答仅供参考，不能作为诊断及医疗的依据。") &&
	    !builtin_matches(RULE_HINT, "主治医师韦思岚说，不必担心。"),
	    "a Q&A page's doctor card, its buttons and its disclaimer");
	CHECK(builtin_matches(RULE_HINT, "醫師小檔案") &&
	    builtin_matches(RULE_ASIDE, "現職：台中某區域醫院心臟內科主治醫師") &&
	    builtin_matches(RULE_ASIDE, "專長：高血壓、心衰竭") &&
	    !builtin_matches(RULE_HINT, "医师档案管理办法今起施行"),
	    "a doctor's card after the text");
	CHECK(builtin_matches(RULE_DROP, "关键词：原料药　价格　沙坦类") &&
	    !builtin_matches(RULE_DROP, "关键词: 淘宝网;物流配送;电子商务"),
	    "a news page's keywords, not a paper's");
	CHECK(builtin_matches(RULE_HINT, "瀚屿物业\t02917.HK\t3.87\t+2.38%") &&
	    !builtin_matches(RULE_HINT, "阿托伐他汀钙\t1650\t1540\t-6.7%"),
	    "a share's quote has a price in decimals, a table's row need not");
	CHECK(builtin_matches(RULE_ASIDE, "产业大会　12月18日·杭州　立即报名 >"),
	    "a prompt to sign up");
	CHECK(builtin_matches(RULE_ASIDE, "懂球帝APP内查看更多转会动态，转会窗关闭前实时更新") &&
	    !builtin_matches(RULE_ASIDE, "球迷可以在俱乐部官方APP内购买季票。"),
	    "a prompt to read on in the app");
	CHECK(builtin_matches(RULE_HINT, "Đọc thêm") &&
	    builtin_matches(RULE_HINT, "Tin liên quan") &&
	    builtin_matches(RULE_HINT, "관련기사"),
	    "heads of related stories in Vietnamese and Korean");
	CHECK(builtin_matches(RULE_ASIDE, "图集 1/5") &&
	    builtin_matches(RULE_ASIDE, "查看图集") &&
	    builtin_matches(RULE_ASIDE, "你有新闻线索吗？欢迎拨打晚报热线") &&
	    builtin_matches(RULE_DROP, "This article appeared in the Morning Post "
	    "print edition as: Minibus drivers") &&
	    !builtin_matches(RULE_DROP, "This article appeared to say otherwise."),
	    "a gallery's counter, a tip line, where a story ran in print");
	CHECK(builtin_matches(RULE_ASIDE, "进入网易汽车小程序，查看岑野M5本地报价 >") &&
	    builtin_matches(RULE_ASIDE, "了解更多 ›") &&
	    !builtin_matches(RULE_ASIDE, "记者进入现场查看时发现，大门紧闭。"),
	    "a link ending in an arrow");
	CHECK(builtin_matches(RULE_HINT, "获取底价　　预约试驾") &&
	    builtin_matches(RULE_HINT, "询底价　贷款计算"),
	    "a car dealer's row of buttons");
	CHECK(builtin_matches(RULE_DROP, "爆料人：数码控小熊"),
	    "a deal post's tipster credited");
	CHECK(builtin_matches(RULE_HINT, "分享　Facebook　WhatsApp　Telegram") &&
	    builtin_matches(RULE_HINT, "公告單位：教務處") &&
	    builtin_matches(RULE_HINT, "點閱次數：412") &&
	    builtin_matches(RULE_ASIDE, "附件下载：招生片区示意图.jpg") &&
	    builtin_matches(RULE_ASIDE, "新用户云服务器首年88元，点此领取") &&
	    builtin_matches(RULE_DROP, "（本文由 財經新視界 授權轉載；首圖來源：X）"),
	    "a share row, a notice's own fields, a picture to download, a "
	    "reprint's licence");
	CHECK(builtin_matches(RULE_ASIDE, "看個股走勢 >") &&
	    builtin_matches(RULE_ASIDE, "一分钟看懂新图 ▶") &&
	    !builtin_matches(RULE_ASIDE, "看完这段视频，你会发现 >"),
	    "a button to a chart or a clip");
	CHECK(builtin_matches(RULE_HINT, "阅读量 3.8万") &&
	    builtin_matches(RULE_HINT, "浏览 1.6万") &&
	    !builtin_matches(RULE_HINT, "阅读量比去年多了一倍"),
	    "a counter of readers with its multiplier");
	CHECK(builtin_matches(RULE_ASIDE,
	    "打开齐鲁壹点APP，进入“壹点问政”，您的留言我们会转交有关部门") &&
	    !builtin_matches(RULE_ASIDE, "打开手机就能看到实时路况，十分方便"),
	    "an app's prompt that opens with the app");
	CHECK(builtin_matches(RULE_HINT, "#海洋廢棄物 #小琉球 #漁網回收") &&
	    builtin_matches(RULE_HINT, "#清明节# #写给父亲#") &&
	    !builtin_matches(RULE_HINT, "#1 在榜首"), "hashtags alone");
	CHECK(builtin_matches(RULE_ASIDE, "系列二：颱風過後，那些漂上岸的漁網去了哪裡？") &&
	    builtin_matches(RULE_HINT, "用行動支持報導者") &&
	    builtin_matches(RULE_DROP,
	    "深度報導需要時間與資源，每一筆小額贊助，都能讓我們走得更遠。") &&
	    !builtin_matches(RULE_ASIDE, "系列活动将持续到月底。"),
	    "a series' box and a donation's pitch");
	CHECK(builtin_matches(RULE_ASIDE,
	    "志工在岸邊清理廢漁網。（攝影／許哲維）") &&
	    !builtin_matches(RULE_ASIDE, "志工（攝影／許哲維）在岸邊清理廢漁網。"),
	    "a caption's photographer after a slash at its end");
	CHECK(builtin_matches(RULE_ASIDE, "【延伸阅读】韶关：三项培训工程今年累计培训12万人次") &&
	    builtin_matches(RULE_ASIDE, "【相關新聞】觀塘舊樓露台石屎剝落") &&
	    !builtin_matches(RULE_ASIDE, "【延伸阅读】"),
	    "a link to another story after a label in brackets");
	CHECK(builtin_matches(RULE_DROP,
	    "供稿部门：第九检察部　　文字：张一鸣　　图片：刘洋") &&
	    !builtin_matches(RULE_DROP, "编辑部表示：今年的文字 图片：都会更新"),
	    "a credit of several fields");
	CHECK(builtin_matches(RULE_ASIDE, "资料照片：爱荷华州一处农场正在收割大豆。") &&
	    builtin_matches(RULE_ASIDE, "圖集（1/4）") &&
	    builtin_matches(RULE_HINT, "‹　›") &&
	    builtin_matches(RULE_ASIDE, "00:00 / 03:45") &&
	    !builtin_matches(RULE_ASIDE, "比赛在19:30开始，20:45结束。"),
	    "a photo's caption from the files, a gallery's counter and arrows, a player's time");
	CHECK(builtin_matches(RULE_HINT, "https://p.dw.com/p/4xQm7") &&
	    builtin_matches(RULE_ASIDE, "Versão portuguesa: Grande Prémio: cortes de trânsito") &&
	    builtin_matches(RULE_ASIDE,
	    "关注 SBS 中文的 Facebook、微信和小红书账号，获取更多资讯") &&
	    !builtin_matches(RULE_HINT, "详情可浏览 https://www.gov.hk 查询。"),
	    "an address alone, a link to another language, a follow prompt");
	CHECK(builtin_matches(RULE_DROP, "陆知远 为FT中文网撰稿") &&
	    builtin_matches(RULE_DROP, "（本文作者为江澄大学副教授，研究方向为城市规划。）") &&
	    builtin_matches(RULE_DROP, "（本文根据采访录音整理，已经受访者审阅）") &&
	    builtin_matches(RULE_DROP, "（综合自：岳塘区水务局、湘潭晚报）") &&
	    builtin_matches(RULE_DROP, "主持人：上游新闻记者 何思远") &&
	    !builtin_matches(RULE_DROP, "主持人：请您介绍一下今年的新变化。") &&
	    !builtin_matches(RULE_DROP, "他为这家报纸撰稿多年，写过很多评论。"),
	    "credits and notes on how a text was made");
	CHECK(builtin_matches(RULE_ASIDE, "相关文件：北京市民政局关于印发《补贴办法》的通知") &&
	    !builtin_matches(RULE_ASIDE, "相关文件显示，补贴标准将提高。") &&
	    !builtin_matches(RULE_HINT, "视频｜代表委员热议新质生产力发展"),
	    "the documents a story reports; a video's headline");
	CHECK(builtin_kind(RULE_HINT, "专家简介") == KIND_LIST &&
	    !builtin_matches(RULE_END, "专家简介") &&
	    builtin_matches(RULE_DROP,
	    "王建新，心血管内科主任医师，医学博士，硕士研究生导师。") &&
	    !builtin_matches(RULE_DROP, "孟繁宇介绍，感冒通常伴有发热、咽痛。"),
	    "an expert's card heads a list the article goes on past; a bio in it");
	CHECK(builtin_matches(RULE_HINT, "$常澄新能(SZ301586)$ $华锂股份(SH603912)$") &&
	    builtin_matches(RULE_HINT, "澜海生物　02876.HK　38.65　+12.41%") &&
	    builtin_matches(RULE_ASIDE, "——以下内容为格隆汇会员专享——") &&
	    builtin_matches(RULE_DROP, "剩余约2600字，开通会员即可阅读全文") &&
	    builtin_matches(RULE_DROP, "智通声明：本内容为作者独立观点，不代表本站立场。") &&
	    builtin_matches(RULE_DROP, "风险提示：外汇及贵金属交易具有较高风险。") &&
	    builtin_matches(RULE_DROP, "以上内容为证券之星据公开信息整理，由智能算法生成。") &&
	    builtin_matches(RULE_HINT, "业绩比较基准 2.40%-3.20%") &&
	    builtin_matches(RULE_HINT, "盈利能力：★★★★") &&
	    builtin_matches(RULE_HINT, "查看行情>>") &&
	    builtin_matches(RULE_DROP, "想第一时间获取重磅数据？下载金十数据APP，开启数据提醒。") &&
	    !builtin_matches(RULE_DROP, "公司声明称，将按期披露年报。") &&
	    !builtin_matches(RULE_HINT, "该股收报38.65港元，涨12.41%。"),
	    "a finance portal's furniture");
	CHECK(builtin_matches(RULE_HINT, "附件下载：") &&
	    builtin_matches(RULE_HINT, "附件：") &&
	    !builtin_matches(RULE_HINT, "附件：1. 日程安排表.doc"),
	    "the head of a notice's files alone");
	CHECK(builtin_matches(RULE_HINT, "参考均价：36500元/㎡") &&
	    builtin_matches(RULE_HINT, "看房团报名") &&
	    !builtin_matches(RULE_HINT, "参考均价比上月上涨了2%。"),
	    "a listing card's fields and prompts");
	CHECK(builtin_matches(RULE_HINT, "选择字号：小 中 大") &&
	    builtin_matches(RULE_ASIDE, "图集") &&
	    !builtin_matches(RULE_ASIDE, "组图：雪后故宫银装素裹 游客踏雪赏景"),
	    "a size setting with its verb; a gallery's head alone");
	CHECK(builtin_matches(RULE_HINT, "原创") &&
	    builtin_matches(RULE_HINT, "市州频道　　原创") &&
	    builtin_matches(RULE_HINT, "栏目：《洛阳新闻》") &&
	    builtin_matches(RULE_ASIDE,
	    "扫描下方二维码，进入“沭阳就业”线上招聘大厅") &&
	    !builtin_matches(RULE_HINT, "这部原创作品获得一等奖"),
	    "a badge of original content, a column's label, a QR prompt");
	CHECK(builtin_matches(RULE_ASIDE,
	    "凌晨四點，陳守仁把麵團推進柴燒窯。（攝影｜韓志遠）") &&
	    builtin_matches(RULE_ASIDE, "本文為鏡週刊會員專屬內容"),
	    "a caption's credit after a bar; members' content by a site's name");
	CHECK(builtin_matches(RULE_HINT, "指导价：15.98-19.98万") &&
	    builtin_matches(RULE_HINT, "询底价　预约试驾") &&
	    builtin_matches(RULE_DROP, "（本文为搜狐体育原创稿件，未经授权谨慎转载）") &&
	    builtin_matches(RULE_ASIDE, "新館外貌。（康文署圖片）") &&
	    builtin_matches(RULE_HINT, "更多新聞：民視新聞網") &&
	    !builtin_matches(RULE_ASIDE, "详见下图（图片）所示的流程") &&
	    !builtin_matches(RULE_HINT, "指导价：暂无"),
	    "a car's price card, a reprint notice, a photo's owner, more news");
	CHECK(builtin_matches(RULE_HINT, "槿州骁岭城南4S店") &&
	    builtin_matches(RULE_HINT, "在售　骁岭R6　报价：13.98万起") &&
	    !builtin_matches(RULE_HINT, "我们来到城南4S店看车。"),
	    "a dealer's card");
	CHECK(builtin_matches(RULE_ASIDE, "附件下载：活动方案.pdf") &&
	    !builtin_matches(RULE_ASIDE, "附件：1. 招生工作日程安排表.doc"),
	    "a file to download, not a notice's numbered list of them");
	CHECK(builtin_matches(RULE_ASIDE, "签约仪式现场") &&
	    !builtin_matches(RULE_ASIDE, "记者赶到事故现场。"),
	    "a caption that names only the scene");
	CHECK(builtin_matches(RULE_ASIDE, "王某（左二）在车间指导学生。") &&
	    builtin_matches(RULE_ASIDE, "村民晾晒玉米。记者 何晓雨 图") &&
	    builtin_matches(RULE_ASIDE, "新巴刹的规划。（摄影：黄俊铭）"),
	    "captions by where people stand and with a credit");
	CHECK(builtin_matches(RULE_ASIDE, "▸ 北區老街騎樓整修完工") &&
	    builtin_matches(RULE_ASIDE,
	    "以上為部分內容。訂閱港財經網數碼版，即可閱讀全文。"),
	    "a link set into the body and a paywall's cut");
	CHECK(builtin_matches(RULE_ASIDE, "关注@槎阳慢生活，带你看见烟火气。") &&
	    !builtin_matches(RULE_ASIDE, "关注度持续上升，"),
	    "a call to follow an account by its handle");
	CHECK(builtin_matches(RULE_ASIDE, "作者簡介：岑海晴，自由撰稿人。") &&
	    builtin_matches(RULE_ASIDE, "参考资料：《荻州县志》") &&
	    builtin_matches(RULE_ASIDE, "喜歡這篇文章的話，歡迎留言。") &&
	    !builtin_matches(RULE_ASIDE, "参考资料显示，该桥始建于明代。"),
	    "an author's note, references and a closing plea after the text");
	CHECK(builtin_matches(RULE_DROP,
	    "本文内容仅供健康科普参考，不能代替医生的诊断和治疗。") &&
	    !builtin_matches(RULE_DROP, "本文内容仅供健康科普，医生建议每天步行。"),
	    "what a text is not meant as");
	CHECK(builtin_matches(RULE_DROP,
	    "發布單位：社會處　發布日期：114-09-05　更新日期：114-09-06") &&
	    builtin_matches(RULE_DROP, "更新日期：2025-09-06") &&
	    !builtin_matches(RULE_DROP,
	    "发布单位和发布日期都要在公告中写明，方便群众查询。"),
	    "a byline led by its issuer or its date");
	CHECK(builtin_matches(RULE_ASIDE,
	    "杭逸飞（中）进球后与队友庆祝。摄影：俱乐部媒体部 钟一帆") &&
	    !builtin_matches(RULE_ASIDE,
	    "他放下相机。摄影：一门需要耐心的手艺，他说。"),
	    "a caption's credit after its sentence");
	CHECK(builtin_matches(RULE_DROP, "跳到主要內容區") &&
	    builtin_matches(RULE_DROP, "跳过导航") &&
	    !builtin_matches(RULE_DROP, "跳到主要内容区的人越来越多"),
	    "a link that skips to the content");
	CHECK(builtin_matches(RULE_DROP, "（市政协办公室　供稿）") &&
	    builtin_matches(RULE_DROP, "（省地震局监测预报处）") &&
	    builtin_matches(RULE_DROP, "(县林业局 供稿)") &&
	    !builtin_matches(RULE_DROP, "（含办公室）") &&
	    !builtin_matches(RULE_DROP, "（左二为局长）") &&
	    !builtin_matches(RULE_DROP, "（完）"),
	    "a credit in brackets alone: who sent the text, or the office");
	CHECK(builtin_matches(RULE_ASIDE, "图为漖溪4.6级地震震中位置示意图") &&
	    builtin_matches(RULE_ASIDE, "资料图片"),
	    "a photo's caption is an aside: the article goes on around it");
	CHECK(builtin_matches(RULE_HINT, "本周热点") &&
	    builtin_kind(RULE_HINT, "本周要点：") == KIND_POINTS &&
	    builtin_kind(RULE_HINT, "要点速览") == KIND_POINTS &&
	    builtin_kind(RULE_HINT, "【划重点】") == KIND_POINTS &&
	    !builtin_matches(RULE_HINT, "工作要点和重点任务已经明确。"),
	    "a week's key points head the article's own list, not others'");
	CHECK(builtin_matches(RULE_ASIDE, "圖說：研究人員在田間說明栽培方法。") &&
	    !builtin_matches(RULE_ASIDE, "图说天下"),
	    "a caption labelled 圖說");
	CHECK(builtin_kind(RULE_END, "傳媒查詢") == KIND_END &&
	    builtin_kind(RULE_END, "Media enquiries:") == KIND_END &&
	    builtin_kind(RULE_END, "新聞聯絡人：作物改良課　吳姿萱") == KIND_END &&
	    !builtin_matches(RULE_END, "传媒查询量大增，热线一度占线。"),
	    "a press office's contacts end a release");
	CHECK(builtin_matches(RULE_DROP, "【记者】梁嘉怡") &&
	    builtin_matches(RULE_DROP, "【通讯员】何顺安、李明") &&
	    !builtin_matches(RULE_DROP, "【记者】今天我们走访了城东的三家企业。"),
	    "a credit's label in brackets and the names after it");
	CHECK(builtin_matches(RULE_DROP, "（譯者：陳怡君／核稿：林宗翰）1141215") &&
	    builtin_matches(RULE_DROP, "(编译：王晓)") &&
	    !builtin_matches(RULE_DROP, "（译者注：此处原文有误）这一说法并不准确，需要进一步核实。"),
	    "a wire story's end tag");
	CHECK(builtin_matches(RULE_ASIDE, "本文为订户专享内容") &&
	    builtin_matches(RULE_ASIDE,
	    "订阅麟洲日报数码版，阅读全文及所有订户专享内容") &&
	    !builtin_matches(RULE_ASIDE, "她订阅了三份报纸，阅读全文后写下感想。"),
	    "a paywall's cut with no word of 即可");
	CHECK(builtin_matches(RULE_ASIDE, "更多相关资讯请关注：雾港来信专区") &&
	    builtin_matches(RULE_ASIDE, "更多精彩内容，请关注本报客户端") &&
	    !builtin_matches(RULE_ASIDE, "更多相关部门表示将关注此事的进展。"),
	    "a prompt to follow for more");
	CHECK(builtin_matches(RULE_ASIDE, "本文图片由城市美术馆提供") &&
	    builtin_matches(RULE_ASIDE, "图片由受访者提供") &&
	    !builtin_matches(RULE_ASIDE, "本文图片较多，请耐心等待加载。"),
	    "a credit for the pictures of the text");
	CHECK(builtin_matches(RULE_ASIDE, "照片：富纳富提的一处海岸，涨潮时海水漫上道路。") &&
	    builtin_matches(RULE_ASIDE, "法希尔及塔维拉位置示意图。© 法广 RFI") &&
	    !builtin_matches(RULE_ASIDE, "他翻出一张旧照片，说那是三十年前的码头。"),
	    "a caption marked 照片 or ending with a credit after ©");
	CHECK(builtin_matches(RULE_HINT, "3 分钟") &&
	    !builtin_matches(RULE_HINT, "3 分钟后，救援队抵达现场"),
	    "a reading time alone");
	CHECK(builtin_kind(RULE_HINT, "阅读更多") == KIND_LIST &&
	    builtin_kind(RULE_HINT, "更多閱讀：") == KIND_LIST,
	    "a head of links to read more");
	CHECK(builtin_matches(RULE_ASIDE, "【 在 lanyue2009 (蓝月) 的大作中提到: 】") &&
	    builtin_matches(RULE_ASIDE, ": 娃今年9月上一年级，对口的是一所普通小学。") &&
	    builtin_matches(RULE_ASIDE, "发信人: oldcat (老猫爱吃鱼), 信区: Parenting") &&
	    builtin_matches(RULE_ASIDE, "※ 来源:·清林社区 qinglin.net·[FROM: 114.242.9.*]") &&
	    !builtin_matches(RULE_ASIDE, "他在发信人一栏写了自己的名字。"),
	    "a BBS post's furniture");
	CHECK(builtin_matches(RULE_ASIDE, "view plaincopy to clipboardprint?") &&
	    !builtin_matches(RULE_ASIDE, "You can view plain text copies of the notes."),
	    "an old code box's toolbar");
	CHECK(builtin_matches(RULE_ASIDE, "Te puede interesar: Olabarría: \"Este equipo no sabe rendirse\"") &&
	    builtin_kind(RULE_HINT, "Te puede interesar") == KIND_LIST &&
	    builtin_kind(RULE_HINT, "PROČITAJTE VIŠE") == KIND_LIST &&
	    builtin_kind(RULE_HINT, "Lesen Sie auch:") == KIND_LIST,
	    "links to other stories in Spanish, Croatian and German");
	CHECK(builtin_matches(RULE_HINT, "Pressemitteilung Nr. 041/2025") &&
	    builtin_matches(RULE_HINT, "Press release No. 12/2025") &&
	    !builtin_matches(RULE_HINT, "Pressemitteilung der Stadt zum neuen Radweg"),
	    "a press release's number");
	CHECK(builtin_matches(RULE_HINT, "Voir en plein écran") &&
	    builtin_matches(RULE_HINT, "Vollbild") &&
	    builtin_matches(RULE_DROP, "Ce contenu est bloqué car vous n'avez pas accepté les cookies.") &&
	    builtin_matches(RULE_DROP, "Dieser Inhalt ist blockiert, weil Sie keine Cookies akzeptiert haben.") &&
	    !builtin_matches(RULE_DROP, "Le contenu du rapport est resté secret."),
	    "a player's buttons, an embed held back");
	CHECK(builtin_matches(RULE_DROP, "【作者简介】周慕白，江苏无锡人，杂文作者。") &&
	    !builtin_matches(RULE_DROP, "他在作者简介一栏写了三行字。"),
	    "an author's card in brackets with its text");
	CHECK(builtin_kind(RULE_END, "About the author") == KIND_END &&
	    builtin_matches(RULE_END, "Über den Autor") &&
	    !builtin_matches(RULE_END, "About the author's new book, critics disagree."),
	    "an author's card after an article in letters");
	CHECK(builtin_matches(RULE_ASIDE, "Copy") &&
	    builtin_matches(RULE_ASIDE, "Output") &&
	    !builtin_matches(RULE_ASIDE, "Copy the file to the server first."),
	    "a code box's buttons");
	CHECK(builtin_matches(RULE_HINT, "Was this page helpful?") &&
	    builtin_matches(RULE_HINT, "Still looking for an answer?") &&
	    !builtin_matches(RULE_HINT, "Was this helpful to the team, he asked."),
	    "a page's feedback question");
	CHECK(builtin_matches(RULE_DROP, "燕赵都市报记者\u3000邢书瑶") &&
	    builtin_matches(RULE_DROP, "燕赵都市报记者 邢书瑶"),
	    "an ideographic space is white space to the rules");
	CHECK(builtin_matches(RULE_HINT, "第A2版：要闻 返回本版目录") &&
	    builtin_matches(RULE_HINT, "上一版 下一版") &&
	    !builtin_matches(RULE_HINT, "第2版的修订意见已经收齐"),
	    "an e-paper's page line and its navigation");
	CHECK(builtin_matches(RULE_HINT, "APP内打开，观看完整视频") &&
	    !builtin_matches(RULE_HINT, "App内打开率逐月上升，用户留存也有改善，这是公司今年的重点。"),
	    "an app's wall");
	CHECK(builtin_matches(RULE_DROP, "故事作者：林奕辰") &&
	    builtin_matches(RULE_DROP, "© 提供者：雲海新聞網") &&
	    builtin_matches(RULE_DROP, "新台視新聞 記者 許家瑜 周柏宏／台南報導") &&
	    !builtin_matches(RULE_DROP, "他說故事作者的想法很重要。"),
	    "a portal's credits and a byline ending with where it was reported");
	CHECK(builtin_matches(RULE_HINT, "沪上闲笔·之十七") &&
	    !builtin_matches(RULE_HINT, "弄堂口的修鞋摊"),
	    "a column's series and number");
}

struct rule {
	pcre2_code	*code;
	int		 k;
	int		 index;		/* in its class */
	int		 anchored;	/* starts with '^' */
};

static struct rule	rules[400];
static size_t		nrules;

static void
compile_rules_alone(void)
{
	struct data_lines dl;
	const char *p, *line, *colon, *re;
	int count[RULE_NCLASS] = { 0 }, err;
	struct buf pattern = { 0 };
	PCRE2_SIZE offset;
	size_t len;

	p = embedded_file("boilerplate", &len);
	for (data_lines_init(&dl, p, len); data_next_line(&dl, &line, &len) &&
	    nrules < NELEM(rules); ) {
		if (*line == '#' || (colon = memchr(line, ':', len)) == NULL)
			continue;
		for (re = colon + 1; *re == ' '; re++)
			;
		rules[nrules].k = lexicon_builtin_class(line, colon - line);
		rules[nrules].index = rules[nrules].k >= 0 ?
		    count[rules[nrules].k]++ : -1;
		rules[nrules].anchored = *re == '^';
		/* As the lexicon compiles it: \s holds U+3000 too. */
		pattern.len = 0;
		lexicon_pattern(&pattern, re, (size_t)(line + len - re));
		rules[nrules].code = pcre2_compile((PCRE2_SPTR)pattern.data,
		    pattern.len, PCRE2_UTF, &err, &offset, NULL);
		pcre2_jit_compile(rules[nrules].code, PCRE2_JIT_COMPLETE);
		nrules++;
	}
	free(pattern.data);
}

/*
 * Whether the lexicon finds a match in s[0..n) for every class that a
 * rule of matches, alone: its gates skip no line a rule matches.
 * Counts the classes matched in *found.
 */
static int
gates_pass(pcre2_match_data *md, const char *s, size_t n, size_t *found)
{
	int seen[RULE_NCLASS] = { 0 }, ok = 1, k;
	size_t i;

	if (!utf8_valid(s, n))
		return 1;
	for (i = 0; i < nrules; i++)
		if (rules[i].k >= 0 && pcre2_match(rules[i].code,
		    (PCRE2_SPTR)s, n, 0, 0, md, NULL) >= 0)
			seen[rules[i].k] = 1;
	for (k = 0; k < RULE_USER_DROP; k++) {
		if (!seen[k])
			continue;
		(*found)++;
		lexicon_line(s, n, lexicon_needs(s, n));
		ok &= lexicon_match(k, s, n, 0) >= 0;
		lexicon_line(NULL, 0, 0);
		ok &= lexicon_match(k, s, n, 0) >= 0;
	}
	return ok;
}

/* Lines that a rule matches, in capitals and small letters too. */
static const char *const gated_lines[] = {
	"本文来源于网络，版权归原作者所有，如有侵权请联系删除",
	"COPYRIGHT © 2024 EXAMPLE NEWS. ALL RIGHTS RESERVED.",
	"Copyright (c) 2024 Example",
	"Photo: Reuters",
	"PHOTO: REUTERS",
	"Related Articles",
	"RELATED ARTICLES",
	"Sign up for our newsletter",
	"SIGN UP FOR OUR NEWSLETTER",
	"当前位置：首页 > 新闻",
	"12 Comments",
	"Sponsored by Example",
	"记者 王五 摄",
	"（资料图）",
	"市场有风险，投资需谨慎",
	"  扫一扫，分享到微信",
	"本文共计2000字，预计阅读时间5分钟",
	"By Jane Doe, Reuters",
};

/* Call fn on every line of the test pages; returns how many files. */
static size_t
page_lines(void (*fn)(const char *, size_t, void *), void *arg)
{
	static const char *const dirs[] = {
		"tests/data/declutter/seeds", "tests/data/declutter/constructed"
	};
	char path[512], *text, *line, *nl;
	size_t files = 0, i, len;
	struct dirent *de;
	DIR *d;

	for (i = 0; i < NELEM(dirs); i++) {
		if ((d = opendir(dirs[i])) == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			if (strstr(de->d_name, ".txt") == NULL)
				continue;
			snprintf(path, sizeof path, "%s/%s", dirs[i],
			    de->d_name);
			if ((text = read_small_file(path, 1 << 24, &len)) ==
			    NULL)
				continue;
			files++;
			for (line = text; line < text + len; line = nl + 1) {
				if ((nl = memchr(line, '\n', text + len -
				    line)) == NULL)
					nl = text + len;
				fn(line, nl - line, arg);
			}
			free(text);
		}
		closedir(d);
	}
	return files;
}

struct tally {
	pcre2_match_data	*md;
	size_t			 found, bad;
};

static void
gate_line(const char *s, size_t n, void *arg)
{
	struct tally *t = arg;

	t->bad += !gates_pass(t->md, s, n, &t->found);
}

static void
gates_skip_no_match(void)
{
	struct tally t = { pcre2_match_data_create(1, NULL), 0, 0 };
	size_t files, i;

	compile_rules_alone();
	CHECK(lexicon_built.lits != NULL && lexicon_from_build(),
	    "the built-in lexicon has its gates");
	for (i = 0; i < NELEM(gated_lines); i++)
		t.bad += !gates_pass(t.md, gated_lines[i],
		    strlen(gated_lines[i]), &t.found);
	CHECK(t.bad == 0 && t.found >= NELEM(gated_lines),
	    "the gates pass every line made to match");
	t.found = t.bad = 0;
	files = page_lines(gate_line, &t);
	printf("# %zu files, %zu matches, %zu skipped\n", files, t.found,
	    t.bad);
	CHECK(files > 50 && t.found > 1000 && t.bad == 0,
	    "the gates skip no line of the test pages that a rule matches");
	pcre2_match_data_free(t.md);
}

/*
 * Whether, of each class, the anchored rule that the lexicon finds in
 * s[0..n) is the first that matches alone, in the order of the file:
 * matched by the group of rules that can start with the line's first
 * character, as it is once the rules run as machine code, it is the same
 * as by all the rules of the part.
 */
static void
first_anchored_line(const char *s, size_t n, void *arg)
{
	struct tally *t = arg;
	int want[RULE_NCLASS], k;
	size_t i;

	if (!utf8_valid(s, n))
		return;
	for (k = 0; k < RULE_NCLASS; k++)
		want[k] = -1;
	for (i = nrules; i-- > 0;)
		if (rules[i].k >= 0 && rules[i].anchored &&
		    pcre2_match(rules[i].code, (PCRE2_SPTR)s, n, 0, 0, t->md,
		    NULL) >= 0)
			want[rules[i].k] = rules[i].index;
	for (k = 0; k < RULE_USER_DROP; k++) {
		if (want[k] < 0)
			continue;
		t->found++;
		lexicon_line(s, n, lexicon_needs(s, n));
		t->bad += lexicon_match(k, s, n, 0) != want[k];
		lexicon_line(NULL, 0, 0);
		t->bad += lexicon_match(k, s, n, 0) != want[k];
	}
}

/* Over the pages often enough for the groups of rules to be compiled. */
static void
anchored_rules_in_order(void)
{
	struct tally t = { pcre2_match_data_create(1, NULL), 0, 0 };
	int round;
	size_t i;

	for (round = 0; round < 4; round++)
		page_lines(first_anchored_line, &t);
	printf("# %zu anchored matches, %zu not the first rule\n", t.found,
	    t.bad);
	CHECK(t.found > 1000 && t.bad == 0,
	    "of each class, the first anchored rule that matches is found");
	pcre2_match_data_free(t.md);
	for (i = 0; i < nrules; i++)
		pcre2_code_free(rules[i].code);
}

int
main(void)
{
	builtin_patterns_compile_alone();
	user_rule_errors();
	forget_user_rules();
	builtin_kinds();
	gates_skip_no_match();
	anchored_rules_in_order();
	return t_status();
}
