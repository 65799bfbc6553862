/* Unit tests of the numeral grammar (src/numextract/numeral.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numextract/lexicon.h"
#include "numextract/numeral.h"
#include "t.h"

static char got[DEC_FMTMAX * 2 + 4];

/* The value of the numeral at the start of s, "lo..hi" for ranges. */
static const char *
value(const char *s)
{
	struct numeral num;
	char hi[DEC_FMTMAX];

	if (!numeral_parse(s, strlen(s), 0, &num))
		return "none";
	if (num.bad)
		return "bad";
	dec_format(&num.lo, got);
	if (num.ranged) {
		dec_format(&num.hi, hi);
		strcat(got, "..");
		strcat(got, hi);
	}
	return got;
}

int
main(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "1,358", "1358" },
		{ "1,862 · 37", "1862" },
		{ "82，225.00元", "82225" },
		{ "１．０７５３", "1.0753" },
		{ "19.27亿", "1927000000" },
		{ "1.7万", "17000" },
		{ "3千万", "30000000" },
		{ "2万亿", "2000000000000" },
		{ "3千万亿", "3000000000000000" },
		{ "5亿1万4千6百", "500014600" },
		{ "1万600", "10600" },
		{ "22746.9千万", "227469000000" },
		{ "一千零五", "1005" },
		{ "一万零一百一十一", "10111" },
		{ "十万零一", "100001" },
		{ "九百万零四百", "9000400" },
		{ "拾亿零六万零五百零六", "1000060506" },
		{ "二〇〇二", "2002" },
		{ "两百", "200" },
		{ "兩千四百五", "2450" },
		{ "參萬肆仟伍佰陸拾柒", "34567" },
		{ "貳佰零參", "203" },
		{ "廿二", "22" },
		{ "卅三", "33" },
		{ "三万五", "35000" },
		{ "一百二", "120" },
		{ "两千六", "2600" },
		{ "千三", "1300" },
		{ "十五万三千", "153000" },
		{ "一百二十", "120" },
		{ "五十四点七六", "54.76" },
		{ "零点零一", "0.01" },
		{ "一点五万", "15000" },
		{ "五六", "5..6" },
		{ "三五", "3..5" },
		{ "三六", "36" },
		{ "二四", "24" },
		{ "十几", "11..19" },
		{ "二十几万", "210000..290000" },
		{ "八九亿", "800000000..900000000" },
		{ "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二",
		    "4569831148725382" },
		{ "1.2.3", "bad" },
		{ "个", "none" },
	};
	struct numeral num;
	size_t i;
	char what[256], *end;

	lexicon_load();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(what, sizeof(what), "numeral %s", cases[i].in);
		CHECK_STR(value(cases[i].in), cases[i].want, what);
	}
	/* Exactly as long as the text: a read past it shows under valgrind. */
	if ((end = malloc(3)) != NULL) {
		memcpy(end, "第", 3);
		CHECK(!numeral_parse(end, 3, 3, &num),
		    "no numeral at the end of the text");
		memcpy(end, "一", 3);
		CHECK(numeral_parse(end, 3, 0, &num) && num.end == 3 &&
		    num.one_char, "a lone digit ends with the text");
		free(end);
	}
	return t_status();
}
