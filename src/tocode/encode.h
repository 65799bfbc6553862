/* encode.h: UTF-8 to the output encoding chosen with -t. */
#ifndef ENCODE_H
#define ENCODE_H

#include <stddef.h>

struct encoder;

/* NULL when iconv does not know the encoding. */
struct encoder	*encoder_new(const char *name);
void		 encoder_free(struct encoder *);

/*
 * Write s[0..n) (whole UTF-8 characters) to stdout in the encoding.  A
 * character it cannot hold becomes '?'; returns how many did.
 */
unsigned long	 encoder_write(struct encoder *, const char *s, size_t n);

#endif
