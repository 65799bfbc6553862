/*
 * tocode_script: which characters an OpenCC configuration can change
 * (script_chars.h), and conversion through the runs that hold them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "t.h"
#include "tocode/script.h"
#include "tocode/script_chars.h"

static struct script_chars sc;

static void
sets(void)
{
	CHECK(script_chars_load("t2s.json", &sc), "t2s.json is described");
	CHECK(script_chars_has(sc.key, 0x570B) &&
	    script_chars_has(sc.trigger, 0x570B), "國 is a key and a trigger");
	CHECK(!script_chars_has(sc.key, 0x56FD), "国 is in no key of t2s");
	CHECK(!script_chars_has(sc.key, 'a') && !script_chars_has(sc.key, '\n'),
	    "ASCII is in no key");
	CHECK(script_chars_has(sc.trigger, 0x40000),
	    "code points past the tables count as triggers");
	CHECK(script_chars_load("/usr/share/opencc/s2twp.json", &sc),
	    "a configuration given by its path");
	CHECK(script_chars_has(sc.trigger, 0x8F6F),
	    "s2twp: 软 triggers (a character it changes)");
	CHECK(!script_chars_load("no-such-config.json", &sc),
	    "an unknown configuration has no sets");
}

/* A configuration naming a dictionary by a path not described. */
static void
undescribed(void)
{
	char dir[] = "/tmp/script-XXXXXX", path[64];
	FILE *f;

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof path, "%s/c.json", dir);
	if ((f = fopen(path, "w")) == NULL)
		return;
	fputs("{\"conversion_chain\":[{\"dict\":{\"type\":\"ocd2\","
	    "\"file\":\"/usr/share/opencc/TSCharacters.ocd2\"}}]}\n", f);
	fclose(f);
	CHECK(!script_chars_load(path, &sc),
	    "a dictionary named by another path is not described");
	remove(path);
	remove(dir);
}

static const char *
t2s(const char *s)
{
	static struct buf out;

	buf_reset(&out);
	script_convert(s, strlen(s), &out);
	buf_addc(&out, '\0');
	return out.data;
}

static void
conversion(void)
{
	script_open("t2s");
	CHECK_STR(t2s("國家統計局發佈數據\n"), "国家统计局发布数据\n",
	    "Traditional text is converted");
	CHECK_STR(t2s("国家统计局 2024 年 Q1\n"), "国家统计局 2024 年 Q1\n",
	    "Simplified text passes");
	CHECK_STR(t2s("ab 國 cd 國家\n國"), "ab 国 cd 国家\n国",
	    "runs between ASCII, and a last line without newline");
	CHECK_STR(t2s(""), "", "empty text");
	script_close();
}

int
main(void)
{
	sets();
	undescribed();
	conversion();
	return t_status();
}
