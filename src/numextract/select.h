/* select.h: which mentions are shown (-k, --unit, --min, --max, --all). */
#ifndef NUMEXTRACT_SELECT_H
#define NUMEXTRACT_SELECT_H

struct mention;

/* Option arguments; a bad one is a usage error naming what is accepted. */
void	select_kinds(const char *list);
void	select_units(const char *list);
void	select_min(const char *);
void	select_max(const char *);
void	select_all(void);
/* Whether ids (idioms, codes, slogans) are wanted at all. */
int	select_wants_ids(void);
int	selected(const struct mention *);

#endif
