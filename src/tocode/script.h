/*
 * script.h: Traditional/Simplified conversion through libopencc.
 * OpenCC is slow per call, so text is gathered and converted in blocks.
 */
#ifndef SCRIPT_H
#define SCRIPT_H

#include <stddef.h>

struct buf;

/* Open the OpenCC configuration (t2s.json, s2t.json ...); exits on error. */
void	script_open(const char *config);
void	script_close(void);

/* Convert s[0..n) (whole lines) and append the result to out. */
void	script_convert(const char *s, size_t n, struct buf *out);

#endif
