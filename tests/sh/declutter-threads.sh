# declutter on worker threads writes the bytes of one thread.  A page of
# a megabyte or more is measured in spans at once: its kept lines, its
# --explain scores and its messages (invalid UTF-8, in the order of the
# lines) are those of --threads 1; and so are corpus mode's records,
# run on threads a batch at a time.
. "$ROOT/tests/shlib"
DC="$ROOT/bin/declutter"

i=0
while [ $i -lt 40 ]; do
	cat "$ROOT"/examples/pages/*.txt
	# a bad byte every few pages, for the messages' order
	[ $((i % 7)) -eq 3 ] && printf 'bad \377 byte on page %d\n' $i
	i=$((i + 1))
done > "$T/big.txt"
test "$(wc -c < "$T/big.txt")" -gt 1100000
check $? "declutter threads: the page is larger than a megabyte"
"$DC" --threads 1 --explain "$T/big.txt" > "$T/one" 2> "$T/one.err"
grep -q 'invalid UTF-8, passed through (6 times in all)' "$T/one.err"
check $? "declutter threads: the page's six bad lines are reported"
same=0
for n in 2 3 8 0; do
	"$DC" --threads $n --explain "$T/big.txt" > "$T/many" 2> "$T/many.err"
	cmp -s "$T/one" "$T/many" && cmp -s "$T/one.err" "$T/many.err" ||
	    same=1
done
check $same "declutter threads: --threads 2, 3, 8 and 0 explain every line as --threads 1, with its messages in order"
"$DC" --threads 1 --meta < "$T/big.txt" > "$T/one" 2> /dev/null
"$DC" --threads 4 --meta < "$T/big.txt" > "$T/many" 2> /dev/null
cmp -s "$T/one" "$T/many" && test -s "$T/one"
check $? "declutter threads: the same article and meta lines from standard input"

# Corpus mode: records run on threads a batch of lines at a time; lines
# that are no JSON, records without text and text with bad bytes are
# passed through and counted where they stand.
i=0
round=0
while [ $round -lt 40 ]; do
	round=$((round + 1))
	for f in "$ROOT"/examples/pages/*.txt; do
		i=$((i + 1))
		awk -v id="p$i" -v bad=$((i % 13 == 4)) 'BEGIN { ORS = "" }
			{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t")
			  t = t $0 "\\n" }
			END { if (bad) t = t "\377"
			      printf "{\"id\":\"%s\",\"text\":\"%s\",\"n\":1.50}\n", id, t }' "$f"
		[ $((i % 17)) -eq 3 ] && printf 'not json %d\n{"id":"q%d"}\n' $i $i
	done
done > "$T/corpus.jsonl"
test "$(wc -c < "$T/corpus.jsonl")" -gt 1000000 &&
    grep -q '^not json' "$T/corpus.jsonl"
check $? "declutter threads: the corpus spans several batches, bad lines among its records"
"$DC" -J --meta --threads 1 "$T/corpus.jsonl" > "$T/one" 2> "$T/one.err"
grep -q 'not a JSON object' "$T/one.err" && grep -q "no field 'text'" "$T/one.err"
check $? "declutter threads: the corpus's bad lines are reported"
same=0
for n in 2 3 0; do
	"$DC" -J --meta --threads $n "$T/corpus.jsonl" > "$T/many" 2> "$T/many.err"
	cmp -s "$T/one" "$T/many" && cmp -s "$T/one.err" "$T/many.err" ||
	    same=1
done
check $same "declutter threads: -J on 2, 3 and 0 threads writes the records and the summary of --threads 1"
"$DC" -J --explain --threads 1 < "$T/corpus.jsonl" > "$T/one" 2> /dev/null
"$DC" -J --explain --threads 4 < "$T/corpus.jsonl" > "$T/many" 2> /dev/null
cmp -s "$T/one" "$T/many" && grep -q '"n":1.50' "$T/many"
check $? "declutter threads: -J --explain from standard input, other fields as they were"
head -n 3 "$T/corpus.jsonl" > "$T/small.jsonl"
"$DC" -J --threads 1 "$T/small.jsonl" > "$T/one"
"$DC" -J --threads 4 "$T/small.jsonl" "$T/small.jsonl" > "$T/many"
cat "$T/one" "$T/one" | cmp -s - "$T/many"
check $? "declutter threads: a corpus smaller than a batch, and two files in turn"

"$DC" --threads x "$T/big.txt" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q -- "--threads" "$T/err"
check $? "declutter threads: a bad --threads is a usage error (status 2)"
