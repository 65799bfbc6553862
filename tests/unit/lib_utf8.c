/*
 * Unit tests of src/lib's UTF-8 layer (utf8.h), its character classes
 * (uclass.h) and named code points (ucp.h).
 */
#include <stdint.h>
#include <string.h>

#include "uclass.h"
#include "ucp.h"
#include "utf8.h"
#include "t.h"

/* a, 中, 😀: one, three and four bytes. */
static const char mixed[] = "a\xe4\xb8\xad\xf0\x9f\x98\x80";

static void
test_decode(void)
{
	uint32_t cp = 0;

	CHECK(utf8_decode("\xe4\xb8\xad", 3, &cp) == 3 && cp == U'中', "中");
	CHECK(utf8_decode("\xf0\x9f\x98\x80", 4, &cp) == 4 && cp == 0x1F600,
	    "emoji");
	CHECK(utf8_decode("\xc0\xaf", 2, &cp) == 0, "overlong 2-byte");
	CHECK(utf8_decode("\xe0\x80\xaf", 3, &cp) == 0, "overlong 3-byte");
	CHECK(utf8_decode("\xed\xa0\x80", 3, &cp) == 0, "surrogate");
	CHECK(utf8_decode("\xf4\x90\x80\x80", 4, &cp) == 0, "past U+10FFFF");
	CHECK(utf8_decode("\xe4\xb8", 2, &cp) == UTF8_TRUNCATED, "cut short");
	CHECK(utf8_decode("\xed\xa0", 2, &cp) == 0, "cut surrogate is invalid");
	CHECK(utf8_decode("\x80", 1, &cp) == 0, "stray continuation");
	CHECK(utf8_char("\xff", 1, &cp) == 1 && cp == UCP_REPLACEMENT,
	    "lenient: U+FFFD");
}

static void
test_next_prev(void)
{
	size_t n = sizeof mixed - 1, len;

	CHECK(utf8_get(mixed, n, 0, &len) == 'a' && len == 1, "next: ASCII");
	CHECK(utf8_get(mixed, n, 1, &len) == U'中' && len == 3,
	    "next: three bytes");
	CHECK(utf8_get(mixed, n, 4, &len) == 0x1F600 && len == 4,
	    "next: four bytes");
	CHECK(utf8_get(mixed, 3, 1, &len) == UCP_REPLACEMENT && len == 1,
	    "next: a character cut by n is one byte");
	CHECK(utf8_prev(mixed, n, &len) == 0x1F600 && len == 4,
	    "prev: four bytes");
	CHECK(utf8_prev(mixed, 4, &len) == U'中' && len == 3,
	    "prev: three bytes");
	CHECK(utf8_prev(mixed, 1, &len) == 'a' && len == 1, "prev: ASCII");
	CHECK(utf8_prev("a\xb8\xad", 3, &len) == 'a' && len == 1,
	    "prev: stray continuations read back to the character before");
	CHECK(utf8_prev("\xe4" "a\xad", 3, &len) == 'a' && len == 1,
	    "prev: no three-byte character without its continuations");
	CHECK(utf8_len(0x61) == 1 && utf8_len(0xc3) == 2 &&
	    utf8_len(0xe4) == 3 && utf8_len(0xf0) == 4, "length of a lead byte");
	CHECK(utf8_is_cont(0x80) && utf8_is_cont(0xbf) && !utf8_is_cont(0xc0) &&
	    !utf8_is_cont('a'), "continuation bytes");
}

static void
test_boundaries(void)
{
	size_t n = sizeof mixed - 1;

	CHECK(utf8_start(mixed, 3) == 1, "start: back to the lead byte");
	CHECK(utf8_start(mixed, 4) == 4, "start: a lead byte stays");
	CHECK(utf8_next_start(mixed, n, 2) == 4,
	    "next start: on to the next character");
	CHECK(utf8_next_start(mixed, 6, 5) == 6, "next start: not past n");
	CHECK(utf8_back(mixed, n, 0, 2) == 1, "back two characters");
	CHECK(utf8_back(mixed, n, 0, 9) == 0, "back: not before the start");
	CHECK(utf8_back(mixed, n, 4, 9) == 4, "back: not before lo");
	CHECK(utf8_is_han3((const unsigned char *)"中") &&
	    utf8_is_han3((const unsigned char *)"一"),
	    "U+4000..U+9FFF in three bytes");
	CHECK(!utf8_is_han3((const unsigned char *)"ア") &&
	    !utf8_is_han3((const unsigned char *)"\xe4\xb8z"),
	    "not Han, or not a whole character");
}

static void
test_encode(void)
{
	static const uint32_t cps[] = { 'A', U'é', U'中', 0x1F600, 0x10FFFF };
	static const size_t lens[] = { 1, 2, 3, 4, 4 };
	unsigned char out[4];
	size_t i, len, back;
	uint32_t cp;
	int ok = 1;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		len = utf8_encode(cps[i], out);
		ok &= len == lens[i] && utf8_decode(out, len, &cp) == (int)len &&
		    cp == cps[i];
		ok &= utf8_get(out, len, 0, &back) == cps[i] && back == len;
	}
	CHECK(ok, "encode: one to four bytes, decoded back");
	len = utf8_encode(U'中', out);
	CHECK(len == 3 && memcmp(out, "中", 3) == 0, "encode: 中");
}

static void
test_classes(void)
{
	static const uint32_t spaces[] = { ' ', '\t', UCP_NBSP, 0x2000,
	    0x200a, 0x202f, 0x205f, UCP_IDEOGRAPHIC_SPACE };
	size_t i;
	int all = 1;

	CHECK((uclass(U'中') & UC_HAN) && (uclass(U'㐀') & UC_HAN) &&
	    (uclass(0x20000) & UC_HAN) && (uclass(U'郞') & UC_HAN),
	    "Han: unified, extensions, compatibility");
	CHECK(!(uclass(U'。') & UC_HAN) && !(uclass('a') & UC_HAN),
	    "Han: not punctuation or Latin");
	CHECK((uclass(U'가') & UC_HANGUL) &&
	    (uclass(UCP_HANGUL_LAST) & UC_HANGUL) &&
	    !(uclass(UCP_HANGUL_LAST + 1) & UC_HANGUL),
	    "Hangul syllables end at U+D7A3");
	CHECK((uclass(U'あ') & UC_KANA) && (uclass(U'ア') & UC_KANA) &&
	    !(uclass(U'ー') & UC_KANA) && !(uclass(U'・') & UC_KANA),
	    "kana: letters, not the marks common to both");
	CHECK((uclass('A') & UC_CASED) && (uclass(U'é') & UC_CASED) &&
	    (uclass(U'Ж') & UC_CASED) && !(uclass(U'×') & UC_CASED) &&
	    !(uclass(U'中') & UC_CASED), "cased letters");
	for (i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
		all &= (uclass(spaces[i]) & UC_SPACE) != 0;
	CHECK(all, "spaces: ASCII, NBSP, U+2000..U+200A, U+202F, U+205F, "
	    "U+3000");
	CHECK(!(uclass(UCP_ZWSP) & UC_SPACE) && !(uclass('x') & UC_SPACE),
	    "the zero-width space is no white space");
	CHECK((uclass(')') & UC_CLOSE) && (uclass(U'」') & UC_CLOSE) &&
	    (uclass(U'”') & UC_CLOSE) && !(uclass(U'「') & UC_CLOSE),
	    "closing brackets and quotes");
	CHECK((uclass(0x7f) & UC_CONTROL) && (uclass(0x85) & UC_CONTROL) &&
	    (uclass(0xe000) & UC_PRIVATE) && !(uclass('a') & UC_CONTROL),
	    "controls and private use");
	CHECK(uclass(0x110000) == 0, "nothing past U+10FFFF");
	CHECK(uclass_ascii_letter('z') && !uclass_ascii_letter(U'é') &&
	    !uclass_ascii_letter('@'), "ASCII letters");
	CHECK(ucp_halfwidth(UCP_FULLWIDTH('A')) == 'A' &&
	    ucp_halfwidth(UCP_FULLWIDTH('~')) == '~' &&
	    ucp_halfwidth(U'中') == U'中' && UCP_FULLWIDTH('0') == U'０',
	    "fullwidth forms of ASCII");
}

int
main(void)
{
	test_decode();
	test_next_prev();
	test_boundaries();
	test_encode();
	test_classes();
	return t_status();
}
