/* tsvify.h: JSON Lines to TSV and back; what the parts share. */
#ifndef TSVIFY_H
#define TSVIFY_H

#include <stddef.h>
#include <string.h>

struct buf;
struct doc;

enum quoting {
	QUOTE_ESCAPE,	/* \\ \t \n \r, nothing quoted ("linear TSV") */
	QUOTE_CSV	/* RFC 4180 quoting with a TAB separator */
};

struct tsv_opts {
	char		**fields;	/* -f, in order */
	size_t		  nfields;
	int		  no_header;
	const char	 *null;		/* --null, or "" */
	size_t		  nulllen;
	int		  null_given;
	enum quoting	  quoting;
	int		  crlf;
	int		  reverse;
};

extern struct tsv_opts opt;

/* options.c: parse argv into opt; returns the index of the first FILE. */
int	tsvify_options(int argc, char **argv);

/* cell.c: one field of a TSV line, written and read back. */
/* The most bytes a field of n bytes takes written. */
#define CELL_ROOM(n)	(2 * (n) + 2)
/*
 * Write v[0..n-1] at d (CELL_ROOM(n) bytes there) as one field; returns
 * the end, or NULL if v holds NUL.
 */
char	*cell_put(char *d, const char *v, size_t n, enum quoting);
/* The same, appended to b; -1 (nothing added) if v holds NUL. */
int	cell_write(struct buf *b, const char *v, size_t n, enum quoting);
/* Append the text of the escaped field s[0..n-1] to b, escapes decoded. */
void	cell_unescape(struct buf *b, const char *s, size_t n);

/* keys.c: the names seen in records, found by hash. */
struct keys;
struct keys	*keys_new(void);
void		 keys_free(struct keys *);
/* Index of name, or -1. */
long		 keys_find(const struct keys *, const char *name, size_t len);
/* Index of name, added when new; -1 when new and the table is full. */
long		 keys_add(struct keys *, const char *name, size_t len);
const char	*keys_name(const struct keys *, long i, size_t *len);
size_t		 keys_count(const struct keys *);

/* to_tsv.c: JSON Lines to TSV. */
struct table;
struct table	*table_new(void);
void		 table_free(struct table *);
int		 table_add_document(struct doc *, void *table);

/* to_jsonl.c: TSV back to JSON Lines. */
struct untable;
struct untable	*untable_new(void);
void		 untable_free(struct untable *);
int		 untable_add_document(struct doc *, void *untable);

#endif
