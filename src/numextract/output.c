/* output.c: JSON records and the human view (see output.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "decimal.h"
#include "json.h"
#include "mention.h"
#include "out.h"
#include "output.h"
#include "swar.h"
#include "uclass.h"
#include "utf8.h"

#define CONTEXT_MAX	200	/* characters */
#define CONTEXT_BEFORE	100	/* kept before a mention in a long sentence */

/* The current line, and what has been worked out of it so far. */
static _Thread_local struct {
	const char	*doc;
	long		 lineno;
	const char	*s;
	size_t		 n;
	size_t		 scanned;	/* sentence starts known up to here */
	size_t		 sent_start;
	size_t		 sent_end;	/* end of the sentence found last */
	int		 clean;		/* no terminator in [scanned, sent_end) */
	size_t		 byte_from[2], byte_at[2];	/* see next_byte() */
	size_t		 colpos, colchars;	/* chars before colpos */
	size_t		 fit_from, fit_to;	/* the sentence measured last */
	int		 fits;
	int		 plain;		/* its escaping is itself, quoted */
} cur;

/*
 * A record is built as text and written in one piece: the document name
 * and the context, the same for many records, are escaped once.
 */
static _Thread_local struct buf doc_json, sent_json, ctx_json, doc_name;

void
output_line(const char *doc, long lineno, const char *s, size_t n)
{
	if (doc_json.len == 0 || strcmp(doc, doc_name.data) != 0) {
		buf_reset(&doc_name);
		buf_adds(&doc_name, doc);
		buf_reset(&doc_json);
		json_escape(&doc_json, doc, strlen(doc));
	}
	cur.doc = doc;
	cur.lineno = lineno;
	cur.s = s;
	cur.n = n;
	cur.scanned = cur.sent_start = cur.sent_end = 0;
	cur.clean = 1;
	/* No search kept: from after at. */
	cur.byte_from[0] = cur.byte_from[1] = 1;
	cur.byte_at[0] = cur.byte_at[1] = 0;
	cur.colpos = cur.colchars = 0;
	cur.fit_from = cur.fit_to = 0;
	cur.fits = 1;
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

/*
 * The first byte c at or after s[i], or n.  memchr's answer is kept, one
 * for each byte looked for (k): the searches of a line go mostly forward,
 * so each runs over the line about once.
 */
static size_t
next_byte(int k, int c, size_t i)
{
	const char *p;

	if (i < cur.byte_from[k] || i > cur.byte_at[k]) {
		p = memchr(cur.s + i, c, cur.n - i);
		cur.byte_from[k] = i;
		cur.byte_at[k] = p != NULL ? (size_t)(p - cur.s) : cur.n;
	}
	return cur.byte_at[k];
}

/*
 * The first terminator in s[i..to), or to; *len gets its length.  Only
 * the bytes that can lead one are looked at: 0xe3 for 。, 0xef for ！？；
 * (as for the commas and colons).
 */
static size_t
next_terminator(size_t i, size_t to, size_t *len)
{
	size_t e3, ef;

	while (i < to) {
		e3 = next_byte(0, 0xe3, i);
		ef = next_byte(1, 0xef, i);
		if ((i = e3 < ef ? e3 : ef) >= to)
			break;
		if ((*len = terminator(cur.s, cur.n, i)) > 0)
			return i;
		i++;
	}
	return to;
}

/*
 * The start of the sentence holding s[pos]: the terminators from where
 * the last call stopped, but none of the stretch the search for the
 * sentence's end has found to hold none.
 */
static size_t
sentence_start(size_t pos)
{
	size_t i = cur.scanned, t;

	if (cur.clean && cur.sent_end > i)
		i = cur.sent_end;
	while ((i = next_terminator(i, pos, &t)) < pos)
		cur.sent_start = i += t;
	if (pos > cur.scanned)
		cur.scanned = pos;
	return cur.sent_start;
}

/* The end of the sentence holding s[start..end). */
static size_t
sentence_end(size_t start, size_t end)
{
	size_t t;

	if (cur.sent_end < end) {
		cur.sent_end = next_terminator(end, cur.n, &t);
		cur.clean = cur.scanned == start &&
		    next_terminator(start, end, &t) == end;
	}
	return cur.sent_end;
}

/*
 * The sentence holding s[start..end), cut to CONTEXT_MAX characters.
 * Mentions of one sentence come one after the other: whether it fits is
 * worked out once.
 */
static void
context(const struct mention *m, size_t *from, size_t *to)
{
	size_t a, b, l;
	uint32_t c;

	a = sentence_start(m->start);
	b = sentence_end(m->start, m->end);
	while (a < m->start) {
		c = utf8_get(cur.s, cur.n, a, &l);
		if (!(uclass(c) & UC_SPACE))
			break;
		a += l;
	}
	if (a != cur.fit_from || b != cur.fit_to) {
		cur.fit_from = a;
		cur.fit_to = b;
		cur.fits = b - a <= CONTEXT_MAX ||
		    swar_utf8_count(cur.s + a, b - a) <= CONTEXT_MAX;
		buf_reset(&sent_json);
		json_escape(&sent_json, cur.s + a, b - a);
		cur.plain = sent_json.len == b - a + 2;
	}
	/* A whole sentence when it fits, else a window around the mention. */
	if (!cur.fits) {
		if (m->start - a > CONTEXT_BEFORE)
			a = swar_utf8_back(cur.s, m->start, a, CONTEXT_BEFORE);
		b = swar_utf8_forward(cur.s, a, b, CONTEXT_MAX);
	}
	*from = a;
	*to = b;
}

static size_t
column(size_t pos)
{
	if (pos < cur.colpos) {
		cur.colpos = 0;
		cur.colchars = 0;
	}
	cur.colchars += swar_utf8_count(cur.s + cur.colpos, pos - cur.colpos);
	cur.colpos = pos;
	return cur.colchars + 1;
}

/* The value and upper end as text; returns the value's length. */
static size_t
values(const struct mention *m, char *v, char *up, size_t *uplen)
{
	*uplen = 0;
	up[0] = '\0';
	if (m->kind == K_DATE || m->kind == K_TIME) {
		timex_format(&m->date.lo, v);
		if (m->date.ranged) {
			timex_format(&m->date.hi, up);
			*uplen = strlen(up);
		}
		return strlen(v);
	}
	if (m->kind == K_ID && !m->valued) {
		v[0] = '\0';
		return 0;
	}
	if (m->frac_den > 0)
		return snprintf(v, DEC_FMTMAX, "%lld/%lld", m->frac_num,
		    m->frac_den);
	if (m->ranged)
		*uplen = dec_format(&m->hi, up);
	return dec_format(&m->lo, v);
}

/* Append n bytes at p, in room made before; returns their end. */
static char *
put(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

/* A string of the line as JSON: its bytes quoted, or escaped in a buffer. */
struct piece {
	const char	*s;
	size_t		 n;
	int		 quote;		/* s needs only its quotes */
};

static size_t
piece_len(const struct piece *pc)
{
	return pc->n + (pc->quote ? 2 : 0);
}

static char *
put_piece(char *p, const struct piece *pc)
{
	return pc->quote ? json_put_quoted(p, pc->s, pc->n) : put(p, pc->s, pc->n);
}

/* s[0..n) as a piece, escaped into b when it needs escaping. */
static void
piece_of(struct piece *pc, const char *s, size_t n, int plain, struct buf *b)
{
	if (plain || json_plain(s, n)) {
		pc->s = s;
		pc->n = n;
		pc->quote = 1;
		return;
	}
	buf_reset(b);
	json_escape(b, s, n);
	pc->s = b->data;
	pc->n = b->len;
	pc->quote = 0;
}

#define PUT_LIT(p, lit)	put((p), (lit), sizeof(lit) - 1)
/* The bytes of a record besides its strings: at most, with line, col and null. */
#define RECORD_FIXED	(sizeof("{\"doc\":,\"line\":,\"col\":,\"text\":," \
	"\"kind\":\"\",\"value\":\"\",\"upper\":,\"unit\":," \
	"\"qual\":\"\",\"context\":}") + 2 * 20 + sizeof("\"\"null"))

/*
 * A record, the bulk of the output, is measured and then built in place
 * in the output buffer, with no check per field; strings are escaped as
 * json_escape() does (json.h), so the bytes are those of a json_b record.
 */
void
output_json(const struct mention *m)
{
	static _Thread_local struct buf rec, text_json, unit;
	static _Thread_local const char *last_unit;
	struct piece text, ctx;
	const char *kind = kind_names[m->kind], *qual = qual_names[m->qual];
	char v[DEC_FMTMAX], up[DEC_FMTMAX], *p, *p0;
	size_t a, b, klen = strlen(kind), qlen = strlen(qual), vlen, uplen, need;
	int aside;

	vlen = values(m, v, up, &uplen);
	context(m, &a, &b);
	/*
	 * The escaped sentence serves as it is; a window of a sentence that
	 * needed no escaping needs none either.
	 */
	if (a == cur.fit_from && b == cur.fit_to) {
		ctx.s = sent_json.data;
		ctx.n = sent_json.len;
		ctx.quote = 0;
	} else
		piece_of(&ctx, cur.s + a, b - a, cur.plain, &ctx_json);
	/* The mention is of the sentence: it needs no escaping when that doesn't. */
	piece_of(&text, cur.s + m->start, m->end - m->start, cur.plain,
	    &text_json);
	/* Units are the lexicon's strings: one escaping serves a run of them. */
	if (m->unit != last_unit || unit.len == 0) {
		buf_reset(&unit);
		json_escape(&unit, m->unit, strlen(m->unit));
		last_unit = m->unit;
	}
	need = RECORD_FIXED + doc_json.len + piece_len(&text) + klen + vlen +
	    uplen + unit.len + qlen + piece_len(&ctx);
	/* A record longer than the output buffer is built aside. */
	if ((aside = (p0 = out_reserve(need)) == NULL)) {
		buf_reset(&rec);
		p0 = buf_reserve(&rec, need);
	}
	p = PUT_LIT(p0, "{\"doc\":");
	p = put(p, doc_json.data, doc_json.len);
	p = PUT_LIT(p, ",\"line\":");
	p = json_put_uint(p, cur.lineno);
	p = PUT_LIT(p, ",\"col\":");
	p = json_put_uint(p, column(m->start));
	p = PUT_LIT(p, ",\"text\":");
	p = put_piece(p, &text);
	p = PUT_LIT(p, ",\"kind\":");
	p = json_put_quoted(p, kind, klen);
	p = PUT_LIT(p, ",\"value\":");
	p = json_put_quoted(p, v, vlen);
	/* Every record has every field, so a table from the first holds all. */
	p = PUT_LIT(p, ",\"upper\":");
	p = uplen > 0 ? json_put_quoted(p, up, uplen) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"unit\":");
	p = put(p, unit.data, unit.len);
	p = PUT_LIT(p, ",\"qual\":");
	p = json_put_quoted(p, qual, qlen);
	p = PUT_LIT(p, ",\"context\":");
	p = put_piece(p, &ctx);
	*p++ = '}';
	if (aside)
		out_write(p0, p - p0);
	else
		out_commit(p - p0);
	out_endline();
}

void
output_grep(const struct mention *m, int show_doc, int color)
{
	char v[DEC_FMTMAX], up[DEC_FMTMAX];
	size_t a, b, ms, me, uplen;

	values(m, v, up, &uplen);
	context(m, &a, &b);
	ms = m->start < a ? a : m->start;
	me = m->end > b ? b : m->end;
	if (me < ms)
		me = ms;
	if (show_doc)
		out_printf("%s:", cur.doc);
	out_printf("%ld: ", cur.lineno);
	out_write(cur.s + a, ms - a);
	out_str(color ? "\033[1;31m" : "[");
	out_write(cur.s + ms, me - ms);
	out_str(color ? "\033[0m" : "]");
	out_write(cur.s + me, b - me);
	out_printf("\t%s %s%s%s%s%s%s%s", kind_names[m->kind], v,
	    up[0] ? ".." : "", up, m->unit[0] ? " " : "", m->unit,
	    m->qual != Q_NONE ? " " : "", qual_names[m->qual]);
	out_endline();
}
