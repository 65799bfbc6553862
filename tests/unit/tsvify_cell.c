/* tsvify_cell.c: fields escaped, quoted and decoded. */
#include <string.h>

#include "buf.h"
#include "t.h"
#include "tsvify/tsvify.h"

static struct buf b;

static const char *
written(const char *v, size_t n, enum quoting q)
{
	buf_reset(&b);
	if (cell_write(&b, v, n, q) < 0)
		return "(refused)";
	buf_add(&b, "", 0);	/* NUL-terminate */
	return b.data;
}

static const char *
decoded(const char *s)
{
	buf_reset(&b);
	cell_unescape(&b, s, strlen(s));
	buf_add(&b, "", 0);
	return b.data;
}

static void
test_escape(void)
{
	CHECK_STR(written("plain 中文", strlen("plain 中文"), QUOTE_ESCAPE), "plain 中文",
	    "plain text unchanged");
	CHECK_STR(written("a\tb\nc\rd\\e", 9, QUOTE_ESCAPE),
	    "a\\tb\\nc\\rd\\\\e", "TAB LF CR backslash escaped");
	CHECK_STR(written("\"=x'", 4, QUOTE_ESCAPE), "\"=x'",
	    "quotes and = untouched");
	CHECK_STR(written("a\0b", 3, QUOTE_ESCAPE), "(refused)", "NUL refused");
	CHECK_STR(written("", 0, QUOTE_ESCAPE), "", "empty string");
}

static void
test_quote(void)
{
	CHECK_STR(written("plain", 5, QUOTE_CSV), "plain", "plain unquoted");
	CHECK_STR(written("a\"b", 3, QUOTE_CSV), "\"a\"\"b\"",
	    "quote doubled and quoted");
	CHECK_STR(written("a\tb", 3, QUOTE_CSV), "\"a\tb\"", "TAB quoted");
	CHECK_STR(written("a\rb", 3, QUOTE_CSV), "\"a\rb\"", "bare CR quoted");
	CHECK_STR(written("a\\b", 3, QUOTE_CSV), "a\\b",
	    "backslash left alone");
	CHECK_STR(written("x\0", 2, QUOTE_CSV), "(refused)", "NUL refused");
}

static void
test_unescape(void)
{
	CHECK_STR(decoded("a\\tb\\nc\\rd\\\\e"), "a\tb\nc\rd\\e",
	    "escapes decoded");
	CHECK_STR(decoded("\\\\t"), "\\t", "one left-to-right pass");
	CHECK_STR(decoded("\\\\\\n"), "\\\n", "backslash then LF");
	CHECK_STR(decoded("\\N x\\"), "\\N x\\",
	    "unknown escape and a final backslash kept");
}

int
main(void)
{
	test_escape();
	test_quote();
	test_unescape();
	buf_free(&b);
	return t_status();
}
