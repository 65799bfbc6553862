/*
 * lib_msg: bad input met on a worker thread is kept (msg_defer()) and
 * counted when the main thread replays it (msg_replay()): the summary
 * then names the first of each kind in the order replayed, as one
 * thread reading the input in order would, whatever order the workers
 * met it in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"
#include "t.h"

/* What msg_summary() prints, read back from stderr. */
static char summary[4096];

static void
read_summary(void)
{
	FILE *f = tmpfile();
	int saved = dup(2), n;

	fflush(stderr);
	dup2(fileno(f), 2);
	msg_summary();
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(f);
	n = (int)fread(summary, 1, sizeof summary - 1, f);
	summary[n > 0 ? n : 0] = '\0';
	fclose(f);
}

int
main(void)
{
	struct buf early = { 0 }, late = { 0 };

	msg_init("lib_msg");
	/* The later batch met its bad input first. */
	msg_defer(&late);
	bad_input("bad byte", "in.jsonl", 9, "invalid UTF-8");
	bad_input("no text", "in.jsonl", 10, "no field 'text'");
	msg_defer(&early);
	bad_input("bad byte", "in.jsonl", 2, "invalid UTF-8");
	msg_defer(NULL);
	CHECK(bad_input_count() == 0, "deferred bad input is not counted");
	msg_replay(&early);
	msg_replay(&late);
	CHECK(bad_input_count() == 3, "replayed bad input is counted");
	read_summary();
	CHECK(strstr(summary, "in.jsonl:2: invalid UTF-8 (2 times in all)") !=
	    NULL, "the first of a kind is the first replayed");
	CHECK(strstr(summary, "in.jsonl:10: no field 'text'\n") != NULL,
	    "a kind met once");
	CHECK(strstr(summary, "in.jsonl:9:") == NULL,
	    "a later one is counted, not named");
	free(early.data);
	free(late.data);
	return t_status();
}
