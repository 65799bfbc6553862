/*
 * warc_src.h: the bytes of a web archive, plain or gzip-compressed (one
 * member per record, or any number of members), read on demand into a
 * buffer that holds no more than the record being framed.
 */
#ifndef WARC_SRC_H
#define WARC_SRC_H

#include <stddef.h>
#include <zlib.h>

#include "buf.h"

struct doc;

#define SRC_MEMBERS	16

struct warc_src {
	struct doc	*doc;
	int		 gzip;
	z_stream	 z;
	int		 z_live;	/* inside a member */
	const unsigned char *in;	/* compressed bytes not yet inflated */
	size_t		 in_len;
	unsigned long long in_off;	/* file offset of in[0] */
	int		 eof;
	struct buf	 out;		/* bytes of the archive, out.data[pos..] unread */
	size_t		 pos;
	unsigned long long out_off;	/* archive offset of out.data[0] */
	/* Where recent members start: archive offset, file offset. */
	unsigned long long member_at[SRC_MEMBERS][2];
	unsigned	 members;
};

void	src_open(struct warc_src *, struct doc *);
void	src_close(struct warc_src *);

/*
 * Append more bytes of the archive to out: 1, or 0 at the end of input,
 * or -1 when a gzip member was corrupt or not gzip (reported; what it
 * gave is to be dropped; reading goes on at the next member).
 */
int	src_more(struct warc_src *);

/* The offset in the file, for messages, of archive offset off. */
unsigned long long src_file_offset(const struct warc_src *,
	    unsigned long long off);

/* Drop the bytes before pos that were read. */
void	src_compact(struct warc_src *);

#endif
