/*
 * tocode_fuzz.h: the one document a tocode fuzz target runs through
 * convert_doc(), read from memory as a file would be.
 */
#ifndef TOCODE_FUZZ_H
#define TOCODE_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "doc.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "tocode/convert.h"

static struct tocode_opts fuzz_opt = {
	.sniff = 64 * 1024,
	.pinyin_repair = 1,
	.clean = { NF_NFC, HW_ALNUM, 0, 0 },
};

/* Output and messages go nowhere; the options are tocode's defaults. */
static void
fuzz_setup(int html, int warc)
{
	if (freopen("/dev/null", "w", stdout) == NULL)
		abort();
	msg_init("tocode");
	msg_quiet = 1;
	out_init(0);
	common.max_bytes = 64 * 1024 * 1024;
	fuzz_opt.html = html;
	fuzz_opt.warc = warc;
	convert_init(&fuzz_opt);
}

static int
fuzz_run(const uint8_t *data, size_t size)
{
	static int fd = -1;
	char path[64];
	struct doc d;

	if (fd < 0 && (fd = memfd_create("fuzz", 0)) < 0)
		abort();
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if ((d.r = reader_open(path)) == NULL)
		abort();
	reader_set_max(d.r, common.max_bytes);
	d.file = d.name = "fuzz";
	convert_doc(&d, NULL);
	reader_close(d.r);
	out_flush();
	return 0;
}

#endif
