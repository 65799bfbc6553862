/*
 * Unit tests of src/lib/swar.h's word-at-a-time counts and walks over
 * UTF-8: they agree with stepping one character at a time, at every
 * start, end and count, on text of one- to four-byte characters; and
 * its count of a byte agrees with a byte loop.
 */
#include <stdint.h>
#include <string.h>

#include "swar.h"
#include "utf8.h"
#include "t.h"

static const char text[] = "a\xe4\xb8\xad" "7\xc3\xa9\xe5\x9b\xbd\xe4\xb8\xad"
    "\xf0\x9f\x98\x80xy\xef\xbc\x8c\xe3\x80\x82z\xe4\xb8\xad\xe5\x9b\xbd 12"
    "\xc3\xa9\xc3\xa9\xe5\x9b\xbd\xf0\x9f\x98\x80q";

/* nchars steps of utf8_len() from i, not past n. */
static size_t
slow_forward(const char *s, size_t i, size_t n, size_t nchars)
{
	for (; i < n && nchars > 0; nchars--)
		i += utf8_len((unsigned char)s[i]);
	return i;
}

/* The characters of s[a..b), one step of utf8_len() each. */
static size_t
slow_count(const char *s, size_t a, size_t b)
{
	size_t count = 0;

	for (; a < b; count++)
		a += utf8_len((unsigned char)s[a]);
	return count;
}

static void
test_walks(void)
{
	size_t n = sizeof text - 1, a, b, k;
	int bad_count = 0, bad_fwd = 0, bad_back = 0;

	for (a = 0; a <= n; a = utf8_next_start(text, n, a + 1))
		for (b = a; b <= n; b = utf8_next_start(text, n, b + 1)) {
			if (swar_utf8_count(text + a, b - a) !=
			    slow_count(text, a, b))
				bad_count++;
			for (k = 0; k <= 30; k++) {
				if (swar_utf8_forward(text, a, b, k) !=
				    slow_forward(text, a, b, k))
					bad_fwd++;
				if (swar_utf8_back(text, b, a, k) !=
				    utf8_back(text, b, a, k))
					bad_back++;
			}
		}
	CHECK(bad_count == 0, "swar_utf8_count counts as stepping does");
	CHECK(bad_fwd == 0, "swar_utf8_forward steps as utf8_len does");
	CHECK(bad_back == 0, "swar_utf8_back steps as utf8_back does");
}

/* Counts of a byte at every start and length, past 255 blocks too. */
static void
test_count_byte(void)
{
	static char big[16 * 600 + 7];
	size_t n = sizeof text - 1, a, b, i, want;
	int bad = 0;

	for (a = 0; a <= n; a++)
		for (b = a; b <= n; b++) {
			for (want = 0, i = a; i < b; i++)
				want += (unsigned char)text[i] == 0xe4;
			if (swar_count_byte(text + a, b - a, 0xe4) != want)
				bad++;
		}
	CHECK(bad == 0, "swar_count_byte counts as a byte loop does");
	memset(big, '\n', sizeof big);
	big[5] = big[16 * 300] = 'x';
	CHECK(swar_count_byte(big, sizeof big, '\n') == sizeof big - 2,
	    "swar_count_byte counts every lane of many blocks");
}

int
main(void)
{
	test_walks();
	test_count_byte();
	return t_status();
}
