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

/* Whether a line heads the article's key points (要点速览, the lexicon's points:). */
int	score_points_head(const struct line *);

/* A line of this many labelled fields is a byline. */
#define FIELDS_MAX	2

/*
 * The colons of a line, but a clock time's: a byline is fields with
 * labels (来源:X 作者:Y), where a headline has a colon at most after its
 * subject.
 */
int	score_fields(const struct page *, const struct line *);

/* The strongest reason a line scored low, for --explain. */
const char	*score_weakness(const struct page *, const struct line *);

#endif
