/* scan.c: the per-line scanner (see scan.h). */
#include "mention.h"
#include "reject.h"
#include "scan.h"
#include "utf8.h"

void
scan_line(const char *s, size_t n, int want_ids, mention_fn fn, void *arg)
{
	struct mention m;
	size_t p = 0, lo = 0, next, l;
	unsigned char b;
	int has_digit;

	while (p < n) {
		b = s[p];
		if (b < 0x80) {
			if (is_ascii_alpha(b)) {
				next = ascii_word_end(s, n, p, &has_digit);
				if (has_digit && want_ids) {
					m.start = p;
					m.end = next;
					m.kind = K_ID;
					m.unit = "";
					m.qual = Q_NONE;
					m.ranged = 0;
					m.valued = 0;
					dec_zero(&m.lo);
					if (fn(s, n, &m, arg))
						return;
				}
				p = lo = next;
				continue;
			}
			if (b < '0' || b > '9') {
				p++;
				continue;
			}
		} else if (b < 0xc0 || !mention_start_char(u8_get(s, n, p, &l))) {
			p++;
			while (p < n && ((unsigned char)s[p] & 0xc0) == 0x80)
				p++;
			continue;
		}
		if (mention_at(s, n, lo, p, &m, &next)) {
			if ((m.kind != K_ID || want_ids) && fn(s, n, &m, arg))
				return;
			lo = m.end;
		}
		p = next > p ? next : p + 1;
	}
}
