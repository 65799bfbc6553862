/* lib_json_parse.c: json_r_parse() flattens records and refuses bad lines. */
#include <stdlib.h>
#include <string.h>

#include "json_read.h"
#include "t.h"

static struct json_reader *rd;

/* The fields of line as "key=value(type)" joined by " | ", or the error. */
static const char *
show(const char *line)
{
	static char out[4096];
	static const char *types = "0ftnsao";
	const struct json_field *f;
	long n, i;
	size_t len = 0;

	n = json_r_parse(rd, line, strlen(line), &f);
	if (n < 0) {
		snprintf(out, sizeof out, "error: %s", json_r_error(rd));
		return out;
	}
	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, sizeof out - len, "%s%s=%s(%c)",
		    i ? " | " : "", f[i].key, f[i].val, types[f[i].type]);
	return out;
}

static int
starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void
test_values(void)
{
	CHECK_STR(show("{\"a\":\"x\",\"b\":1,\"c\":true,\"d\":false,\"e\":null}"),
	    "a=x(s) | b=1(n) | c=true(t) | d=false(f) | e=null(0)",
	    "scalars keep order and type");
	CHECK_STR(show("{\"n\":1e400,\"m\":0.1,\"k\":123456789012345678901234567890,"
	    "\"z\":-0.0E+5}"),
	    "n=1e400(n) | m=0.1(n) | k=123456789012345678901234567890(n) | "
	    "z=-0.0E+5(n)", "numbers exactly as written");
	CHECK_STR(show("{\"s\":\"a\\tb\\u00e9\\ud83d\\ude00\\\"\"}"),
	    "s=a\tb\xc3\xa9\xf0\x9f\x98\x80\"(s)", "string escapes decoded");
	CHECK_STR(show("{}"), "", "empty object has no fields");
	CHECK_STR(show("  {\"a\":1}  \r"), "a=1(n)", "white space around");
}

static void
test_nesting(void)
{
	CHECK_STR(show("{\"a\":{\"b\":1,\"c\":{\"d\":\"x\"}},\"e\":2}"),
	    "a.b=1(n) | a.c.d=x(s) | e=2(n)", "objects flattened to dotted keys");
	CHECK_STR(show("{\"a\":[1,\"x\\n\",{\"b\":[true,null]},[]],\"c\":3}"),
	    "a=[1,\"x\\n\",{\"b\":[true,null]},[]](a) | c=3(n)",
	    "arrays as compact JSON");
	CHECK_STR(show("{\"a\":{},\"b\":{\"c\":{}}}"), "a={}(o) | b.c={}(o)",
	    "empty objects kept as {}");
	CHECK_STR(show("{\"a\":[\"\\u0001\\\\\\\"/\"]}"),
	    "a=[\"\\u0001\\\\\\\"/\"](a)", "strings in arrays re-escaped");
}

static void
test_keep_objects(void)
{
	struct json_reader *k = json_r_new(JSON_R_KEEP_OBJECTS);
	const struct json_field *f;
	long n;
	const char *line = "{\"id\":\"x\",\"meta\":{\"a\":[1,{\"b\":2}],\"c\":{}},"
	    "\"text\":\"t\"}";

	n = json_r_parse(k, line, strlen(line), &f);
	CHECK(n == 3, "KEEP_OBJECTS: three top-level fields");
	CHECK(n == 3 && f[1].type == JSON_OBJECT &&
	    strcmp(f[1].val, "{\"a\":[1,{\"b\":2}],\"c\":{}}") == 0,
	    "KEEP_OBJECTS: nested object as compact text");
	CHECK(json_r_find(k, "text") != NULL &&
	    strcmp(json_r_find(k, "text")->val, "t") == 0,
	    "json_r_find picks a field");
	CHECK(json_r_find(k, "nope") == NULL, "json_r_find: missing key");
	json_r_free(k);
}

static void
test_errors(void)
{
	char *deep;
	size_t i, n = 10000;

	CHECK(starts(show("{\"a\":1"), "error: truncated"), "truncated object");
	CHECK(starts(show("{\"a\":\"xy"), "error: truncated"), "truncated string");
	CHECK_STR(show("\"x\""), "error: not a JSON object but a string",
	    "bare string");
	CHECK_STR(show("[1,2]"), "error: not a JSON object but an array",
	    "top-level array");
	CHECK_STR(show("42"), "error: not a JSON object but a number",
	    "bare number");
	CHECK_STR(show("{} {}"), "error: more than one JSON value on the line",
	    "two objects");
	CHECK_STR(show("{\"a\":\"\xff\"}"), "error: invalid UTF-8 in a string",
	    "invalid UTF-8");
	CHECK_STR(show("{\"a\":\"\xc0\x80\"}"),
	    "error: invalid UTF-8 in a string", "overlong UTF-8");
	CHECK_STR(show("{\"a\":\"\xed\xa0\x80\"}"),
	    "error: invalid UTF-8 in a string", "UTF-8 of a surrogate");
	CHECK_STR(show("{\"\xf4\x90\x80\x80\":1}"),
	    "error: invalid UTF-8 in a key", "past U+10FFFF in a key");
	CHECK_STR(show("{\"a\":\"\xe4\xb8\xad\xf0\x9f\x98\x80\"}"),
	    "a=\xe4\xb8\xad\xf0\x9f\x98\x80(s)", "CJK and emoji are valid");
	CHECK(starts(show("{\"a\":tru}"), "error: invalid JSON"), "bad literal");
	CHECK(starts(show("{\"a\":1}}"), "error: invalid JSON"), "extra brace");
	CHECK_STR(show(""), "error: no JSON object on the line", "empty line");
	CHECK_STR(show("{\"ok\":1}"), "ok=1(n)", "a good line after errors");

	deep = malloc(2 * n + 8);
	memcpy(deep, "{\"a\":", 5);
	for (i = 0; i < n; i++)
		deep[5 + i] = '[';
	for (i = 0; i < n; i++)
		deep[5 + n + i] = ']';
	strcpy(deep + 5 + 2 * n, "}");
	CHECK(starts(show(deep), "error: nested deeper than"),
	    "10,000 levels of nesting is an error");
	free(deep);
	deep = malloc(5 * n + 1);
	for (i = 0; i < n; i++)
		memcpy(deep + 5 * i, "{\"a\":", 5);
	deep[5 * n] = '\0';
	CHECK(starts(show(deep), "error: nested deeper than"),
	    "10,000 nested objects is an error");
	free(deep);
	CHECK_STR(show("{\"b\":2}"), "b=2(n)", "a good line after deep nesting");
}

static void
test_nul(void)
{
	const struct json_field *f;
	const char *line = "{\"a\":\"x\\u0000y\"}";
	long n = json_r_parse(rd, line, strlen(line), &f);

	CHECK(n == 1 && f[0].vallen == 3 && memcmp(f[0].val, "x\0y", 3) == 0,
	    "U+0000 kept, with the length");
}

static void
test_blank(void)
{
	CHECK(json_blank(" \t\r", 3), "white space is blank");
	CHECK(!json_blank(" {", 2), "a brace is not blank");
}

int
main(void)
{
	rd = json_r_new(0);
	test_values();
	test_nesting();
	test_keep_objects();
	test_errors();
	test_nul();
	test_blank();
	json_r_free(rd);
	return t_status();
}
