/*
 * Unit tests of mention building (src/numextract/mention.c) on short
 * lines of our own: each rule's forms, as numextract reports them.
 */
#include <stdio.h>
#include <string.h>

#include "numextract/lexicon.h"
#include "numextract/mention.h"
#include "numextract/scan.h"
#include "t.h"

static char got[1024];

/* One mention as "text kind value[..upper] unit qual", after a " | ". */
static int
add(const char *s, size_t n, const struct mention *m, void *arg)
{
	char v[64], up[64];
	size_t len = strlen(got);

	(void)n;
	(void)arg;
	if (m->kind == K_ID)
		return 0;
	if (m->kind == K_DATE || m->kind == K_TIME) {
		timex_format(&m->date.lo, v);
		up[0] = '\0';
		if (m->date.ranged)
			timex_format(&m->date.hi, up);
	} else {
		dec_format(&m->lo, v);
		up[0] = '\0';
		if (m->ranged)
			dec_format(&m->hi, up);
	}
	snprintf(got + len, sizeof(got) - len, "%s%.*s %s %s%s%s %s %s",
	    len ? " | " : "", (int)(m->end - m->start), s + m->start,
	    kind_names[m->kind], v, up[0] ? ".." : "", up, m->unit,
	    qual_names[m->qual]);
	return 0;
}

/* The characters mention_start_each names, marked. */
static unsigned char named[0x10000];

static void
name(uint32_t c)
{
	if (c < 0x10000)
		named[c] = 1;
}

/* Whether mention_start_each names exactly the BMP's start characters. */
static int
start_chars_agree(void)
{
	uint32_t c;

	mention_start_each(name);
	for (c = 0; c < 0x10000; c++)
		if (named[c] != (mention_start_char(c) != 0))
			return 0;
	return 1;
}

/* The mentions numextract finds in line s. */
static const char *
found(const char *s)
{
	got[0] = '\0';
	scan_line(s, strlen(s), 0, add, NULL);
	return got;
}

int
main(void)
{
	lexicon_load();
	CHECK(start_chars_agree(), "the scanner's table has every start character");

	/* Units from the data files: scales, temperatures, speeds. */
	CHECK_STR(found("东北风4级"), "4级 measure 4 级 ", "wind force 级");
	CHECK_STR(found("启动一级响应"), "", "一级 is a rank, no 级 measure");
	CHECK_STR(found("最高气温35度"), "35度 measure 35 degC ",
	    "a bare 度 after digits is degC");
	CHECK_STR(found("两度夺冠"), "", "两度 is twice, no temperature");
	CHECK_STR(found("预计气温下降六七度"), "六七度 measure 6..7 degC ",
	    "a temperature word lets Chinese numerals take 度");
	CHECK_STR(found("最低温度将降至零下五度"), "零下五度 measure -5 degC ",
	    "零下 names 度 a temperature");
	CHECK_STR(found("气温一度跌破冰点"), "", "一度 after 气温 is 'at one time'");
	CHECK_STR(found("股价再度上涨六度"), "", "no temperature word: no 度");
	CHECK_STR(found("三五个人围坐"), "三五个 count 3..5 个 ",
	    "三五 before a classifier is three to five");
	CHECK_STR(found("游客三五成群"), "", "成群 states no tenths");
	CHECK_STR(found("额定能量不得超过100Wh"), "不得超过100Wh measure 100 Wh le",
	    "must not exceed is at most");
	CHECK_STR(found("工资不得低于2000元"), "不得低于2000元 money 2000 CNY ge",
	    "must not be under is at least");
	CHECK_STR(found("应至少提前2小时到达"), "2小时 duration 2 hour ge",
	    "至少 with 提前 between is at least, out of the span");
	CHECK_STR(found("组织3次多学科会诊"), "3次 count 3 次 ",
	    "多学科 after a classifier is multi-, not more than");
	CHECK_STR(found("从第9万列到第10万列"),
	    "第9万列 ordinal 90000   | 第10万列 ordinal 100000  ",
	    "第 before 万 is a rank still");
	CHECK_STR(found("學測國文15級分"), "15級分 count 15 级分 ",
	    "級分 is an exam score, not a wind force");
	CHECK_STR(found("待机功率≤0.5W"), "≤0.5W measure 0.5 W le",
	    "≤ before a number is at most");
	CHECK_STR(found("日均气温≥10℃"), "≥10℃ measure 10 degC ge",
	    "≥ before a number is at least");
	CHECK_STR(found("得票率未達5%"), "未達5% percent 5 % lt", "未达 is under");
	CHECK_STR(found("脱水转速1400转/分钟"), "1400转/分钟 measure 1400 r/min ",
	    "revolutions a minute");
	CHECK_STR(found("运行噪音18分贝"), "18分贝 measure 18 dB ", "decibels");
	CHECK_STR(found("每份约180千卡"), "约180千卡 measure 180 kcal approx",
	    "kilocalories");
	CHECK_STR(found("距离地球约130亿光年"),
	    "约130亿光年 measure 13000000000 ly approx", "light years");
	CHECK_STR(found("速度约11公里/秒"), "约11公里/秒 measure 11 km/s approx",
	    "kilometres a second");
	CHECK_STR(found("一个6寸蛋糕"), "6寸 measure 6 in ", "寸 after digits is an inch");
	CHECK_STR(found("国民党拿下52席"), "52席 count 52 席 ", "seats are counted");
	CHECK_STR(found("当选第16任总统"), "第16任 ordinal 16  ", "第N任 is a rank");
	CHECK_STR(found("处理时限不超过7日"), "不超过7日 duration 7 day le",
	    "days after a bound are a length of time");
	CHECK_STR(found("于7日发布"), "7日 date XXXX-XX-07  ", "else a date");
	CHECK_STR(found("超过一半的人"), "超过一半 number 0.5  gt",
	    "a half is a number, as a fraction is");
	CHECK_STR(found("一半以上"), "一半以上 number 0.5  ge", "bounded after");
	CHECK_STR(found("他的另一半"), "", "另一半 is a partner");
	CHECK_STR(found("一等奖中出8注"), "8注 count 8 注 ", "a lottery's bets");
	CHECK_STR(found("他将身穿4号球衣"), "", "a shirt's number is a name");
	CHECK_STR(found("（批准号：42272011）"), "", "a grant's number is a code");
	CHECK_STR(found("购买3台电脑"), "3台 count 3 台 ", "台 counts machines");
	CHECK_STR(found("开奖号码为红球03、09、14，蓝球11。"), "",
	    "a lottery's drawn numbers are codes");
	CHECK_STR(found("双色球第2025032期开奖"), "",
	    "a draw's serial with its year is a code");
	CHECK_STR(found("误差正负2.98个百分点"),
	    "2.98个百分点 percent 2.98 pp ", "plus or minus is no sign");
	CHECK_STR(found("不大于30%"), "不大于30% percent 30 % le",
	    "不大于 is at most");
	CHECK_STR(found("60个自然日内"), "60个自然日内 duration 60 day le",
	    "calendar days");
	CHECK_STR(found("92号汽油和0号柴油"), "", "fuel grades are names");
	CHECK_STR(found("电流为3×10⁻⁹安培"), "3×10⁻⁹安培 measure 0.000000003 A ",
	    "amperes");
	CHECK_STR(found("能量1500千焦"), "1500千焦 measure 1500 kJ ",
	    "food energy in kilojoules");
	CHECK_STR(found("建校68周年"), "68周年 duration 68 year ",
	    "an anniversary counts years");
	CHECK_STR(found("吞吐量682.4万TEU"), "682.4万TEU count 6824000 TEU ",
	    "containers are counted");
	CHECK_STR(found("全书三百余万字"), "三百余万字 count 3000000 字 gt",
	    "words of a text are counted");
	CHECK_STR(found("十字路口"), "", "a crossroads counts no words");
	CHECK_STR(found("接种两剂"), "两剂 count 2 剂 ", "doses are counted");
	CHECK_STR(found("读了七八遍"), "七八遍 count 7..8 遍 ",
	    "readings are counted");
	CHECK_STR(found("未达到50%的"), "未达到50% percent 50 % lt",
	    "未达到 is below");
	CHECK_STR(found("买了半斤猪肉"), "半斤 measure 0.5 jin ",
	    "half a measure");
	CHECK_STR(found("半径3米"), "3米 measure 3 m ", "半径 is a radius");
	CHECK_STR(found("半度"), "", "half of a unit told by its context is none");
	CHECK_STR(found("第15天至第20天连续6天"),
	    "第15天至第20天 ordinal 15..20   | 6天 duration 6 day ",
	    "a range of ordinals");
	CHECK_STR(found("第3至5名"), "第3至5名 ordinal 3..5  ",
	    "the word written once");
	CHECK_STR(found("第3名至5个"), "第3名 ordinal 3   | 5个 count 5 个 ",
	    "no range to a count");
	CHECK_STR(found("九年级学生"), "九年级 ordinal 9  ",
	    "a school grade is a rank, no years");
	CHECK_STR(found("1-3年级学生"), "1-3年级 ordinal 1..3  ",
	    "a range of grades");
	CHECK_STR(found("读了三年书"), "三年 duration 3 year ", "years stay years");
	CHECK_STR(found("第95百分位"), "第95 ordinal 95  ",
	    "a percentile is its rank, no hundreds");
	CHECK_STR(found("轰动一时"), "", "一时 in 轰动一时 is no clock time");
	CHECK_STR(found("沪深300指数上涨"), "", "沪深300 names an index");
	CHECK_STR(found("提供7×24小时服务"), "", "a schedule of days by hours");
	CHECK_STR(found("实行5x8小时工作制"), "", "office hours as a schedule");
	CHECK_STR(found("共8×24小时"), "8 number 8   | 24小时 duration 24 hour ",
	    "no week has eight days");
	CHECK_STR(found("每月房租650"), "650 money 650 CNY ",
	    "a bare amount after a word of money");
	CHECK_STR(found("比上一代贵了五百"), "五百 money 500 CNY ",
	    "a bare amount in words after a price's change");
	CHECK_STR(found("以上年同月价格为100"), "100 number 100  ",
	    "an index's base is no money");
	CHECK_STR(found("城乡居民收入比为2.23"), "2.23 number 2.23  ",
	    "a ratio of incomes is no money");
	CHECK_STR(found("售价指数报291.3"), "291.3 number 291.3  ",
	    "an index of prices is no money");
	CHECK_STR(found("能挣个十来万"), "十来万 money 100000 CNY approx",
	    "a verb of earning a word before a rough amount");
	CHECK_STR(found("每月要还6800"), "6800 money 6800 CNY ",
	    "a verb of owing before a bare amount");
	CHECK_STR(found("按1克盐约含400毫克钠"),
	    "1克 measure 1 g  | 400毫克 measure 400 mg approx",
	    "about, a verb of content between");
	CHECK_STR(found("约合272马力"), "约合272马力 measure 272 hp approx",
	    "a car's power in horsepower");
	CHECK_STR(found("10尺为1丈"), "10尺 measure 10 chi  | 1丈 measure 1 zhang ",
	    "old Chinese lengths after digits");
	CHECK_STR(found("一落千丈"), "", "old lengths in set phrases");
	CHECK_STR(found("1分多钟后"), "1分多钟 duration 1 minute gt",
	    "more than, 多 inside the unit");
	CHECK_STR(found("来了俩师傅"), "俩 count 2 个 ",
	    "俩 holds its classifier");
	CHECK_STR(found("用了不到俩月"), "不到俩月 duration 2 month lt",
	    "仨月, 俩月: months");
	CHECK_STR(found("老人孩子仨人"), "仨人 count 3 人 ", "仨 before a unit");
	CHECK_STR(found("他的伎俩"), "", "a trick is no count");
	CHECK_STR(found("共倆千两百贰拾二"), "倆千两百贰拾二 number 2222  ",
	    "俩 in a numeral is a digit");
	CHECK_STR(found("折腾了快一个月"), "快一个月 duration 1 month approx",
	    "speech's almost after a particle");
	CHECK_STR(found("比去年同期快2天"), "2天 duration 2 day ",
	    "faster by is no hedge");
	CHECK_STR(found("等了两个礼拜"), "两个礼拜 duration 2 week ",
	    "礼拜 is a week");
	CHECK_STR(found("最少也得15天"), "15天 duration 15 day ge",
	    "at least, a verb away");
	CHECK_STR(found("先算年包。A：2w×13薪=26w"),
	    "2w money 20000 CNY  | 13薪 count 13 薪  | 26w money 260000 CNY ",
	    "pay in w on a line about money");
	CHECK_STR(found("月薪1.4w到1.5w"), "1.4w到1.5w money 14000..15000 CNY ",
	    "a range of pay in w with decimals");
	CHECK_STR(found("售价2999元，支持65w快充"), "2999元 money 2999 CNY ",
	    "watts are no ten thousands");
	CHECK_STR(found("清康熙二十三年"), "清康熙二十三年 date 1684  ",
	    "a reign's year is a date, with its dynasty");
	CHECK_STR(found("唐贞观十二年"), "唐贞观十二年 date 0638  ",
	    "a reign's year before 1000");
	CHECK_STR(found("绍兴三年来"), "三年 duration 3 year ",
	    "a city named as a reign is none");
	CHECK_STR(found("判处有期徒刑三年至七年二个月不等"),
	    "三年至七年二个月 duration 36..86 month ",
	    "a range whose high end goes on in months");
	CHECK_STR(found("有期徒刑一年三个月至十四年"),
	    "一年三个月至十四年 duration 15..168 month ",
	    "a length in parts, then the range's end in years");
	CHECK_STR(found("长宽高为4935/1960/1690mm"),
	    "4935 measure 4935 mm  | 1960 measure 1960 mm  | 1690mm measure 1690 mm ",
	    "slashes join a size's three sides");
	CHECK_STR(found("3/4英寸"), "3/4英寸 measure 0.75 in ",
	    "one slash is a fraction's");
	CHECK_STR(found("约3分钱"), "约3分钱 money 0.03 CNY approx",
	    "分钱 are cents");
	CHECK_STR(found("成交3.2万手"), "3.2万手 count 32000 手 ",
	    "lots of a futures contract");
	CHECK_STR(found("拨打12369环保热线"), "", "a hotline, not rings");
	CHECK_STR(found("28金15银9铜"),
	    "28金 count 28 金  | 15银 count 15 银  | 9铜 count 9 铜 ",
	    "a tally of medals is a record");
	CHECK_STR(found("按每辆车年均充电2,500度计算"),
	    "2,500度 measure 2500 kWh ", "度 of charging is kWh");
	CHECK_STR(found("下跌156元至8,842元/吨"),
	    "156元 money 156 CNY  | 8,842元/吨 money 8842 CNY/t ",
	    "a change, then the level it reached");
	CHECK_STR(found("上涨3%至5%"), "3%至5% percent 3..5 % ",
	    "a range of changes");
	CHECK_STR(found("报2,180元/吨至2,260元/吨"),
	    "2,180元/吨至2,260元/吨 money 2180..2260 CNY/t ",
	    "a range of prices of each unit, written at both ends");
	CHECK_STR(found("前两届"), "两届 count 2 届 ", "两 is never a rank");
	CHECK_STR(found("11月20日（下周四）下午3时"),
	    "11月20日（下周四）下午3时 date XXXX-11-20T15:00  ",
	    "a date and a time across next week's weekday");
	CHECK_STR(found("未达到百分之五十的，一次记6分"),
	    "未达到百分之五十 percent 50 % lt | 6分 count 6 分 ",
	    "a bound before 百分之 and 的 after it, no numeral parsed");
	CHECK_STR(found("判處有期徒刑3年8月，"), "3年8月 duration 44 month ",
	    "a year's months as Taiwan's courts write them");
	CHECK_STR(found("3年8月5日"), "3年 duration 3 year  | 8月5日 date XXXX-08-05  ",
	    "a month with its day is a date");
	CHECK_STR(found("招收2岁6个月至3岁的幼儿"),
	    "2岁6个月至3岁 duration 30..36 month ", "a range of ages in months");
	CHECK_STR(found("时速148公里跑出“6分”！"),
	    "时速148公里 measure 148 km/h  | 6分 count 6 分 ",
	    "a figure in digits with its unit quoted");
	CHECK_STR(found("“三个代表”"), "", "a slogan in 个 stays a name");
	CHECK_STR(found("匙仁久一点15秒左右"), "15秒左右 duration 15 second approx",
	    "after 点, two Arabic digits are no tenths");
	CHECK_STR(found("三点5"), "三点5 number 3.5  ", "one Arabic digit after 点 is");
	CHECK_STR(found("下午5時至凌晨1時"), "下午5時至凌晨1時 time T17:00..T01:00  ",
	    "the high end's own part of the day");
	CHECK_STR(found("會員價港幣$6,490"), "港幣$6,490 money 6490 HKD ",
	    "a currency's name before a bare $");
	CHECK_STR(found("公布114學年度學測成績"), "114學年度 date 2025  ",
	    "a school year of the Republic");
	CHECK_STR(found("酬金不低于每小时24元"), "24元 money 24 CNY ge",
	    "a bound before 每 and two characters");
	CHECK_STR(found("本次大约可以每月增加110元"), "110元 money 110 CNY approx",
	    "a hedge a verb away, past 每 and what it counts");
	CHECK_STR(found("出发前15至29日取消"), "15至29日 duration 15..29 day ",
	    "a range of days before an event is a length");
	CHECK_STR(found("于8至14日举行"), "8至14日 date XXXX-XX-08..XXXX-XX-14  ",
	    "days of a month stay dates");
	CHECK_STR(found("最低可享3.5折"), "3.5折 percent 35 % ge",
	    "the least a discount goes to");
	CHECK_STR(found("夜间最低可至零下183摄氏度"),
	    "零下183摄氏度 measure -183 degC ", "how cold it gets, no bound");
	CHECK_STR(found("最高上浮1.5倍"), "1.5倍 multiple 1.5 x le",
	    "the most a price rises");
	CHECK_STR(found("母蟹两只半斤左右"),
	    "两只 count 2 只  | 半斤左右 measure 0.5 jin approx",
	    "半 before a measure of its own is no half more");
	CHECK_STR(found("两只半"), "两只半 count 2.5 只 ", "and a half");
	CHECK_STR(found("17日凌晨3点多"), "17日凌晨3点多 date XXXX-XX-17T03:00  gt",
	    "past the hour after a day too");
	CHECK_STR(found("网眼不得小于55毫米"), "不得小于55毫米 measure 55 mm ge",
	    "must not be under: at least");
	CHECK_STR(found("补助不低于每人每年700元"), "700元 money 700 CNY ge",
	    "a bound before two of 每");
	CHECK_STR(found("每人每年最高支付800元"), "800元 money 800 CNY le",
	    "at most, a verb of paying between");
	CHECK_STR(found("预计6月5—7日有雨"), "6月5—7日 date XXXX-06-05..XXXX-06-07  ",
	    "days of a month, 日 once at the end");
	CHECK_STR(found("2024年6月15-20日"),
	    "2024年6月15-20日 date 2024-06-15..2024-06-20  ",
	    "days of a month after its year");
	CHECK_STR(found("6月5-6号线"), "6月 date XXXX-06  ",
	    "no day range without 日");
	CHECK_STR(found("12月8日（周一）至14日（周日）"),
	    "12月8日（周一）至14日（周日） date XXXX-12-08..XXXX-12-14  ",
	    "a range of days with a weekday after each end");
	CHECK_STR(found("周边3公里范围内有中小学"), "3公里 measure 3 km le",
	    "within so far around, 范围内 out of the span");
	CHECK_STR(found("须配建不少于总建筑面积5%的住房"), "5% percent 5 % ge",
	    "a bound before the base of a share without 的");
	CHECK_STR(found("近年来增长5%"), "5% percent 5 % ",
	    "no approximation over a base without 的");
	CHECK_STR(found("住了4晚"), "4晚 count 4 晚 ", "nights of a stay");
	CHECK_STR(found("跑了两回"), "两回 count 2 回 ", "times it happened");
	CHECK_STR(found("这是两回事"), "", "two different things");
	CHECK_STR(found("亮度约1,350nits"), "约1,350nits measure 1350 nit approx",
	    "nits in letters");
	CHECK_STR(found("每天最好达到6,000步"), "6,000步 count 6000 步 ",
	    "steps walked are a count");
	CHECK_STR(found("分三步走"), "", "a plan in steps is a set phrase");
	CHECK_STR(found("三千多买的空调"), "三千多 money 3000 CNY gt",
	    "what an amount bought follows it");
	CHECK_STR(found("2019买的房"), "2019 number 2019  ",
	    "a year before what it bought is no amount");
	CHECK_STR(found("赔率1.85"), "1.85 number 1.85  ",
	    "odds are a rate, not money");
	CHECK_STR(found("两市成交额9800亿"), "9800亿 money 980000000000 CNY ",
	    "a set phrase's words after its numeral name the next amount");
	CHECK_STR(found("超出后每GB3元"), "3元 money 3 CNY ",
	    "a price of each unit in letters");
	CHECK_STR(found("型号GB3元件"), "", "letters and digits stay a code");
	CHECK_STR(found("折合約514.1億美元"),
	    "約514.1億美元 money 51410000000 USD approx",
	    "about after a conversion, not a contract");
	CHECK_STR(found("100积分可抵扣"), "100积分 count 100 积分 ",
	    "points of a loyalty scheme");
	CHECK_STR(found("每天８：００—１８：００开放"),
	    "８：００—１８：００ time T08:00..T18:00  ",
	    "clock times in fullwidth digits");
	CHECK_STR(found("２０２５-０７-１０"), "２０２５-０７-１０ date 2025-07-10  ",
	    "a date in fullwidth digits");
	CHECK_STR(found("学费最高可达每生每年6.5万元"), "6.5万元 money 65000 CNY le",
	    "a hedge over what a price is each of");
	CHECK_STR(found("最多可领每人3张"), "3张 count 3 张 le",
	    "a hedge over a verb and whom it is each of");
	CHECK_STR(found("获得4×100米接力冠军"), "100米 measure 100 m ",
	    "a relay's legs name the event, the leg is a length");
	CHECK_STR(found("男女4x200米混合泳接力"), "200米 measure 200 m ",
	    "a relay's stroke may come between");
	CHECK_STR(found("场地4×100米见方"), "4 measure 4 m  | 100米 measure 100 m ",
	    "a size with no relay is two sides");
	CHECK_STR(found("支持蓝牙5.4和NFC"), "", "a version after a name");
	CHECK_STR(found("推动工业4.0建设"), "", "a generation after a name");
	CHECK_STR(found("较骁龙8 Gen 3高出约18%"), "约18% percent 18 % approx",
	    "a chip's generation is no quantity");
	CHECK_STR(found("（GB 28050—2011）的要求"), "",
	    "a standard's number and year are a code");
	CHECK_STR(found("执行GB/T 19001-2016标准"), "", "with a slash and a hyphen");
	CHECK_STR(found("可自愿接种23价肺炎疫苗"), "", "a vaccine's valency");
	CHECK_STR(found("安卓14个版本"), "14个 count 14 个 ",
	    "with a unit, a count after the same name");
	CHECK_STR(found("批号为230512的产品"), "", "a batch number is a code");
	CHECK_STR(found("以4分08秒6夺冠"), "4分08秒6 duration 248.6 second ",
	    "a digit after a compound time's seconds is tenths");
	CHECK_STR(found("身高1米8的中锋"), "1米8 measure 1.8 m ",
	    "a digit after 米 is tenths");
	CHECK_STR(found("晚20时15分开赛"), "20时15分 time T20:15  ",
	    "a clock of 24 hours leaves its day part out");
	CHECK_STR(found("晚8点开始"), "晚8点 time T20:00  ",
	    "a clock of 12 hours keeps its day part");
	CHECK_STR(found("上世纪80年代以来"), "上世纪80年代 date 198  ",
	    "a decade of the last century");
	CHECK_STR(found("上世纪八九十年代"), "上世纪八九十年代 date 198..199  ",
	    "two decades in Chinese numerals");
	CHECK_STR(found("1990年代"), "1990年代 date 199  ", "a year's decade");
	CHECK_STR(found("19世纪60年代兴起"), "19世纪60年代 date 186  ",
	    "a decade in a named century");
	CHECK_STR(found("18世纪的欧洲"), "18世纪 date 17  ", "a century");
	CHECK_STR(found("20年代"), "", "a decade of no known century");
	CHECK_STR(found("本世纪20年代"), "本世纪20年代 date 202  ",
	    "本世纪 names the century");
	CHECK_STR(found("公元前221年"), "公元前221年 date BC0221  ",
	    "a year before the common era");
	CHECK_STR(found("公元8年"), "公元8年 date 0008  ", "a year of the common era");
	CHECK_STR(found("熙宁年间（公元1068年至1077年）"),
	    "公元1068年至1077年 date 1068..1077  ", "a range of an era's years");
	CHECK_STR(found("秦朝（公元前221年至前206年）"),
	    "公元前221年至前206年 date BC0221..BC0206  ",
	    "a range of years before the era");
	CHECK_STR(found("始年定为约公元前2070年"),
	    "约公元前2070年 date BC2070  approx", "about before an era's year");
	CHECK_STR(found("早于公元前200年"), "公元前200年 date BC0200  ",
	    "no other hedge joins it");
	CHECK_STR(found("历时221年"), "221年 duration 221 year ",
	    "a length of years without 公元");
	CHECK_STR(found("全年售电量达1,485亿度"), "1,485亿度 measure 148500000000 kWh ",
	    "度 in a clause about electricity is kWh");
	CHECK_STR(found("每月用电330度以下的家庭"), "330度以下 measure 330 kWh le",
	    "用电 before the number");
	CHECK_STR(found("停电后，气温升至30度"), "30度 measure 30 degC ",
	    "electricity in another clause changes nothing");
	CHECK_STR(found("轨道倾角41.5度"), "41.5度 measure 41.5 deg ",
	    "度 after an inclination is an angle, the word out of the span");
	CHECK_STR(found("实用面积约650呎的单位"), "约650呎 measure 650 ft2 approx",
	    "呎 of a flat's area is square feet");
	CHECK_STR(found("身高6呎"), "6呎 measure 6 ft ", "a height stays in feet");
	CHECK_STR(found("约-5℃"), "约-5℃ measure -5 degC approx", "℃ is degC");
	CHECK_STR(found("限速120公里/小时"), "120公里/小时 measure 120 km/h ",
	    "km/h");
	CHECK_STR(found("均价16610元/平方米"), "16610元/平方米 money 16610 CNY/m2 ",
	    "a price per square metre keeps its slash unit");
	CHECK_STR(found("水价1.60元/立方米"), "1.60元/立方米 money 1.6 CNY/m3 ",
	    "per cubic metre");
	CHECK_STR(found("回购价不超过1880元/股"),
	    "不超过1880元/股 money 1880 CNY/股 le", "per share, a classifier");
	CHECK_STR(found("收购价约0.1元/斤"), "约0.1元/斤 money 0.1 CNY/jin approx",
	    "per jin, a qualifier before");
	CHECK_STR(found("菜价2元/斤左右"), "2元/斤左右 money 2 CNY/jin approx",
	    "a qualifier after the slash unit");
	CHECK_STR(found("油价80美元/桶"), "80美元/桶 money 80 USD/bbl ",
	    "another currency");
	CHECK_STR(found("用水6—9立方米/月·户"),
	    "6—9立方米/月·户 measure 6..9 m3/month/户 ",
	    "a range per month and household; 月 is a month");
	CHECK_STR(found("亩产365.5公斤/亩"), "365.5公斤/亩 measure 365.5 kg/mu ",
	    "a measure per a measure");
	CHECK_STR(found("电价0.5元/度"), "0.5元 money 0.5 CNY ",
	    "a unit after digits only is none after the slash");
	CHECK_STR(found("1000元/2000元"), "1000元 money 1000 CNY  | 2000元 money 2000 CNY ",
	    "a slash between amounts is no rate");
	CHECK_STR(found("每周3次/周"), "3次 count 3 次 ", "counts take no rate");
	CHECK_STR(found("3元·月"), "3元 money 3 CNY ", "a dot alone is no rate");
	CHECK_STR(found("超出9立方米"), "超出9立方米 measure 9 m3 gt",
	    "超出 is more than");
	CHECK_STR(found("列车时速300公里"), "时速300公里 measure 300 km/h ",
	    "时速 makes km a speed");
	CHECK_STR(found("位于南纬12.5度"), "南纬12.5度 measure 12.5 deg ",
	    "a latitude is an angle");
	CHECK_STR(found("气温达攝氏33度"), "攝氏33度 measure 33 degC ",
	    "摄氏 before the number is part of a temperature");
	CHECK_STR(found("体温华氏98度"), "华氏98度 measure 98 degF ",
	    "华氏 makes 度 Fahrenheit");
	CHECK_STR(found("线路长300公里"), "300公里 measure 300 km ",
	    "a length stays a length");
	CHECK_STR(found("风速32米/秒"), "32米/秒 measure 32 m/s ", "m/s");
	CHECK_STR(found("7纳米工艺"), "7纳米 measure 7 nm ", "纳米 is nm");
	CHECK_STR(found("高500公尺"), "500公尺 measure 500 m ", "公尺 is m");
	CHECK_STR(found("空腹血糖5.8mmol/L"), "5.8mmol/L measure 5.8 mmol/L ",
	    "a substance per litre, letters after the digits");
	CHECK_STR(found("肌酐86μmol/L"), "86μmol/L measure 86 umol/L ",
	    "μmol is umol");
	CHECK_STR(found("谷丙转氨酶68U/L"), "68U/L measure 68 U/L ",
	    "an enzyme's activity");
	CHECK_STR(found("清除率30ml/min"), "30ml/min measure 30 ml/min ",
	    "min after a slash");
	CHECK_STR(found("血压152/94mmHg"),
	    "152 measure 152 mmHg  | 94mmHg measure 94 mmHg ",
	    "a blood pressure's two readings are both in mmHg");
	CHECK_STR(found("控制在140/90mmHg以下"),
	    "140 measure 140 mmHg le | 90mmHg以下 measure 90 mmHg le",
	    "a bound after both readings bounds each");
	CHECK_STR(found("发病率89.47/10万"), "89.47/10万 percent 0.08947 % ",
	    "a rate per 100,000 is a share");
	CHECK_STR(found("得分5/10"), "5/10 number 0.5  ",
	    "a fraction stays one");
	CHECK_STR(found("身高一米七五"), "一米七五 measure 1.75 m ",
	    "Chinese digits after 米 are its tenths and hundredths");
	CHECK_STR(found("体温三十八度五"), "三十八度五 measure 38.5 degC ",
	    "a Chinese digit after 度 is its tenth");
	CHECK_STR(found("一米五个"), "一米 measure 1 m  | 五个 count 5 个 ",
	    "a digit a classifier follows is a second number");
	CHECK_STR(found("三米三层"), "三米 measure 3 m  | 三层 count 3 层 ",
	    "a digit a unit follows is a second number");
	CHECK_STR(found("雨量達200公釐"), "200公釐 measure 200 mm ",
	    "Taiwan's 公釐 is mm");
	CHECK_STR(found("面積1800平方公尺"), "1800平方公尺 measure 1800 m2 ",
	    "平方公尺 is m2, not m");
	CHECK_STR(found("蓄水1.2立方公尺"), "1.2立方公尺 measure 1.2 m3 ",
	    "立方公尺 is m3");
	CHECK_STR(found("傷口10平方公分"), "10平方公分 measure 10 cm2 ",
	    "平方公分 is cm2");
	CHECK_STR(found("上升0.5个千分点"), "0.5个千分点 percent 0.5 ‰ ",
	    "个千分点 is per mille");
	CHECK_STR(found("二十万及三十万人次"),
	    "二十万 count 200000 人次  | 三十万人次 count 300000 人次 ",
	    "a unit shared across 及");
	CHECK_STR(found("三万及五万多人"),
	    "三万 count 30000 人  | 五万多人 count 50000 人 gt",
	    "a shared unit after the next one's 多");
	CHECK_STR(found("3000万元至亿元"), "3000万元至亿元 money 30000000..100000000 CNY ",
	    "a bare multiplier as a range's high end");
	CHECK_STR(found("每斤6毛钱"), "6毛钱 money 0.6 CNY ", "毛 is a tenth of 元");
	CHECK_STR(found("派息12.5港仙"), "12.5港仙 money 0.125 HKD ",
	    "港仙 is a hundredth of HKD");
	CHECK_STR(found("三块五，"), "三块五 money 3.5 CNY ",
	    "a digit after 块 counts tenths");
	CHECK_STR(found("8块3个"), "8块 count 8 块  | 3个 count 3 个 ",
	    "a count after 块 is no tenth");
	CHECK_STR(found("出炉后切成8块"), "8块 count 8 块 ", "块 counts pieces");
	CHECK_STR(found("收费涨个一两百块也能接受"),
	    "一两百块 money 100..200 CNY ", "in a clause about money, yuan");
	CHECK_STR(found("体重6斤8两"), "6斤8两 measure 6.8 jin ",
	    "两 are tenths of a 斤");
	CHECK_STR(found("城高二丈五尺"), "二丈五尺 measure 2.5 zhang ",
	    "尺 are tenths of a 丈");
	CHECK_STR(found("县境东西广一百二十里"), "一百二十里 measure 120 li ",
	    "里 after Chinese numerals is a length");
	CHECK_STR(found("城周四里三百步"),
	    "四里 measure 4 li  | 三百步 count 300 步 ",
	    "a length's next part after it");
	CHECK_STR(found("走了二十里路"), "二十里 measure 20 li ",
	    "里 before 路 is a length");
	CHECK_STR(found("站上三尺讲台"), "", "三尺讲台 is a name");
	CHECK_STR(found("十里八乡都知道"), "", "十里八乡 is a set phrase");
	CHECK_STR(found("岁征银二百两"), "二百两 measure 200 liang ",
	    "a lone 两 after 百 is a weight, not 220");
	CHECK_STR(found("三百两银子"), "三百两 measure 300 liang ",
	    "a record's unit after 两 leaves it a weight");
	CHECK_STR(found("喝了二两白酒"), "二两 measure 2 liang ",
	    "两 after a digit is a weight");
	CHECK_STR(found("一千两百元"), "一千两百元 money 1200 CNY ",
	    "两 before 百 is a digit");
	CHECK_STR(found("中证500两只指数基金"), "两只 count 2 只 ",
	    "两 before a classifier counts it");
	CHECK_STR(found("渠长二十三里许"), "二十三里许 measure 23 li approx",
	    "许 after a length is about");
	CHECK_STR(found("集资银一千四百两有奇"),
	    "一千四百两有奇 measure 1400 liang gt", "有奇 is and some odd");
	CHECK_STR(found("店里直接优惠小一万"), "小一万 money 10000 CNY approx",
	    "小 before a round figure is almost");
	CHECK_STR(found("大小一千多种"), "一千多种 count 1000 种 gt",
	    "大小 is no hedge");
	CHECK_STR(found("发现10万只能买个入门款"), "10万 number 100000  ",
	    "只能 is only, no classifier");
	CHECK_STR(found("谈下来的价格：裸车11.88万"),
	    "11.88万 money 118800 CNY ", "a word of money before a label's colon");
	CHECK_STR(found("2025级新生"), "2025级 date 2025  ",
	    "a cohort's year");
	CHECK_STR(found("2025—2026学年"), "2025—2026学年 date 2025..2026  ",
	    "an academic year over two years, with an em dash");
	CHECK_STR(found("均价586元/间夜"), "586元/间夜 money 586 CNY/间夜 ",
	    "a price a room-night");
	CHECK_STR(found("学费8,000元/学年"), "8,000元/学年 money 8000 CNY/学年 ",
	    "a fee a school year");
	CHECK_STR(found("住宿费1200元/生·年"),
	    "1200元/生·年 money 1200 CNY/生/year ", "a fee a student a year");
	CHECK_STR(found("第3学期"), "第3学期 ordinal 3  ",
	    "学期 is a unit only after a slash, an ordinal's word after 第N");
	CHECK_STR(found("3学期"), "3 number 3  ",
	    "学期 is no unit after a bare number");
	CHECK_STR(found("约有60名志愿者"), "60名 count 60 名 approx",
	    "约有 hedges from out of the span");
	CHECK_STR(found("我每个月大概跑1,500公里"),
	    "1,500公里 measure 1500 km approx", "大概 hedges over a verb");
	CHECK_STR(found("熏了大半个月"), "大半个月 duration 0.5 month gt",
	    "大半 is more than half");
	CHECK_STR(found("小半年没回家"), "小半年 duration 0.5 year approx",
	    "小半 is about half");
	CHECK_STR(found("首付三成是50.4万"),
	    "三成 percent 30 %  | 50.4万 money 504000 CNY ",
	    "ten thousands with a decimal in a sentence about money");
	CHECK_STR(found("人数峰值超过8.3万，销售额120万"),
	    "超过8.3万 number 83000  gt | 120万 money 1200000 CNY ",
	    "a count's word a few words before is no money");
	CHECK_STR(found("腊肉一斤68"), "一斤 measure 1 jin  | 68 money 68 CNY ",
	    "a bare amount after one 斤 is its price");
	CHECK_STR(found("满99包邮"), "99 money 99 CNY ",
	    "the sum for free shipping");
	CHECK_STR(found("工业腊肉二三十块一斤"),
	    "二三十块 money 20..30 CNY  | 一斤 measure 1 jin ",
	    "pieces for one of something are money");
	CHECK_STR(found("老抽半汤匙、大蒜4瓣"),
	    "半汤匙 count 0.5 汤匙  | 4瓣 count 4 瓣 ", "a recipe's spoons and cloves");
	CHECK_STR(found("全线共设9站"), "9站 count 9 站 ", "stations of a line");
	CHECK_STR(found("一般20万起存"), "20万起 money 200000 CNY ge",
	    "a threshold to deposit from is money, 起 no case counted");
	CHECK_STR(found("另一起投诉中"), "", "一起 starts a word");
	CHECK_STR(found("想喺元朗租400呎單位"), "400呎 measure 400 ft2 ",
	    "a flat to rent in 呎 is in square feet");
	CHECK_STR(found("佢高6呎"), "6呎 measure 6 ft ", "a height in feet");
	CHECK_STR(found("我拿的是18k×15薪，同学大概15k左右"),
	    "18k money 18000 CNY  | 15薪 count 15 薪  | 大概15k左右 money 15000 CNY approx",
	    "a pay in k before its months, and on a line about pay");
	CHECK_STR(found("补课两三千一个月"),
	    "两三千 number 2000..3000   | 一个月 duration 1 month ",
	    "一 after 千 before a classifier starts a word");
	CHECK_STR(found("涨了四成到五成"), "四成到五成 percent 40..50 % ",
	    "tenths at both ends of a range");
	CHECK_STR(found("跑了5k，配速6分"), "6分 count 6 分 ",
	    "5k of a run is no pay");
	CHECK_STR(found("人均1500玩到爽"), "1500 money 1500 CNY ",
	    "what each spends is money");
	CHECK_STR(found("现1200包邮"), "1200 money 1200 CNY ",
	    "a price with its shipping");
	CHECK_STR(found("租金一萬五蚊"), "一萬五蚊 money 15000 CNY ",
	    "蚊 is a local dollar");
	CHECK_STR(found("买了5蚊帐"), "5 number 5  ", "a mosquito net is none");
	CHECK_STR(found("退休金三千来块"), "三千来块 money 3000 CNY approx",
	    "a hundred pieces or more of nothing are money");
	CHECK_STR(found("3000块砖"), "3000块 count 3000 块 ", "bricks are counted");
	CHECK_STR(found("保养少说也得五六千块，"),
	    "五六千块 money 5000..6000 CNY ge", "少说也得 is at least");
	CHECK_STR(found("师生比为1:16.8"), "1 number 1   | 16.8 number 16.8  ",
	    "a ratio with a decimal is no clock time");
	CHECK_STR(found("承受约1,100个大气压"),
	    "约1,100个大气压 measure 1100 atm approx", "atmospheres");
	CHECK_STR(found("较15日同一时刻增加"), "15日 date XXXX-XX-15  ",
	    "同一时刻 holds no clock time");
	CHECK_STR(found("92号油现在7块3一升"),
	    "7块3 money 7.3 CNY  | 一升 measure 1 L ", "a fuel's grade is a name");
	CHECK_STR(found("烧到38度5"), "38度5 measure 38.5 degC ",
	    "a temperature's tenth after 度");
	CHECK_STR(found("28度5月"), "28度 measure 28 degC  | 5月 date XXXX-05  ",
	    "a month after 度 is no tenth");
	CHECK_STR(found("一个差评还要罚50块"), "50块 money 50 CNY ",
	    "a fine in yuan");
	CHECK_STR(found("火锅人均三百块"), "三百块 money 300 CNY ",
	    "what each pays, in yuan");
	CHECK_STR(found("3块5毛钱"), "3块5毛钱 money 3.5 CNY ",
	    "with its dimes, yuan");
	CHECK_STR(found("赔了几十万块"), "几十万块 money 100000..900000 CNY ",
	    "so many are yuan");
	CHECK_STR(found("票价2元5角"), "2元5角 money 2.5 CNY ",
	    "dimes after yuan");
	CHECK_STR(found("50元6角3分"), "50元6角3分 money 50.63 CNY ",
	    "dimes and cents after yuan");
	CHECK_STR(found("五元三毛钱"), "五元三毛钱 money 5.3 CNY ",
	    "毛 after 元, 钱 in the span");
	CHECK_STR(found("2元零5分"), "2元零5分 money 2.05 CNY ",
	    "cents after 零");
	CHECK_STR(found("收费10元5分钟"),
	    "10元 money 10 CNY  | 5分钟 duration 5 minute ",
	    "分钟 after yuan is no cents");
	CHECK_STR(found("芹菜2块5一斤"), "2块5 money 2.5 CNY  | 一斤 measure 1 jin ",
	    "tenths after 块 before a price's 一斤");
	CHECK_STR(found("3毛利"), "3 number 3  ", "毛利 is no money");
	CHECK_STR(found("拨款RM200百万"), "RM200百万 money 200000000 MYR ",
	    "a currency in letters joined to the amount");
	CHECK_STR(found("可获得最多RM4,600。"), "最多RM4,600 money 4600 MYR le",
	    "a hedge before a currency in letters");
	CHECK_STR(found("约 RM300"), "约 RM300 money 300 MYR approx",
	    "a space between them");
	CHECK_STR(found("售HK$15"), "HK$15 money 15 HKD ", "HK$ is HKD");
	CHECK_STR(found("收费MOP$8"), "MOP$8 money 8 MOP ", "MOP$ is MOP");
	CHECK_STR(found("型号ARM64"), "", "letters that end like a currency");
	CHECK_STR(found("售价3000令吉"), "3000令吉 money 3000 MYR ",
	    "令吉 is MYR");

	/* Classifiers of compound counts (X次) and of cases, scores, beds. */
	CHECK_STR(found("运送3万架次和450万辆次"),
	    "3万架次 count 30000 架次  | 450万辆次 count 4500000 辆次 ",
	    "a classifier with 次 counts trips");
	CHECK_STR(found("開行18列次"), "18列次 count 18 列次 ", "列次");
	CHECK_STR(found("發生盜竊案45起"), "45起 count 45 起 ", "起 counts cases");
	CHECK_STR(found("自2020起实施"), "2020 number 2020  ",
	    "起实施 counts nothing");
	CHECK_STR(found("平均得分92.5分"), "92.5分 count 92.5 分 ",
	    "分 counts points");
	CHECK_STR(found("3分别为"), "3 number 3  ", "分别 counts nothing");
	CHECK_STR(found("十分重要"), "", "十分 is very");
	CHECK_STR(found("谣言四起"), "", "四起 in an idiom");
	CHECK_STR(found("搭帐篷80顶，设500床"),
	    "80顶 count 80 顶  | 500床 count 500 床 ", "tents and beds");
	CHECK_STR(found("打井12眼，培训3万学时"),
	    "12眼 count 12 眼  | 3万学时 count 30000 学时 ",
	    "wells and class hours");
	CHECK_STR(found("推出230伙"), "230伙 count 230 伙 ", "伙 counts flats");
	CHECK_STR(found("面积500平方呎"), "500平方呎 measure 500 ft2 ",
	    "平方呎 is ft2");
	CHECK_STR(found("6.5吋屏幕"), "6.5吋 measure 6.5 in ", "吋 is in");
	CHECK_STR(found("内存8GB"), "8GB measure 8 GB ", "GB");
	CHECK_STR(found("5000毫安时电池，65瓦快充"),
	    "5000毫安时 measure 5000 mAh  | 65瓦 measure 65 W ",
	    "battery capacity and power");
	CHECK_STR(found("支持100瓦有线快充"), "100瓦 measure 100 W ",
	    "a measure before two characters and 线 is no route's name");
	CHECK_STR(found("乘302张公线"), "", "a route's name may begin with a classifier");
	CHECK_STR(found("约需3天"), "3天 duration 3 day approx",
	    "约需 is about, 需 between: out of the span");
	CHECK_STR(found("每个节气约间隔15天"), "15天 duration 15 day approx",
	    "about, a verb of time between");
	CHECK_STR(found("约耗资2亿元"), "2亿元 money 200000000 CNY approx",
	    "about, a verb of cost between");
	CHECK_STR(found("至少有2家"), "至少有2家 count 2 家 ge",
	    "至少有 is at least");
	CHECK_STR(found("限期10日整改"), "10日 duration 10 day ",
	    "限期 counts days");

	/* 点 after a stock index's level counts points; after an hour, time. */
	CHECK_STR(found("指数收于3058.42点"), "3058.42点 count 3058.42 点 ",
	    "a decimal before 点 is an index level");
	CHECK_STR(found("恒指大涨逾400點"), "逾400點 count 400 点 gt",
	    "more than 24 before 點");
	CHECK_STR(found("收报3,215点"), "3,215点 count 3215 点 ",
	    "thousands before 点");
	CHECK_STR(found("大盘下跌12点"), "12点 count 12 点 ",
	    "an index word before a small number");
	CHECK_STR(found("一点一点地"), "", "一点一点 is little by little");
	CHECK_STR(found("下午3点开会"), "下午3点 time T15:00  ",
	    "a part of the day makes 点 an hour");

	/* Phone numbers to call are no quantities; a count after 电话 is. */
	CHECK_STR(found("请拨打119或110报警"), "",
	    "after 拨打, and before 报警");
	CHECK_STR(found("可致电12345市民服务热线"), "",
	    "a phone word after a run of Chinese");
	CHECK_STR(found("请拨打110、120或119。"), "",
	    "a list of numbers to call");
	CHECK_STR(found("编号12、3个"), "3个 count 3 个 ",
	    "a count after the list stays");
	CHECK_STR(found("查询热线：2123 4567。"), "",
	    "a phone number in two groups");
	CHECK_STR(found("缴获手提电话126部"), "126部 count 126 部 ",
	    "a classifier after 电话 counts phones");
	CHECK_STR(found("吊销驾驶证6个月"), "6个月 duration 6 month ",
	    "a duration after 证");
	CHECK_STR(found("接到电话1200个"), "1200个 count 1200 个 ",
	    "calls counted after 电话");
	CHECK_STR(found("缴获手提电话300多部"), "300多部 count 300 部 gt",
	    "多 between the number and its classifier after 电话");
	CHECK_STR(found("启用烘干设备4300余台套"), "4300余台套 count 4300 台套 gt",
	    "设备 ends in 备, a licence's word, but 余台套 counts");
	CHECK_STR(found("拨打电话12345多问"), "", "多 and no classifier: a number to call");

	/* A digit after 成 is a tenth of it where the amount ends. */
	CHECK_STR(found("占九成一。"), "九成一 percent 91 % ", "九成一 is 91 %");
	CHECK_STR(found("約兩成五，"), "約兩成五 percent 25 % approx",
	    "兩成五 with a qualifier before");
	CHECK_STR(found("三成五左右"), "三成五左右 percent 35 % approx",
	    "a qualifier after the tenth");
	CHECK_STR(found("九成一线城市"), "九成 percent 90 % ",
	    "一 that begins a word is no tenth");
	CHECK_STR(found("恢復至疫情前的九成五水準"), "九成五 percent 95 % ",
	    "a tenth before a level");
	CHECK_STR(found("八成三的受访者"), "八成三 percent 83 % ", "a tenth before 的");
	CHECK_STR(found("有四成七受访者表示"), "四成七 percent 47 % ",
	    "a tenth before a word, as polls write it");
	CHECK_STR(found("六成二民眾認為"), "六成二 percent 62 % ",
	    "a tenth before a word in Traditional");
	CHECK_STR(found("三成五人"), "三成 percent 30 %  | 五人 count 5 人 ",
	    "a digit before a unit counts it");
	CHECK_STR(found("由18块六边形镜片组成"), "18块 count 18 块 ",
	    "a digit that begins a shape is no dimes");
	CHECK_STR(found("一块6.7英寸屏幕"), "6.7英寸 measure 6.7 in ",
	    "a digit a number goes on from is no dimes");
	CHECK_STR(found("七成二手房"), "七成 percent 70 % ",
	    "二 that begins a word is no tenth");

	/* A length of time with its smaller parts is one duration. */
	CHECK_STR(found("服刑五年三个月"), "五年三个月 duration 63 month ",
	    "years and months, in months");
	CHECK_STR(found("历时两年五个月"), "两年五个月 duration 29 month ",
	    "in months when years give no exact decimal");
	CHECK_STR(found("用时约3分15秒"), "约3分15秒 duration 195 second approx",
	    "minutes and seconds; 分 is a minute before seconds");
	CHECK_STR(found("用时1小时05分10秒"), "1小时05分10秒 duration 3910 second ",
	    "hours, minutes and seconds");
	CHECK_STR(found("用时2小时24分18秒"), "2小时24分18秒 duration 8658 second ",
	    "in seconds when hours need more than hundredths");
	CHECK_STR(found("判处1年零9个月"), "1年零9个月 duration 21 month ",
	    "零 between the parts");
	CHECK_STR(found("飞行2小时15分钟"), "2小时15分钟 duration 135 minute ",
	    "hours and minutes");
	CHECK_STR(found("得了4分"), "4分 count 4 分 ", "分 alone counts points");
	CHECK_STR(found("用时五分三十秒"), "五分三十秒 duration 330 second ",
	    "Chinese minutes before their seconds");
	CHECK_STR(found("十分精彩"), "", "十分 before no seconds is a word");
	CHECK_STR(found("得了五分"), "", "Chinese 分 alone is no length");
	CHECK_STR(found("等了两分半钟"), "两分半钟 duration 2.5 minute ",
	    "分半钟 is minutes and a half");
	CHECK_STR(found("用时3分半钟"), "3分半钟 duration 3.5 minute ",
	    "after Arabic digits too");
	CHECK_STR(found("落后3分半"), "3分半 count 3.5 分 ",
	    "分半 without 钟 stays points");

	/* 近N年来 is the last N years, no hedge. */
	CHECK_STR(found("近五年来共发生"), "五年 duration 5 year ",
	    "近 before a period and 来 after it");
	CHECK_STR(found("近3个月以来"), "3个月 duration 3 month ", "以来 too");
	CHECK_STR(found("历时近五年"), "近五年 duration 5 year approx",
	    "近 without 来 is about");

	/* Taiwan's 今（N）日; a position in time after 第N. */
	CHECK_STR(found("本局今（12）日表示"), "（12）日 date XXXX-XX-12  ",
	    "today's day in brackets");
	CHECK_STR(found("昨(3)日"), "(3)日 date XXXX-XX-03  ", "yesterday's too");
	CHECK_STR(found("比賽第65分钟"), "第65分钟 ordinal 65  ",
	    "分钟 after 第N");
	CHECK_STR(found("第12周起"), "第12周 ordinal 12  ", "周 after 第N");

	/* A hedge apart from the number sets the bound, out of the span. */
	CHECK_STR(found("罚款最多可达3万元"), "3万元 money 30000 CNY le",
	    "最多可达 is at most");
	CHECK_STR(found("最高可处200元罚款"), "200元 money 200 CNY le",
	    "最高可处 is at most");
	CHECK_STR(found("最高气温35度"), "35度 measure 35 degC ",
	    "最高 alone bounds nothing");

	/* Names after 第N, set phrases with 一, pixels. */
	CHECK_STR(found("就读于第二中学"), "", "第N中学 is a school's name");
	CHECK_STR(found("在第三会议室"), "", "第N会议室 is a room's name");
	CHECK_STR(found("排名第二名"), "第二名 ordinal 2  ", "a rank stays");
	CHECK_STR(found("比上一周增加"), "", "上一周 is the week before");
	CHECK_STR(found("主摄4800万像素"), "4800万像素 count 48000000 像素 ",
	    "像素 counts pixels");

	/* Discounts; a licence number with its site's. */
	CHECK_STR(found("全场8折"), "8折 percent 80 % ", "8折 is 80 %");
	CHECK_STR(found("打8.5折"), "8.5折 percent 85 % ", "8.5折 is 85 %");
	CHECK_STR(found("会员75折"), "75折 percent 75 % ", "75折 is 75 %");
	CHECK_STR(found("门票打八折"), "八折 percent 80 % ", "八折 is 80 %");
	CHECK_STR(found("实行九折至六五折不等的折扣"),
	    "九折至六五折 percent 65..90 % ", "a range of discounts, high first");
	CHECK_STR(found("8折至9.5折"), "8折至9.5折 percent 80..95 % ",
	    "a range of discounts, low first");
	CHECK_STR(found("老人七五折"), "七五折 percent 75 % ",
	    "七五折 is 75 %");
	CHECK_STR(found("低至一折"), "一折 percent 10 % ", "一折 is 10 %");
	CHECK_STR(found("买了两折叠床"), "", "折叠 is no discount");
	CHECK_STR(found("打了120折"), "120 number 120  ",
	    "three digits are no discount");
	CHECK_STR(found("该剧共36集，开设课程12门"),
	    "36集 count 36 集  | 12门 count 12 门 ", "episodes and courses");
	CHECK_STR(found("三门峡"), "", "a place's name");
	CHECK_STR(found("占4分之1"), "4分之1 number 0.25  ", "分之 is a fraction, no points");
	CHECK_STR(found("过程一波三折"), "", "an idiom");
	CHECK_STR(found("100万美元折合"), "100万美元 money 1000000 USD ",
	    "折合 is no discount");
	CHECK_STR(found("京ICP备10012345号-3"), "", "a site's number under a licence");

	/* Years: zeros written 〇 ○ 0, ROC years, fiscal years, a space. */
	CHECK_STR(found("二○一五年"), "二○一五年 date 2015  ", "○ is a zero");
	CHECK_STR(found("二00七年"), "二00七年 date 2007  ",
	    "ASCII zeros inside Chinese digits");
	CHECK_STR(found("民國99年"), "民國99年 date 2010  ", "民国 year");
	CHECK_STR(found("112年第2季"), "112年第2季 date 2023-Q2  ",
	    "a three-digit ROC year and its quarter");
	CHECK_STR(found("建成120年来"), "120年 duration 120 year ",
	    "120年来 is a length");
	CHECK_STR(found("2031/32年度"), "2031/32年度 date 2031..2032  ",
	    "fiscal year with a slash");
	CHECK_STR(found("2027至28年度"), "2027至28年度 date 2027..2028  ",
	    "fiscal year with 至");
	CHECK_STR(found("2018-19财政年度"), "2018-19财政年度 date 2018..2019  ",
	    "fiscal year with a hyphen");
	CHECK_STR(found("2016、2017年"), "2016 date 2016   | 2017年 date 2017  ",
	    "a year sharing the next one's 年");
	CHECK_STR(found("1999 年"), "1999 年 date 1999  ",
	    "a space before 年");

	/* Chinese numerals with a point; spaces; qualifiers after a space. */
	CHECK_STR(found("三二〇．七億元"), "三二〇．七億元 money 32070000000 CNY ",
	    "a fullwidth point in Chinese digits");
	CHECK_STR(found("一點○五兆元"), "一點○五兆元 money 1050000000000 CNY ",
	    "點 and ○ in a Chinese decimal");
	CHECK_STR(found("投资72.5 万元"), "72.5 万元 money 725000 CNY ",
	    "a space before the multiplier");
	CHECK_STR(found("新增约3 200个岗位"), "约3 200个 count 3200 个 approx",
	    "a space between thousands");
	CHECK_STR(found("合计 210 340 560"),
	    "210 number 210   | 340 number 340   | 560 number 560  ",
	    "columns of a table stay apart");
	CHECK_STR(found("約 6.2%"), "約 6.2% percent 6.2 % approx",
	    "a space after a qualifier");
	CHECK_STR(found("5千万港元或以上"), "5千万港元或以上 money 50000000 HKD ge",
	    "或以上 is at least");
	CHECK_STR(found("入超20亿元"), "20亿元 money 2000000000 CNY ",
	    "入超 is a trade deficit, no qualifier");
	CHECK_STR(found("旅游收入超百亿元"), "超百亿元 money 10000000000 CNY gt",
	    "收入超 is income over: 超 alone qualifies, in the span");
	CHECK_STR(found("酒精含量为156.3mg/100ml"),
	    "156.3mg/100ml measure 156.3 mg/100ml ",
	    "a rate per a hundred millilitres keeps its count in the unit");
	CHECK_STR(found("大于或等于20mg/100ml"),
	    "大于或等于20mg/100ml measure 20 mg/100ml ge", "greater or equal");
	CHECK_STR(found("每份12克/100克"), "12克/100克 measure 12 g/100g ",
	    "per a hundred grams");
	CHECK_STR(found("尺寸1449×832×68毫米"),
	    "1449 measure 1449 mm  | 832 measure 832 mm  | 68毫米 measure 68 mm ",
	    "each side of a size takes the unit after the last");
	CHECK_STR(found("包装60x55x85厘米"),
	    "60 measure 60 cm  | 55 measure 55 cm  | 85厘米 measure 85 cm ",
	    "an x between the sides of a size");
	CHECK_STR(found("分辨率1920×1080"), "1920 number 1920   | 1080 number 1080  ",
	    "a size without a unit: numbers");
	CHECK_STR(found("代码0x1F"), "", "a hexadecimal number is a code");
	CHECK_STR(found("从秦统一到1912年"), "1912年 date 1912  ",
	    "a year ends no range from a number inside a word (统一)");
	CHECK_STR(found("明年3、4月份推出"), "3 date XXXX-03   | 4月份 date XXXX-04  ",
	    "a month shares the 月 of the next");
	CHECK_STR(found("3、5个"), "3 count 3 个  | 5个 count 5 个 ",
	    "counts share their classifier as before");
	CHECK_STR(found("自2023年11月5日起至2033年11月4日止"),
	    "2023年11月5日起至2033年11月4日 date 2023-11-05..2033-11-04  ",
	    "起至 joins two dates in one range");
	CHECK_STR(found("盐1/4小勺"), "1/4小勺 count 0.25 小勺 ",
	    "a fraction with a slash before a unit is one number");
	CHECK_STR(found("1/3杯水"), "", "one with no exact decimal is none");
	CHECK_STR(found("太阳的质量中约3/4是氢"), "约3/4 number 0.75  approx",
	    "a fraction alone in Chinese text is one number");
	CHECK_STR(found("主塔已完成浇筑3/4，预计"), "3/4 number 0.75  ",
	    "one before a comma too");
	CHECK_STR(found("晋级1/4决赛"), "1 number 1   | 4 number 4  ",
	    "a round's name is no fraction");
	CHECK_STR(found("日期3/4/2024"),
	    "3 number 3   | 4 number 4   | 2024 number 2024  ",
	    "a date with slashes is no fraction");
	CHECK_STR(found("2025/26年度"), "2025/26年度 date 2025..2026  ",
	    "a fiscal year is no fraction");
	CHECK_STR(found("额度最高500万元"), "最高500万元 money 5000000 CNY le",
	    "最高 next to the amount is up to");
	CHECK_STR(found("最高气温35度"), "35度 measure 35 degC ",
	    "最高 naming the high is none");
	CHECK_STR(found("6月龄以上婴儿"), "6月龄以上 duration 6 month ge",
	    "an infant's age in months is no month of the year");
	CHECK_STR(found("2024-25赛季"), "2024-25 date 2024..2025  ",
	    "a season over two years, the word out of the span");
	CHECK_STR(found("2024-2025学年"), "2024-2025学年 date 2024..2025  ",
	    "a school year with both years written, the word in the span");
	CHECK_STR(found("2025—2026年度"), "2025—2026年度 date 2025..2026  ",
	    "a range of years takes 度");
	CHECK_STR(found("每季度至少组织开展1次排查"), "1次 count 1 次 ge",
	    "至少 a verb away from a quantity is at least, out of the span");
	CHECK_STR(found("最多可容纳3000人"), "3000人 count 3000 人 le",
	    "最多 a verb away is at most");
	CHECK_STR(found("至少，在2020年"), "2020年 date 2020  ",
	    "no hedge across a comma, nor on a date");
	CHECK_STR(found("含量5mg/3ml"), "5mg measure 5 mg  | 3ml measure 3 ml ",
	    "no count but a power of ten after the slash");
	CHECK_STR(found("三个多月"), "三个多月 duration 3 month gt",
	    "个多 before a duration is more than");
	CHECK_STR(found("重一吨半。"), "一吨半 measure 1.5 t ",
	    "半 after a measure is half a unit");
	CHECK_STR(found("5公里半程马拉松"), "5公里 measure 5 km ",
	    "半程 is a word");
	CHECK_STR(found("身高175CM，体重65KG"),
	    "175CM measure 175 cm  | 65KG measure 65 kg ", "units in capitals");
	CHECK_STR(found("电压220V"), "220V measure 220 V ", "volts");
	CHECK_STR(found("最低气温零下5至零下2摄氏度"),
	    "零下5至零下2摄氏度 measure -5..-2 degC ", "零下 at both ends");
	CHECK_STR(found("收入为MOP 20,000"), "MOP 20,000 money 20000 MOP ",
	    "a space after a currency's code");
	CHECK_STR(found("人民币 300"), "300 number 300  ",
	    "no space after a Chinese currency name");
	CHECK_STR(found("最高可获RM4,600"), "RM4,600 money 4600 MYR le",
	    "a hedge a verb away from a currency before the number");
	CHECK_STR(found("约为太阳的42亿倍"), "42亿倍 multiple 4200000000 x approx",
	    "about, a noun away");
	CHECK_STR(found("约占三成"), "三成 percent 30 % approx",
	    "约占 stays out of the span");
	CHECK_STR(found("季度销售额未超过30万元"), "未超过30万元 money 300000 CNY le",
	    "未超过 is at most");
	CHECK_STR(found("最大风速每秒51米"), "每秒51米 measure 51 m/s ",
	    "每秒 makes a speed, in the span as 时速");
	CHECK_STR(found("洪峰流量每秒12000立方米"),
	    "每秒12000立方米 measure 12000 m3/s ", "每秒 makes a flow");
	CHECK_STR(found("以每小时20至25公里的速度"),
	    "每小时20至25公里 measure 20..25 km/h ", "每小时 makes a speed");
	CHECK_STR(found("水位每小时3～5厘米上涨"),
	    "每小时3～5厘米 measure 3..5 cm/h ", "a word of several rates");
	CHECK_STR(found("风速约为每小时98公里"),
	    "约为每小时98公里 measure 98 km/h approx",
	    "a hedge before a rate's word is in the span");
	CHECK_STR(found("峰值每秒58.3万笔"), "58.3万笔 count 583000 笔 ",
	    "a count per second keeps the 每 rule");
	CHECK_STR(found("税务总局公告2023年第12号"), "",
	    "an announcement's number");
	CHECK_STR(found("国务院令第732号"), "", "a decree's number");
	CHECK_STR(found("2023年第12号台风"), "2023年 date 2023   | 第12号 ordinal 12  ",
	    "a typhoon's number is an ordinal");
	CHECK_STR(found("据12306数据"), "", "a service named by its number");
	CHECK_STR(found("两市成交额1.38万亿元"),
	    "1.38万亿元 money 1380000000000 CNY ", "the two exchanges");
	CHECK_STR(found("马拉松冠军成绩2:06:39"),
	    "2:06:39 duration 7599 second ", "a race's finishing time");
	CHECK_STR(found("马拉松北京时间7:30:00开跑"), "7:30:00 time T07:30:00  ",
	    "a time of day in a race's line");
	CHECK_STR(found("会议于9:30:00开始"), "9:30:00 time T09:30:00  ",
	    "a clock with seconds is a time of day");
	CHECK_STR(found("历时两个半月"), "两个半月 duration 2.5 month ",
	    "个半 before 月 is a month and a half");
	CHECK_STR(found("建成5个多功能馆"), "5个 count 5 个 ",
	    "多 that begins a word is no qualifier");
	CHECK_STR(found("来了20个多"), "20个多 count 20 个 gt", "多 after a unit");
	CHECK_STR(found("台风登陆时"), "", "a capital numeral alone is a word");
	CHECK_STR(found("贰拾伍元"), "贰拾伍元 money 25 CNY ", "capital numerals");
	CHECK_STR(found("两方面"), "", "方面 is no volume");
	CHECK_STR(found("接连五日"), "五日 duration 5 day ", "counted days");
	CHECK_STR(found("距今已有约2200年"), "约2200年 duration 2200 year approx",
	    "years counted from now, a hedge between");
	CHECK_STR(found("长达1500年之久"), "1500年 duration 1500 year ",
	    "a length of years");
	CHECK_STR(found("拥有2000年历史的古城"), "2000年 duration 2000 year ",
	    "years of history");
	CHECK_STR(found("2020年历史性突破"), "2020年 date 2020  ",
	    "a year before 历史性 is a date");
	CHECK_STR(found("不超过2030年"), "2030年 date 2030  ",
	    "a deadline is a date");
	CHECK_STR(found("当月五日"), "五日 date XXXX-XX-05  ", "the fifth");
	CHECK_STR(found("５Ｇ基站"), "", "a fullwidth 5G");
	CHECK_STR(found("详见附表2。"), "", "a table's label");

	/* Periods counted from the year's start; 上 before a multiplier. */
	CHECK_STR(found("前2季"), "前2季 date XXXX-Q1..XXXX-Q2  ",
	    "the first quarters without 度");
	CHECK_STR(found("前九月"), "前九月 date XXXX-01..XXXX-09  ",
	    "the first months without 个");
	CHECK_STR(found("今年前3个月出口"), "前3个月 date XXXX-01..XXXX-03  ",
	    "the first months of the year");
	CHECK_STR(found("提前三个月完成"), "三个月 duration 3 month ",
	    "ahead of time by months is a length");
	CHECK_STR(found("新用户前3个月5折"),
	    "3个月 duration 3 month  | 5折 percent 50 % ",
	    "a user's first months are a length");
	CHECK_STR(found("应从孕前3个月开始"), "3个月 duration 3 month ",
	    "months before what a word names are a length");
	CHECK_STR(found("2024年度前三个月"),
	    "2024年度 date 2024   | 前三个月 date XXXX-01..XXXX-03  ",
	    "the first months after a year's 度");
	CHECK_STR(found("妊娠前3个月内慎用"), "3个月内 duration 3 month le",
	    "first months within are a length");
	CHECK_STR(found("2026年一季度至三季度"),
	    "2026年一季度至三季度 date 2026-Q1..2026-Q3  ", "a range of quarters");
	CHECK_STR(found("今年首季营收"), "首季 date XXXX-Q1  ",
	    "首季 is the first quarter");
	CHECK_STR(found("首次亮相"), "", "首 alone starts nothing");
	CHECK_STR(found("上万人"), "上万人 count 10000 人 ge",
	    "上 before a bare multiplier is at least");
	CHECK_STR(found("线上5场"), "5场 count 5 场 ", "上 before digits is none");
	CHECK_STR(found("第二级"), "第二级 ordinal 2  ", "级 after 第N");
	CHECK_STR(found("9省份"), "9省份 count 9 省份 ", "provinces are counted");

	/* A date and the clock time after it are one mention. */
	CHECK_STR(found("6月2日下午3点"), "6月2日下午3点 date XXXX-06-02T15:00  ",
	    "a date, a part of the day, a bare 点");
	CHECK_STR(found("4月8日（星期三）上午10:30"),
	    "4月8日（星期三）上午10:30 date XXXX-04-08T10:30  ",
	    "a weekday between date and time");
	CHECK_STR(found("5月6日14:00-16:30"),
	    "5月6日14:00-16:30 date XXXX-05-06T14:00..XXXX-05-06T16:30  ",
	    "a date with a time range");
	CHECK_STR(found("3日20时至4日8时"),
	    "3日20时至4日8时 date XXXX-XX-03T20:00..XXXX-XX-04T08:00  ",
	    "from one day's hour to the next day's");
	CHECK_STR(found("7日14至17时"),
	    "7日14至17时 date XXXX-XX-07T14:00..XXXX-XX-07T17:00  ",
	    "hours sharing one 时");
	CHECK_STR(found("10月30日4时27分31秒"),
	    "10月30日4时27分31秒 date XXXX-10-30T04:27:31  ",
	    "a time with its seconds after a date");
	CHECK_STR(found("8点30分20秒"), "8点30分20秒 time T08:30:20  ",
	    "a time with seconds alone");
	CHECK_STR(found("15时10分60秒"), "15时10分 time T15:10   | 60秒 duration 60 second ",
	    "60 is no second of a minute");
	CHECK_STR(found("10月1日上午11时前后"),
	    "10月1日上午11时前后 date XXXX-10-01T11:00  approx",
	    "前后 after a time is about then");
	CHECK_STR(found("在5月2日上午9时左右即已约满"),
	    "5月2日上午9时左右 date XXXX-05-02T09:00  approx",
	    "左右 after a time is about then");
	CHECK_STR(found("预计23日前后登陆"), "23日前后 date XXXX-XX-23  approx",
	    "前后 after a day");
	CHECK_STR(found("下午3点前后"), "下午3点前后 time T15:00  approx",
	    "前后 after a clock time alone");
	CHECK_STR(found("晚上 9:45"), "晚上 9:45 time T21:45  ",
	    "晚上 moves the hour to the evening");
	CHECK_STR(found("凌晨3时"), "凌晨3时 time T03:00  ", "凌晨 stays early");
	CHECK_STR(found("傍晚6时许"), "傍晚6时许 time T18:00  approx",
	    "许 after a time is about");
	CHECK_STR(found("10日夜里至12日"),
	    "10日夜里至12日 date XXXX-XX-10..XXXX-XX-12  ",
	    "a part of the day before a range of days");
	CHECK_STR(found("16日白天到17日"),
	    "16日白天到17日 date XXXX-XX-16..XXXX-XX-17  ",
	    "白天 between the ends of a range of days");
	CHECK_STR(found("深夜11点到达"), "深夜11点 time T23:00  ",
	    "深夜 moves a clock time to the night");
	CHECK_STR(found("午后3点"), "午后3点 time T15:00  ",
	    "午后 is the afternoon");
	CHECK_STR(found("上午8:30-下午4:00"),
	    "上午8:30-下午4:00 time T08:30..T16:00  ",
	    "a time range with a part of the day at each end");
	CHECK_STR(found("2018年5月至2021年2月"),
	    "2018年5月至2021年2月 date 2018-05..2021-02  ",
	    "a range of two whole dates");
	CHECK_STR(found("2020年二季度至2021年一季度"),
	    "2020年二季度至2021年一季度 date 2020-Q2..2021-Q1  ",
	    "a range of two quarters in two years");
	CHECK_STR(found("2024年3月至2024年8月"),
	    "2024年3月至2024年8月 date 2024-03..2024-08  ",
	    "two whole dates in one year");
	CHECK_STR(found("2018年5月至2021年"),
	    "2018年5月 date 2018-05   | 2021年 date 2021  ",
	    "ends of unlike parts stay apart");
	CHECK_STR(found("凌晨1时至4时"), "凌晨1时至4时 time T01:00..T04:00  ",
	    "a range of two clock times");
	CHECK_STR(found("得分8点"), "8 number 8  ", "a bare 点 alone is no time");

	/* Names and codes: roads, bus routes, house numbers, notice numbers. */
	CHECK_STR(found("乘坐15路公交"), "", "a bus route");
	CHECK_STR(found("位于解放路26号"), "", "a house number after a road");
	CHECK_STR(found("巴黎第八大道"), "", "第N大道 is a street");
	CHECK_STR(found("沿320国道"), "", "a national road number");
	CHECK_STR(found("乘坐205江阴线"), "", "a coach route's number");
	CHECK_STR(found("新开120条专线"), "120条 count 120 条 ",
	    "a count of lines is no route");
	CHECK_STR(found("五粮液(000858.SZ)"), "", "a stock code with its market");
	CHECK_STR(found("比亚迪（002594）"), "", "a stock code in brackets");
	CHECK_STR(found("（２）加强监管"), "", "a list marker at a line's start");
	CHECK_STR(found("得分(7)"), "7 number 7  ", "a number in brackets elsewhere");
	CHECK_STR(found("见附件2.docx"), "", "a file name");
	CHECK_STR(found("科研楼3号楼"), "", "a building number");
	CHECK_STR(found("文号:沪2021-017"), "", "a notice number with a zero");
	CHECK_STR(found("修路3公里"), "3公里 measure 3 km ",
	    "a road word before the number changes nothing");
	CHECK_STR(found("3.5月6日"), "5月6日 date XXXX-05-06  ",
	    "a list marker before a date");

	/* Signs that belong to the quantity; direction words give none. */
	CHECK_STR(found("夜间零下12℃"), "零下12℃ measure -12 degC ",
	    "零下 signs a temperature");
	CHECK_STR(found("零下2到5℃"), "零下2到5℃ measure -5..-2 degC ",
	    "零下 before a range signs both ends");
	CHECK_STR(found("-7~-2℃"), "-7~-2℃ measure -7..-2 degC ",
	    "each end of a range with its own sign");
	CHECK_STR(found("-12~ -9℃"), "-12~ -9℃ measure -12..-9 degC ",
	    "a space after the range's separator");
	CHECK_STR(found("4~-3℃"), "4~-3℃ measure -3..4 degC ",
	    "a range across zero, in order");
	CHECK_STR(found("5~ 10毫米"), "5~ 10毫米 measure 5..10 mm ",
	    "a space before the high end");
	CHECK_STR(found("比上一年增长2%"), "2% percent 2 % ",
	    "上一年 is a relative date, no duration");
	CHECK_STR(found("利润下降3.2%"), "3.2% percent 3.2 % ",
	    "下降 gives no sign");

	/* Milligrams, kilowatts in Taiwan's 瓩, watt-hours; and counts. */
	CHECK_STR(found("每日剂量30毫克"), "30毫克 measure 30 mg ",
	    "毫克 is milligrams");
	CHECK_STR(found("尖峰负载3,050萬瓩"), "3,050萬瓩 measure 30500000 kW ",
	    "瓩 is a kilowatt");
	CHECK_STR(found("电池容量为100Wh"), "100Wh measure 100 Wh ",
	    "Wh after digits is watt-hours");
	CHECK_STR(found("加水250毫升"), "250毫升 measure 250 ml ",
	    "毫升 is ml, as the hand labels write it");
	CHECK_STR(found("容量500ml"), "500ml measure 500 ml ", "ml in letters");
	CHECK_STR(found("可判处三年至十二年有期徒刑"), "三年至十二年 duration 3..12 year ",
	    "a range's high end may start with 十");
	CHECK_STR(found("面积5亩至千亩不等"), "5亩 measure 5 mu  | 千亩 measure 1000 mu ",
	    "but one that starts with 千 is a quantity of its own");
	CHECK_STR(found("晚上8点多到达"), "晚上8点多 time T20:00  gt",
	    "多 after a clock time on the hour is past it");
	CHECK_STR(found("8点30分多"), "8点30分 time T08:30  ",
	    "not after its minutes");
	CHECK_STR(found("铁路12306网站数据显示"), "",
	    "a service's site named by its number is no quantity");
	CHECK_STR(found("全国有300家网站参与"), "300家 count 300 家 ",
	    "but a count of sites is");
	CHECK_STR(found("或拨打反诈专线96110咨询"), "",
	    "a number after 专线 is one to call");
	CHECK_STR(found("商品五花八门"), "", "五花八门 is an idiom");
	CHECK_STR(found("开行4对列车"), "4对 count 4 对 ", "对 counts pairs");
	CHECK_STR(found("双向8车道"), "8车道 count 8 车道 ", "车道 counts lanes");
	CHECK_STR(found("本赛季打进10球"), "10球 count 10 球 ", "球 counts goals");
	CHECK_STR(found("考了5科"), "5科 count 5 科 ", "科 counts subjects");
	CHECK_STR(found("采用十核设计，GPU为16核"),
	    "十核 count 10 核  | 16核 count 16 核 ", "核 counts cores");
	CHECK_STR(found("成立3核查组"), "3 number 3  ", "核查 counts no cores");
	CHECK_STR(found("落后1至2代"), "1至2代 count 1..2 代 ",
	    "代 counts generations");
	CHECK_STR(found("选出5代表"), "5 number 5  ", "代表 is no generation");
	CHECK_STR(found("新一代产品"), "", "新一代 is a set phrase");
	CHECK_STR(found("每秒60帧"), "60帧 count 60 帧 ", "帧 counts frames");
	CHECK_STR(found("设备300台套"), "300台套 count 300 台套 ",
	    "台套 counts sets of machinery");
	CHECK_STR(found("全国35城房价"), "35城 count 35 城 ", "城 counts cities");
	CHECK_STR(found("覆盖3城市"), "3 number 3  ", "城市 is no 城");
	CHECK_STR(found("7票赞成、2票反对"), "7票 count 7 票  | 2票 count 2 票 ",
	    "票 counts votes");
	CHECK_STR(found("10票价"), "10 number 10  ", "票价 counts no votes");
	CHECK_STR(found("面积85平方毫米"), "85平方毫米 measure 85 mm2 ",
	    "平方毫米 is mm2");
	CHECK_STR(found("约12平方厘米"), "约12平方厘米 measure 12 cm2 approx",
	    "平方厘米 is cm2");
	CHECK_STR(found("增长2.5巴仙"), "2.5巴仙 percent 2.5 % ",
	    "巴仙 is per cent");
	CHECK_STR(found("百公里9个油左右"), "百公里 measure 100 km  | 9个油左右 measure 9 L approx",
	    "个油 is litres of fuel");
	CHECK_STR(found("这车7个油的样子"), "7个油 measure 7 L ",
	    "个油 before 的");
	CHECK_STR(found("买了两个油桶"), "两个 count 2 个 ",
	    "个油 running on into a word is 个");
	CHECK_STR(found("总价320万，首付三成，也就是96万"),
	    "320万 money 3200000 CNY  | 三成 percent 30 %  | 96万 money 960000 CNY ",
	    "a sentence about money gives its bare amounts in money");
	CHECK_STR(found("费用汇总：包车3天2400，住宿4晚3100"),
	    "3天 duration 3 day  | 2400 money 2400 CNY  | 4晚 count 4 晚  | 3100 money 3100 CNY ",
	    "bare amounts in a sentence of costs");
	CHECK_STR(found("费用：大交通（动车和往返机票）4280，包车和司机的餐补3天2400，门票和两段索道2860，住宿4晚3100，吃饭1800，杂费500左右，合计14940"),
	    "4280 money 4280 CNY  | 3天 duration 3 day  | 2400 money 2400 CNY  | 2860 money 2860 CNY  | 4晚 count 4 晚  | 3100 money 3100 CNY  | 1800 money 1800 CNY  | 500左右 money 500 CNY approx | 14940 money 14940 CNY ",
	    "a list of costs: the reach runs from the amount before");
	CHECK_STR(found("费用方面，本市居民楼顶层的平均高度大概在一百米上下，少数老式住宅楼的楼顶天台另外还加盖了一层，用作晾晒被褥和堆放杂物的小房间，总共2400"),
	    "一百米上下 measure 100 m approx | 2400 number 2400  ",
	    "past the reach with no amount between");
	CHECK_STR(found("一部投资4.5亿的片子，挂牌168万，卖家要价9万2，终端优惠七八千"),
	    "4.5亿 money 450000000 CNY  | 168万 money 1680000 CNY  | 9万2 money 92000 CNY  | 七八千 money 7000..8000 CNY ",
	    "投资, 挂牌, 要价 and 优惠 before an amount");
	CHECK_STR(found("文化消费方面，观众人数逾320万"),
	    "逾320万 number 3200000  gt", "a count after its word stays a number");
	CHECK_STR(found("费用按日计，日利率=年化利率÷360"),
	    "360 number 360  ", "a divisor stays a number");
	CHECK_STR(found("吊牌价1299，日常卖599，比日常价还便宜240"),
	    "1299 money 1299 CNY  | 599 money 599 CNY  | 240 money 240 CNY ",
	    "a price's word just before, 卖 and 便宜 before a bare amount");
	CHECK_STR(found("累计评价2000"), "2000 number 2000  ",
	    "评价 counts reviews");
	CHECK_STR(found("增速比前10个月提高0.3个百分点"),
	    "前10个月 date XXXX-01..XXXX-10   | 0.3个百分点 percent 0.3 pp ",
	    "first months after a comparison are the year's");
	CHECK_STR(found("南州港前11个月完成吞吐量"),
	    "前11个月 date XXXX-01..XXXX-11  ",
	    "first months after a place are the year's");
	CHECK_STR(found("这20万一共帮我省了33.9万利息"),
	    "20万 number 200000   | 33.9万 money 339000 CNY ",
	    "一 that starts a word ends no amount; money named after one");
	CHECK_STR(found("一万一的工资"), "一万一 number 11000  ",
	    "speech's 一万一");
	CHECK_STR(found("手里有30万闲钱"), "30万 money 300000 CNY ",
	    "spare money named after the amount");
	CHECK_STR(found("粉丝3.6w人，播放5k次"),
	    "3.6w人 count 36000 人  | 5k次 count 5000 次 ",
	    "w and k between digits and a classifier");
	CHECK_STR(found("重5kg"), "5kg measure 5 kg ", "kg is a unit");
	CHECK_STR(found("89.6平的两居，均价1.86万/平"),
	    "89.6平 measure 89.6 m2  | 1.86万/平 money 18600 CNY/m2 ",
	    "平 after digits is square metres; a price per one");
	CHECK_STR(found("约300块/平"), "约300块/平 money 300 CNY/m2 approx",
	    "pieces for each square metre are a price");
	CHECK_STR(found("12315平台投诉"), "", "平 in a word");
	CHECK_STR(found("15胜5平2负"),
	    "15胜 count 15 胜  | 5平 count 5 平  | 2负 count 2 负 ",
	    "平 in a record is a draw");
	CHECK_STR(found("外资卖超286.4亿元"), "286.4亿元 money 28640000000 CNY ",
	    "net selling is no more than");
	CHECK_STR(found("第一档为每户每月0至180度，电价为0.5653元/度"),
	    "第一档 ordinal 1   | 0至180度 measure 0..180 kWh  | 0.5653元 money 0.5653 CNY ",
	    "a word of electricity opening the next clause");
	CHECK_STR(found("本月用电量等于本月读数减去上月读数，差值就是320度"),
	    "320度 measure 320 kWh ", "a word of electricity earlier in the sentence");
	CHECK_STR(found("约35度，全市用电负荷创新高"), "约35度 measure 35 degC approx",
	    "a word of electricity later in the next clause tells nothing");
	CHECK_STR(found("35度高温下，全市用电负荷创新高"), "35度 measure 35 degC ",
	    "the nearest word tells");
	CHECK_STR(found("每度降价1毛2分，一毛二分钱，两毛五一斤"),
	    "1毛2分 money 0.12 CNY  | 一毛二分钱 money 0.12 CNY  | 两毛五 money 0.25 CNY  | 一斤 measure 1 jin ",
	    "cents after dimes");
	CHECK_STR(found("降了3毛5分钟"), "3毛 money 0.3 CNY  | 5分钟 duration 5 minute ",
	    "minutes are no cents");
	CHECK_STR(found("另有5籃板、8助攻、3抄截"),
	    "5籃板 count 5 篮板  | 8助攻 count 8 助攻  | 3抄截 count 3 抄截 ",
	    "a player's assists and steals");
	CHECK_STR(found("连续第23个季度增长"), "第23个季度 ordinal 23  ",
	    "the quarter of a run of quarters is in the ordinal's span");
	CHECK_STR(found("宝宝2岁3个月了，他19岁，3个月前"),
	    "2岁3个月 duration 27 month  | 19岁 count 19 岁  | 3个月 duration 3 month ",
	    "an age in years and months is one length in months");
	CHECK_STR(found("民宿一晚420，一次400出头，一桌下来得两千出头"),
	    "420 money 420 CNY  | 400出头 money 400 CNY gt | 两千出头 money 2000 CNY gt",
	    "a price for each night, time or table");
	CHECK_STR(found("底薪6000+绩效2000-4000，按绩效系数1.2算"),
	    "6000 money 6000 CNY  | 2000-4000 money 2000..4000 CNY  | 1.2 number 1.2  ",
	    "performance pay is money, its coefficient a number");
	CHECK_STR(found("下个月15号前就要走，每月20号发工资"),
	    "15号 date XXXX-XX-15   | 20号 date XXXX-XX-20  ",
	    "D号 after a month's word is its day");
	CHECK_STR(found("下月5号线开通"), "", "a metro line after a month's word");
	CHECK_STR(found("诚聘客服专员，8k-12k，13薪"),
	    "8k-12k money 8000..12000 CNY  | 13薪 count 13 薪 ",
	    "a range in K is a job's pay");
	CHECK_STR(found("千年古城澄阳，建城两千一百多年"),
	    "两千一百多年 duration 2100 year gt", "an epithet of age is no length");
	CHECK_STR(found("用了店铺满2,000减200的券，满999送一条围巾"),
	    "2,000 money 2000 CNY  | 200 money 200 CNY  | 999 money 999 CNY ",
	    "a discount's amounts");
	CHECK_STR(found("满3减1"), "3 number 3   | 1 number 1  ",
	    "a discount of pieces");
	CHECK_STR(found("第二档为231度至400度，每度0.5883元"),
	    "第二档 ordinal 2   | 231度至400度 measure 231..400 kWh  | 0.5883元 money 0.5883 CNY ",
	    "a price for each kWh after the clause");
	CHECK_STR(found("降了两个多百分点"), "两个多百分点 percent 2 pp gt",
	    "percentage points after 个多");
	CHECK_STR(found("有二十多万，五十余万"),
	    "二十多万 number 200000  gt | 五十余万 number 500000  gt",
	    "tens and a multiplier after more than");
	CHECK_STR(found("判处有期徒刑六年三个月至一年二个月不等，并处罚金人民币30万元至2万元不等"),
	    "六年三个月至一年二个月 duration 14..75 month  | 人民币30万元至2万元 money 20000..300000 CNY ",
	    "a span from the top with 不等");
	CHECK_STR(found("分别被判处有期徒刑三年至一年二个月不等"),
	    "三年至一年二个月 duration 14..36 month ",
	    "a span from the top whose low end has parts");
	CHECK_STR(found("六年三个月至一年二个月"),
	    "六年三个月 duration 75 month  | 一年二个月 duration 14 month ",
	    "no span from the top without 不等");
	CHECK_STR(found("收缩压140毫米汞柱以下，8核心处理器，70亿参数的模型"),
	    "140毫米汞柱以下 measure 140 mmHg le | 8核心 count 8 核心  | 70亿参数 count 7000000000 参数 ",
	    "blood pressure, a processor's cores, a model's parameters");
	CHECK_STR(found("六位一体的资助体系"), "", "so many in one is a set phrase");
	CHECK_STR(found("不满75周岁的，两市日均成交额1.38万亿元"),
	    "不满75周岁 duration 75 year lt | 1.38万亿元 money 1380000000000 CNY ",
	    "不满 is less than; the two exchanges");
	CHECK_STR(found("总支出17.4万左右，每个月能有六七千，每周定投100块"),
	    "17.4万左右 money 174000 CNY approx | 六七千 money 6000..7000 CNY  | 100块 money 100 CNY ",
	    "a household's spending and saving");
	CHECK_STR(found("双11期间销售额达3亿元，双12当天"),
	    "3亿元 money 300000000 CNY ", "a shopping festival's name");
	CHECK_STR(found("买了3本书，双11本来想买"), "3本 count 3 本 ",
	    "本来 is a word");
	CHECK_STR(found("能省两百块。全省共有3块试验田"),
	    "两百块 money 200 CNY  | 3块 count 3 块 ", "money saved; a province's pieces");
	CHECK_STR(found("开放时间是8点到21点"), "8点到21点 time T08:00..T21:00  ",
	    "a bare N点 before a clock's range end is a clock time");
	CHECK_STR(found("恒指升12点至18点"), "12点至18点 count 12..18 点 ",
	    "an index's points stay points");
	CHECK_STR(found("22:00至次日8:00为低谷时段"),
	    "22:00至次日8:00 time T22:00..T08:00  ",
	    "a range of times into the next day with no date");
	CHECK_STR(found("下午2点40出发"), "下午2点40 time T14:40  ",
	    "a clock's minutes after 点 without 分");
	CHECK_STR(found("早上8点05集合"), "早上8点05 time T08:05  ",
	    "two digits of minutes");
	CHECK_STR(found("月销破万"), "破万 number 10000  ",
	    "a multiplier a sale breaks through");
	CHECK_STR(found("千万不要"), "", "千万 as an adverb");
	CHECK_STR(found("19年11月在余杭买的房"), "19年11月 date 2019-11  ",
	    "a year of two digits before its month");
	CHECK_STR(found("98年3月出生"), "98年3月 date 1998-03  ",
	    "a year of two digits in the 1900s");
	CHECK_STR(found("还剩19年上下"), "19年上下 duration 19 year approx",
	    "two digits and 年 alone are a length");
	CHECK_STR(found("工作了19年11个月"), "19年11个月 duration 239 month ",
	    "years and months of a length");
	CHECK_STR(found("房租涨了，月供12578块"), "12578块 money 12578 CNY ",
	    "块 in a sentence about money");
	CHECK_STR(found("切成三块，再炖20分钟"),
	    "三块 count 3 块  | 20分钟 duration 20 minute ", "块 as pieces");
	CHECK_STR(found("首日票房3.2亿，第三天单日破4亿"),
	    "3.2亿 money 320000000 CNY  | 第三天 ordinal 3   | 4亿 money 400000000 CNY ",
	    "any word of money earlier in the sentence for 万 and 亿");
	CHECK_STR(found("票房达３．６亿元，观影人次达785万"),
	    "３．６亿元 money 360000000 CNY  | 785万 number 7850000  ",
	    "a count after its word and 达 stays a number");
	CHECK_STR(found("费用方面，指数报2.75"), "2.75 number 2.75  ",
	    "a decimal far from a word of money stays a number");
	CHECK_STR(found("月供一下子少了1400多"), "1400多 money 1400 CNY gt",
	    "a numeral that is no quantity (一下子) hides no word of money");
	CHECK_STR(found("6月龄至5岁儿童"), "6月龄至5岁 duration 6..60 month ",
	    "an age in months to one in years");
	CHECK_STR(found("大约50分钟到1个小时"),
	    "大约50分钟到1个小时 duration 50..60 minute approx",
	    "minutes to an hour, in minutes");
	CHECK_STR(found("30秒到2分钟"), "30秒到2分钟 duration 30..120 second ",
	    "seconds to minutes, in seconds");
	CHECK_STR(found("10分钟到1小时半"),
	    "10分钟 duration 10 minute  | 1小时半 duration 1.5 hour ",
	    "no range across units to an hour and a half");
	CHECK_STR(found("最低气温-2～1℃"), "-2～1℃ measure -2..1 degC ",
	    "a minus before the low end of a range");
	CHECK_STR(found("每日补充800～1,000国际单位"),
	    "800～1,000国际单位 measure 800..1000 IU ", "international units");
	CHECK_STR(found("修满80学分，16核22线程，吃两顿"),
	    "80学分 count 80 学分  | 16核 count 16 核  | 22线程 count 22 线程  | 两顿 count 2 顿 ",
	    "credits, threads and meals");
	CHECK_STR(found("6岁至8岁"), "6岁至8岁 count 6..8 岁 ",
	    "ages in years stay years");
	CHECK_STR(found("发生M5.2地震"), "M5.2 measure 5.2 级 ",
	    "a magnitude after M");
	CHECK_STR(found("M3.0～3.9地震2次"),
	    "M3.0～3.9 measure 3..3.9 级  | 2次 count 2 次 ",
	    "a band of magnitudes after M");
	CHECK_STR(found("发生M6.1级地震"), "M6.1级 measure 6.1 级 ",
	    "M before a magnitude in 级");
	CHECK_STR(found("M2余额增长8.3%"), "8.3% percent 8.3 % ",
	    "M2 is a name");
	CHECK_STR(found("PM2.5浓度"), "", "PM2.5 is a name");
	CHECK_STR(found("由中铁十一局承建"), "", "a builder's bureau is a name");
	CHECK_STR(found("三只松鼠上市"), "", "a brand is a name");
	CHECK_STR(found("比赛打了三局"), "三局 count 3 局 ", "games are counted");
	CHECK_STR(found("由300方呎至500方呎"), "300方呎至500方呎 measure 300..500 ft2 ",
	    "方呎 is ft2");
	CHECK_STR(found("月薪1万元出头"), "1万元出头 money 10000 CNY gt",
	    "出头 after an amount is a little more");

	/* Units of pressure, frequency, data rates, power, brightness. */
	CHECK_STR(found("气压998百帕"), "998百帕 measure 998 hPa ",
	    "百帕 is one unit, not the multiplier 百");
	CHECK_STR(found("压力0.6兆帕"), "0.6兆帕 measure 0.6 MPa ",
	    "兆帕 is one unit, not the multiplier 兆");
	CHECK_STR(found("主频2.8GHz"), "2.8GHz measure 2.8 GHz ",
	    "a frequency");
	CHECK_STR(found("带宽500Mbps"), "500Mbps measure 500 Mbps ",
	    "a data rate");
	CHECK_STR(found("支持65W快充"), "65W measure 65 W ",
	    "W after digits is power");
	CHECK_STR(found("阅读量10W+"), "", "10W+ is a count of views, no power");
	CHECK_STR(found("亮度1600尼特"), "1600尼特 measure 1600 nit ",
	    "a screen's brightness");
	CHECK_STR(found("上调15个基点"), "15个基点 percent 15 bp ",
	    "basis points");
	CHECK_STR(found("距海岸80公里以外"), "80公里以外 measure 80 km ge",
	    "以外 after a distance: beyond it");
	CHECK_STR(found("除7人以外"), "7人 count 7 人 ",
	    "以外 after a count is 除…以外, but");

	/* Sports marks: two digits after 秒 or 米 are its hundredths. */
	CHECK_STR(found("跑出10秒05"), "10秒05 duration 10.05 second ",
	    "a time in seconds and hundredths");
	CHECK_STR(found("铅球推出17米36，"), "17米36 measure 17.36 m ",
	    "a length in metres and centimetres");
	CHECK_STR(found("身高1米75的"), "1米75 measure 1.75 m ",
	    "a height written as a mark");
	CHECK_STR(found("成绩14分52秒18"), "14分52秒18 duration 892.18 second ",
	    "hundredths after the seconds of minutes and seconds");
	CHECK_STR(found("用时2分30秒18"), "2分30秒18 duration 150.18 second ",
	    "in seconds, though minutes alone would be exact");
	CHECK_STR(found("用时1小时05分10秒55"),
	    "1小时05分10秒55 duration 3910.55 second ", "after hours too");
	CHECK_STR(found("用时5分30秒123"), "5分30秒 duration 330 second  | 123 number 123  ",
	    "three digits are no hundredths");
	CHECK_STR(found("用时5分30秒10名"),
	    "5分30秒 duration 330 second  | 10名 count 10 名 ",
	    "digits with a classifier are a count");
	CHECK_STR(found("宽2米40厘米"), "2米 measure 2 m  | 40厘米 measure 40 cm ",
	    "digits with their own unit are no hundredths");
	CHECK_STR(found("400米12名"), "400米 measure 400 m  | 12名 count 12 名 ",
	    "digits with a classifier are a count");
	CHECK_STR(found("长6米345"), "6米 measure 6 m  | 345 number 345  ",
	    "three digits are no hundredths");

	/* Stock codes, phone numbers, document numbers, programme names. */
	CHECK_STR(found("鸿海（2317）股价"), "", "a code in brackets after a name");
	CHECK_STR(found("美团(03690)公布"), "", "a code with a leading zero");
	CHECK_STR(found("年鉴（2022）出版"), "2022 number 2022  ",
	    "a year in brackets after a name is no code");
	CHECK_STR(found("证券代号：600036"), "", "a code after 代号");
	CHECK_STR(found("请致函或致电(853) 2871 1234。"), "",
	    "a country code in brackets and the number after it");
	CHECK_STR(found("联络(04)2255-6677"), "",
	    "an area code in brackets and a number with a dash");
	CHECK_STR(found("查询：3172 9000（办事处）"), "",
	    "two groups of four digits are a phone number");
	CHECK_STR(found("共1200 3400人"), "1200 number 1200   | 3400人 count 3400 人 ",
	    "a count after a group of four digits is no phone number");
	CHECK_STR(found("依据粤府〔2021〕17号文件"), "",
	    "a document's number with its year in brackets");
	CHECK_STR(found("（2021）沪0104民初876号判决"), "",
	    "a court case's number");
	CHECK_STR(found("普及九年义务教育"), "", "nine-year schooling is a name");

	/* A term: 期 after a length of time. */
	CHECK_STR(found("发行30年期国债"), "30年期 duration 30 year ",
	    "a bond's term");
	CHECK_STR(found("6个月期以上存款"), "6个月期以上 duration 6 month ge",
	    "a deposit's term with a bound");
	CHECK_STR(found("在此5年期间"), "5年 duration 5 year ",
	    "期间 after the years is no term");

	/* Ordinals of a day, a part, a turn; a bound on a rank. */
	CHECK_STR(found("比赛第三日"), "第三日 ordinal 3  ", "the third day");
	CHECK_STR(found("第4会期开议"), "第4会期 ordinal 4  ",
	    "a legislature's session");
	CHECK_STR(found("第二跳成功"), "第二跳 ordinal 2  ", "a jump, a turn");
	CHECK_STR(found("第五段"), "第五段 ordinal 5  ", "a part of a whole");
	CHECK_STR(found("排名第5名以上"), "第5名以上 ordinal 5  ge",
	    "a rank and its bound");
	CHECK_STR(found("第二多"), "第二 ordinal 2  ", "多 is no bound on a rank");
	CHECK_STR(found("，前8名选手中有3名"),
	    "前8名 count 8 名  | 3名 count 3 名 ", "the top eight, counted");
	CHECK_STR(found("进入前五位"), "前五位 count 5 位 ",
	    "前N位, the top N, counted with 前 as 前N名");
	CHECK_STR(found("目前3名患者"), "3名 count 3 名 ", "目前 is now");
	CHECK_STR(found("提前2名"), "2名 count 2 名 ", "提前 is ahead");
	CHECK_STR(found("前3个"), "3个 count 3 个 ", "ranks are counted in 名 only");

	/* 全年 after a year: the whole year, outside the date's span. */
	CHECK_STR(found("2022年全年"), "2022年 date 2022  ",
	    "全年 stays out of the year");

	/* A range of dates and times, each end with its month and day. */
	CHECK_STR(found("2024年3月1日8时至4月15日18时"),
	    "2024年3月1日8时至4月15日18时 date 2024-03-01T08:00..2024-04-15T18:00  ",
	    "a range from one date and time to another");
	CHECK_STR(found("2024年8月8日（星期四）22时至次日凌晨5时"),
	    "2024年8月8日（星期四）22时至次日凌晨5时 date 2024-08-08T22:00..2024-08-09T05:00  ",
	    "a range of times to the next day");
	CHECK_STR(found("2023年12月31日20时至次日2时"),
	    "2023年12月31日20时至次日2时 date 2023-12-31T20:00..2024-01-01T02:00  ",
	    "the next day of a year's last");
	CHECK_STR(found("2月28日22时至翌日6时"),
	    "2月28日22时至翌日6时 date XXXX-02-28T22:00..XXXX-03-01T06:00  ",
	    "翌日, a month's last day");
	CHECK_STR(found("8月10日（周六）20:00至8月11日（周日）8:00"),
	    "8月10日（周六）20:00至8月11日（周日）8:00 date XXXX-08-10T20:00..XXXX-08-11T08:00  ",
	    "a weekday after each end's date");
	CHECK_STR(found("5月2日9时至6月"),
	    "5月2日9时 date XXXX-05-02T09:00   | 6月 date XXXX-06  ",
	    "a month alone ends no range of times");

	/* Interest in 厘, 上下游, days that are no date. */
	CHECK_STR(found("按息約3.25厘"), "約3.25厘 percent 3.25 % approx",
	    "a Hong Kong interest rate in 厘");
	CHECK_STR(found("二十几家上下游企业"), "二十几家 count 21..29 家 ",
	    "上下游 is no qualifier");
	CHECK_STR(found("应在七日内答复"), "七日内 duration 7 day le",
	    "N日内 counts days, 内 bounds them");
	CHECK_STR(found("拖欠3日以上"), "3日以上 duration 3 day ge",
	    "a bound after N日 makes it days");
	CHECK_STR(found("两日后公布"), "两日 duration 2 day ", "两日 is two days");
	CHECK_STR(found("8日起施行"), "8日 date XXXX-XX-08  ",
	    "起 after N日 keeps the date");

	/* 数 before 十, 百 or 千 is 几: several; 几万 and 数亿 give no amount. */
	CHECK_STR(found("现场有数百人参加"), "数百人 count 100..900 人 ",
	    "数百 is a hundred to nine hundred");
	CHECK_STR(found("损失达数十亿元"), "数十亿元 money 1000000000..9000000000 CNY ",
	    "数十亿, tens of hundreds of millions");
	CHECK_STR(found("持續數十分鐘"), "數十分鐘 duration 10..90 minute ",
	    "数十分钟, in Traditional too");
	CHECK_STR(found("参加人数十分踊跃"), "", "十分 after a word ending in 数 is very");
	CHECK_STR(found("总数百分之三十"), "百分之三十 percent 30 % ",
	    "百分之 after a word ending in 数 is a percent");
	CHECK_STR(found("有数万人"), "", "数万: no amount to give");
	CHECK_STR(found("几万元的损失"), "", "几万: no amount to give");
	CHECK_STR(found("数据显示"), "", "数 of a word");

	/* 百分之百: a percent, but wholly before a verb. */
	CHECK_STR(found("覆盖率保持在百分之百。"), "百分之百 percent 100 % ",
	    "百分之百 is a hundred percent");
	CHECK_STR(found("减免百分之百的税款"), "百分之百 percent 100 % ",
	    "百分之百 before 的 is a percent");
	CHECK_STR(found("孩子百分之百需要依赖父母"), "",
	    "百分之百 before a verb is wholly");
	/* Hedges: 最低 adjacent, 约需 and 大约 apart. */
	CHECK_STR(found("首付比例最低15%"), "最低15% percent 15 % ge",
	    "最低 is at least");
	CHECK_STR(found("审核约需10至15个工作天"),
	    "10至15个工作天 duration 10..15 day approx",
	    "约需 is about, out of the span; 工作天 are days");
	CHECK_STR(found("大约形成于45亿年前"),
	    "45亿年 duration 4500000000 year approx", "大约 a verb away");
	CHECK_STR(found("合同签订后90日历天内完成"),
	    "90日历天内 duration 90 day le", "calendar days");

	/* A hedge before a share's base bounds the share. */
	CHECK_STR(found("试用期工资不低于转正工资的80%"), "80% percent 80 % ge",
	    "不低于 over the base of a share");
	CHECK_STR(found("约为日常业务量的1.5倍"), "1.5倍 multiple 1.5 x approx",
	    "约为 over the base of a multiple");
	CHECK_STR(found("还不到全球总水量的千分之一"), "千分之一 percent 1 ‰ lt",
	    "不到 over the base of a per mille");
	CHECK_STR(found("不到全市人口的四分之一"), "四分之一 number 0.25  lt",
	    "不到 over the base of a fraction");
	CHECK_STR(found("增速高于去年同期的5%"), "5% percent 5 % ",
	    "a comparison gives the base's own figure");

	/* 过亿 passes, 约 joins a bound of 余; a day part before 24 hours. */
	CHECK_STR(found("成交额过亿元"), "过亿元 money 100000000 CNY gt",
	    "过 before a bare multiplier passes it");
	CHECK_STR(found("损失约30余万元"), "约30余万元 money 300000 CNY gt",
	    "约 joins the span, 余 keeps the bound");
	CHECK_STR(found("下午14:00至17:00办理"),
	    "下午14:00至17:00 time T14:00..T17:00  ",
	    "a day part of two characters before a 24-hour clock");
	CHECK_STR(found("晚20时15分进行"), "20时15分 time T20:15  ",
	    "晚 alone before a 24-hour clock stays out");

	CHECK_STR(found("近三年内至少完成"), "三年内 duration 3 year le",
	    "近 before N年内 is recent, 内 bounds it");
	CHECK_STR(found("处于警戒线1.5以下"), "1.5以下 number 1.5  le",
	    "a bound after a bare number");
	CHECK_STR(found("标准为60以下简称甲方"), "60 number 60  ",
	    "以下简称 is no bound");

	CHECK_STR(found("砍下28分11篮板"), "28分 count 28 分  | 11篮板 count 11 篮板 ",
	    "rebounds are counted");
	CHECK_STR(found("已开启5孔泄洪闸"), "5孔 count 5 孔 ", "a sluice's openings");

	CHECK_STR(found("预算金额：人民币壹佰贰拾万元整"),
	    "人民币壹佰贰拾万元整 money 1200000 CNY ", "整 ends a sum in capitals");
	CHECK_STR(found("19世纪末，列强"), "19世纪末 date 18  ",
	    "末 after a century is in the span");
	CHECK_STR(found("上世纪90年代初"), "上世纪90年代初 date 199  ",
	    "初 after a decade is in the span");
	CHECK_STR(found("18世纪中叶"), "18世纪 date 17  ", "中叶 stays out");

	CHECK_STR(found("较一九年同期"), "一九年 date 2019  ",
	    "a year of two Chinese digits");
	CHECK_STR(found("九八年抗洪"), "九八年 date 1998  ", "in the 1900s past 30");
	CHECK_STR(found("工作了十九年"), "十九年 duration 19 year ",
	    "nineteen years are a length of time");
	CHECK_STR(found("五六年"), "五六年 duration 5..6 year ",
	    "five or six years are a range");

	CHECK_STR(found("冷链仓库可在-25℃～8℃之间"), "-25℃～8℃ measure -25..8 degC ",
	    "a sign before a low end with its unit is its own");
	CHECK_STR(found("气温-5℃至8℃"), "-5℃至8℃ measure -5..8 degC ",
	    "the high end keeps no sign of the low end's");
	CHECK_STR(found("最低气温为-1～2℃"), "-1～2℃ measure -1..2 degC ",
	    "a minus written as a symbol is the low end's alone");
	CHECK_STR(found("零下3到4度"), "零下3到4度 measure -4..-3 degC ",
	    "a sign word signs both ends");
	CHECK_STR(found("零下5℃至8℃"), "零下5℃至8℃ measure -5..8 degC ",
	    "but not past the low end's own unit");

	CHECK_STR(found("【产品批号】241108"), "", "a code after a label's bracket");
	CHECK_STR(found("接入第三方平台"), "", "第三方 is a third party");
	CHECK_STR(found("这一年，秦灭六国"), "", "这一年 is that year");
	CHECK_STR(found("“半日达”订单占比"), "", "a delivery service's name");
	CHECK_STR(found("迎来“双11”购物节"), "", "a number in a short quote names");
	CHECK_STR(found("宣称“借1万元每天只需5元”"),
	    "1万元 money 10000 CNY  | 5元 money 5 CNY ",
	    "money in a short quote is still money");
	CHECK_STR(found("新书《十七岁的河》出版"), "",
	    "a number in a short title is its name's");
	CHECK_STR(found("《飞驰人生2》上映，首印5万册"), "5万册 count 50000 册 ",
	    "one after the title is counted");
	CHECK_STR(found("119指挥中心接警后"), "", "a dispatch centre's number");

	CHECK_STR(found("2025赛季中超"), "2025 date 2025  ",
	    "a season of one year, the word out of the span");
	CHECK_STR(found("寬減2023-24課稅年度"), "2023-24課稅年度 date 2023..2024  ",
	    "a tax year over two years");

	CHECK_STR(found("由百分之二點五至三點五收窄"),
	    "百分之二點五至三點五 percent 2.5..3.5 % ", "百分之 shared by a range");
	CHECK_STR(found("百分之二至百分之三"), "百分之二至百分之三 percent 2..3 % ",
	    "百分之 written at both ends");

	CHECK_STR(found("以旧换新最高补贴800元"), "800元 money 800 CNY le",
	    "最高 and a grant's verb bound the amount");
	CHECK_STR(found("最高气温35℃"), "35℃ measure 35 degC ",
	    "最高气温 is a noun: no bound");

	CHECK_STR(found("年薪20-30万"), "20-30万 money 200000..300000 CNY ",
	    "an amount of 万 after a word of money");
	CHECK_STR(found("营收达120亿，同比"), "120亿 money 12000000000 CNY ",
	    "a verb between the word of money and the amount");
	CHECK_STR(found("月活跃用户数已突破5000万"), "5000万 number 50000000  ",
	    "users are no money");

	CHECK_STR(found("年薪20-30万"), "20-30万 money 200000..300000 CNY ",
	    "an amount of 万 after a word of money");
	CHECK_STR(found("营收达120亿，同比"), "120亿 money 12000000000 CNY ",
	    "a verb between the word of money and the amount");
	CHECK_STR(found("月活跃用户数已突破5000万"), "5000万 number 50000000  ",
	    "users are no money");

	CHECK_STR(found("试用期月薪8K-12K，"), "8K-12K money 8000..12000 CNY ",
	    "K after a pay's digits is thousands");
	CHECK_STR(found("月薪8-12K"), "8-12K money 8000..12000 CNY ",
	    "K shared by a range");
	CHECK_STR(found("年薪30w"), "30w money 300000 CNY ", "w is ten thousands");
	CHECK_STR(found("支持4K视频"), "", "4K with no word of money is a name");
	CHECK_STR(found("转正后8K-12K/月"), "8K-12K money 8000..12000 CNY ",
	    "K before a pay's period");

	CHECK_STR(found("太阳的直径约为1.39×10^6千米"),
	    "约为1.39×10^6千米 measure 1390000 km approx", "scientific notation");
	CHECK_STR(found("约2×10⁶人"), "约2×10⁶人 count 2000000 人 approx",
	    "a power of ten in superscripts");
	CHECK_STR(found("分辨率460PPI，算力254TOPS"),
	    "460PPI measure 460 ppi  | 254TOPS measure 254 TOPS ",
	    "pixel density and computing power");
	CHECK_STR(found("峰值扭矩690N·m"), "690N·m measure 690 N·m ", "torque");
	CHECK_STR(found("（3～4人份）"), "3～4人份 count 3..4 人份 ", "servings");
	CHECK_STR(found("从每公升2令吉05仙降至1令吉99仙"),
	    "2令吉05仙 money 2.05 MYR  | 1令吉99仙 money 1.99 MYR ",
	    "cents after a whole amount of a currency");
	CHECK_STR(found("3美元50美分"), "3美元50美分 money 3.5 USD ",
	    "US cents after dollars");
	CHECK_STR(found("收费5美元1分钟"),
	    "5美元 money 5 USD  | 1分钟 duration 1 minute ", "a minute is no cent");
	CHECK_STR(found("租約為期兩年"), "兩年 duration 2 year ",
	    "a word ending in 约 before 为期 is no hedge");
	CHECK_STR(found("塔身倾斜约0.8度"), "约0.8度 measure 0.8 deg approx",
	    "a tilt is an angle");
	CHECK_STR(found("九死一生"), "", "an idiom");
	CHECK_STR(found("火势蔓延至4楼至7楼"), "4楼至7楼 ordinal 4..7  ",
	    "a range of floors");
	CHECK_STR(found("住在二楼"), "二楼 ordinal 2  ", "a floor");
	CHECK_STR(found("分别加快5.3个和4.1个百分点"),
	    "5.3个 percent 5.3 pp  | 4.1个百分点 percent 4.1 pp ",
	    "points shared, 个 and all");
	CHECK_STR(found("3个和5个项目"), "3个 count 3 个  | 5个 count 5 个 ",
	    "counts of 个 share nothing");
	CHECK_STR(found("始建于唐贞观十二年（638年）"),
	    "唐贞观十二年 date 0638   | 638年 date 0638  ",
	    "a year of the common era glossed after a reign's");
	CHECK_STR(found("服刑三年（3年）"),
	    "三年 duration 3 year  | 3年 duration 3 year ", "a length glossed");
	CHECK_STR(found("2025届高校毕业生"), "2025届 date 2025  ",
	    "a class's year of graduation");
	CHECK_STR(found("8个楼盘"), "8个 count 8 个 ", "楼盘 is no floor");
	CHECK_STR(found("累计评价2万+，已售5000+件"),
	    "2万+ number 20000  gt | 5000+件 count 5000 件 gt",
	    "a plus after a count is more than");
	CHECK_STR(found("笔试成绩×60%+面试成绩×40%"),
	    "60% percent 60 %  | 40% percent 40 % ", "a plus in a formula adds");
	CHECK_STR(found("造成2死3伤"), "2死 count 2 死  | 3伤 count 3 伤 ",
	    "casualties, counted as a record");
	CHECK_STR(found("吸力6000Pa，胎压250kPa"),
	    "6000Pa measure 6000 Pa  | 250kPa measure 250 kPa ", "pressure");
	CHECK_STR(found("大葱1段，切2刀"), "1段 count 1 段  | 2刀 count 2 刀 ",
	    "lengths cut and cuts made");
	CHECK_STR(found("共100道题，我们一道去"), "100道 count 100 道 ",
	    "questions counted after digits; 一道 is together");
	CHECK_STR(found("客队4号后卫被罚下"), "", "a player's number");
	CHECK_STR(found("遭遇3连败"), "3连败 count 3 连败 ", "a run of results");
	CHECK_STR(found("其中約四成為非本地觀眾"), "約四成 percent 40 % approx",
	    "tenths before 为");
	CHECK_STR(found("让2024成为丰收年"), "2024 number 2024  ",
	    "a year before 成为 is no tenths");
	CHECK_STR(found("账号粉丝超百万"), "超百万 number 1000000  gt",
	    "a bounded multiplier alone");
	CHECK_STR(found("百万富翁"), "", "a multiplier in a word");
	CHECK_STR(found("手里现金十来万"), "十来万 money 100000 CNY approx",
	    "about so many, as speech says it, of money");
	CHECK_STR(found("二十来岁"), "二十来岁 count 20 岁 approx", "about twenty");
	CHECK_STR(found("一来方便，二来省钱"), "", "一来 enumerates");
	CHECK_STR(found("一天来回差不多60公里"),
	    "一天 duration 1 day  | 差不多60公里 measure 60 km approx",
	    "差不多 is about");
	CHECK_STR(found("不下50个"), "不下50个 count 50 个 ge", "no fewer than");
	CHECK_STR(found("裸车价12.98万"), "12.98万 money 129800 CNY ",
	    "an amount after a price's word");
	CHECK_STR(found("料酒1勺半"), "1勺半 count 1.5 勺 ", "a count and a half");
	CHECK_STR(found("吃了三个半。"), "三个半 count 3.5 个 ", "half after 个");
	CHECK_STR(found("老抽半勺"), "半勺 count 0.5 勺 ",
	    "half of a classifier marked so");
	CHECK_STR(found("上半场"), "", "half of a match is no count");
	CHECK_STR(found("五个半月"), "五个半月 duration 5.5 month ",
	    "half a month more");
	CHECK_STR(found("第一步：切块"), "第一步 ordinal 1  ", "a method's step");
	CHECK_STR(found("细胞数达到10^8个"), "10^8个 count 100000000 个 ",
	    "a power of ten alone");
	CHECK_STR(found("误差约10⁻³米"), "约10⁻³米 measure 0.001 m approx",
	    "a negative power of ten alone");
	CHECK_STR(found("2^10"), "2 number 2   | 10 number 10  ",
	    "a power of two is not one of ten");
	CHECK_STR(found("60x10厘米"), "60 measure 60 cm  | 10厘米 measure 10 cm ",
	    "a size's sides are no power of ten");

	CHECK_STR(found("城乡居民收入比缩小至一点九八"), "一点九八 number 1.98  ",
	    "a decimal in Chinese numerals is a number");
	CHECK_STR(found("一点一滴地积累"), "", "一点一滴 is bit by bit");
	CHECK_STR(found("收入比缩小至一点九八比一"),
	    "一点九八 number 1.98   | 一 number 1  ", "a ratio's terms are numbers");
	CHECK_STR(found("三比一获胜"), "三 number 3   | 一 number 1  ",
	    "a score in Chinese numerals");
	CHECK_STR(found("早上八点二十分"), "早上八点二十分 time T08:20  ",
	    "a clock in Chinese numerals is no decimal");
	CHECK_STR(found("十点零五分"), "十点零五分 time T10:05  ",
	    "nor with a zero minute");

	CHECK_STR(found("数据库升级到MySQL 8.0版本"), "", "a version after a name");
	CHECK_STR(found("支持Wi-Fi 7"), "", "a standard's version");
	CHECK_STR(found("RM 500"), "RM 500 money 500 MYR ",
	    "a currency's code is no name");

	/* 内 after a length of time: within it; not a date, not a word. */
	CHECK_STR(found("须在48小时内完成"), "48小时内 duration 48 hour le",
	    "内 after hours");
	CHECK_STR(found("未来12个月内回购"), "12个月内 duration 12 month le",
	    "内 after months");
	CHECK_STR(found("在2至3小时内恢复"), "2至3小时内 duration 2..3 hour le",
	    "内 after a range of hours");
	CHECK_STR(found("三年内不得申请"), "三年内 duration 3 year le",
	    "内 after years in Chinese numerals");
	CHECK_STR(found("3月内完成"), "3月 date XXXX-03  ",
	    "a month's name is a date, 内 stays out");
	CHECK_STR(found("学习3天内容"), "3天 duration 3 day ", "内容 is no bound");
	CHECK_STR(found("5公里内"), "5公里内 measure 5 km le",
	    "内 bounds a distance too");
	CHECK_STR(found("3个内"), "3个 count 3 个 ", "内 bounds no count");
	CHECK_STR(found("5年期内"), "5年 duration 5 year ",
	    "期内 is within the term, not a term");

	/* A hedge before 每 and what it counts. */
	CHECK_STR(found("最多每户2000元"), "2000元 money 2000 CNY le",
	    "a hedge apart, before 每户");
	CHECK_STR(found("合约每户2000元"), "2000元 money 2000 CNY ",
	    "合约 before 每户 is no hedge");

	/* One set of list joins; one tenth after 块 or 成. */
	CHECK_STR(found("3或5家"), "3 count 3 家  | 5家 count 5 家 ",
	    "或 shares the next number's unit");
	CHECK_STR(found("拨打110与120"), "", "与 joins a list of codes");
	CHECK_STR(found("3成5左右"), "3成5左右 percent 35 % approx",
	    "a tenth after 成 in digits");
	CHECK_STR(found("7成2019年"), "7成 percent 70 %  | 2019年 date 2019  ",
	    "a year after 成 is no tenth");

	/* A phone word far after the number: only after a service number. */
	CHECK_STR(found("约有800市民参与了电话调查"), "800 number 800  approx",
	    "a phone word later in the clause makes no count a phone number");
	CHECK_STR(found("吸引了3000观众打进热线电话"), "3000 number 3000  ",
	    "a count of callers is no phone number");
	CHECK_STR(found("约有1000市民参与了电话调查"),
	    "1000 number 1000  approx", "a round hundred is no service number");
	CHECK_STR(found("12328交通运输服务监督电话"), "",
	    "a service number, its phone word further on");
	CHECK_STR(found("12345市民服务热线"), "", "a citizens' hotline");
	CHECK_STR(found("95588客服热线"), "", "a bank's service number");
	CHECK_STR(found("4008123123服务热线"), "", "a 400 number");
	CHECK_STR(found("800热线"), "", "a phone word just after the number");
	CHECK_STR(found("全市12315平台共受理"), "", "a platform named by its number");
	CHECK_STR(found("咨询电话为12393，"), "", "为 between the phone word and the number");
	CHECK_STR(found("电话为3部"), "3部 count 3 部 ", "a count after 为 stays");

	/* Groups of digits a space apart: a unit or a date ends them. */
	CHECK_STR(found("编号12 3个苹果"), "3个 count 3 个 ",
	    "a count after a code's number");
	CHECK_STR(found("咨询电话12345 2020年起开通"), "2020年 date 2020  ",
	    "a year after a phone number");
	CHECK_STR(found("咨询电话12345 3月起开通"), "3月 date XXXX-03  ",
	    "a month after a phone number");
	CHECK_STR(found("电话2123 4567"), "", "two groups of one phone number");

	/* Index points: a word of one character needs the index's name. */
	CHECK_STR(found("5日以外"), "5日 date XXXX-XX-05  ",
	    "以外 bounds measures only, so 5日 stays a day of the month");
	CHECK_STR(found("2020年至2019年"), "2020年 date 2020   | 2019年 date 2019  ",
	    "years out of order are no range");
	CHECK_STR(found("恒指收于2万点 商场开10点关门"),
	    "2万点 count 20000 点  | 10 number 10  ",
	    "an index named by the mention before is not this clause's");
	CHECK_STR(found("商场每天开10点关门"), "10 number 10  ",
	    "开 before a clock time is no index's move");
	CHECK_STR(found("他开12点的会"), "12 number 12  ", "a meeting at 12");
	CHECK_STR(found("气温降12点几度"), "12 number 12  ",
	    "降 without an index");
	CHECK_STR(found("恒指升12点"), "12点 count 12 点 ",
	    "升 after the index's name");
	CHECK_STR(found("恒指收市，降12点"), "12 number 12  ",
	    "the index's name in another clause");
	CHECK_STR(found("沪指上涨12点"), "12点 count 12 点 ",
	    "a move of two characters");
	CHECK_STR(found("上证指数收于3058.42点"), "3058.42点 count 3058.42 点 ",
	    "an index's level");
	CHECK_STR(found("恒指收报19235点"), "19235点 count 19235 点 ",
	    "an index's level in thousands");

	/* 起 after a year: from that year, no count of cases. */
	CHECK_STR(found("新规自2021起正式施行"), "2021 number 2021  ",
	    "起 after a year");
	CHECK_STR(found("2022起开始执行"), "2022 number 2022  ",
	    "起 after a year, another verb");
	CHECK_STR(found("发生3起事故"), "3起 count 3 起 ", "起 counts cases");
	CHECK_STR(found("全年共3126起"), "3126起 count 3126 起 ",
	    "起 after a number no year can be");
	CHECK_STR(found("第3起案件"), "第3起 ordinal 3  ", "the third case");

	/* 胜 平 负 count a team's record, and only in one. */
	CHECK_STR(found("本赛季8胜3平4负"),
	    "8胜 count 8 胜  | 3平 count 3 平  | 4负 count 4 负 ",
	    "wins, draws and losses");
	CHECK_STR(found("客场战绩十胜六负"), "十胜 count 10 胜  | 六负 count 6 负 ",
	    "a record in Chinese numerals, no draws");
	CHECK_STR(found("主队以2比0胜"), "2 number 2   | 0 number 0  ",
	    "胜 after a score is no count of wins");
	CHECK_STR(found("建筑面积120平方米"), "120平方米 measure 120 m2 ",
	    "平方米 stays a measure");
	CHECK_STR(found("一套90平米的房子"), "90平米 measure 90 m2 ",
	    "平米 stays a measure");
	CHECK_STR(found("房子有80平方"), "80 number 80  ", "平方 alone counts no draws");
	CHECK_STR(found("去年有7负增长"), "7 number 7  ", "负增长 counts no losses");
	CHECK_STR(found("其中6负债率较高"), "6 number 6  ", "负债 counts no losses");
	CHECK_STR(found("他们迎来4胜利"), "4 number 4  ", "胜利 counts no wins");

	/* 档 counts the steps of a scale. */
	CHECK_STR(found("电价分四档收费"), "四档 count 4 档 ", "steps of a tariff");
	CHECK_STR(found("风扇有3档风速"), "3档 count 3 档 ", "settings in digits");
	CHECK_STR(found("调阅2档案"), "2 number 2  ", "档案 are files");
	CHECK_STR(found("分为两个档次"), "两个 count 2 个 ", "档次 after 个 stays apart");

	/* 余 that begins a word after the unit is no qualifier. */
	CHECK_STR(found("发生4.5至4.9级余震2次"),
	    "4.5至4.9级 measure 4.5..4.9 级  | 2次 count 2 次 ",
	    "a range of aftershocks' magnitudes");
	CHECK_STR(found("记录到3级余震"), "3级 measure 3 级 ", "one magnitude");
	CHECK_STR(found("账户剩50元余额"), "50元 money 50 CNY ", "a balance");
	CHECK_STR(found("损失达20万元余"), "20万元余 money 200000 CNY gt",
	    "余 alone after the unit stays more than");

	/* 坪, Taiwan's floor area; 个季度, quarters of a year. */
	CHECK_STR(found("每戶約合1,200坪"), "約合1,200坪 measure 1200 ping approx",
	    "ping after 約合, thousands separated");
	CHECK_STR(found("一間25坪的店面"), "25坪 measure 25 ping ",
	    "ping in a shop's area");
	CHECK_STR(found("连续三个季度亏损"), "三个季度 duration 3 quarter ",
	    "quarters counted");
	CHECK_STR(found("第二季度营收"), "第二季度 date XXXX-Q2  ",
	    "a quarter of the year stays a date");

	/* A number of days before a period's name, or after 期为. */
	CHECK_STR(found("在15日的公示期内提出"), "15日 duration 15 day ",
	    "days before 的 and a period");
	CHECK_STR(found("有7日的冷静期"), "7日 duration 7 day ", "a cooling-off period");
	CHECK_STR(found("异议期为二十日"), "二十日 duration 20 day ",
	    "days after 期为");
	CHECK_STR(found("5日的会议期间"), "5日 date XXXX-XX-05  ",
	    "期间: a date within the meeting");
	CHECK_STR(found("以3日的日期为准"), "3日 date XXXX-XX-03  ", "日期 is a date");
	CHECK_STR(found("12日的会议上"), "12日 date XXXX-XX-12  ",
	    "的 before no period");

	/* A hedge before 半 and a unit of time is in the span. */
	CHECK_STR(found("会期约半天"), "约半天 duration 0.5 day approx", "about half a day");
	CHECK_STR(found("历时近半年"), "近半年 duration 0.5 year approx",
	    "nearly half a year");
	CHECK_STR(found("不到半小时"), "不到半小时 duration 0.5 hour lt",
	    "less than half an hour");
	CHECK_STR(found("签约半年后"), "半年 duration 0.5 year ", "签约 is no 约");

	/*
	 * Markets: basis points in letters, troy ounces, barrels after a
	 * price's slash, contract months, a futures' discount in points.
	 */
	CHECK_STR(found("国债收益率下行1.5bp至"), "1.5bp percent 1.5 bp ",
	    "bp in letters");
	CHECK_STR(found("降息25BP"), "25BP percent 25 bp ", "BP in capitals");
	CHECK_STR(found("金价2,450美元/盎司"), "2,450美元/盎司 money 2450 USD/oz ",
	    "a price of a troy ounce");
	CHECK_STR(found("国际油价78.42美元/桶"),
	    "78.42美元/桶 money 78.42 USD/bbl ", "a barrel after a price's slash");
	CHECK_STR(found("两桶水"), "两桶 count 2 桶 ", "alone 桶 is a classifier");
	CHECK_STR(found("学费8,000元/学年"), "8,000元/学年 money 8000 CNY/学年 ",
	    "a unit only after a slash");
	CHECK_STR(found("主力合约2512收涨"), "", "a contract's month is a code");
	CHECK_STR(found("合约3月到期"), "3月 date XXXX-03  ",
	    "a month after 合约 is a date");
	CHECK_STR(found("較現貨低水14點"), "14點 count 14 点 ",
	    "points of a futures' discount, not a clock");
	CHECK_STR(found("累计净买入超200亿元"), "超200亿元 money 20000000000 CNY gt",
	    "超 after 买入 is more than");
	CHECK_STR(found("贸易入超200亿美元"), "200亿美元 money 20000000000 USD ",
	    "入超 is a trade deficit");
	CHECK_STR(found("（688523）10月28日晚间"), "10月28日 date XXXX-10-28  ",
	    "a stock code in brackets is no area code before a date");
	CHECK_STR(found("专线(03)332-2101"), "", "an area code and its number");

	/* A half-year's report is of the first half. */
	CHECK_STR(found("2025年半年度报告"), "2025年半年度 date 2025-H1  ",
	    "半年度 after a year");
	CHECK_STR(found("2025年半年报"), "2025年半年 date 2025-H1  ",
	    "半年报 after a year, 报 out");
	CHECK_STR(found("2025年半年时间"),
	    "2025年 date 2025   | 半年 duration 0.5 year ", "half a year's time");

	/* Speech: about a bare thousand, less than after, prices in 块. */
	CHECK_STR(found("精华要千把块"), "千把块 money 1000 CNY approx",
	    "千把 is about a thousand");
	CHECK_STR(found("一百把椅子"), "一百把 count 100 把 ",
	    "after a figure 把 counts");
	CHECK_STR(found("一年保险才两千不到，"),
	    "一年 duration 1 year  | 两千不到 number 2000  lt",
	    "不到 after the amount");
	CHECK_STR(found("平均一年不到1.1万公里"),
	    "一年 duration 1 year  | 不到1.1万公里 measure 11000 km lt",
	    "不到 before a number bounds that one");
	CHECK_STR(found("转账5000元不到账"), "5000元 money 5000 CNY ",
	    "不到账 is no qualifier");
	CHECK_STR(found("100张才十几块，"),
	    "100张 count 100 张  | 十几块 money 11..19 CNY ",
	    "pieces after a word of a price are money");
	CHECK_STR(found("切成8块，"), "8块 count 8 块 ", "cut pieces");
	CHECK_STR(found("打了两针"), "两针 count 2 针 ", "shots");
	CHECK_STR(found("说得一针见血"), "", "an idiom");
	CHECK_STR(found("两餐之间可少量食用"), "", "between meals");

	/* 个 before 亿; codes, rooms, masks and extensions; a weekend. */
	CHECK_STR(found("营收突破5个亿"), "5个亿 money 500000000 CNY ",
	    "5个亿 is 5亿");
	CHECK_STR(found("两个亿元"), "两个亿元 money 200000000 CNY ",
	    "两个亿元");
	CHECK_STR(found("5个亿万富翁"), "5个 count 5 个 ",
	    "亿万 is a word of its own");
	CHECK_STR(found("锦绣苑602室"), "", "a room's number");
	CHECK_STR(found("3室2厅"), "3室 count 3 室  | 2厅 count 2 厅 ",
	    "rooms counted");
	CHECK_STR(found("电话138****2716"), "", "a masked phone number");
	CHECK_STR(found("2*3=6"), "2 number 2   | 3 number 3   | 6 number 6  ",
	    "one star is no mask");
	CHECK_STR(found("电话（02）2771-3456转215。"), "", "an extension");
	CHECK_STR(found("转3次"), "3次 count 3 次 ", "转 not after a phone");
	CHECK_STR(found("户号：3302118865"), "", "an account number");
	CHECK_STR(found("每逢周六日开放"), "", "周六日 is a weekend");
	CHECK_STR(found("5月六日"), "5月六日 date XXXX-05-06  ",
	    "六日 after a month is its day");
	CHECK_STR(found("出院后30日内在App上传"), "30日内 duration 30 day le",
	    "内在 after a length is within");
	CHECK_STR(found("不少於25公克"), "不少於25公克 measure 25 g ge",
	    "公克 are grams");
	CHECK_STR(found("中華民國114年1月20日"),
	    "中華民國114年1月20日 date 2025-01-20  ", "中华民国 in the span");
	CHECK_STR(found("第2學期"), "第2學期 ordinal 2  ", "a term");
	CHECK_STR(found("200格背包"), "200格 count 200 格 ", "slots");
	CHECK_STR(found("一家三口出行"), "", "a household");

	/* Hong Kong's speech: renminbi in 人仔, the morning, almost. */
	CHECK_STR(found("車票130人仔"), "130人仔 money 130 CNY ", "人仔 is renminbi");
	CHECK_STR(found("198蚊人仔"), "198蚊人仔 money 198 CNY ", "蚊人仔 too");
	CHECK_STR(found("三个人仔细看"), "三个 count 3 个 ", "人 then 仔细");
	CHECK_STR(found("朝早8點半出發"), "朝早8點半 time T08:30  ",
	    "朝早 is the morning");
	CHECK_STR(found("差唔多七百人仔"), "差唔多七百人仔 money 700 CNY approx",
	    "差唔多 is about");

	/* Tens and some in digits; carats; tables. */
	CHECK_STR(found("做了30幾年"), "30幾年 duration 31..39 year ",
	    "30几 is thirty-odd");
	CHECK_STR(found("30几万"), "30几万 number 310000..390000  ",
	    "thirty-odd ten thousands");
	CHECK_STR(found("35几个"), "35 number 35  ", "35 has its units");
	CHECK_STR(found("100几块"), "100 number 100  ",
	    "100几 may be tens or units more");
	CHECK_STR(found("1克拉钻戒"), "1克拉 measure 1 ct ", "a carat");
	CHECK_STR(found("克拉玛依市"), "", "a city's name");
	CHECK_STR(found("婚宴28桌"), "28桌 count 28 桌 ", "tables");

	/* Months into the next year; a school year; a pier; an idiom. */
	CHECK_STR(found("旺季（11月至次年1月）"),
	    "11月至次年1月 date XXXX-11..XXXX-01  ", "to the next year");
	CHECK_STR(found("2024年11月至次年3月"),
	    "2024年11月至次年3月 date 2024-11..2025-03  ", "its year goes on");
	CHECK_STR(found("11月至次年12月"),
	    "11月 date XXXX-11   | 12月 date XXXX-12  ",
	    "more than a year is no such range");
	CHECK_STR(found("第二学年"), "第二学年 ordinal 2  ", "a school year");
	CHECK_STR(found("由中環5號碼頭開出"), "", "a pier's number");
	CHECK_STR(found("百上加斤"), "", "an idiom");

	/* A match's score written as a clock; a list's markers. */
	CHECK_STR(found("比分为25:20、22:24、26:21"),
	    "25 number 25   | 20 number 20   | 22 number 22   | "
	    "24 number 24   | 26 number 26   | 21 number 21  ",
	    "beside 25:20 no clock reads, 22:24 is a score");
	CHECK_STR(found("决胜局打到13:11才分出胜负"),
	    "13 number 13   | 11 number 11  ", "a word before a score");
	CHECK_STR(found("主队以21:19战胜客队"),
	    "21 number 21   | 19 number 19  ", "a word after a score");
	CHECK_STR(found("会议22:24开始、23:30结束"),
	    "22:24 time T22:24   | 23:30 time T23:30  ",
	    "clocks in a list stay clocks");
	CHECK_STR(found("每天8:30负责签到"), "8:30 time T08:30  ",
	    "负责 is no defeat");
	CHECK_STR(found("女子400米：1. 许安然；2. 郑可欣"),
	    "400米 measure 400 m ", "markers after a colon and a semicolon");
	CHECK_STR(found("1、许安然"), "", "a marker at the line's start");
	CHECK_STR(found("3、5个人"), "3 count 3 个  | 5个 count 5 个 ",
	    "two numbers listed");
	CHECK_STR(found("共有1、2号楼"), "1 number 1  ",
	    "no marker inside a sentence");

	/* Days that last; bed-days; lanes and districts; solar terms. */
	CHECK_STR(found("跌破5日均线"), "5日 duration 5 day ", "a moving average");
	CHECK_STR(found("支持7日无理由退货"), "7日 duration 7 day ",
	    "a return window");
	CHECK_STR(found("10月5日均线失守"), "10月5日 date XXXX-10-05  ",
	    "a date with its month stays one");
	CHECK_STR(found("床位费45元/床日"), "45元/床日 money 45 CNY/床日 ",
	    "per bed-day");
	CHECK_STR(found("第5道的选手"), "第5道 ordinal 5  ", "a lane");
	CHECK_STR(found("第6選區議員"), "第6選區 ordinal 6  ", "a district");
	CHECK_STR(found("二十四节气"), "", "the solar terms");
	CHECK_STR(found("首付28万起"), "28万起 money 280000 CNY ge",
	    "a down payment from");
	CHECK_STR(found("火灾1.2万起"), "1.2万起 count 12000 起 ",
	    "fires counted");

	/* A verb, a line held against, a while, a hotline, a pair of digits. */
	CHECK_STR(found("从1.2升到了1.6"), "1.2 number 1.2   | 1.6 number 1.6  ",
	    "升 rises");
	CHECK_STR(found("1.5升到2升的瓶子"), "1.5升到2升 measure 1.5..2 L ",
	    "litres at both ends");
	CHECK_STR(found("高于1.5的警戒线"), "1.5 number 1.5  ",
	    "the line itself");
	CHECK_STR(found("低于2‰的年度控制目标"), "2‰ percent 2 ‰ ",
	    "a target a few words on");
	CHECK_STR(found("高于5%的增速"), "高于5% percent 5 % gt",
	    "a growth above");
	CHECK_STR(found("一時大意才駕車"), "", "a moment's carelessness");
	CHECK_STR(found("凌晨一时"), "凌晨一时 time T01:00  ", "one at night");
	CHECK_STR(found("一时三十分"), "一时三十分 time T01:30  ",
	    "one thirty");
	CHECK_STR(found("或12315进行举报"), "", "a hotline to report to");
	CHECK_STR(found("三、四百人"), "三、四百人 count 300..400 人 ",
	    "three or four hundred");
	CHECK_STR(found("第一、二名"), "第一 ordinal 1   | 二名 count 2 名 ",
	    "two places listed");
	CHECK_STR(found("第一、二十名"),
	    "第一 ordinal 1   | 二十名 count 20 名 ", "no pair after 第");
	CHECK_STR(found("正值金九银十"), "", "a peak season's name");

	/* Markers glued to their item, a half's bound, days put off or traded. */
	CHECK_STR(found("注：1.文中增速。2.规模以上"), "",
	    "list markers with no space after the dot");
	CHECK_STR(found("版本1.0发布"), "1.0 number 1  ", "a decimal stays");
	CHECK_STR(found("未来半年内到期"), "半年内 duration 0.5 year le",
	    "within half a year");
	CHECK_STR(found("半小时以上"), "半小时以上 duration 0.5 hour ge",
	    "half an hour or more");
	CHECK_STR(found("截止日顺延2日"), "2日 duration 2 day ",
	    "a deadline put off two days");
	CHECK_STR(found("推迟到10日"), "10日 date XXXX-XX-10  ",
	    "put off to the tenth");
	CHECK_STR(found("15个交易日后"), "15个交易日 duration 15 day ",
	    "trading days");
	CHECK_STR(found("约等于666.7平方米"),
	    "约等于666.7平方米 measure 666.7 m2 approx", "about equal to");
	CHECK_STR(found("较前一年度增加"), "", "the year before");
	CHECK_STR(found("前一年免费"), "一年 duration 1 year ",
	    "the first year, a length");
	CHECK_STR(found("2024/2025学年初"), "2024/2025学年初 date 2024..2025  ",
	    "a school year's start");

	/* Labels and addresses, Taiwan's dates, weeks, a sum's sign. */
	CHECK_STR(found("身披218号号码布"), "", "a bib's number");
	CHECK_STR(found("请到8号窗口办理"), "", "a counter's number");
	CHECK_STR(found("第4/2010號法律"), "", "a law numbered in its year");
	CHECK_STR(found("第3/4季度"), "第3 ordinal 3   | 4季度 date XXXX-Q4  ",
	    "no year after the slash");
	CHECK_STR(found("民生路二段289號"), "", "a house on a road's section");
	CHECK_STR(found("这一段28号"), "28 number 28  ",
	    "no road before, and a day may be meant");
	CHECK_STR(found("（06）2686751轉分機331、332"), "",
	    "extensions listed after a phone number");
	CHECK_STR(found("共有331、332人"), "331 count 331 人  | 332人 count 332 人 ",
	    "counts listed");
	CHECK_STR(found("刘万里"), "", "a given name");
	CHECK_STR(found("五万里路"), "五万里 measure 50000 li ", "a length in li");
	CHECK_STR(found("自114年3月1日起至114年12月31日止"),
	    "114年3月1日起至114年12月31日 date 2025-03-01..2025-12-31  ",
	    "a range of Taiwan's dates");
	CHECK_STR(found("發布日期：114-03-05"), "114-03-05 date 2025-03-05  ",
	    "a Taiwan date in digits");
	CHECK_STR(found("114-3-5"), "", "its month and day of two digits");
	CHECK_STR(found("2025年第12周"), "2025年第12周 date 2025-W12  ",
	    "a week of the year");
	CHECK_STR(found("第12周"), "第12周 ordinal 12  ", "a week alone");
	CHECK_STR(found("（70%＋5%）"), "70% percent 70 %  | 5% percent 5 % ",
	    "a fullwidth plus between two numbers is a sum");
	CHECK_STR(found("粉丝100万＋"), "100万＋ number 1000000  gt",
	    "and after one, more than");
	CHECK_STR(found("真的值得打四星吗"), "四星 count 4 星 ",
	    "a particle ends the word");
	CHECK_STR(found("两个油桶"), "两个 count 2 个 ", "a word runs on");
	CHECK_STR(found("贷款20万分36期还"),
	    "20万 money 200000 CNY  | 36期 count 36 期 ",
	    "分 parts a sum into instalments");
	CHECK_STR(found("得了95分"), "95分 count 95 分 ", "a score stays");
	CHECK_STR(found("将云汐-11至云汐-16共6颗"), "6颗 count 6 颗 ",
	    "models named with a hyphen");
	CHECK_STR(found("指数报-12，"), "-12 number -12  ", "a value below zero");
	CHECK_STR(found("每千瓦时加价0.05元"), "0.05元 money 0.05 CNY ",
	    "a unit named after 每");
	CHECK_STR(found("排量1600cc及以下"), "1600cc及以下 measure 1600 cc le",
	    "an engine's displacement");
	CHECK_STR(found("共装卸4,860自然箱"), "4,860自然箱 count 4860 自然箱 ",
	    "boxes as they stand");
	CHECK_STR(found("溢价逼近10万4000元"),
	    "逼近10万4000元 money 104000 CNY approx", "closing in on");
	CHECK_STR(found("1新元约兑3.24令吉"),
	    "1新元 money 1 SGD  | 3.24令吉 money 3.24 MYR approx",
	    "about, a rate's verb between");
	CHECK_STR(found("2025/26年冬春航季"), "2025/26年 date 2025..2026  ",
	    "a season over two years with 年");
	CHECK_STR(found("一斤半花蛤"), "一斤半 measure 1.5 jin ",
	    "half a unit more before a noun");
	CHECK_STR(found("5公里半程马拉松"), "5公里 measure 5 km ",
	    "半 starts a word");
	CHECK_STR(found("1．每车至少2名"), "至少2名 count 2 名 ge",
	    "a list's marker with a fullwidth dot");
	CHECK_STR(found("将于前一天18:00发布"), "18:00 time T18:00  ",
	    "the day before");
	CHECK_STR(found("请提前一天联系"), "一天 duration 1 day ", "a day ahead");
	CHECK_STR(found("平均心率152 bpm"), "152 bpm measure 152 bpm ",
	    "beats a minute");
	CHECK_STR(found("同车6萬4 03/15 21:18"),
	    "6萬4 number 64000   | 03/15 21:18 date XXXX-03-15T21:18  ",
	    "a reply's date and time");
	CHECK_STR(found("约03/15的比例"), "", "a fraction alone is no date");
	CHECK_STR(found("64G内存"), "64G measure 64 GB ", "storage in G");
	CHECK_STR(found("5G网络"), "", "a network's generation");
	CHECK_STR(found("5500毫安电池"), "5500毫安 measure 5500 mAh ",
	    "a battery as sellers write it");
	CHECK_STR(found("流量约为四万五千立方米每秒"),
	    "约为四万五千立方米每秒 measure 45000 m3/s approx", "a flow");
	CHECK_STR(found("3月上中旬"), "3月上中旬 date XXXX-03  ",
	    "a month's first two thirds");
	CHECK_STR(found("第二部分"), "第二部分 ordinal 2  ", "a text's part");
	CHECK_STR(found("一年落个十七万。"), "一年 duration 1 year  | 十七万 number 170000  ",
	    "ten and more before 万");
	CHECK_STR(found("十七八万"), "十七八万 number 170000..180000  ",
	    "a range of ten and more");
	CHECK_STR(found("差了十万八千里"), "", "an idiom's ten thousands");
	CHECK_STR(found("周三晚上7点半"), "晚上7点半 time T19:30  ",
	    "a weekday's evening");
	CHECK_STR(found("住三晚"), "三晚 count 3 晚 ", "three nights");
	CHECK_STR(found("7号线二期工程"), "二期 ordinal 2  ", "a line's phase");
	CHECK_STR(found("分三期建设"), "三期 count 3 期 ", "built in three phases");
	CHECK_STR(found("三块五到三块八"), "三块五到三块八 money 3.5..3.8 CNY ",
	    "a range in 块 with dimes at both ends");
	CHECK_STR(found("一块五到两块钱"), "一块五到两块钱 money 1.5..2 CNY ",
	    "a range in 块 to 块钱");
	CHECK_STR(found("切成3块到5块"), "3块到5块 count 3..5 块 ",
	    "pieces, no dimes nor 钱");
	CHECK_STR(found("才卖一块六七，"), "一块六七 money 1.6..1.7 CNY ",
	    "two tenths in a row");
	CHECK_STR(found("创近14个月新高"), "14个月 duration 14 month ",
	    "the last fourteen months");
	CHECK_STR(found("好评率98%，近30天已售500件"),
	    "98% percent 98 %  | 30天 duration 30 day  | 500件 count 500 件 ",
	    "the last thirty days, opening a clause");
	CHECK_STR(found("历时近两年，"), "近两年 duration 2 year approx",
	    "about two years after a verb");
	CHECK_STR(found("每股人民幣18.42分"),
	    "人民幣18.42分 money 0.1842 CNY ", "cents of a currency named");
	CHECK_STR(found("第1包中标人"), "第1包 ordinal 1  ", "a procurement's lot");
	CHECK_STR(found("让八成家庭步行"), "八成 percent 80 % ",
	    "a share before a noun that begins with 成");
	CHECK_STR(found("六成年轻人"), "六成 percent 60 % ", "a share of the young");
	CHECK_STR(found("任一成员"), "", "one member");
	CHECK_STR(found("籌款最多的是一間銀行"), "",
	    "a hedge reaches no number past 的");
	CHECK_STR(found("投票日前10日起至投票日止"), "10日 duration 10 day ",
	    "days before a day named, from then on");
	CHECK_STR(found("责令停业整顿30日"), "30日 duration 30 day ",
	    "a suspension's days");
	CHECK_STR(found("黄金周首五日"), "五日 duration 5 day ", "the first days");
	CHECK_STR(found("截至10日"), "10日 date XXXX-XX-10  ", "a day of the month");
	CHECK_STR(found("在二〇二一／二二、二〇二二／二三及二〇二三／二四財政年度"),
	    "二〇二一／二二 date 2021..2022   | 二〇二二／二三 date 2022..2023   | "
	    "二〇二三／二四財政年度 date 2023..2024  ",
	    "fiscal years digit by digit in Chinese, listed");
	CHECK_STR(found("二〇二一年"), "二〇二一年 date 2021  ", "a year alone");
	CHECK_STR(found("在2022-23、2023-24及2024-25財政年度"),
	    "2022-23 date 2022..2023   | 2023-24 date 2023..2024   | "
	    "2024-25財政年度 date 2024..2025  ", "fiscal years listed");
	CHECK_STR(found("在2025-26至2029-30年度的"),
	    "2025-26至2029-30年度 date 2025..2030  ", "a range of fiscal years");
	CHECK_STR(found("3-5、6-8"), "3-5 number 3..5   | 6-8 number 6..8  ",
	    "ranges listed, no years");
	CHECK_STR(found("县财力的“八成以上”用于民生"), "八成以上 percent 80 % ge",
	    "a bounded share quoted whole");
	CHECK_STR(found("“十四五”规划"), "", "a plan's name quoted");
	CHECK_STR(found("巴士服务84号和119号将调整"), "",
	    "numbers no day has before 号: labels");
	CHECK_STR(found("2024年1—9月份全省"), "2024年1—9月份 date 2024-01..2024-09  ",
	    "months of a year with 份");
	CHECK_STR(found("（单位：新台幣億元）"), "", "a scale alone");
	CHECK_STR(found("原煤　万吨　11312.5"), "11312.5 number 11312.5  ",
	    "a column's unit alone");
	CHECK_STR(found("4笔亿元捐赠"), "4笔 count 4 笔  | 亿元 money 100000000 CNY ",
	    "an amount with its one unwritten");
	CHECK_STR(found("瞬間最大陣風十七級"), "十七級 measure 17 级 ",
	    "wind force in Chinese numerals after a word of wind");
	CHECK_STR(found("启动防台风四级应急响应"), "", "a response's level");
	CHECK_STR(found("户均增收一万二。"), "一万二 money 12000 CNY ",
	    "added income");
	CHECK_STR(found("財政部昨（七）日公布"), "（七）日 date XXXX-XX-07  ",
	    "yesterday's day in brackets, in Chinese numerals");
	CHECK_STR(found("前(廿八)日"), "(廿八)日 date XXXX-XX-28  ",
	    "the day before yesterday's in brackets");
	CHECK_STR(found("第（3）日"), "3 number 3  ", "no word of which day");
	CHECK_STR(found("总产值六，一七五万元"), "六，一七五万元 money 61750000 CNY ",
	    "Chinese digits with their thousands after a comma");
	CHECK_STR(found("一九八○年，一九八一年"),
	    "一九八○年 date 1980   | 一九八一年 date 1981  ",
	    "years listed are no thousands");
	CHECK_STR(found("收入二·八六亿元"), "二·八六亿元 money 286000000 CNY ",
	    "a middle dot as the point before a multiplier");
	CHECK_STR(found("三·八妇女节"), "", "a middle dot in a day's name");
	CHECK_STR(found("拆息平均為五．六厘。"), "五．六厘 percent 5.6 % ",
	    "a unit of digits after Chinese digits with a written point");
	CHECK_STR(found("一厘一毫"), "", "a unit of digits after a Chinese digit");
	CHECK_STR(found("Ｋ８＋２００至Ｋ１５＋６００段"), "",
	    "mileposts in fullwidth letters and digits are codes");
	CHECK_STR(found("在Ｇ４２出口驶离"), "", "a road's number in fullwidth forms");
	CHECK_STR(found("每年11月15日至次年3月15日"),
	    "11月15日至次年3月15日 date XXXX-11-15..XXXX-03-15  ",
	    "days to a day of the next year");
	CHECK_STR(found("第10至12車維持為自由座"), "第10至12車 ordinal 10..12  ",
	    "a train's cars");
	CHECK_STR(found("以第44A號線為例"), "", "a route's label of digits and a letter");
	CHECK_STR(found("国道1号及3号车流量"), "", "road numbers listed");
	CHECK_STR(found("生产批号为240801至250115，"), "", "a range of batch codes");
	CHECK_STR(found("六、70周岁以上老年人"), "70周岁以上 duration 70 year ge",
	    "a Chinese list marker before digits");
	CHECK_STR(found("發文字號：農防字第一一四一四七〇三五二號"), "",
	    "a document's serial digit by digit in Chinese");
	CHECK_STR(found("西红柿卖３块５一斤"), "３块５ money 3.5 CNY  | 一斤 measure 1 jin ",
	    "dimes after 块 in fullwidth digits");
	CHECK_STR(found("著有文集八卷"), "八卷 count 8 卷 ", "a work's volumes");
	CHECK_STR(found("林秉章（1832—1900），字子明"), "1832—1900 date 1832..1900  ",
	    "a life's years in brackets after a name");
	CHECK_STR(found("（1832—1900）"), "", "years in brackets after no name");
	CHECK_STR(found("南宋绍兴十二年"), "南宋绍兴十二年 date 1142  ",
	    "a reign named as a city is after its dynasty");
	CHECK_STR(found("绍兴十二年"), "十二年 duration 12 year ",
	    "a city's name without a dynasty");
	CHECK_STR(found("昭和十年"), "昭和十年 date 1935  ", "a year of Japan's era");
	CHECK_STR(found("总成绩268杆"), "268杆 count 268 杆 ", "a golfer's strokes");
	CHECK_STR(found("系列赛第二战"), "第二战 ordinal 2  ", "a match of a series");
	CHECK_STR(found("她在本届赛事夺得3金"), "3金 count 3 金 ", "medals won, counted alone");
	CHECK_STR(found("1.5匹变频空调"), "1.5匹 measure 1.5 hp ",
	    "an air conditioner's horsepower");
	CHECK_STR(found("两匹马"), "两匹 count 2 匹 ", "horses");
	CHECK_STR(found("每斤七毛到八毛"), "七毛到八毛 money 0.7..0.8 CNY ",
	    "dimes at both ends of a range");
	CHECK_STR(found("今晚7点半开售"), "今晚7点半 time T19:30  ",
	    "tonight's hour with its day");
	CHECK_STR(found("昨晚10点"), "晚10点 time T22:00  ", "last night's hour");
	CHECK_STR(found("以3比1胜出"), "3 number 3   | 1 number 1  ", "a score's win");
	CHECK_STR(found("五月初五端午节"), "五月初五 date XXXX-05-05  ",
	    "a lunar month's day with 初");
	CHECK_STR(found("三月初，天气转暖"), "三月初 date XXXX-03  ",
	    "early in a month");
	CHECK_STR(found("不及半年便离任"), "不及半年 duration 0.5 year lt",
	    "short of half a year");
	CHECK_STR(found("分为三、5个"), "三 count 3 个  | 5个 count 5 个 ",
	    "two numbers listed inside a sentence");
	CHECK_STR(found("Ａ股上涨３％"), "３％ percent 3 % ",
	    "a fullwidth letter with no digit is a word");
	CHECK_STR(found("於一百十四年第四季完成"), "一百十四年第四季 date 2025-Q4  ",
	    "a year of the Republic in Chinese numerals with its quarter");
	CHECK_STR(found("已有一百一十年历史"), "一百一十年 duration 110 year ",
	    "a length in Chinese numerals");

	CHECK_STR(found("3室2厅1厨2卫"),
	    "3室 count 3 室  | 2厅 count 2 厅  | 1厨 count 1 厨  | "
	    "2卫 count 2 卫 ", "a flat's layout");
	CHECK_STR(found("2卫生间"), "2 number 2  ", "a bathroom's word");
	CHECK_STR(found("豆瓣给了四星，"), "四星 count 4 星 ", "a rating");
	CHECK_STR(found("五星红旗"), "", "a flag's name");

	CHECK_STR(found("第二次五级以上地震"),
	    "第二次 ordinal 2   | 五级以上 measure 5 级 ge",
	    "an earthquake just after names 级 after Chinese digits");
	CHECK_STR(found("发生四级余震"), "四级 measure 4 级 ",
	    "so does an aftershock");
	CHECK_STR(found("启动地震应急三级响应"), "",
	    "an earthquake before a response's level names no magnitude");
	CHECK_STR(found("两国关系三度降温"), "",
	    "a word of temperature after 三度 leaves it thrice");
	CHECK_STR(found("發生規模6.1地震"), "規模6.1 measure 6.1 级 ",
	    "Taiwan's magnitude word before a bare number");
	CHECK_STR(found("可能發生規模4至5的餘震"), "規模4至5 measure 4..5 级 ",
	    "a range of magnitudes");
	CHECK_STR(found("融资规模6亿元"), "6亿元 money 600000000 CNY ",
	    "a size stays a size");
	CHECK_STR(found("投资规模为8，地震"), "8 number 8  ",
	    "a number after the word but not right after it");
	CHECK_STR(found("临界温度突破40K"), "40K measure 40 K ",
	    "K after a temperature is kelvin");
	CHECK_STR(found("温度很高，买了4K电视"), "",
	    "in a clause without one it is a name");
	CHECK_STR(found("月薪8K"), "8K money 8000 CNY ", "or a pay");
	CHECK_STR(found("在2特斯拉磁场下"), "2特斯拉 measure 2 T ", "tesla");
	CHECK_STR(found("14吉帕以上的高压"), "14吉帕以上 measure 14 GPa ge",
	    "gigapascals");
	CHECK_STR(found("亮度约为满月时的万分之一"), "万分之一 percent 0.01 % approx",
	    "a part in ten thousand is a hundredth of a percent");
	CHECK_STR(found("萬分之三至萬分之五"), "萬分之三至萬分之五 percent 0.03..0.05 % ",
	    "a range of them");
	CHECK_STR(found("一百点123"), "一百点123 number 100.123  ",
	    "Arabic digits after a Chinese number's 点 are its decimals");
	CHECK_STR(found("再久一点15秒"), "15秒 duration 15 second ",
	    "but not after 一点, a little");
	CHECK_STR(found("零年贰月"), "零年 duration 0 year  | 贰月 date XXXX-02  ",
	    "no year's months after no years");
	CHECK_STR(found("統計至今（21）日11時"), "（21）日11時 date XXXX-XX-21T11:00  ",
	    "a clock time after a bracketed day");
	CHECK_STR(found("电话：０５７１－８６７２３３１５"), "",
	    "a phone number in fullwidth digits");
	CHECK_STR(found("二次供水加压费"), "", "a term with 二次");
	CHECK_STR(found("抗震设防烈度为7度"), "7度 measure 7 级 ",
	    "an earthquake's intensity");
	CHECK_STR(found("息率下調至P-2.25厘"), "2.25厘 percent 2.25 % ",
	    "a spread under the prime rate");
	CHECK_STR(found("利率为LPR-20BP"), "20BP percent 20 bp ",
	    "a spread in basis points under a named rate");
	CHECK_STR(found("COVID-19"), "", "a name with a hyphen");
	CHECK_STR(found("年产能约12.6GWh"), "约12.6GWh measure 12.6 GWh approx",
	    "gigawatt hours");
	CHECK_STR(found("主轴转速10000r/min"), "10000r/min measure 10000 r/min ",
	    "revolutions a minute in letters");
	CHECK_STR(found("手持订单386.5万载重吨"),
	    "386.5万载重吨 measure 3865000 dwt ", "a ship's deadweight");
	CHECK_STR(found("运力7000车位"), "7000车位 count 7000 车位 ",
	    "a car carrier's places");
	CHECK_STR(found("满3000元享9折，最高减400元"),
	    "3000元 money 3000 CNY  | 9折 percent 90 %  | 400元 money 400 CNY le",
	    "the most a discount takes off");
	CHECK_STR(found("在“百亿补贴”频道购买"), "", "a subsidy channel's name");
	CHECK_STR(found("年满18周岁的居民"), "18周岁 duration 18 year ",
	    "an age in full years is a length of years");
	CHECK_STR(found("年满18岁的居民"), "18岁 count 18 岁 ", "岁 stays a count");
	CHECK_STR(found("免息期最短18天"), "最短18天 duration 18 day ge",
	    "the least a term lasts");
	CHECK_STR(found("应纳税所得额60萬1元至135萬元"),
	    "60萬1元至135萬元 money 600001..1350000 CNY ",
	    "a digit 元 follows after 萬 counts ones");
	CHECK_STR(found("月薪1万5"), "1万5 money 15000 CNY ",
	    "a lone digit after 万 counts thousands");
	CHECK_STR(found("募集期：2025年6月12日9:00至2025年6月18日17:00"),
	    "2025年6月12日9:00至2025年6月18日17:00 date "
	    "2025-06-12T09:00..2025-06-18T17:00  ",
	    "a range of dates and times with the year at both ends");

	/* Tenders, contracts and telecoms. */
	CHECK_STR(found("本合同一式陆份，甲方执肆份"),
	    "陆份 count 6 份  | 肆份 count 4 份 ",
	    "capital numerals count copies after a word");
	CHECK_STR(found("登陆时"), "", "a capital in a word stays in it");
	CHECK_STR(found("按发改价格〔２０１５〕２９９号文件"), "",
	    "a document's number in fullwidth digits");
	CHECK_STR(found("电话：(04)2228-9111#3541"), "",
	    "an extension after #");
	CHECK_STR(found("3#楼"), "3 number 3  ", "# before a building's name");
	CHECK_STR(found("招標編號：LSFD/T/25/0386"), "",
	    "a code of capitals and digits between slashes");
	CHECK_STR(found("于2025/3/15开标"), "2025/3/15 date 2025-03-15  ",
	    "a date's slashes hold no capitals");
	CHECK_STR(found("东莞市第五高级中学"), "", "a school's name");
	CHECK_STR(found("容积不小于90加仑"), "不小于90加仑 measure 90 gal ge",
	    "gallons");
	CHECK_STR(found("合同签订后30个日历日内"),
	    "30个日历日内 duration 30 day le", "calendar days");
	CHECK_STR(found("逾期超过30日的"), "超过30日 duration 30 day gt",
	    "past so many days is a length");
	CHECK_STR(found("不足一日者以1日计"),
	    "不足一日 duration 1 day lt | 1日 duration 1 day ",
	    "counted as so many days");
	CHECK_STR(found("12月超过5日"),
	    "12月 date XXXX-12   | 超过5日 duration 5 day gt",
	    "a month before keeps its own mention");
	CHECK_STR(found("同比增长大概百分之十到十四"),
	    "大概百分之十到十四 percent 10..14 % approx",
	    "a range after 百分之十");
	CHECK_STR(found("增长百分之十左右"), "百分之十左右 percent 10 % approx",
	    "a hedge after 百分之十");
	CHECK_STR(found("百分之百需要"), "", "百分之百 before a verb is wholly");
	CHECK_STR(found("平均时延18.6毫秒，低于20ms"),
	    "18.6毫秒 duration 18.6 ms  | 低于20ms duration 20 ms lt",
	    "milliseconds");
	CHECK_STR(found("内存7500MT/s，出口6.4Tbps，回落至384kbps"),
	    "7500MT/s measure 7500 MT/s  | 6.4Tbps measure 6.4 Tbps  | "
	    "384kbps measure 384 kbps ", "data rates");
	CHECK_STR(found("最高支持4TB扩展"), "4TB measure 4 TB le",
	    "the most a device takes");
	CHECK_STR(found("保持两位数增长"), "", "how many digits, no count");
	CHECK_STR(found("手机直拨188"), "", "a number dialled");
	CHECK_STR(found("2000M宽带（上行200M）"),
	    "2000M measure 2000 Mbps  | 200M measure 200 Mbps ",
	    "broadband's M, named after it and before it");
	CHECK_STR(found("营收300M"), "", "M that no word names");
	CHECK_STR(found("月費$168起"), "$168起 money 168 USD ge",
	    "起 after a currency named before is from so much");
	CHECK_STR(found("3起事故"), "3起 count 3 起 ", "起 counts cases");
	CHECK_STR(found("办理千兆套餐"), "", "a network's speed class");

	/* Logistics and entertainment. */
	CHECK_STR(found("统计周期2025.11.17—2025.11.23"),
	    "2025.11.17—2025.11.23 date 2025-11-17..2025-11-23  ",
	    "a range of dates in digits");
	CHECK_STR(found("于2025.3.1-3.5举行"),
	    "2025.3.1-3.5 date 2025-03-01..2025-03-05  ",
	    "the range's end without its year");
	CHECK_STR(found("2025.11.17-2025.11.10"),
	    "2025.11.17 date 2025-11-17   | 2025.11.10 date 2025-11-10  ",
	    "no range back in time");
	CHECK_STR(found("每天14～18时送达"), "14～18时 time T14:00..T18:00  ",
	    "hours with 时 after the last");
	CHECK_STR(found("《山海》第二季定档"), "第二季 ordinal 2  ",
	    "a show's season");
	CHECK_STR(found("第二季营收"), "第二季 date XXXX-Q2  ", "a quarter");
	CHECK_STR(found("运价0.46元/吨公里"), "0.46元/吨公里 money 0.46 CNY/t·km ",
	    "tonne-kilometres");
	CHECK_STR(found("约为5600美元/FEU"),
	    "约为5600美元/FEU money 5600 USD/FEU approx", "per container");
	CHECK_STR(found("630KVA变压器"), "630KVA measure 630 kVA ",
	    "kVA in capitals");
	CHECK_STR(found("租期3年起"), "3年起 duration 3 year ge",
	    "起 after a length is at least");
	CHECK_STR(found("出院后30日起"), "30日 date XXXX-XX-30  ",
	    "起 after a time counted from is from then");

	/* Construction. */
	CHECK_STR(found("楼梯净宽不应小于1.10m"), "1.10m measure 1.1 m ge",
	    "a code's bound, the verb out of the span");
	CHECK_STR(found("含水率不宜大于50%"), "50% percent 50 % le",
	    "不宜大于 is at most");
	CHECK_STR(found("养护12h内"), "12h内 duration 12 hour le",
	    "hours in a letter");
	CHECK_STR(found("活荷载2.0kN/m²"), "2.0kN/m² measure 2 kN/m2 ",
	    "a floor's load");
	CHECK_STR(found("平均配速5'33\"/km，"), "5'33\"/km duration 333 second/km ",
	    "a runner's pace in primes");
	CHECK_STR(found("第一公里5′48″"), "第一 ordinal 1   | 5′48″ duration 348 second ",
	    "a split in primes");
	CHECK_STR(found("下晝3點至6點"), "下晝3點至6點 time T15:00..T18:00  ",
	    "Cantonese afternoon");
	CHECK_STR(found("全程約6個鐘15分"), "約6個鐘15分 duration 375 minute approx",
	    "Cantonese hours and their minutes");
	CHECK_STR(found("买了一个钟表"), "", "a clock is no hour");
	CHECK_STR(found("全程用时52:18，配速"), "52:18 duration 3138 second ",
	    "minutes and seconds after a word of a race");
	CHECK_STR(found("比分55:41"), "55 number 55   | 41 number 41  ",
	    "no race word, no length");
	CHECK_STR(found("最佳成绩为 52:18"), "52:18 duration 3138 second ",
	    "为 and a space between");
	CHECK_STR(found("十二月六日至明年一月三十一日"),
	    "十二月六日至明年一月三十一日 date XXXX-12-06..XXXX-01-31  ",
	    "a range into next year");
	return t_status();
}
