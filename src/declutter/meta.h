/*
 * meta.h: title, date, source and author of the article, read from the
 * byline lines around it (来源, 作者, 记者, 编辑, a date, "By ...").
 */
#ifndef META_H
#define META_H

#include <stddef.h>

struct page;

enum { META_TITLE, META_DATE, META_SOURCE, META_AUTHOR, META_NKEYS };

struct meta {
	const char	*value[META_NKEYS];	/* NULL when not found */
	size_t		 len[META_NKEYS];
	char		 date[32];
};

extern const char *const meta_keys[META_NKEYS];

/* Compile the byline patterns (data file "meta"); once, at start-up. */
void	meta_init(void);

/* Read the meta of a decided page; title is its index or (size_t)-1. */
void	meta_find(const struct page *, size_t title, struct meta *);

#endif
