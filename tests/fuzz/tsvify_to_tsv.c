/* tsvify_to_tsv: JSON Lines of any bytes to TSV, as tsvify does by default. */
#include "fuzz.h"
#include "tsvify/tsvify.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct table *t;

	if (!ready) {
		fuzz_quiet("tsvify");
		ready = 1;
	}
	t = table_new();
	fuzz_doc(data, size, table_add_document, t);
	table_free(t);
	return 0;
}
