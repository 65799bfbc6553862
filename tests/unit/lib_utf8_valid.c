/*
 * Unit tests of src/lib's strict UTF-8 check (utf8_valid.h): the fast
 * path, many bytes at a time, agrees with decoding one character at a
 * time on text built of valid and broken pieces at every alignment.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"
#include "utf8_valid.h"
#include "t.h"

static const char *const pieces[] = {
	"a", " ", "7", "\xe4\xb8\xad", "\xe5\x9b\xbd", "\xef\xbc\x8c",
	"\xc3\xa9", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
	"\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
	/* broken: stray, cut, overlong, surrogate, past U+10FFFF, never */
	"\x80", "\xbf", "\xe4\xb8", "\xc3", "\xc0\xaf", "\xc1\xbf",
	"\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
	"\xff", "\xf0\x9f\x98",
};
#define NPIECES	(sizeof pieces / sizeof pieces[0])
#define NVALID	12	/* the first pieces are well-formed */

/* The longest well-formed prefix, one character at a time. */
static size_t
slow_prefix(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	int len;

	while (i < n && (len = utf8_decode(s + i, n - i, &cp)) > 0)
		i += (size_t)len;
	return i;
}

/* Mostly long valid runs, so that the fast path runs and then stops. */
static size_t
make_text(char *buf, size_t cap)
{
	size_t n = 0, k, len = 20 + t_random(120);
	const char *p;

	while (n < len) {
		p = t_random(40) == 0 ? pieces[t_random(NPIECES)] :
		    pieces[t_random(NVALID)];
		k = strlen(p);
		if (n + k > cap)
			break;
		memcpy(buf + n, p, k);
		n += k;
	}
	return n;
}

static void
test_agrees(void)
{
	char buf[256];
	size_t n, k;
	int i, bad = 0;

	for (i = 0; i < 4000; i++) {
		n = make_text(buf, sizeof buf);
		for (k = 0; k < 4 && k < n; k++)
			if (utf8_valid_prefix(buf + k, n - k) !=
			    slow_prefix(buf + k, n - k))
				bad++;
	}
	CHECK(bad == 0, "fast and slow checks agree on mixed text");
}

static void
test_edges(void)
{
	static const char cjk[] = "\xe4\xb8\xad\xe5\x9b\xbd\xe4\xb8\xad\xe5\x9b"
	    "\xbd\xe4\xb8\xad\xe5\x9b\xbd\xe4\xb8\xad\xe5\x9b\xbd";
	char buf[64];
	size_t n = sizeof cjk - 1;

	CHECK(utf8_valid(cjk, n), "ideographs");
	CHECK(utf8_valid_prefix(cjk, n - 1) == n - 3,
	    "a character cut at the end");
	memcpy(buf, cjk, n);
	buf[20] = (char)0xe4;	/* a lead where a continuation belongs */
	CHECK(utf8_valid_prefix(buf, n) == 18, "a lead inside a character");
	memcpy(buf, cjk, n);
	buf[18] = 'a';		/* a continuation after ASCII */
	CHECK(utf8_valid_prefix(buf, n) == 19, "a stray continuation");
	CHECK(utf8_valid("", 0), "empty");
}

static void
test_repair(void)
{
	struct buf fixed = { 0 };
	size_t n = 5, bad;
	const char *s = utf8_repair("a\xffz\xe4\xb8", &n, &fixed, &bad);

	CHECK(n == 11 && memcmp(s, "a\xef\xbf\xbdz\xef\xbf\xbd\xef\xbf\xbd",
	    11) == 0 && bad == 1, "each invalid byte becomes U+FFFD");
	buf_free(&fixed);
}

int
main(void)
{
	test_agrees();
	test_edges();
	test_repair();
	return t_status();
}
