/* doc.c: the loop over documents; text mode: one FILE, one document. */
#include <errno.h>
#include <string.h>

#include "doc.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "reader.h"

static int
run_one(const char *path, doc_fn fn, void *arg)
{
	struct doc d;
	int stop;

	d.r = reader_open(path);
	if (d.r == NULL) {
		error_at(path, 0, "%s", strerror(errno));
		return 0;
	}
	reader_set_max(d.r, common.max_bytes);
	/* --id names standard input, in records and in messages alike. */
	if (common.id != NULL && strcmp(path, "-") == 0)
		path = common.id;
	d.file = d.name = path;
	stop = fn(&d, arg);
	reader_close(d.r);
	return stop;
}

int
doc_foreach(int argc, char **argv, doc_fn fn, void *arg)
{
	int i;

	if (argc == 0)
		run_one("-", fn, arg);
	for (i = 0; i < argc; i++)
		if (run_one(argv[i], fn, arg) != 0)
			break;
	out_flush();
	return msg_summary();
}

ssize_t
doc_getline(struct doc *d, const char **line)
{
	ssize_t n = reader_getline(d->r, line);

	if (n == READER_TOOLONG)
		bad_input("line too long", d->file, reader_lineno(d->r),
		    "line longer than --max-bytes (%zu bytes), skipped",
		    common.max_bytes);
	return n;
}

long
doc_lineno(const struct doc *d)
{
	return reader_lineno(d->r);
}
