/* score.h: a content score for every line, from its features and rules. */
#ifndef SCORE_H
#define SCORE_H

struct page;
struct line;

/* Run the lexicon and the user rules over every line and score it. */
void	score_page(struct page *);

/*
 * Whether a low score is excused by the neighbourhood: a plain line, or a
 * list item in a short run between paragraphs.
 */
int	score_excused(const struct line *);

/* Whether a line shows a sign of boilerplate that no neighbourhood excuses. */
int	score_strong(const struct line *);

/* The strongest reason a line scored low, for --explain. */
const char	*score_weakness(const struct page *, const struct line *);

#endif
