/* script_chars.c: the characters an OpenCC configuration can change. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <yajl/yajl_tree.h>

#include "embedded.h"
#include "script_chars.h"
#include "util.h"

/* Where Debian's OpenCC keeps its configurations and dictionaries. */
#define OPENCC_DIR	"/usr/share/opencc"
#define MAX_DICTS	16

struct dicts {
	char	*file[MAX_DICTS];
	int	 n;
};

/* Every "file" named anywhere in the configuration; 0 if too many. */
static int
collect_files(yajl_val v, struct dicts *d)
{
	size_t i;

	if (YAJL_IS_ARRAY(v)) {
		for (i = 0; i < v->u.array.len; i++)
			if (!collect_files(v->u.array.values[i], d))
				return 0;
	} else if (YAJL_IS_OBJECT(v)) {
		for (i = 0; i < v->u.object.len; i++) {
			yajl_val val = v->u.object.values[i];

			if (strcmp(v->u.object.keys[i], "file") == 0 &&
			    YAJL_IS_STRING(val)) {
				if (d->n == MAX_DICTS)
					return 0;
				d->file[d->n++] = val->u.string;
			} else if (!collect_files(val, d))
				return 0;
		}
	}
	return 1;
}

/* The configuration's path and folder, found as OpenCC finds them. */
static int
find_config(const char *config, char *path, size_t n, char *dir, size_t dn)
{
	struct stat st;
	char *slash;

	if (stat(config, &st) == 0)
		snprintf(path, n, "%s", config);
	else if ((size_t)snprintf(path, n, "%s/%s", OPENCC_DIR, config) >= n ||
	    stat(path, &st) != 0)
		return 0;
	snprintf(dir, dn, "%s", path);
	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = '\0';
	else
		snprintf(dir, dn, ".");
	return 1;
}

/* The size of a dictionary file, looked for beside the configuration
 * first, then in OpenCC's folder; -1 if it is in neither. */
static long long
dict_size(const char *dir, const char *file)
{
	char path[4096];
	struct stat st;

	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, file) <
	    sizeof path && stat(path, &st) == 0)
		return (long long)st.st_size;
	if ((size_t)snprintf(path, sizeof path, "%s/%s", OPENCC_DIR, file) <
	    sizeof path && stat(path, &st) == 0)
		return (long long)st.st_size;
	return -1;
}

static void
set_range(uint8_t *set, unsigned long lo, unsigned long hi)
{
	for (; lo <= hi && lo < SCRIPT_CHARS_LIMIT; lo++)
		set[lo >> 3] |= (uint8_t)(1u << (lo & 7));
}

/* Add the hex ranges of s[0..n) ("4e00-4e05 4e07 ...") to set. */
static void
add_ranges(uint8_t *set, const char *s, size_t n)
{
	const char *end = s + n;
	char *next;
	unsigned long lo, hi;

	while (s < end) {
		lo = strtoul(s, &next, 16);
		if (next == s) {
			s++;
			continue;
		}
		hi = lo;
		if (next < end && *next == '-')
			hi = strtoul(next + 1, &next, 16);
		set_range(set, lo, hi);
		s = next;
	}
}

/* Add the sets described for one dictionary; returns how many (0..2). */
static int
add_dict(struct script_chars *sc, const char *file, long long size)
{
	size_t n, len, flen = strlen(file);
	const char *p = embedded_file("opencc-chars.txt", &n);
	const char *line, *rest;
	struct data_lines dl;
	char *after;
	int found = 0;

	data_lines_init(&dl, p, n);
	while (data_next_line(&dl, &line, &len)) {
		if (len <= flen + 1 || memcmp(line, file, flen) != 0 ||
		    line[flen] != ' ' ||
		    strtoll(line + flen + 1, &after, 10) != size)
			continue;
		rest = after + 1;
		if (strncmp(rest, "keys ", 5) == 0)
			add_ranges(sc->key, rest + 5, (size_t)(line + len - rest - 5));
		else if (strncmp(rest, "triggers ", 9) == 0)
			add_ranges(sc->trigger, rest + 9,
			    (size_t)(line + len - rest - 9));
		else
			continue;
		found++;
	}
	return found;
}

int
script_chars_load(const char *config, struct script_chars *sc)
{
	char path[4096], dir[4096], *text;
	struct dicts d = { { NULL }, 0 };
	yajl_val tree;
	long long size;
	size_t len;
	int i, ok;

	memset(sc, 0, sizeof *sc);
	if (!find_config(config, path, sizeof path, dir, sizeof dir) ||
	    (text = read_small_file(path, 1 << 20, &len)) == NULL)
		return 0;
	tree = yajl_tree_parse(text, NULL, 0);
	free(text);
	ok = tree != NULL && collect_files(tree, &d) && d.n > 0;
	for (i = 0; ok && i < d.n; i++)
		ok = (size = dict_size(dir, d.file[i])) >= 0 &&
		    add_dict(sc, d.file[i], size) == 2;
	yajl_tree_free(tree);
	return ok;
}
