/* select.h: which mentions are shown (-k, --unit, --min, --max, --all). */
#ifndef NUMEXTRACT_SELECT_H
#define NUMEXTRACT_SELECT_H

struct mention;

/* Option arguments; each returns 0, or -1 when the argument is bad. */
int	select_kinds(const char *list);
int	select_units(const char *list);
int	select_min(const char *);
int	select_max(const char *);
void	select_all(void);
/* Whether ids (idioms, codes, slogans) are wanted at all. */
int	select_wants_ids(void);
int	selected(const struct mention *);

#endif
