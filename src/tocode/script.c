/* script.c: Traditional/Simplified conversion through libopencc. */
#include <string.h>

#include <opencc/opencc.h>

#include "buf.h"
#include "msg.h"
#include "script.h"

static opencc_t cc = (opencc_t)-1;

void
script_open(const char *config)
{
	char name[256];

	/* "t2s" is as good as "t2s.json", as with the opencc command. */
	if (strchr(config, '.') == NULL && strchr(config, '/') == NULL &&
	    strlen(config) < sizeof name - 6) {
		strcpy(name, config);
		strcat(name, ".json");
		config = name;
	}
	cc = opencc_open(config);
	if (cc == (opencc_t)-1)
		fatal(EXIT_TROUBLE, "cannot open OpenCC configuration '%s': %s",
		    config, opencc_error());
}

void
script_close(void)
{
	if (cc != (opencc_t)-1)
		opencc_close(cc);
	cc = (opencc_t)-1;
}

void
script_convert(const char *s, size_t n, struct buf *out)
{
	char *res;

	if (n == 0)
		return;
	res = opencc_convert_utf8(cc, s, n);
	if (res == NULL)
		fatal(EXIT_TROUBLE, "OpenCC conversion failed: %s",
		    opencc_error());
	buf_adds(out, res);
	opencc_convert_utf8_free(res);
}
