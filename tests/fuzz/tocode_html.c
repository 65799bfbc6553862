/*
 * tocode_html: any bytes as an HTML page (tocode --html): libxml2's
 * parser and the rendering to lines, then tocode's cleanup.
 */
#include "fuzz.h"
#include "tocode/convert.h"

static const struct tocode_opts opt = {
	.sniff = 64 * 1024,
	.pinyin_repair = 1,
	.html = 1,
	.clean = { NF_NFC, HW_ALNUM, 0, 0 },
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;

	if (!ready) {
		fuzz_quiet("tocode");
		convert_init(&opt);
		ready = 1;
	}
	fuzz_doc(data, size, convert_doc, NULL);
	return 0;
}
