/* dynlib.c: libraries loaded when a run first needs them (dynlib.h). */
#include <dlfcn.h>
#include <stdlib.h>

#include "dynlib.h"
#include "msg.h"

void
dynlib_open(struct dynlib *l, const char *soname, const char *what)
{
	l->soname = soname;
	l->what = what;
	if (*soname == '\0')
		fatal(EXIT_TROUBLE, "%s needs a library the build did not find "
		    "(run scripts/deps, then make clean all)", what);
	if ((l->handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL)) == NULL)
		fatal(EXIT_TROUBLE, "%s needs %s: %s", what, soname, dlerror());
}

void *
dynlib_sym(const struct dynlib *l, const char *name)
{
	void *p;

	if ((p = dlsym(l->handle, name)) == NULL)
		fatal(EXIT_TROUBLE, "%s needs %s from %s: %s", l->what, name,
		    l->soname, dlerror());
	return p;
}
