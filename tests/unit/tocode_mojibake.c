/*
 * tocode_mojibake: every case of tests/data/tocode/mojibake/mojibake.tsv
 * (under $ROOT) through mojibake_repair, with the pass rate per kind and
 * policy; then every line of the bundled pages, which must not change.
 *
 * reverse cases must give the expected text, except those listed in
 * known-failures.txt beside the cases (printed, not counted); leave and
 * to-fffd cases must stay as they are (to-fffd: 锟斤拷 is reported, not
 * turned back into U+FFFD).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "t.h"
#include "tocode/repair.h"

#define KINDS_MAX	64
#define LINE_MAX_LEN	(1 << 16)

static struct buf out;

static struct tally {
	char	name[80];
	int	n, pass;
} tallies[KINDS_MAX];
static int ntallies;

static void
tally(const char *kind, const char *policy, int pass)
{
	char name[80];
	int i;

	snprintf(name, sizeof(name), "%s %s", policy, kind);
	for (i = 0; i < ntallies; i++)
		if (strcmp(tallies[i].name, name) == 0)
			break;
	if (i == ntallies) {
		if (ntallies == KINDS_MAX)
			return;
		snprintf(tallies[ntallies++].name, sizeof(name), "%s", name);
	}
	tallies[i].n++;
	tallies[i].pass += pass;
}

/* The line after repair, NUL-terminated in out; *rep filled. */
static const char *
repair(const char *s, struct mojibake_report *rep)
{
	rep->unrepairable = 0;
	rep->first_col = 0;
	if (!mojibake_repair(s, strlen(s), &out, rep))
		return s;
	buf_addc(&out, '\0');
	return out.data;
}

static int
listed(const char *list, const char *id)
{
	char key[64];

	snprintf(key, sizeof(key), "\n%s\n", id);
	return list != NULL && strstr(list, key) != NULL;
}

/* known-failures.txt as "\nID\nID\n...", comments dropped. */
static char *
read_list(const char *path)
{
	static char list[LINE_MAX_LEN];
	char line[256];
	size_t len = 1;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return NULL;
	list[0] = '\n';
	while (fgets(line, sizeof(line), f) != NULL && len + strlen(line) <
	    sizeof(list) - 1)
		if (line[0] != '#' && line[0] != '\n')
			len += snprintf(list + len, sizeof(list) - len, "%.*s\n",
			    (int)strcspn(line, " \t\n"), line);
	fclose(f);
	return list;
}

static void
cases(const char *root)
{
	static char line[LINE_MAX_LEN];
	char path[4096], what[LINE_MAX_LEN];
	char *f[5], *p, *known;
	const char *got;
	struct mojibake_report rep;
	FILE *fp;
	int i, pass, reported = 0, fffd = 0;

	snprintf(path, sizeof(path),
	    "%s/tests/data/tocode/mojibake/known-failures.txt", root);
	known = read_list(path);
	snprintf(path, sizeof(path), "%s/tests/data/tocode/mojibake/mojibake.tsv",
	    root);
	if ((fp = fopen(path, "r")) == NULL) {
		CHECK(0, "open mojibake.tsv");
		return;
	}
	fgets(line, sizeof(line), fp);	/* header */
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		for (i = 0, p = line; i < 5 && p != NULL; i++) {
			f[i] = p;
			if ((p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		if (i < 5)
			continue;
		got = repair(f[3], &rep);
		/* Tallied against the file's expected text, to-fffd too. */
		tally(f[1], f[2], strcmp(got, f[4]) == 0);
		if (strcmp(f[2], "reverse") == 0)
			pass = strcmp(got, f[4]) == 0;
		else
			pass = strcmp(got, f[3]) == 0;
		if (strcmp(f[2], "to-fffd") == 0) {
			fffd++;
			reported += rep.unrepairable > 0;
		}
		snprintf(what, sizeof(what), "%s %s %s: got \"%s\"", f[0],
		    f[2], f[1], got);
		if (strcmp(f[2], "reverse") == 0 && listed(known, f[0])) {
			printf("# known failure: %s%s\n", what,
			    pass ? " (passes now: update the list)" : "");
			continue;
		}
		CHECK(pass, what);
	}
	fclose(fp);
	for (i = 0; i < ntallies; i++)
		printf("# %-36s %2d/%-2d\n", tallies[i].name, tallies[i].pass,
		    tallies[i].n);
	printf("# to-fffd cases reported as unrepairable: %d/%d\n", reported,
	    fffd);
	CHECK(reported == fffd, "every 锟斤拷 case is reported");
}

/* No line of a clean page changes. */
static void
page(const char *root, const char *name)
{
	static char line[LINE_MAX_LEN];
	char path[4096], what[4200];
	struct mojibake_report rep;
	FILE *f;
	int changed = 0, reported = 0;

	snprintf(path, sizeof(path), "%s/examples/pages/%s", root, name);
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(what, sizeof(what), "open %s", path);
		CHECK(0, what);
		return;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (repair(line, &rep) != line) {
			changed++;
			printf("# %s changed: %s -> %s\n", name, line, out.data);
		}
		reported += rep.unrepairable > 0;
	}
	fclose(f);
	snprintf(what, sizeof(what), "%s: no line changed (%d reported)", name,
	    reported);
	CHECK(changed == 0, what);
}

static void
hand_made(void)
{
	struct mojibake_report rep;

	CHECK_STR(repair("caf\xc3\x83\xc2\xa9 au lait", &rep), "caf\xc3\xa9 au lait",
	    "Ã© in a French phrase");
	CHECK_STR(repair("鏂伴椈 2021", &rep), "新闻 2021", "鏂伴椈 is 新闻");
	CHECK_STR(repair("新闻 2021", &rep), "新闻 2021", "clean text stays");
	repair("价格: 锟斤拷锟斤拷 元", &rep);
	CHECK(rep.unrepairable == 1 && rep.first_col == 5,
	    "锟斤拷 reported at its column");
	CHECK(mojibake_repair("plain ASCII", 11, &out, &rep) == 0,
	    "ASCII is left at once");
}

int
main(void)
{
	const char *root = getenv("ROOT") ? getenv("ROOT") : ".";

	hand_made();
	cases(root);
	page(root, "000_5c2fe807982dafa8.txt");
	page(root, "001_d1596cc705f57794.txt");
	page(root, "002_ad3d233e3594d7d4.txt");
	page(root, "003_69f84da2f8007888.txt");
	page(root, "004_8782a0c47a3865a7.txt");
	buf_free(&out);
	return t_status();
}
