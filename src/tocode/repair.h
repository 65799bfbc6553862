/*
 * repair.h: repairs tocode makes on lines of clean UTF-8 (no '\n').
 *
 * Each function leaves out untouched and returns 0 when the line needs no
 * change (the common case, found fast), else writes the repaired line to
 * out (after buf_reset) and returns 1.
 */
#ifndef REPAIR_H
#define REPAIR_H

#include <stddef.h>
#include <stdint.h>

struct buf;

/* Drop pinyin injected after Traditional characters: 項(xiàng)目 -> 項目. */
int	pinyin_repair(const char *s, size_t n, struct buf *out);

/*
 * The offset of the first parenthesis of s[0..n) that could open such
 * pinyin (one after a character beyond ASCII, or a fullwidth one), or n:
 * pinyin_repair() changes no line without one.
 */
size_t	pinyin_first_open(const char *s, size_t n);

/* What mojibake_repair found that it could not or would not reverse. */
struct mojibake_report {
	unsigned long	unrepairable;	/* runs such as 锟斤拷, 烫烫烫, lossy GBK */
	long		first_col;	/* 1-based character column of the first, or 0 */
};

/* Reverse runs of UTF-8 that were decoded as GBK, Big5 or cp1252. */
int	mojibake_repair(const char *s, size_t n, struct buf *out,
	    struct mojibake_report *);

#endif
