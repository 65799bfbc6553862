/* tsvify: JSON Lines to TSV with a header, and back with -r. */
#include "doc.h"
#include "tsvify.h"

int
main(int argc, char **argv)
{
	int first = tsvify_options(argc, argv);
	struct table *t;
	struct untable *u;
	int status;

	if (opt.reverse) {
		u = untable_new();
		status = doc_foreach(argc - first, argv + first,
		    untable_add_document, u);
		untable_free(u);
	} else {
		t = table_new();
		status = doc_foreach(argc - first, argv + first,
		    table_add_document, t);
		table_free(t);
	}
	return status;
}
