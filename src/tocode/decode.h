/*
 * decode.h: legacy encodings to UTF-8.
 *
 * Single- and double-byte encodings (GB18030, Big5, CP932, EUC-KR,
 * CP1252, KOI8-R ...) are decoded through a table built once from iconv
 * itself, which is several times faster than calling iconv(3) on the
 * stream; the rare sequences the table does not hold (GB18030's four-byte
 * form, EUC-JP's three-byte form, HKSCS codes that map to two characters)
 * go to iconv one at a time.  Stateful encodings (UTF-16/32, ISO-2022-JP)
 * stream through iconv(3).
 */
#ifndef DECODE_H
#define DECODE_H

#include <stddef.h>

struct buf;
struct decoder;

/*
 * Called for each invalid sequence: off is its offset in the input of
 * decoder_run, len its length in bytes.  The output buffer then holds
 * all that is decoded before the sequence (and its U+FFFD).
 */
typedef void (*invalid_fn)(void *ctx, size_t off, size_t len);

/* An invalid_fn that counts invalid sequences in the int at ctx. */
void	decoder_count_invalid(void *ctx, size_t off, size_t len);

/*
 * NULL when iconv does not know the encoding.  needs_work, when not NULL,
 * says which characters the caller must look at again; the table decoder
 * then keeps their output offsets, so clean text needs no second scan.
 */
struct decoder	*decoder_new(const char *iconv_name, int (*needs_work)(unsigned));
void		 decoder_free(struct decoder *);

/*
 * Decode in[0..n) to UTF-8 appended to out.  An invalid sequence becomes
 * U+FFFD, or nothing when skip is set, and is passed to invalid().
 * Returns how many bytes were consumed: fewer than n only when !final and
 * the input ends inside a sequence, whose bytes the caller passes again.
 */
size_t	decoder_run(struct decoder *, const unsigned char *in, size_t n,
	    int final, int skip, struct buf *out, invalid_fn invalid,
	    void *ctx);

/* Whether the decoder keeps the offsets of characters needing work. */
int	decoder_tracks_dirty(const struct decoder *);
/*
 * Whether such a character (or a control) was written at an offset in
 * [start, end); calls must come with start never decreasing.
 */
int	decoder_dirty_in(struct decoder *, size_t start, size_t end);
/* The caller took the first consumed bytes of its output away. */
void	decoder_dirty_shift(struct decoder *, size_t consumed);

/* Whether the encoding is UTF-8 (decoding is then validation). */
int	encoding_is_utf8(const char *name);

#endif
