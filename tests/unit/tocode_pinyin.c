/*
 * tocode_pinyin: pinyin repair on hand-made cases, on the keep list of
 * tests/data/tocode/pinyin/pinyin-keep.tsv and on the bundled pages
 * (examples/pages/, under $ROOT).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "t.h"
#include "tocode/pinyin_syllable.h"
#include "tocode/repair.h"
#include "util.h"

static struct buf out;

/* The line as pinyin repair leaves it (NUL-terminated, static). */
static const char *
repaired(const char *s)
{
	static char copy[4096];

	if (!pinyin_repair(s, strlen(s), &out))
		return s;
	snprintf(copy, sizeof(copy), "%.*s", (int)out.len, out.data);
	return copy;
}

static void
cases(void)
{
	CHECK_STR(repaired("項(xiàng)目"), "項目", "one injection");
	CHECK_STR(repaired("一個(gè)個(gè)在建項(xiàng)目"), "一個個在建項目",
	    "several injections");
	CHECK_STR(repaired("中心組(擴(kuò)大)會議"), "中心組(擴大)會議",
	    "nested in a real parenthesis");
	CHECK_STR(repaired("項（xiàng）目"), "項目", "fullwidth parentheses");
	CHECK_STR(repaired("項(xiàng）目"), "項(xiàng）目",
	    "mismatched parentheses stay");
	CHECK_STR(repaired("個(ge)人"), "個人", "syllable without tone mark");
	CHECK_STR(repaired("項(xia\xcc\x80ng)目"), "項目",
	    "tone mark as a combining character");
	CHECK_STR(repaired("項(xìang)目"), "項(xìang)目",
	    "tone mark on the wrong vowel stays");
	CHECK_STR(repaired("項(lǐ)目"), "項(lǐ)目",
	    "a syllable that is not a reading stays");
	CHECK_STR(repaired("项(xiàng)目"), "项(xiàng)目",
	    "a Simplified character keeps its annotation");
	CHECK_STR(repaired("項(xiàng)目 (2021)"), "項目 (2021)",
	    "numbers in parentheses stay");
	CHECK_STR(repaired("ASCII only (OKX)"), "ASCII only (OKX)",
	    "no Han character");
	CHECK(pinyin_repair("no parenthesis", 14, &out) == 0,
	    "a line without a parenthesis is left at once");
}

/* Every text of the keep list stays as it is. */
static void
keep_list(const char *root)
{
	char path[4096], line[4096], *text, *why, what[4200];
	FILE *f;
	int n = 0, kept = 0;

	snprintf(path, sizeof(path), "%s/tests/data/tocode/pinyin/pinyin-keep.tsv",
	    root);
	if ((f = fopen(path, "r")) == NULL) {
		CHECK(0, "open pinyin-keep.tsv");
		return;
	}
	fgets(line, sizeof(line), f);	/* header */
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((text = strchr(line, '\t')) == NULL)
			continue;
		text++;
		if ((why = strchr(text, '\t')) != NULL)
			*why++ = '\0';
		snprintf(what, sizeof(what), "keep: %s (%s)", text,
		    why ? why : "");
		n++;
		kept += pinyin_repair(text, strlen(text), &out) == 0;
		CHECK(pinyin_repair(text, strlen(text), &out) == 0, what);
	}
	fclose(f);
	printf("# pinyin-keep: %d/%d unchanged\n", kept, n);
}

/* A Han character (three UTF-8 bytes) right before "(" at p? */
static int
after_han(const char *line, const char *p)
{
	return p - line >= 3 && (unsigned char)p[-3] >= 0xe3 &&
	    (unsigned char)p[-3] <= 0xe9;
}

/* Annotations left: Han "(" lower-case letters and tone letters ")". */
static int
annotations(const char *line)
{
	const char *p, *q;
	int n = 0;

	for (p = strchr(line, '('); p != NULL; p = strchr(p + 1, '(')) {
		if (!after_han(line, p))
			continue;
		for (q = p + 1; (*q >= 'a' && *q <= 'z') ||
		    (unsigned char)*q >= 0x80; q++)
			;
		n += *q == ')' && q > p + 1;
	}
	return n;
}

static int
count_char(const char *s, size_t n, char c)
{
	int k = 0;

	while (n-- > 0)
		k += *s++ == c;
	return k;
}

/*
 * On a page: annotations before and after, parentheses removed; lines of
 * the pages without injection must not change.
 */
static void
page(const char *root, const char *name, int injected)
{
	char path[4096], what[4200];
	static char line[1 << 16];
	FILE *f;
	int before = 0, after = 0, changed = 0, lines = 0, lost = 0;
	size_t n;

	snprintf(path, sizeof(path), "%s/examples/pages/%s", root, name);
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(what, sizeof(what), "open %s", path);
		CHECK(0, what);
		return;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		n = strcspn(line, "\n");
		line[n] = '\0';
		lines++;
		before += annotations(line);
		if (!pinyin_repair(line, n, &out)) {
			after += annotations(line);
			continue;
		}
		changed++;
		/* Removed parentheses are exactly the annotations removed. */
		lost += count_char(line, n, '(') - count_char(out.data,
		    out.len, '(');
		buf_addc(&out, '\0');
		after += annotations(out.data);
	}
	fclose(f);
	printf("# %s: %d lines, %d changed, annotations %d -> %d\n", name,
	    lines, changed, before, after);
	snprintf(what, sizeof(what), "%s: only annotations removed", name);
	CHECK(lost == before - after, what);
	if (injected) {
		snprintf(what, sizeof(what),
		    "%s: every annotation after a Han character removed", name);
		CHECK(after == 0, what);
	} else {
		snprintf(what, sizeof(what), "%s: no line changed", name);
		CHECK(changed == 0, what);
	}
}

/*
 * Syllable codes come from a memo after the first time: the same, in
 * another buffer, for many spellings that share its slots.  Runs after
 * cases(), which loaded the syllables.
 */
static void
memo(void)
{
	static const char *const tones[] = { "a", "\xc4\x81", "\xc3\xa1",
	    "\xc7\x8e", "\xc3\xa0" };	/* a, ā, á, ǎ, à */
	static const char *const onsets[] = { "", "b", "p", "m", "f", "d",
	    "t", "n", "l", "g", "k", "h", "zh", "ch", "sh", "z", "c", "s",
	    "x", "j", "q", "y", "w", "r", "zz", "v" };
	static const char *const rimes[] = { "", "i", "o", "n", "ng" };
	char text[32], copy[32];
	size_t o, t, r, n;
	int first[3000], k = 0, bad = 0, known = 0;

	for (int round = 0; round < 2; round++) {
		k = 0;
		for (o = 0; o < NELEM(onsets); o++)
			for (t = 0; t < NELEM(tones); t++)
				for (r = 0; r < NELEM(rimes); r++) {
					n = (size_t)snprintf(text, sizeof text,
					    "%s%s%s", onsets[o], tones[t],
					    rimes[r]);
					memcpy(copy, text, n + 1);
					if (round == 0) {
						first[k] = syllable_code(text, n);
						known += first[k] >= 0;
					} else if (syllable_code(copy, n) !=
					    first[k])
						bad++;
					k++;
				}
	}
	CHECK(bad == 0 && known > 100, "syllable codes are the same again");
}

int
main(void)
{
	const char *root = getenv("ROOT") ? getenv("ROOT") : ".";

	cases();
	memo();
	keep_list(root);
	page(root, "000_5c2fe807982dafa8.txt", 0);
	page(root, "001_d1596cc705f57794.txt", 1);
	page(root, "002_ad3d233e3594d7d4.txt", 1);
	page(root, "003_69f84da2f8007888.txt", 0);
	page(root, "004_8782a0c47a3865a7.txt", 0);
	buf_free(&out);
	return t_status();
}
