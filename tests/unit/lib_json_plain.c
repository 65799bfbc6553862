/*
 * Unit tests of json_plain() (src/lib/json_write.c): a byte that JSON
 * escapes is found at every position of texts of every length, on the
 * sixteen-, eight- and one-byte paths alike.
 */
#include <string.h>

#include "json.h"
#include "t.h"

static void
test_positions(void)
{
	static const unsigned char escaped[] = { '"', '\\', 0x01, '\n', 0x1f };
	static const unsigned char plain[] = { ' ', 0x7f, 0x80, 0xe4, 0xff };
	char buf[48] = { 0 };
	size_t n, pos, k;
	int missed = 0, wrong = 0;

	for (n = 0; n <= sizeof buf; n++) {
		for (k = 0; k < n; k++)
			buf[k] = (char)plain[k % sizeof plain];
		if (!json_plain(buf, n))
			wrong++;
		for (pos = 0; pos < n; pos++)
			for (k = 0; k < sizeof escaped; k++) {
				char keep = buf[pos];

				buf[pos] = (char)escaped[k];
				if (json_plain(buf, n))
					missed++;
				buf[pos] = keep;
			}
	}
	CHECK(wrong == 0, "text with no byte to escape is plain");
	CHECK(missed == 0, "a byte to escape is found at every position");
}

int
main(void)
{
	test_positions();
	return t_status();
}
