/*
 * tocode_repair: the line repairs on their own, on any line of valid
 * UTF-8 (what they are given in tocode): pinyin repair and mojibake
 * repair, each alone and one after the other.  A repaired line must be
 * valid UTF-8 too.
 */
#include "buf.h"
#include "fuzz.h"
#include "tocode/repair.h"
#include "utf8_valid.h"

static void
must_be_valid(const struct buf *b)
{
	if (utf8_valid_prefix(b->data, b->len) != b->len)
		abort();
}

static void
repair_line(const char *line, size_t len, long lineno, void *arg)
{
	static struct buf pinyin, mojibake;
	struct mojibake_report report = { 0, 0 };

	(void)lineno;
	(void)arg;
	if (utf8_valid_prefix(line, len) != len)
		return;
	if (mojibake_repair(line, len, &mojibake, &report))
		must_be_valid(&mojibake);
	if (pinyin_repair(line, len, &pinyin)) {
		must_be_valid(&pinyin);
		if (mojibake_repair(pinyin.data, pinyin.len, &mojibake,
		    &report))
			must_be_valid(&mojibake);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_lines(data, size, repair_line, NULL);
	return 0;
}
