/* meta.c: byline patterns with one capture, tried near the article. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "date.h"
#include "embedded.h"
#include "meta.h"
#include "msg.h"
#include "page.h"
#include "util.h"

#define AROUND		15	/* lines looked at before and after the block */

const char *const meta_keys[META_NKEYS] = { "title", "date", "source",
    "author" };

struct pattern {
	int		 key;
	pcre2_code	*code;
};

static struct pattern	*patterns;
static size_t		 npatterns, patcap;
static _Thread_local pcre2_match_data *match;	/* one a thread */

static void
add_pattern(const char *s, size_t n, long line)
{
	PCRE2_UCHAR text[256];
	PCRE2_SIZE offset;
	const char *colon;
	size_t key;
	int err;

	if ((colon = memchr(s, ':', n)) == NULL)
		fatal_at(EXIT_TROUBLE, "meta", line, "expected 'KEY: RE'");
	for (key = 0; key < META_NKEYS; key++)
		if (strlen(meta_keys[key]) == (size_t)(colon - s) &&
		    memcmp(meta_keys[key], s, colon - s) == 0)
			break;
	if (key == META_NKEYS)
		fatal_at(EXIT_TROUBLE, "meta", line, "unknown key");
	for (colon++; *colon == ' '; colon++)
		;
	grow(&patterns, &patcap, (npatterns + 1) * sizeof *patterns);
	patterns[npatterns].key = key;
	patterns[npatterns].code = pcre2_compile((PCRE2_SPTR)colon,
	    s + n - colon, PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
	    &err, &offset, NULL);
	if (patterns[npatterns].code == NULL) {
		pcre2_get_error_message(err, text, sizeof text);
		fatal_at(EXIT_TROUBLE, "meta", line, "bad regular expression: "
		    "%s", (const char *)text);
	}
	npatterns++;
}

void
meta_init(void)
{
	struct data_lines dl;
	const char *s, *line;
	size_t len;

	if ((s = embedded_file("meta", &len)) == NULL)
		fatal(EXIT_TROUBLE, "data file 'meta' missing");
	for (data_lines_init(&dl, s, len); data_next_line(&dl, &line, &len);)
		add_pattern(line, len, dl.lineno);
}

/* Whether line i is one a byline may be read from. */
static int
byline_candidate(const struct page *p, size_t i)
{
	const struct line *l = &p->lines[i];

	return !(l->flags & L_BLANK) && !l->keep;
}

/*
 * Read the byline patterns in lines [from, to); dates only from lines
 * with the flags in date_flags (0: any line).
 */
static void
scan(const struct page *p, size_t from, size_t to, unsigned date_flags,
    struct meta *m)
{
	const struct line *l;
	PCRE2_SIZE *ov;
	struct date d;
	size_t i, k;

	if (match == NULL)
		match = pcre2_match_data_create(4, NULL);
	for (k = 0; k < npatterns; k++) {
		if (m->value[patterns[k].key] != NULL)
			continue;
		for (i = from; i < to; i++) {
			l = &p->lines[i];
			if (!byline_candidate(p, i) || pcre2_match(
			    patterns[k].code, (PCRE2_SPTR)line_text(p, l),
			    l->len, 0, 0, match, NULL) < 2)
				continue;
			ov = pcre2_get_ovector_pointer(match);
			m->value[patterns[k].key] = line_text(p, l) + ov[2];
			m->len[patterns[k].key] = ov[3] - ov[2];
			break;
		}
	}
	for (i = from; i < to && m->value[META_DATE] == NULL; i++) {
		l = &p->lines[i];
		if (byline_candidate(p, i) && (l->flags & L_DATE) &&
		    (date_flags == 0 || (l->flags & date_flags)) &&
		    date_find(line_text(p, l), l->len, &d)) {
			m->len[META_DATE] = date_iso(&d, m->date,
			    sizeof m->date);
			m->value[META_DATE] = m->date;
		}
	}
}

void
meta_find(const struct page *p, size_t title, struct meta *m)
{
	size_t from;

	memset(m, 0, sizeof *m);
	if (title != (size_t)-1) {
		m->value[META_TITLE] = line_text(p, &p->lines[title]);
		m->len[META_TITLE] = p->lines[title].len;
	}
	if (p->start == p->end)
		return;
	/* The byline between the title and the body, then what follows. */
	from = title != (size_t)-1 ? title : p->start > AROUND ?
	    p->start - AROUND : 0;
	scan(p, from, p->start + 1 < p->nlines ? p->start + 1 : p->nlines, 0,
	    m);
	/* After the body, dates of related lists are not the article's. */
	scan(p, p->start, p->end + AROUND < p->nlines ? p->end + AROUND :
	    p->nlines, L_LEX_DROP, m);
}
