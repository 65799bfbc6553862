/* Unit tests of src/lib/decimal.c: exact parsing, shifting, adding. */
#include <stdio.h>
#include <string.h>

#include "decimal.h"
#include "t.h"

static const char *
fmt(const struct dec *x)
{
	static char buf[DEC_FMTMAX];

	dec_format(x, buf);
	return buf;
}

static const char *
parsed(const char *s)
{
	struct dec x;

	if (dec_parse(&x, s, strlen(s)) != 0)
		return "error";
	return fmt(&x);
}

static const char *
shifted(const char *s, int p)
{
	struct dec x;

	if (dec_parse(&x, s, strlen(s)) != 0 || dec_shift(&x, p) != 0)
		return "error";
	return fmt(&x);
}

static const char *
sum(const char *a, const char *b)
{
	struct dec x, y;

	if (dec_parse(&x, a, strlen(a)) || dec_parse(&y, b, strlen(b)) ||
	    dec_add(&x, &y))
		return "error";
	return fmt(&x);
}

static const char *
product(const char *a, unsigned k)
{
	struct dec x;

	if (dec_parse(&x, a, strlen(a)) || dec_mul_uint(&x, k))
		return "error";
	return fmt(&x);
}

static int
cmp(const char *a, const char *b)
{
	struct dec x, y;

	dec_parse(&x, a, strlen(a));
	dec_parse(&y, b, strlen(b));
	return dec_cmp(&x, &y);
}

int
main(void)
{
	struct dec x;

	CHECK_STR(parsed("35.67"), "35.67", "parse 35.67");
	CHECK_STR(parsed("0035.6700"), "35.67", "leading and trailing zeros");
	CHECK_STR(parsed("0.000"), "0", "zero");
	CHECK_STR(parsed("-0.5"), "-0.5", "negative fraction");
	CHECK_STR(parsed("1e5"), "error", "no exponent syntax");
	CHECK_STR(parsed("."), "error", "a point alone");
	CHECK_STR(parsed("123456789012345678901234567890"),
	    "123456789012345678901234567890", "30 digits exact");
	CHECK_STR(parsed("1000000000000000000000000000000000000000"
	    "000000000000000000000000000000000000000000000000000000"),
	    "1000000000000000000000000000000000000000"
	    "000000000000000000000000000000000000000000000000000000",
	    "94 digits, one significant: trailing zeros are no limit");
	CHECK_STR(parsed("1.5000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000"), "1.5",
	    "80 fraction zeros after 1.5");
	CHECK_STR(parsed("1000000000000000000000000000000000000000"
	    "0000000000000000000000000000000001"), "error",
	    "74 significant digits refused");
	CHECK_STR(shifted("19.27", 8), "1927000000", "19.27亿");
	CHECK_STR(shifted("35.67", 8), "3567000000", "35.67亿");
	CHECK_STR(shifted("2.3", 8), "230000000", "2.3亿 with no float error");
	CHECK_STR(shifted("1.7", 4), "17000", "1.7万");
	CHECK_STR(shifted("5", -3), "0.005", "shift right");
	CHECK_STR(sum("500000000", "14600"), "500014600", "add");
	CHECK_STR(sum("0.1", "0.2"), "0.3", "0.1 + 0.2 is 0.3");
	CHECK_STR(sum("100", "-0.5"), "99.5", "add a negative");
	CHECK_STR(sum("-3", "3"), "0", "cancel");
	CHECK_STR(sum("1e", "1"), "error", "bad operand");
	CHECK_STR(sum("99999999999999999999", "1"), "100000000000000000000",
	    "carry through 20 digits");
	CHECK_STR(product("12.5", 12), "150", "multiply by 12");
	CHECK_STR(product("7", 0), "0", "multiply by 0");
	CHECK(cmp("3", "5") < 0 && cmp("5", "3") > 0 && cmp("3.0", "3") == 0,
	    "compare");
	CHECK(cmp("-5", "3") < 0 && cmp("0.01", "0.1") < 0, "compare signs, scales");
	dec_parse(&x, "1", 1);
	CHECK(dec_shift(&x, DEC_MAXEXP + 5) != 0, "huge exponent refused");
	dec_from_uint(&x, 18446744073709551615ULL);
	CHECK_STR(fmt(&x), "18446744073709551615", "from uint");
	CHECK(dec_to_small(&x, 100) == -1, "to_small refuses big");
	dec_parse(&x, "2021", 4);
	CHECK(dec_to_small(&x, 9999) == 2021, "to_small");
	return t_status();
}
