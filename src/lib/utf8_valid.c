/* utf8_valid.c: a strict check of UTF-8, fast on ASCII and on CJK. */
#include <stdint.h>
#include <string.h>

#include "utf8_valid.h"

#define CONT(b)	(((b) & 0xc0) == 0x80)

int
utf8_valid(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text, *end = s + n;
	uint64_t word;
	unsigned c;

	while (s < end) {
		c = *s;
		if (c < 0x80) {
			if (end - s >= 8) {
				memcpy(&word, s, 8);
				if ((word & UINT64_C(0x8080808080808080)) == 0) {
					s += 8;
					continue;
				}
			}
			s++;
		} else if ((c & 0xf0) == 0xe0) {
			/* Three bytes, most of Chinese text: tried first. */
			if (end - s < 3 || !CONT(s[1]) || !CONT(s[2]) ||
			    (c == 0xe0 && s[1] < 0xa0) ||
			    (c == 0xed && s[1] > 0x9f))
				return 0;
			s += 3;
		} else if (c >= 0xc2 && c <= 0xdf) {
			if (end - s < 2 || !CONT(s[1]))
				return 0;
			s += 2;
		} else if (c >= 0xf0 && c <= 0xf4) {
			if (end - s < 4 || !CONT(s[1]) || !CONT(s[2]) ||
			    !CONT(s[3]) || (c == 0xf0 && s[1] < 0x90) ||
			    (c == 0xf4 && s[1] > 0x8f))
				return 0;
			s += 4;
		} else
			return 0;
	}
	return 1;
}
