/*
 * detect.h: which encoding a leading window of bytes is in.
 */
#ifndef DETECT_H
#define DETECT_H

#include <stddef.h>

struct detection {
	const char	*name;		/* as printed by -d: "UTF-8", "GB18030", ... */
	const char	*iconv_name;	/* what to hand iconv_open(): "CP932", ... */
	double		 confidence;	/* 0..1 */
	size_t		 bom_len;	/* bytes of byte-order mark to skip, or 0 */
};

/*
 * Detect the encoding of buf[0..len).  at_eof says buf is the whole input
 * (a multi-byte sequence cut at the end of a window is then an error, not
 * a truncation).
 */
void	detect_encoding(const unsigned char *buf, size_t len, int at_eof,
	    struct detection *);

/* The encodings detection can name, for -l. NULL-ended. */
extern const char *const detect_names[];

#endif
