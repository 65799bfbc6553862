/*
 * tocode_plain: the span of plain text found sixteen bytes at a time is
 * the one found a character at a time, on random mixes of characters in
 * and out of the fast classes at every alignment; cleaning changes no
 * line inside it, nor pinyin repair one without the parenthesis
 * pinyin_first_open() looks for; and the span follows the options.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "t.h"
#include "tocode/clean.h"
#include "tocode/plain.h"
#include "tocode/repair.h"
#include "utf8.h"

/* The plain rule, one character at a time. */
static size_t
slow_span(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	int len;

	while (i < n) {
		if (s[i] < 0x80) {
			if (s[i] < 0x20 && s[i] != '\t' && s[i] != '\n')
				return i;
			len = 1;
		} else if ((len = utf8_decode(s + i, n - i, &cp)) <= 0 ||
		    clean_needs_work(cp))
			return i;
		i += (size_t)len;
	}
	return n;
}

static const char *const pieces[] = {
	"a", " ", "\n", "\t", "(", "\r", "\x01", "\x7f", "中", "文", "é",
	"、", "。", "“", "”", "…", "《", "\xe2\x80\x8e", "\xe2\x80\xbf",
	"\xe3\x80\xa9", "\xe3\x80\xaa", "\xe3\x80\x80", "\xe2\x80\x80",
	"\xe2\x80\x8b", "\xe3\x80\xbf", "１", "（", "項(xiàng)", "😀", "\x80",
	"\xe4", "\xe4\xb8", "\xe3\x80", "\xe0\xa0\x80", "\xed\x9f\xbf",
	"\xe1\x80\x80", "\xef\xbb\xbf",
};
#define NPIECES	(sizeof pieces / sizeof pieces[0])

/* Mostly Han and ASCII, as Chinese text is, and the odd other piece. */
static size_t
random_text(unsigned char *buf, size_t cap)
{
	const char *p;
	size_t n = 0, len;
	unsigned r, k = t_random(80);

	while (k-- > 0) {
		r = t_random(100);
		p = r < 40 ? "中" : r < 65 ? "a" : r < 70 ? "\n" : r < 75 ?
		    "、" : pieces[t_random(NPIECES)];
		len = strlen(p);
		if (n + len > cap)
			break;
		memcpy(buf + n, p, len);
		n += len;
	}
	return n;
}

/*
 * Each whole line of s[0..n) as clean_scan sees it, and pinyin_repair
 * when pinyin_first_open finds nothing.
 */
static int
lines_unchanged(const char *s, size_t n)
{
	static struct buf out;
	const char *nl;
	size_t len;

	while ((nl = memchr(s, '\n', n)) != NULL) {
		len = (size_t)(nl - s);
		if (clean_scan(s, len) != SCAN_CLEAN ||
		    (pinyin_first_open(s, len) == len &&
		    pinyin_repair(s, len, &out)))
			return 0;
		n -= (size_t)(nl + 1 - s);
		s = nl + 1;
	}
	return 1;
}

static void
init(enum nf nf)
{
	struct clean_opts o = { nf, HW_ALNUM, 0, 0 };

	clean_init(&o);
	plain_init();
}

static void
test_random(void)
{
	static unsigned char buf[4 + 600];
	size_t n, off, span;
	int bad = 0, longer = 0, changed = 0, t;

	init(NF_NFC);
	for (t = 0; t < 200000; t++) {
		off = t_random(4);
		n = random_text(buf + off, sizeof buf - off);
		span = plain_span((char *)buf + off, n, (size_t)-1);
		if (span != slow_span(buf + off, n))
			bad++;
		if (plain_span((char *)buf + off, n, PLAIN_GIVE_UP) > span)
			longer++;
		if (!lines_unchanged((char *)buf + off, span))
			changed++;
	}
	CHECK(bad == 0, "blocks find the span a character at a time does");
	CHECK(longer == 0, "giving up early finds a part of that span");
	CHECK(changed == 0, "no stage changes a line of the span unlooked");
}

static size_t
span_of(const char *s)
{
	return plain_span(s, strlen(s), PLAIN_GIVE_UP);
}

static void
test_cases(void)
{
	static const char han[] = "中文中文中文中文中文中文";
	char line[256];

	init(NF_NFC);
	snprintf(line, sizeof line, "%s“%s”、%s…\n", han, han, han);
	CHECK(span_of(line) == strlen(line), "Han and punctuation are plain");
	snprintf(line, sizeof line, "%s (ok) %s項(xiàng)目", han, han);
	CHECK(span_of(line) == strlen(line), "parentheses are plain");
	CHECK(pinyin_first_open(line, strlen(line)) ==
	    strlen(han) + 6 + strlen(han) + 3,
	    "pinyin_first_open: '(' after ASCII is passed, after Han found");
	snprintf(line, sizeof line, "%s (ok) %s（xiàng）", han, han);
	CHECK(pinyin_first_open(line, strlen(line)) ==
	    strlen(han) + 6 + strlen(han), "pinyin_first_open: '（' found");
	snprintf(line, sizeof line, "%s%s\xe3\x80\x80", han, han);
	CHECK(span_of(line) == 2 * strlen(han), "U+3000 is not plain");
	snprintf(line, sizeof line, "%s%s\xe4\xb8", han, han);
	CHECK(span_of(line) == 2 * strlen(han), "a cut character ends it");
	snprintf(line, sizeof line, "%s Москва является столицей России. %s",
	    han, han);
	CHECK(span_of(line) < strlen(han) + 16, "it gives up in Cyrillic");
	CHECK(plain_span(line, strlen(line), (size_t)-1) == strlen(line),
	    "which is plain all the same");
	snprintf(line, sizeof line, "%s，%s，%s，%s\n", han, han, han, han);
	CHECK(span_of(line) == strlen(line),
	    "but not in Chinese between its commas");
	init(NF_NFKC);
	snprintf(line, sizeof line, "%s%s…", han, han);
	CHECK(span_of(line) == 2 * strlen(han), "… is not plain under NFKC");
	init(NF_NFC);
}

int
main(void)
{
	test_random();
	test_cases();
	return t_status();
}
