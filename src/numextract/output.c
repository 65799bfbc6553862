/* output.c: JSON records and the human view (see output.h). */
#include <string.h>

#include "decimal.h"
#include "json.h"
#include "mention.h"
#include "out.h"
#include "output.h"
#include "utf8.h"

#define CONTEXT_MAX	200	/* characters */
#define CONTEXT_BEFORE	100	/* kept before a mention in a long sentence */

/* The current line, and what has been worked out of it so far. */
static struct {
	const char	*doc;
	long		 lineno;
	const char	*s;
	size_t		 n;
	size_t		 scanned;	/* sentence starts known up to here */
	size_t		 sent_start;
	size_t		 sent_end;	/* end of the sentence found last */
	size_t		 colpos, colchars;	/* chars before colpos */
} cur;

static struct json_writer *jw;

void
output_line(const char *doc, long lineno, const char *s, size_t n)
{
	cur.doc = doc;
	cur.lineno = lineno;
	cur.s = s;
	cur.n = n;
	cur.scanned = cur.sent_start = cur.sent_end = 0;
	cur.colpos = cur.colchars = 0;
}

/* 。！？；: the length of the terminator at s[i], or 0. */
static size_t
terminator(const char *s, size_t n, size_t i)
{
	const unsigned char *p = (const unsigned char *)s + i;

	if (i + 3 > n)
		return 0;
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x82)
		return 3;
	if (p[0] == 0xef && p[1] == 0xbc &&
	    (p[2] == 0x81 || p[2] == 0x9f || p[2] == 0x9b))
		return 3;
	return 0;
}

/* Whether s[a..b) has at most CONTEXT_MAX characters (counts no further). */
static int
fits(const char *s, size_t a, size_t b)
{
	size_t chars = 0;

	for (; a < b; a++)
		if (((unsigned char)s[a] & 0xc0) != 0x80 && ++chars > CONTEXT_MAX)
			return 0;
	return 1;
}

/* The sentence holding s[start..end), cut to CONTEXT_MAX characters. */
static void
context(const struct mention *m, size_t *from, size_t *to)
{
	size_t i, t, a, b, l;
	uint32_t c;

	for (i = cur.scanned; i < m->start; i++)
		if (((unsigned char)cur.s[i] == 0xe3 ||
		    (unsigned char)cur.s[i] == 0xef) &&
		    (t = terminator(cur.s, cur.n, i)) > 0)
			cur.sent_start = i + t;
	if (m->start > cur.scanned)
		cur.scanned = m->start;
	if (cur.sent_end < m->end) {
		for (i = m->end; i < cur.n; i++)
			if (((unsigned char)cur.s[i] == 0xe3 ||
			    (unsigned char)cur.s[i] == 0xef) &&
			    terminator(cur.s, cur.n, i) > 0)
				break;
		cur.sent_end = i;
	}
	a = cur.sent_start;
	b = cur.sent_end;
	while (a < m->start) {
		c = u8_get(cur.s, cur.n, a, &l);
		if (c != ' ' && c != '\t' && c != 0x3000)
			break;
		a += l;
	}
	/* A whole sentence when it fits, else a window around the mention. */
	if (b - a > CONTEXT_MAX && !fits(cur.s, a, b)) {
		if (m->start - a > CONTEXT_BEFORE)
			a = u8_back(cur.s, m->start, a, CONTEXT_BEFORE);
		for (i = a, t = 0; i < b && t < CONTEXT_MAX; t++) {
			u8_get(cur.s, cur.n, i, &l);
			i += l;
		}
		b = i;
	}
	i = b;
	*from = a;
	*to = i;
}

static size_t
column(size_t pos)
{
	if (pos < cur.colpos) {
		cur.colpos = 0;
		cur.colchars = 0;
	}
	cur.colchars += u8_count(cur.s, cur.colpos, pos);
	cur.colpos = pos;
	return cur.colchars + 1;
}

/* The value and upper end as text. */
static void
values(const struct mention *m, char *v, char *up)
{
	up[0] = '\0';
	if (m->kind == K_DATE || m->kind == K_TIME) {
		timex_format(&m->date.lo, v);
		if (m->date.ranged)
			timex_format(&m->date.hi, up);
		return;
	}
	if (m->kind == K_ID && !m->valued) {
		v[0] = '\0';
		return;
	}
	dec_format(&m->lo, v);
	if (m->ranged)
		dec_format(&m->hi, up);
}

void
output_json(const struct mention *m)
{
	char v[DEC_FMTMAX], up[DEC_FMTMAX];
	size_t a, b;

	if (jw == NULL)
		jw = json_w_new();
	values(m, v, up);
	context(m, &a, &b);
	json_w_begin_object(jw);
	json_w_key(jw, "doc");
	json_w_cstring(jw, cur.doc);
	json_w_key(jw, "line");
	json_w_integer(jw, cur.lineno);
	json_w_key(jw, "col");
	json_w_integer(jw, column(m->start));
	json_w_key(jw, "text");
	json_w_string(jw, cur.s + m->start, m->end - m->start);
	json_w_key(jw, "kind");
	json_w_cstring(jw, kind_names[m->kind]);
	json_w_key(jw, "value");
	json_w_cstring(jw, v);
	if (up[0] != '\0') {
		json_w_key(jw, "upper");
		json_w_cstring(jw, up);
	}
	json_w_key(jw, "unit");
	json_w_cstring(jw, m->unit);
	json_w_key(jw, "qual");
	json_w_cstring(jw, qual_names[m->qual]);
	json_w_key(jw, "context");
	json_w_string(jw, cur.s + a, b - a);
	json_w_end_object(jw);
	json_w_end_record(jw);
}

void
output_grep(const struct mention *m)
{
	char v[DEC_FMTMAX], up[DEC_FMTMAX];
	size_t a, b, ms, me;
	int tty = out_is_tty();

	values(m, v, up);
	context(m, &a, &b);
	ms = m->start < a ? a : m->start;
	me = m->end > b ? b : m->end;
	if (me < ms)
		me = ms;
	out_printf("%s:%ld: ", cur.doc, cur.lineno);
	out_write(cur.s + a, ms - a);
	out_str(tty ? "\033[1;31m" : "[");
	out_write(cur.s + ms, me - ms);
	out_str(tty ? "\033[0m" : "]");
	out_write(cur.s + me, b - me);
	out_printf("\t%s %s%s%s%s%s%s%s", kind_names[m->kind], v,
	    up[0] ? ".." : "", up, m->unit[0] ? " " : "", m->unit,
	    m->qual != Q_NONE ? " " : "", qual_names[m->qual]);
	out_endline();
}
