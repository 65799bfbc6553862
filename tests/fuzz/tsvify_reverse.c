/* tsvify_reverse: TSV of any bytes back to JSON Lines, as tsvify -r does. */
#include "fuzz.h"
#include "tsvify/tsvify.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct untable *u;

	if (!ready) {
		fuzz_quiet("tsvify");
		opt.reverse = 1;
		ready = 1;
	}
	u = untable_new();
	fuzz_doc(data, size, untable_add_document, u);
	untable_free(u);
	return 0;
}
