/*
 * scan.h: finding mentions in a line.  The scanner steps over the bytes
 * and stops only at characters that can start a number (a digit, a
 * Chinese numeral, 第, 半) or at an ASCII word (to pass over URLs and
 * codes whole); everything else costs one table test per character.
 */
#ifndef NUMEXTRACT_SCAN_H
#define NUMEXTRACT_SCAN_H

#include <stddef.h>

struct mention;

/* Called for each mention in line order; nonzero stops the line. */
typedef int (*mention_fn)(const char *s, size_t n, const struct mention *,
    void *arg);

/* Make the scanner's tables now, before threads share them. */
void	scan_prepare(void);
/* Scan s[0..n) (valid UTF-8); ids are handed over only when want_ids. */
void	scan_line(const char *s, size_t n, int want_ids, mention_fn, void *arg);

#endif
