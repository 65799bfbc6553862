/* tsvify_keys.c: the hash table of names. */
#include <stdio.h>
#include <string.h>

#include "t.h"
#include "tsvify/tsvify.h"

int
main(void)
{
	struct keys *k = keys_new();
	char name[32];
	size_t len;
	long i, bad = 0;

	CHECK(keys_add(k, "a", 1) == 0 && keys_add(k, "a.b", 3) == 1,
	    "names get indexes in order");
	CHECK(keys_add(k, "a", 1) == 0, "adding a name again finds it");
	CHECK(keys_find(k, "a.b", 3) == 1 && keys_find(k, "a.c", 3) == -1,
	    "find by name");
	CHECK(keys_find(k, "a\0b", 3) == -1 && keys_add(k, "a\0b", 3) == 2 &&
	    keys_find(k, "a\0b", 3) == 2, "names may hold NUL");
	for (i = 0; i < 10000; i++) {
		snprintf(name, sizeof name, "key%ld", i);
		if (keys_add(k, name, strlen(name)) != i + 3)
			bad++;
	}
	for (i = 0; i < 10000; i++) {
		snprintf(name, sizeof name, "key%ld", i);
		if (keys_find(k, name, strlen(name)) != i + 3)
			bad++;
	}
	CHECK(bad == 0, "10,000 names through rehashing");
	CHECK(strcmp(keys_name(k, 5, &len), "key2") == 0 && len == 4,
	    "name of an index");
	CHECK(keys_count(k) == 10003, "count");
	for (i = 0; i < 70000 && keys_add(k, name, (size_t)
	    snprintf(name, sizeof name, "more%ld", i)) >= 0; i++)
		;
	CHECK(keys_count(k) == 65536 && i < 70000, "the table is bounded");
	keys_free(k);
	return t_status();
}
