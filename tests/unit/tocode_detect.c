/*
 * tocode_detect.c: the stages of encoding detection.
 */
#include <string.h>

#include "t.h"
#include "tocode/detect.h"

static struct detection d;

static const char *
detect(const char *s, size_t n, int at_eof)
{
	detect_encoding((const unsigned char *)s, n, at_eof, &d);
	return d.name;
}

#define DETECT(lit, at_eof) detect((lit), sizeof(lit) - 1, (at_eof))

/* 国务院常务会议指出，要加快推进重大项目建设，
 * 稳定经济增长。 */
static const char gbk[] =
    "\xb9\xfa\xce\xf1\xd4\xba\xb3\xa3\xce\xf1\xbb\xe1\xd2\xe9\xd6\xb8\xb3"
    "\xf6\xa3\xac\xd2\xaa\xbc\xd3\xbf\xec\xcd\xc6\xbd\xf8\xd6\xd8\xb4\xf3"
    "\xcf\xee\xc4\xbf\xbd\xa8\xc9\xe8\xa3\xac\xce\xc8\xb6\xa8\xbe\xad\xbc"
    "\xc3\xd4\xf6\xb3\xa4\xa1\xa3";
/* 閩侯縣召開專項行動推進會，確保各項任務落地見效。 */
static const char big5[] =
    "\xbb\xd4\xabJ\xbf\xa4\xa5l\xb6}\xb1M\xb6\xb5\xa6\xe6\xb0\xca\xb1\xc0"
    "\xb6i\xb7|\xa1""A\xbdT\xabO\xa6U\xb6\xb5\xa5\xf4\xb0\xc8\xb8\xa8\xa6"
    "a\xa8\xa3\xae\xc4\xa1""C";
/* 東京都は今日、新しい計画を発表しました。 */
static const char sjis[] =
    "\x93\x8c\x8b\x9e\x93s\x82\xcd\x8d\xa1\x93\xfa\x81""A\x90V\x82\xb5\x82"
    "\xa2\x8cv\x89\xe6\x82\xf0\x94\xad\x95\x5c\x82\xb5\x82\xdc\x82\xb5\x82"
    "\xbd\x81""B";
static const char eucjp[] =
    "\xc5\xec\xb5\xfe\xc5\xd4\xa4\xcf\xba\xa3\xc6\xfc\xa1\xa2\xbf\xb7\xa4"
    "\xb7\xa4\xa4\xb7\xd7\xb2\xe8\xa4\xf2\xc8\xaf\xc9\xbd\xa4\xb7\xa4\xde"
    "\xa4\xb7\xa4\xbf\xa1\xa3";
/* 대한민국의 수도는 서울입니다. */
static const char euckr[] =
    "\xb4\xeb\xc7\xd1\xb9\xce\xb1\xb9\xc0\xc7 \xbc\xf6\xb5\xb5\xb4\xc2 "
    "\xbc\xad\xbf\xef\xc0\xd4\xb4\xcf\xb4\xd9.";
/* the same in Johab */
static const char johab[] =
    "\x94\x81\xd0" "e\xa3\xa5\x8a\x82\xb7\x81 \xae\x81\x95\xa1\x93" "e "
    "\xac\xe1\xb6\x89\xb7\xb3\x93\xa1\x94" "a.";
/* 閩侯縣召開專項行動推進會，確保各項任務落地見效。 in EUC-TW */
static const char euctw[] =
    "\xeb\xdd\xcf\xec\xf1\xec\xc6\xae\xe2\xe4\xd9\xf1\xe2\xfa\xc8\xe7\xd9"
    "\xaf\xda\xe4\xe2\xd0\xe4\xc4\xa1\xa2\xed\xfd\xcf\xf1\xc7\xd6\xe2\xfa"
    "\xc7\xb6\xd9\xad\xe6\xaf\xc7\xe2\xcb\xc4\xd5\xe6\xa1\xa4";
/* Привет, как дела? Всё хорошо. */
static const char koi8r[] =
    "\xf0\xd2\xc9\xd7\xc5\xd4, \xcb\xc1\xcb \xc4\xc5\xcc\xc1? \xf7\xd3\xa3 "
    "\xc8\xcf\xd2\xcf\xdb\xcf.";

static void
test_bom(void)
{
	CHECK_STR(DETECT("\xef\xbb\xbfhello", 1), "UTF-8", "UTF-8 BOM");
	CHECK(d.bom_len == 3, "UTF-8 BOM is skipped");
	CHECK_STR(DETECT("\xff\xfeh\0i\0", 1), "UTF-16", "UTF-16LE BOM");
	CHECK_STR(d.iconv_name, "UTF-16LE", "UTF-16LE BOM converts as LE");
	CHECK(d.bom_len == 2, "UTF-16 BOM is skipped");
	CHECK_STR(DETECT("\xfe\xff\0h\0i", 1), "UTF-16", "UTF-16BE BOM");
	CHECK_STR(d.iconv_name, "UTF-16BE", "UTF-16BE BOM converts as BE");
	CHECK_STR(DETECT("\xff\xfe\0\0h\0\0\0", 1), "UTF-32", "UTF-32LE BOM");
	CHECK(d.bom_len == 4, "UTF-32 BOM is skipped");
}

static void
test_utf16(void)
{
	CHECK_STR(DETECT("h\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 1), "UTF-16LE",
	    "UTF-16LE without BOM, by its NUL bytes");
	CHECK_STR(DETECT("\0h\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d", 1), "UTF-16BE",
	    "UTF-16BE without BOM, by its NUL bytes");
	CHECK_STR(DETECT("h\0\0\0e\0\0\0l\0\0\0l\0\0\0o\0\0\0", 1), "UTF-32LE",
	    "UTF-32LE without BOM");
	/* 中文测试文本内容: no NUL byte at all */
	CHECK_STR(DETECT("-N\x87""eKm\xd5\x8b\x87""e,g\x85Q\xb9[", 1),
	    "UTF-16LE", "UTF-16LE Chinese without BOM, by statistics");
}

static void
test_utf8(void)
{
	CHECK_STR(DETECT("plain text\n", 1), "ASCII", "ASCII");
	CHECK_STR(d.iconv_name, "UTF-8", "ASCII converts as UTF-8");
	CHECK_STR(DETECT("caf\xc3\xa9", 1), "UTF-8", "UTF-8 with one accent");
	CHECK_STR(DETECT("\xe4\xb8\xad\xe6\x96", 0), "UTF-8",
	    "UTF-8 cut at the end of a window");
	CHECK(strcmp(DETECT("\xe4\xb8\xad\xe6\x96", 1), "UTF-8") != 0,
	    "UTF-8 cut at the end of input is not UTF-8");
	CHECK_STR(DETECT("", 1), "ASCII", "empty input");
}

static void
test_declaration(void)
{
	static const char head[] =
	    "<html><head><meta charset=\"gb2312\"><title>x</title>";
	static const char xml[] = "<?xml version=\"1.0\" encoding=\"Big5\"?>";
	char page[512];
	size_t n;

	CHECK_STR(DETECT(head, 0), "GB18030",
	    "ASCII window declaring gb2312, more to come");
	CHECK_STR(DETECT(head, 1), "ASCII",
	    "whole input in ASCII declaring gb2312");
	CHECK_STR(DETECT(xml, 0), "BIG5", "XML declaration");
	n = (size_t)snprintf(page, sizeof(page),
	    "<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=iso-8859-1\">%s", gbk);
	CHECK_STR(detect(page, n, 1), "GB18030",
	    "a false declaration loses to the statistics");
	n = (size_t)snprintf(page, sizeof(page), "<meta charset=big5>%s",
	    big5);
	CHECK_STR(detect(page, n, 1), "BIG5", "a true declaration holds");
	CHECK_STR(DETECT("<meta charset=windows-1250>", 0), "WINDOWS-1250",
	    "a declaration of a Central European code page");
	CHECK_STR(DETECT("<meta charset=x-euc-tw>", 0), "EUC-TW",
	    "a declaration of EUC-TW");
}

static void
test_legacy(void)
{
	CHECK_STR(DETECT(gbk, 1), "GB18030", "GBK, 28 characters");
	CHECK_STR(DETECT(big5, 1), "BIG5", "Big5, 24 characters");
	CHECK_STR(d.iconv_name, "BIG5", "plain Big5 converts as BIG5");
	CHECK_STR(DETECT(sjis, 1), "SHIFT_JIS", "Shift_JIS");
	CHECK_STR(d.iconv_name, "CP932", "Shift_JIS converts as CP932");
	CHECK_STR(DETECT(eucjp, 1), "EUC-JP", "EUC-JP");
	CHECK_STR(DETECT(euckr, 1), "EUC-KR", "EUC-KR");
	CHECK_STR(DETECT(johab, 1), "JOHAB", "Johab");
	CHECK_STR(DETECT(euctw, 1), "EUC-TW", "EUC-TW");
	CHECK_STR(DETECT(koi8r, 1), "KOI8-R", "KOI8-R");
	CHECK_STR(DETECT("\x1b$B$3$s$K$A$O\x1b(B", 1), "ISO-2022-JP",
	    "ISO-2022-JP by its escapes");
	CHECK_STR(DETECT("Le caf\xe9 est tr\xe8s \x93" "bon\x94.", 1),
	    "WINDOWS-1252", "cp1252 with curly quotes");
	CHECK_STR(DETECT("Le caf\xe9 est tr\xe8s bon, \xe0 l'\xe9t\xe9.", 1),
	    "WINDOWS-1252", "Latin-1 text is read as cp1252");
	CHECK_STR(DETECT(gbk, 0), "GB18030", "GBK in a window");
}

static void
test_odd_input(void)
{
	unsigned char junk[4096];
	size_t i;

	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (unsigned char)t_random(256);
	detect_encoding(junk, sizeof(junk), 1, &d);
	CHECK(d.name != NULL && d.iconv_name != NULL, "random bytes");
	memset(junk, 0, sizeof(junk));
	detect_encoding(junk, sizeof(junk), 1, &d);
	CHECK(d.name != NULL, "NUL bytes");
	detect_encoding(junk, 1, 0, &d);
	CHECK(d.name != NULL, "one NUL byte");
}

static void
test_names(void)
{
	static const char *const want[] = {
		"UTF-8", "GB18030", "BIG5", "SHIFT_JIS", "EUC-JP", "EUC-KR",
		"ISO-2022-JP", "WINDOWS-1252", "KOI8-R", "UTF-16LE", "JOHAB",
		"EUC-TW",
	};
	size_t i, k;
	int found;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		found = 0;
		for (k = 0; detect_names[k] != NULL; k++)
			found |= strcmp(detect_names[k], want[i]) == 0;
		CHECK(found, want[i]);
	}
}

int
main(void)
{
	test_bom();
	test_utf16();
	test_utf8();
	test_declaration();
	test_legacy();
	test_odd_input();
	test_names();
	return t_status();
}
