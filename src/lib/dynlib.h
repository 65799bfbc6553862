/*
 * dynlib.h: libraries loaded when a run first needs them.
 *
 * Linking a library makes every run of the tool load it, and some weigh
 * far more than the tool: OpenCC brings the C++ runtime, libxml2 brings
 * ICU; loaded at start they were most of tocode's start-up.  The build
 * names each by its soname (-DSONAME_...), so the library found is the
 * one compiled against.
 */
#ifndef DYNLIB_H
#define DYNLIB_H

struct dynlib {
	void		*handle;
	const char	*soname;
	const char	*what;		/* what needs it, for messages */
};

/* Load soname for what (e.g. "--t2s"); on failure stop (exit 2). */
void	dynlib_open(struct dynlib *, const char *soname, const char *what);
/* The address of name in the library; a missing one stops (exit 2). */
void	*dynlib_sym(const struct dynlib *, const char *name);

#endif
