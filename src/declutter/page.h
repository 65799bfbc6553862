/*
 * page.h: one document held as trimmed lines in a buffer reused across
 * documents, with the per-line facts every later stage reads.
 */
#ifndef PAGE_H
#define PAGE_H

#include <stddef.h>
#include <stdint.h>

#include "uclass.h"
#include "ucp.h"

struct doc;

/*
 * Whether c reads as space in a line: white space, and the zero-width
 * space and byte-order mark that tocode drops but raw text may hold.
 */
static inline int
line_space(int32_t c)
{
	return (uclass((uint32_t)c) & UC_SPACE) || c == UCP_ZWSP ||
	    c == UCP_BOM;
}

/* Line flags: what the features and the rules found. */
enum {
	L_BLANK		= 1 << 0,
	L_ENDS		= 1 << 1,	/* ends like a sentence */
	L_LIST		= 1 << 2,	/* starts with a list marker */
	L_SEPS		= 1 << 3,	/* split by > | · separators */
	L_MENU		= 1 << 4,	/* many short unpunctuated words */
	L_DATE		= 1 << 5,	/* holds a date or a clock time */
	L_LINK		= 1 << 6,	/* holds a URL or an address */
	L_REPEAT	= 1 << 7,	/* the same text is on another line */
	L_BADUTF8	= 1 << 8,
	L_LEX_DROP	= 1 << 9,	/* built-in lexicon: boilerplate */
	L_LEX_HINT	= 1 << 10,	/* built-in lexicon: likely boilerplate */
	L_USER_DROP	= 1 << 11,	/* --drop, --rules drop: */
	L_USER_KEEP	= 1 << 12,	/* --keep, --rules keep: */
	L_TITLE		= 1 << 13,
	L_BLOCK		= 1 << 14,	/* in the article block or a later part */
	L_REACH		= 1 << 15,	/* beside the block, no sign of boilerplate */
	L_LEADIN	= 1 << 16,	/* ends with a colon: introduces what follows */
	L_END		= 1 << 17,	/* heads the comments after the article */
	L_CJK		= 1 << 18,	/* holds Han, kana or hangul */
	L_ASIDE		= 1 << 19,	/* with L_LEX_DROP: a caption, not an end */
	L_RETITLE	= 1 << 20,	/* with L_LEX_DROP: repeats the headline */
	L_EXCLAIM	= 1 << 21,	/* with L_ENDS: ends with ! or ? */
	L_LISTHEAD	= 1 << 22,	/* heads a list of other stories */
	L_INLIST	= 1 << 23,	/* an item of such a list */
	L_USER_END	= 1 << 24,	/* --rules end: (with L_LEX_HINT, L_END) */
	L_PART		= 1 << 25,	/* the article's own when by it (lexicon) */
	L_NAMING	= 1 << 26,	/* above the title, holds it and more */
	L_TAGLINE	= 1 << 27,	/* a hint that stands under a headline */
	L_FOLLOW	= 1 << 28,	/* a button to follow an author */
	L_CREDIT	= 1 << 29,	/* with L_ASIDE: a photo's credit alone */
	L_CELLS		= 1 << 30,	/* a table's row (cells split by tabs) or code */
	L_LENGTH	= 1u << 31	/* a video's length alone: 01:58 */
};

struct line {
	size_t		 off;		/* trimmed text in page.text */
	size_t		 len;
	long		 lineno;
	unsigned	 flags;
	uint32_t	 needs;		/* of the lexicon (lexicon_needs()) */
	int		 width;		/* length in thirds of a CJK char */
	int		 punct;		/* sentence punctuation marks */
	int		 stops;		/* sentence ends inside the line */
	int		 digits;	/* digits, in the same thirds */
	int		 tokens;	/* white-space separated words */
	int		 numbers;	/* of them, those that start with a digit */
	int		 blanks;	/* and those that start with a dash */
	int		 seps;		/* separators: > | · between items */
	/* Of its paragraph, when hard-wrapped lines make one (else its own): */
	int		 pwidth, ppunct, pstops;
	int		 score;		/* content score; > 0 reads as prose */
	int		 region;	/* its weight in finding the block */
	int		 run;		/* non-prose lines in its run, or 0 */
	int		 rule;		/* lexicon rule that matched, or -1 */
	unsigned char	 pends;		/* the paragraph ends like a sentence */
	unsigned char	 keep;
	const char	*why;		/* the deciding reason */
};

struct page {
	const char	*file;		/* for messages */
	char		*text;		/* every line's bytes, trimmed */
	size_t		 textlen, textcap;	/* capacities in bytes */
	struct line	*lines;
	size_t		 nlines, linecap;
	size_t		 textready, linesready;	/* bytes written once */
	int		 maxwidth;	/* widest line */
	size_t		 start, end;	/* the main article block [start, end) */
	size_t		 close;		/* the head of what follows it, or nlines */
};

/*
 * Read the document into p (reusing its memory).  Returns 0 at the end
 * of the document, 1 when --max-bytes cut it and more follows.
 */
int	page_read(struct page *, struct doc *);
/* Add one raw line (used by page_read and the unit tests). */
void	page_add(struct page *, const char *, size_t, long lineno);
void	page_clear(struct page *);

static inline const char *
line_text(const struct page *p, const struct line *l)
{
	return p->text + l->off;
}

/* An item of a list under a lead-in is narrower than this: 30 CJK. */
#define LEAD_ITEM_WIDTH	90

/* The first line after i that is not blank, or nlines. */
static inline size_t
next_filled(const struct page *p, size_t i)
{
	while (++i < p->nlines && (p->lines[i].flags & L_BLANK))
		;
	return i;
}

/* The last line before i that is not blank, or (size_t)-1. */
static inline size_t
prev_filled(const struct page *p, size_t i)
{
	while (i-- > 0 && (p->lines[i].flags & L_BLANK))
		;
	return i;
}

#endif
