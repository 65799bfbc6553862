/*
 * convert.c: one document through tocode's stages:
 *
 *	detect -> decode -> lines -> [mojibake] -> clean, fold, normalize
 *	    -> [pinyin] -> [OpenCC] -> encode
 *
 * UTF-8 input is not decoded, only validated by the line scan; a line that
 * is not valid UTF-8 in a UTF-8 page is tried in the page's legacy
 * encoding (a crawl artefact: most lines UTF-8, a few GBK).  Lines longer
 * than SEGMENT_MAX are handled in pieces, so no line length is too long.
 *
 * In corpus mode (-J) the text of a record was read from a JSON string:
 * it is Unicode already, so there is nothing to detect or decode, and it
 * goes through the stages from the line scan on, into a buffer that
 * becomes the record's new text field.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "clean.h"
#include "conv.h"
#include "convert.h"
#include "corpus.h"
#include "decode.h"
#include "detect.h"
#include "doc.h"
#include "encode.h"
#include "json_read.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "page.h"
#include "plain.h"
#include "utf8.h"
#include "warc.h"
#include "reader.h"
#include "repair.h"
#include "script.h"
#include "swar.h"

#define SEGMENT_MAX	(1024 * 1024)
#define SCRIPT_BLOCK	(256 * 1024)
#define INVALID		"invalid"	/* the kind of bad input of bad bytes */

static const struct tocode_opts *opt;
static struct encoder *encoder;
/*
 * Plain lines may go out in runs: no stage can change them, and they
 * are written as they come (no mojibake repair, OpenCC, other output
 * encoding, or flush after every line).
 */
static int runs_of_plain;

void
convert_init(const struct tocode_opts *o)
{
	opt = o;
	clean_init(&o->clean);
	plain_init();
	if (o->opencc_config != NULL)
		script_open(o->opencc_config);
	if (o->to != NULL && !encoding_is_utf8(o->to) &&
	    (encoder = encoder_new(o->to)) == NULL)
		fatal(EXIT_TROUBLE, "unknown output encoding '%s' (see iconv -l)",
		    o->to);
	runs_of_plain = !o->fix_mojibake && o->opencc_config == NULL &&
	    encoder == NULL && !common.line_buffered && !out_is_tty();
}

void
convert_finish(void)
{
	script_close();
	encoder_free(encoder);
}

static void
write_text(struct conv *c, const char *s, size_t n)
{
	unsigned long bad;

	if (encoder == NULL) {
		out_write(s, n);
		return;
	}
	if ((bad = encoder_write(encoder, s, n)) > 0)
		bad_input("unmappable", c->doc->file, c->line,
		    "%lu character(s) not in %s, written as '?'", bad, opt->to);
}

void
conv_flush_script(struct conv *c)
{
	buf_reset(&c->scripted);
	script_convert(c->script.data, c->script.len, &c->scripted);
	buf_reset(&c->script);
	write_text(c, c->scripted.data, c->scripted.len);
	out_flush();
}

/*
 * The last stages: OpenCC in blocks, then the output encoding; in corpus
 * mode, into the record's text (OpenCC on the whole text at its end).
 */
static void
emit(struct conv *c, const char *s, size_t n, int newline)
{
	if (opt->opencc_config != NULL) {
		buf_add(&c->script, s, n);
		if (newline)
			buf_addc(&c->script, '\n');
		if (c->to == NULL && (c->script.len >= SCRIPT_BLOCK ||
		    common.line_buffered || out_is_tty()))
			conv_flush_script(c);
		return;
	}
	if (c->to != NULL) {
		buf_add(c->to, s, n);
		if (newline)
			buf_addc(c->to, '\n');
		return;
	}
	write_text(c, s, n);
	if (newline)
		out_endline();
}

static void
report_invalid(struct conv *c, long line, size_t off)
{
	bad_input(INVALID, c->doc->file, line,
	    "invalid byte 0x%02X at byte offset %llu", c->base[off],
	    c->base_offset + off);
}

/* An invalid sequence in the line being cleaned. */
static void
invalid_seq(void *ctx, size_t off, size_t len)
{
	struct conv *c = ctx;

	(void)len;
	report_invalid(c, c->line, off);
}

/*
 * An invalid sequence met by the decoder, which runs lines ahead of
 * c->line: its line is the one pending starts on, plus the newlines
 * decoded before it, counted from where the last count stopped (and
 * only for a message that will be seen: the rest keep no line).
 */
static void
invalid_decoded(void *ctx, size_t off, size_t len)
{
	struct conv *c = ctx;
	const char *p = c->pending.data + c->nl_scanned;
	size_t n = c->pending.len - c->nl_scanned;

	(void)len;
	if (bad_input_due(INVALID)) {
		c->nl_pending += (long)swar_count_byte(p, n, '\n');
		c->nl_scanned = c->pending.len;
	}
	report_invalid(c, c->line + !c->in_line + c->nl_pending, off);
}

/*
 * Only a multi-byte encoding reading a line without error is evidence:
 * a single-byte one reads anything.
 */
static int
multibyte_legacy(const char *name)
{
	static const char *const names[] = { "GB18030", "GBK", "GB2312",
	    "BIG5", "BIG5-HKSCS", "CP950", "SHIFT_JIS", "CP932", "EUC-JP",
	    "EUC-KR", "CP949", "JOHAB", "EUC-TW" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* A legacy decoder for the invalid lines of a UTF-8 page, once. */
static struct decoder *
legacy_decoder(struct conv *c, const char *line, size_t n)
{
	struct detection det;

	if (c->legacy_tried)
		return c->legacy;
	c->legacy_tried = 1;
	detect_encoding((const unsigned char *)line, n, 1, &det);
	if (multibyte_legacy(det.name))
		c->legacy = decoder_new(det.iconv_name, NULL);
	return c->legacy;
}

/* Mojibake repair, and a warning for what it leaves alone. */
static int
mojibake_line(struct conv *c, const char *s, size_t n, struct buf *out)
{
	struct mojibake_report rep = { 0, 0 };
	int changed;

	changed = mojibake_repair(s, n, out, &rep);
	if (rep.unrepairable > 0)
		bad_input("mojibake", c->doc->file, c->line,
		    "mojibake that cannot be reversed at column %ld "
		    "(such as 锟斤拷 or 烫烫烫), left as it is", rep.first_col);
	return changed;
}

/* Whether the legacy encoding reads the line with no invalid byte. */
static int
decode_legacy(struct conv *c, const char *s, size_t n, struct buf *out)
{
	struct decoder *d = legacy_decoder(c, s, n);
	int bad = 0;

	if (d == NULL)
		return 0;
	buf_reset(out);
	decoder_run(d, (const unsigned char *)s, n, 1, 0, out, decoder_count_invalid, &bad);
	return bad == 0;
}

/*
 * A scratch buffer the line s is not in: each stage writes to one that
 * is not its input (three stages may change a line in a row).
 */
static struct buf *
scratch(struct conv *c, const char *s)
{
	struct buf *t = c->tmp;

	return s == t[0].data ? &t[1] : s == t[1].data ? &t[2] : &t[0];
}

/*
 * A line through the stages, its scan known: clean, to change, or
 * invalid UTF-8.
 */
static void
conv_scanned(struct conv *c, const char *s, size_t n, int newline,
    enum scan scan)
{
	struct buf *t;

	if (scan == SCAN_INVALID && c->decoder == NULL &&
	    decode_legacy(c, s, n, t = scratch(c, s))) {
		s = t->data;
		n = t->len;
		scan = clean_scan(s, n);
	}
	if (scan == SCAN_INVALID) {
		c->base = (const unsigned char *)s;
		c->base_offset = c->offset;
		clean_rewrite(s, n, t = scratch(c, s), invalid_seq, c);
		s = t->data;
		n = t->len;
		scan = SCAN_CLEAN;
	}
	if (opt->fix_mojibake && mojibake_line(c, s, n, t = scratch(c, s))) {
		s = t->data;
		n = t->len;
		scan = clean_scan(s, n);
	}
	if (scan == SCAN_CHANGE) {
		clean_rewrite(s, n, t = scratch(c, s), NULL, NULL);
		s = t->data;
		n = t->len;
	}
	if (opt->pinyin_repair && pinyin_repair(s, n, t = scratch(c, s))) {
		s = t->data;
		n = t->len;
	}
	emit(c, s, n, newline);
}

/*
 * One line (or a piece of an over-long one) of input, without its '\n':
 * through every stage to the output.
 */
void
conv_line(struct conv *c, const char *s, size_t n, int newline)
{
	size_t start = c->decoder != NULL ? (size_t)(s - c->pending.data) : 0;
	enum scan scan;

	/* The table decoder said which decoded lines are clean already. */
	if (c->decoder != NULL && decoder_tracks_dirty(c->decoder) &&
	    !decoder_dirty_in(c->decoder, start, start + n + newline))
		scan = SCAN_CLEAN;
	else {
		if (newline && n > 0 && s[n - 1] == '\r')
			n--;		/* CRLF */
		scan = clean_scan(s, n);
	}
	conv_scanned(c, s, n, newline, scan);
}

/*
 * The complete lines at p that are plain, written at once, up to one
 * where pinyin may have been injected: returns where the first other
 * line starts, and whether that one is plain all the same.  *plain_end
 * keeps how far the text is known plain, and *open the first place
 * pinyin may open in it, for the next call.  (Decoded
 * text is not looked at again: the decoder's table says which lines are
 * clean already.)
 */
static char *
plain_lines(struct conv *c, char *p, char *end, char **plain_end,
    char **open, int *plain_next)
{
	char *last;
	size_t n;

	*plain_next = 0;
	if (!runs_of_plain || c->to != NULL || c->decoder != NULL)
		return p;
	if (*plain_end <= p) {
		*plain_end = p + plain_span(p, (size_t)(end - p),
		    PLAIN_GIVE_UP);
		*open = NULL;
	}
	if ((last = memrchr(p, '\n', (size_t)(*plain_end - p))) == NULL)
		return p;
	n = (size_t)(last - p);
	/*
	 * The first place pinyin may open past p, up to the span's last
	 * line: found once, it holds for every line before it.
	 */
	if (opt->pinyin_repair && (*open == NULL || *open < p))
		*open = p + pinyin_first_open(p, n);
	if (opt->pinyin_repair && *open < last) {
		*plain_next = 1;
		if ((last = memrchr(p, '\n', (size_t)(*open - p))) == NULL)
			return p;
	}
	n = (size_t)(last + 1 - p);
	c->line += (long)swar_count_byte(p, n, '\n') - c->in_line;
	c->in_line = 0;
	c->next_offset += n;
	out_write(p, n);
	return last + 1;
}

/*
 * Hand the complete lines of p[0..end) to conv_line (and, when final,
 * the last one; an over-long one in pieces): returns where the rest
 * starts.
 */
static char *
cut_span(struct conv *c, char *p, char *end, int final)
{
	char *nl, *plain_end = p, *open = NULL;
	size_t cut;
	int plain;

	while ((p = plain_lines(c, p, end, &plain_end, &open, &plain)) < end &&
	    (nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		if (!c->in_line)
			c->line++;
		c->in_line = 0;
		c->offset = c->next_offset;
		c->next_offset += (size_t)(nl - p) + 1;
		if (plain)
			conv_scanned(c, p, (size_t)(nl - p), 1, SCAN_CLEAN);
		else
			conv_line(c, p, (size_t)(nl - p), 1);
		p = nl + 1;
	}
	if (final && p < end) {
		if (!c->in_line)
			c->line++;
		c->offset = c->next_offset;
		conv_line(c, p, (size_t)(end - p), 0);
		p = end;
	} else if ((size_t)(end - p) > SEGMENT_MAX) {
		/* An over-long line goes in pieces cut between characters. */
		cut = utf8_start(p, (size_t)(end - p) - 1);
		if (!c->in_line)
			c->line++;
		c->in_line = 1;
		c->offset = c->next_offset;
		c->next_offset += cut;
		conv_line(c, p, cut, 0);
		p += cut;
	}
	return p;
}

/* Hand the complete lines of pending to conv_line, keep the rest. */
static void
cut_lines(struct conv *c, int final)
{
	char *p;

	/* Nothing read yet: data may be NULL, and NULL + 0 is undefined. */
	if (c->pending.len == 0)
		return;
	p = cut_span(c, c->pending.data, c->pending.data + c->pending.len,
	    final);
	if (c->decoder != NULL)
		decoder_dirty_shift(c->decoder, (size_t)(p - c->pending.data));
	c->pending.len -= (size_t)(p - c->pending.data);
	memmove(c->pending.data, p, c->pending.len);
	c->nl_scanned = c->nl_pending = 0;
}

/*
 * UTF-8 needs no decoding: the lines of a chunk are cut where it lies,
 * and only a line the chunk leaves unfinished is copied to pending.
 */
static void
cut_chunk(struct conv *c, const unsigned char *chunk, size_t n)
{
	char *p = (char *)chunk, *end = p + n, *nl;

	if (c->pending.len > 0) {
		if ((nl = memchr(p, '\n', n)) == NULL)
			nl = end - 1;
		buf_add(&c->pending, p, (size_t)(nl + 1 - p));
		cut_lines(c, 0);
		p = nl + 1;
		if (c->pending.len > 0)
			return;
	}
	p = cut_span(c, p, end, 0);
	buf_add(&c->pending, p, (size_t)(end - p));
}

static void
convert_stream(struct conv *c, size_t skip)
{
	const unsigned char *p;
	size_t n, used;
	unsigned long long offset = 0;

	while ((n = reader_chunk(c->doc->r, &p)) > 0) {
		if (skip > 0) {
			used = n < skip ? n : skip;
			p += used;
			n -= used;
			skip -= used;
			offset += used;
		}
		if (c->decoder == NULL) {
			cut_chunk(c, p, n);
			continue;
		}
		/* Bytes of a sequence cut by the chunk wait in carry. */
		buf_add(&c->carry, p, n);
		c->base = (const unsigned char *)c->carry.data;
		c->base_offset = offset;
		used = decoder_run(c->decoder, c->base, c->carry.len, 0,
		    opt->clean.skip_invalid, &c->pending, invalid_decoded, c);
		offset += used;
		c->carry.len -= used;
		memmove(c->carry.data, c->carry.data + used, c->carry.len);
		cut_lines(c, 0);
	}
	if (c->decoder != NULL) {
		c->base = (const unsigned char *)c->carry.data;
		c->base_offset = offset;
		decoder_run(c->decoder, c->base, c->carry.len, 1,
		    opt->clean.skip_invalid, &c->pending, invalid_decoded, c);
		c->carry.len = 0;
	}
	cut_lines(c, 1);
	if (opt->opencc_config != NULL)
		conv_flush_script(c);
}

/*
 * A page whose bulk is UTF-8 with a few lines in a legacy encoding: say
 * so when most non-ASCII lines of the window are valid UTF-8.
 */
static int
mostly_utf8(const unsigned char *s, size_t n)
{
	const unsigned char *end = s + n, *nl;
	unsigned valid = 0, invalid = 0;
	int high;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		high = 0;
		while (s < nl && !high)
			high = *s++ >= 0x80;
		if (high) {
			if (clean_scan((const char *)s - 1,
			    (size_t)(nl - s) + 1) == SCAN_INVALID)
				invalid++;
			else
				valid++;
		}
		s = nl + 1;
	}
	return valid > 0 && valid > invalid;
}

/* The encoding of a document: -f, or detected on the leading window. */
static void
choose_encoding(struct conv *c, struct detection *det)
{
	const unsigned char *w;
	size_t n;

	n = reader_peek(c->doc->r, &w, opt->sniff);
	if (opt->from != NULL) {
		memset(det, 0, sizeof *det);
		det->name = det->iconv_name = opt->from;
		det->confidence = 1;
		/* A BOM is not text, whichever way the encoding was known. */
		if (encoding_is_utf8(opt->from) && n >= 3 &&
		    memcmp(w, "\xEF\xBB\xBF", 3) == 0)
			det->bom_len = 3;
		return;
	}
	detect_encoding(w, n, n < opt->sniff, det);
	if (strncmp(det->name, "UTF-", 4) != 0 && mostly_utf8(w, n)) {
		det->name = det->iconv_name = "UTF-8";
		det->bom_len = 0;
	}
}

void
conv_free(struct conv *c)
{
	size_t i;

	decoder_free(c->decoder);
	decoder_free(c->legacy);
	buf_free(&c->pending);
	buf_free(&c->carry);
	for (i = 0; i < 3; i++)
		buf_free(&c->tmp[i]);
	buf_free(&c->script);
	buf_free(&c->scripted);
}

static size_t
reader_more(void *r, const unsigned char **p)
{
	return reader_chunk(r, p);
}

/* An HTML page: rendered by page.c, its lines through the stages. */
static void
convert_page(struct conv *c)
{
	struct page_src src = { reader_more, c->doc->r, NULL, 0, 0 };

	src.head_len = reader_peek(c->doc->r, &src.head, opt->sniff);
	src.head_is_all = src.head_len < opt->sniff;
	page_render(c, &src, opt, NULL);
	if (opt->opencc_config != NULL)
		conv_flush_script(c);
}

int
convert_doc(struct doc *d, void *arg)
{
	struct detection det;
	struct conv c;
	const unsigned char *w;
	size_t n;

	(void)arg;
	memset(&c, 0, sizeof c);
	c.doc = d;
	choose_encoding(&c, &det);
	if (opt->detect_only) {
		out_printf("%s\t%s\t%.2f", d->file, det.name, det.confidence);
		out_endline();
		return 0;
	}
	n = reader_peek(d->r, &w, opt->sniff);
	if (opt->warc || (!opt->html && warc_is_archive(w, n)))
		return warc_doc(d, opt);
	if (opt->html || page_is_html(w, n)) {
		convert_page(&c);
		conv_free(&c);
		return 0;
	}
	if (!encoding_is_utf8(det.iconv_name) &&
	    strcmp(det.iconv_name, "ASCII") != 0 &&
	    (c.decoder = decoder_new(det.iconv_name, clean_needs_work)) == NULL) {
		error_at(d->file, 0, "unknown encoding '%s' (see iconv -l)",
		    det.iconv_name);
		return opt->from != NULL;
	}
	c.next_offset = det.bom_len;
	convert_stream(&c, det.bom_len);
	conv_free(&c);
	return 0;
}

/* The text of one record, line by line, as text mode would write it. */
static int
convert_record(const struct corpus_rec *r, void *arg)
{
	struct conv *c = arg;
	struct text_lines t;
	const char *line;
	size_t n;
	int ended;

	buf_reset(c->to);
	buf_reset(&c->script);
	/* Messages name the record's line; columns count in the text's. */
	c->line = r->lineno;
	text_lines_init(&t, r->text->val, r->text->vallen);
	while (text_lines_next(&t, &line, &n, &ended))
		conv_line(c, line, n, ended);
	if (opt->opencc_config != NULL)
		script_convert(c->script.data, c->script.len, c->to);
	corpus_write(r, c->to->data, c->to->len, NULL, 0);
	return 0;
}

int
convert_corpus(struct doc *d, void *arg)
{
	struct buf text = { NULL, 0, 0 };
	struct conv c;

	(void)arg;
	memset(&c, 0, sizeof c);
	c.doc = d;
	c.to = &text;
	corpus_foreach(d, CORPUS_PASS_BAD | CORPUS_PASS_NOTEXT,
	    convert_record, &c);
	conv_free(&c);
	buf_free(&text);
	return 0;
}
