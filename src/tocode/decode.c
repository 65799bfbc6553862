/* decode.c: legacy encodings to UTF-8, by table or by iconv(3). */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "decode.h"
#include "swar.h"
#include "util.h"

/* A table entry: up to 4 bytes of UTF-8, or none of these lengths. */
enum {
	ENTRY_INVALID = 0,	/* not a character */
	ENTRY_LONGER = 5,	/* a prefix of a longer sequence: ask iconv */
};

struct entry {
	unsigned char	len;	/* 1..4, or an ENTRY_* value */
	unsigned char	dirty;	/* the character needs the caller's work */
	unsigned char	plain;	/* len when 1..4 and not dirty, else 0 */
	unsigned char	utf8[4];
};

struct decoder {
	iconv_t		 cd;
	int		 table;		/* single/double-byte table usable */
	struct entry	 single[256];
	struct entry	*pair;		/* [lead - 0x80][trail] */
	int		(*needs_work)(unsigned);
	size_t		*dirty;		/* output offsets of such characters */
	size_t		 ndirty;
	size_t		 dirty_next;	/* first not yet behind the caller */
	size_t		 dirty_cap;
};

int
encoding_is_utf8(const char *name)
{
	return strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0;
}

static void
reset(iconv_t cd)
{
	iconv(cd, NULL, NULL, NULL, NULL);
}

/*
 * Convert exactly the bytes in[0..n) to one character.  Returns its UTF-8
 * length in dst, 0 if invalid, -1 if incomplete, ENTRY_LONGER if it
 * yields more than one character.
 */
static int
convert_one(iconv_t cd, const unsigned char *in, size_t n,
    unsigned char dst[8])
{
	char *ip = (char *)in, *op = (char *)dst;
	size_t il = n, ol = 8;

	reset(cd);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
		return errno == EINVAL ? -1 : 0;
	if (iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1)
		return 0;
	if (il != 0 || ol == 8)
		return 0;
	/* More than one character (HKSCS combining pairs): leave to iconv. */
	if (8 - ol != utf8_len(dst[0]))
		return ENTRY_LONGER;
	return (int)(8 - ol);
}

static void
set_entry(const struct decoder *d, struct entry *e, int r,
    const unsigned char *u)
{
	size_t len;

	if (r > 0 && r <= 4) {
		e->len = (unsigned char)r;
		memcpy(e->utf8, u, (size_t)r);
		e->dirty = d->needs_work != NULL &&
		    d->needs_work(utf8_get(u, (size_t)r, 0, &len));
		e->plain = e->dirty ? 0 : e->len;
	} else
		e->len = r != 0 ? ENTRY_LONGER : ENTRY_INVALID;
}

/*
 * Fill the tables from iconv.  Only ASCII-compatible encodings qualify:
 * every byte below 0x80 must map to itself.
 */
static int
build_tables(struct decoder *d)
{
	unsigned char in[2], u[8];
	int b, t, r, multi = 0;

	for (b = 0; b < 256; b++) {
		in[0] = (unsigned char)b;
		r = convert_one(d->cd, in, 1, u);
		if (b < 0x80 && (r != 1 || u[0] != b))
			return 0;
		set_entry(d, &d->single[b], r, u);
		if (r < 0)
			multi = 1;
	}
	if (!multi)
		return 1;
	d->pair = xcalloc(128 * 256, sizeof *d->pair);
	for (b = 0x80; b < 256; b++) {
		if (d->single[b].len != ENTRY_LONGER)
			continue;
		in[0] = (unsigned char)b;
		for (t = 0; t < 256; t++) {
			in[1] = (unsigned char)t;
			r = convert_one(d->cd, in, 2, u);
			set_entry(d, &d->pair[(b - 0x80) * 256 + t], r, u);
		}
	}
	return 1;
}

static int
stateful(const char *name)
{
	return strncasecmp(name, "UTF-16", 6) == 0 ||
	    strncasecmp(name, "UTF-32", 6) == 0 ||
	    strncasecmp(name, "UCS-", 4) == 0 ||
	    strncasecmp(name, "ISO-2022", 8) == 0 ||
	    strncasecmp(name, "UTF-7", 5) == 0 ||
	    strncasecmp(name, "HZ", 2) == 0;
}

struct decoder *
decoder_new(const char *name, int (*needs_work)(unsigned))
{
	struct decoder *d;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", name)) == (iconv_t)-1)
		return NULL;
	d = xcalloc(1, sizeof *d);
	d->cd = cd;
	d->needs_work = needs_work;
	d->table = !stateful(name) && build_tables(d);
	reset(cd);
	return d;
}

void
decoder_free(struct decoder *d)
{
	if (d == NULL)
		return;
	iconv_close(d->cd);
	free(d->pair);
	free(d->dirty);
	free(d);
}

static const unsigned char replacement[] = { 0xEF, 0xBF, 0xBD };

/* Longest sequence the table leaves to iconv (GB18030's four bytes). */
#define MAX_SEQ 4

/*
 * One rare sequence at in[0..n) through iconv: whatever it converts is
 * right.  Returns bytes consumed, 0 if invalid, -1 if incomplete.
 */
static long
convert_rare(iconv_t cd, const unsigned char *in, size_t n, char **w)
{
	char *ip = (char *)in, *op = *w;
	size_t il = n < MAX_SEQ ? n : MAX_SEQ, ol = 4 * MAX_SEQ;
	int incomplete;

	reset(cd);
	incomplete = iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 &&
	    errno == EINVAL;
	*w = op;
	if (ip > (char *)in)
		return ip - (char *)in;
	return incomplete ? -1 : 0;
}

static void
mark_dirty(struct decoder *d, size_t off)
{
	if (d->ndirty > 0 && d->dirty[d->ndirty - 1] == off)
		return;
	grow(&d->dirty, &d->dirty_cap, (d->ndirty + 1) * sizeof *d->dirty);
	d->dirty[d->ndirty++] = off;
}

/*
 * From in[i], the pairs the table maps to characters that need no work,
 * most of a CJK text, written at *w: returns where they end.  (A lead
 * with no pairs has a row of entries that are not plain.)
 */
static size_t
run_pairs(const struct decoder *d, const unsigned char *in, size_t i,
    size_t n, char **w)
{
	/* In locals: stores through o could alias d's fields. */
	const struct entry *pair = d->pair, *e;
	char *o = *w;

	while (i + 1 < n && in[i] >= 0x80) {
		e = &pair[(in[i] - 0x80) * 256 + in[i + 1]];
		if (e->plain == 0)
			break;
		memcpy(o, e->utf8, 4);
		o += e->plain;
		i += 2;
	}
	*w = o;
	return i;
}

static size_t
run_table(struct decoder *d, const unsigned char *in, size_t n, int final,
    int skip, struct buf *out, invalid_fn invalid, void *ctx)
{
	const struct entry *e;
	uint64_t eight;
	char *w;
	size_t i = 0;
	long k;

	w = buf_reserve(out, 4 * n + 16);
	while (i < n) {
		if (d->pair != NULL && (i = run_pairs(d, in, i, n, &w)) == n)
			break;
		/* Eight bytes of ASCII, none a control, copied at once. */
		if (in[i] < 0x80 && i + 8 <= n) {
			memcpy(&eight, in + i, 8);
			if ((eight & SWAR_HIGHS) == 0 && !swar_has_control(eight)) {
				memcpy(w, &eight, 8);
				w += 8;
				i += 8;
				continue;
			}
		}
		if (in[i] >= 0x20) {
			if (in[i] < 0x80) {
				*w++ = (char)in[i++];
				continue;
			}
		} else if (in[i] != '\n' && in[i] != '\t')
			mark_dirty(d, (size_t)(w - out->data));
		/* Entries are copied whole: the buffer has room to spare. */
		e = &d->single[in[i]];
		if (e->dirty)
			mark_dirty(d, (size_t)(w - out->data));
		if (e->len >= 1 && e->len <= 4) {
			memcpy(w, e->utf8, 4);
			w += e->len;
			i++;
			continue;
		}
		if (e->len == ENTRY_LONGER && d->pair != NULL && i + 1 < n) {
			e = &d->pair[(in[i] - 0x80) * 256 + in[i + 1]];
			if (e->dirty)
				mark_dirty(d, (size_t)(w - out->data));
			if (e->len >= 1 && e->len <= 4) {
				memcpy(w, e->utf8, 4);
				w += e->len;
				i += 2;
				continue;
			}
		}
		if (e->len == ENTRY_LONGER) {
			mark_dirty(d, (size_t)(w - out->data));
			k = convert_rare(d->cd, in + i, n - i, &w);
			if (k > 0) {
				i += (size_t)k;
				continue;
			}
			if (k < 0 && !final && n - i < MAX_SEQ)
				break;
		}
		if (!skip) {
			memcpy(w, replacement, sizeof replacement);
			w += sizeof replacement;
		}
		/* invalid() may look at what is decoded before the byte. */
		out->len = (size_t)(w - out->data);
		if (invalid != NULL)
			invalid(ctx, i, 1);
		i++;
	}
	out->len = (size_t)(w - out->data);
	return i;
}

/* Stateful encodings: iconv(3) on the stream, one invalid byte at a time. */
static size_t
run_iconv(struct decoder *d, const unsigned char *in, size_t n, int final,
    int skip, struct buf *out, invalid_fn invalid, void *ctx)
{
	char *ip = (char *)in, *op;
	size_t il = n, ol, r;

	while (il > 0) {
		op = buf_reserve(out, 4 * il + 16);
		ol = 4 * il + 16;
		r = iconv(d->cd, &ip, &il, &op, &ol);
		out->len = (size_t)(op - out->data);
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		if (errno == EINVAL && !final)
			break;
		/* EILSEQ, or a sequence cut off by the end of input. */
		if (!skip)
			buf_add(out, replacement, sizeof replacement);
		if (invalid != NULL)
			invalid(ctx, (size_t)(ip - (char *)in), 1);
		ip++;
		il--;
	}
	if (final) {
		op = buf_reserve(out, 16);
		ol = 16;
		iconv(d->cd, NULL, NULL, &op, &ol);
		out->len = (size_t)(op - out->data);
	}
	return (size_t)(ip - (char *)in);
}

size_t
decoder_run(struct decoder *d, const unsigned char *in, size_t n, int final,
    int skip, struct buf *out, invalid_fn invalid, void *ctx)
{
	if (d->table)
		return run_table(d, in, n, final, skip, out, invalid, ctx);
	return run_iconv(d, in, n, final, skip, out, invalid, ctx);
}

int
decoder_tracks_dirty(const struct decoder *d)
{
	return d->table && d->needs_work != NULL;
}

int
decoder_dirty_in(struct decoder *d, size_t start, size_t end)
{
	while (d->dirty_next < d->ndirty && d->dirty[d->dirty_next] < start)
		d->dirty_next++;
	return d->dirty_next < d->ndirty && d->dirty[d->dirty_next] < end;
}

void
decoder_dirty_shift(struct decoder *d, size_t consumed)
{
	size_t i = d->dirty_next, j;

	while (i < d->ndirty && d->dirty[i] < consumed)
		i++;
	for (j = 0; i < d->ndirty; i++, j++)
		d->dirty[j] = d->dirty[i] - consumed;
	d->ndirty = j;
	d->dirty_next = 0;
}

void
decoder_count_invalid(void *ctx, size_t off, size_t len)
{
	(void)off;
	(void)len;
	(*(int *)ctx)++;
}
