/*
 * wiki.h: a wiki page (headings that carry an edit link, History[edit])
 * holds its article in sections, lists and tables as much as prose.
 */
#ifndef WIKI_H
#define WIKI_H

struct page;

/*
 * On a page of two section headings or more, keep every section but
 * the back matter: what lies between its heading and the next, but for
 * the lines a rule drops outright (captions, credits).
 */
void	wiki_keep_sections(struct page *);

#endif
