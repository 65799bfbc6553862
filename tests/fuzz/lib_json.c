/*
 * lib_json: the JSON Lines reader on every line, as a tool that flattens
 * objects reads it and as one that keeps them (tocode -J, tsvify); each
 * key and value handed out must end with NUL at its stated length (they
 * may hold NUL before it: {"a\u0000b":1}).
 */
#include "fuzz.h"
#include "json_read.h"

static void
check_fields(const struct json_field *f, long n)
{
	long i;

	for (i = 0; i < n; i++)
		if (f[i].key[f[i].keylen] != '\0' ||
		    f[i].val[f[i].vallen] != '\0')
			abort();
}

static void
parse_line(const char *line, size_t len, long lineno, void *arg)
{
	struct json_reader **readers = arg;
	const struct json_field *f;
	long n;
	int i;

	(void)lineno;
	for (i = 0; i < 2; i++) {
		n = json_r_parse(readers[i], line, len, &f);
		if (n < 0 && json_r_error(readers[i]) == NULL)
			abort();
		if (n > 0) {
			check_fields(f, n);
			json_r_find(readers[i], f[n - 1].key);
		}
	}
	json_blank(line, len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct json_reader *readers[2];

	if (readers[0] == NULL) {
		readers[0] = json_r_new(0);
		readers[1] = json_r_new(JSON_R_KEEP_OBJECTS);
	}
	fuzz_lines(data, size, parse_line, readers);
	return 0;
}
