/* declutter_date: dates in bylines and their ISO 8601 form. */
#include <string.h>

#include "t.h"
#include "declutter/date.h"

static const char *
iso(const char *s)
{
	static char buf[32];
	struct date d;

	if (!date_find(s, strlen(s), &d))
		return "none";
	date_iso(&d, buf, sizeof buf);
	return buf;
}

int
main(void)
{
	date_init();
	CHECK_STR(iso("来源:闽西日报 2020-04-14 17:17 /"), "2020-04-14T17:17",
	    "date and time after a source");
	CHECK_STR(iso("日期:2017-07-24 点击:次"), "2017-07-24", "date alone");
	CHECK_STR(iso("2022-09-28 19:14:46 855"), "2022-09-28T19:14",
	    "seconds dropped");
	CHECK_STR(iso("发布时间:2021年3月29日"), "2021-03-29", "CJK units");
	CHECK_STR(iso("2021年3月"), "2021-03", "year and month");
	CHECK_STR(iso("2020/4/14"), "2020-04-14", "slashes");
	CHECK_STR(iso("Stand: 03.08.2020 13:14 Uhr"), "2020-08-03T13:14",
	    "day first with dots");
	CHECK_STR(iso("By Umair Irfan Updated Nov 13, 2019, 10:28am EST"),
	    "2019-11-13T10:28", "month name first");
	CHECK_STR(iso("January 18, 2008 12:00am"), "2008-01-18T12:00",
	    "full month name");
	CHECK_STR(iso("Von M. Bachmann publiziert am 25. September 2018"),
	    "2018-09-25", "day, month name, year");
	CHECK_STR(iso("3. März 2021"), "2021-03-03", "non-ASCII month name");
	CHECK_STR(iso("共计82个,完成投资35.67亿元"), "none", "numbers are not dates");
	CHECK_STR(iso("2020-13-01"), "none", "month 13 is not a date");
	CHECK_STR(iso("Versions: 00 01 02 03 04"), "none", "no year");
	CHECK(time_find("17:17", 5), "a clock time");
	CHECK(!time_find("1:2", 3), "not a clock time");
	return t_status();
}
