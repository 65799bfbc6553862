# numextract on worker threads writes the bytes of one thread: records in
# the order of the lines, in text mode and corpus mode, with each
# document's reference date, and a bad record passed through where it
# stood.  The inputs are larger than a batch (256 KiB), so that many
# batches are in flight at once.
. "$ROOT/tests/shlib"
NX="$ROOT/bin/numextract"

# Text mode: two files; the second opens with a reference date, so its
# partial dates resolve against it and the first's do not.
i=0
while [ $i -lt 40 ]; do cat "$ROOT"/examples/pages/*.txt; i=$((i + 1)); done > "$T/a.txt"
{ printf '# date: 2021-06-30\n'; cat "$T/a.txt"; } > "$T/b.txt"
test "$(wc -c < "$T/a.txt")" -gt 1000000
check $? "numextract threads: the input spans several batches"
"$NX" --threads 1 "$T/a.txt" "$T/b.txt" > "$T/one"
grep -q '"value":"2021-' "$T/one"
check $? "numextract threads: the second file's dates take its reference year"
same=0
for n in 2 3 8 0; do
	"$NX" --threads $n "$T/a.txt" "$T/b.txt" > "$T/many"
	cmp -s "$T/one" "$T/many" || same=1
done
check $same "numextract threads: --threads 2, 3, 8 and 0 write the bytes of --threads 1"
"$NX" --threads 1 < "$T/b.txt" > "$T/one"
"$NX" --threads 4 < "$T/b.txt" > "$T/many"
cmp -s "$T/one" "$T/many"
check $? "numextract threads: the same from standard input"
"$NX" -g --threads 1 "$T/a.txt" > "$T/one"
"$NX" -g --threads 4 "$T/a.txt" > "$T/many"
cmp -s "$T/one" "$T/many"
check $? "numextract threads: -g lines in the same order"
"$NX" -c --threads 4 "$T/a.txt" > "$T/count"
test "$(cat "$T/count")" = "$(grep -c . "$T/one")"
check $? "numextract threads: -c counts every record"

# Corpus mode: records with their own dates, and lines that are no JSON
# passed through between them.
awk -v q='"' '
	/^$/ { next }
	{
		gsub(/\\/, "\\\\"); gsub(/"/, "\\\"")
		n++
		printf "{%sid%s:%sr%d%s,%sdate%s:%s20%02d-01-01%s,%stext%s:%s%s%s}\n",
		    q, q, q, n, q, q, q, q, n % 30, q, q, q, q, $0, q
		if (n % 2000 == 0)
			print "not json " n
	}' "$T/a.txt" > "$T/corpus.jsonl"
test "$(grep -c '^not json' "$T/corpus.jsonl")" -ge 2
check $? "numextract threads: the corpus holds bad lines among its records"
"$NX" -J --threads 1 "$T/corpus.jsonl" > "$T/one" 2> /dev/null
"$NX" -J --threads 4 "$T/corpus.jsonl" > "$T/many" 2> /dev/null
cmp -s "$T/one" "$T/many" && grep -q '^not json 4000$' "$T/many"
check $? "numextract threads: corpus mode's records and passed lines in order"

"$NX" --threads x "$T/a.txt" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q -- "--threads" "$T/err"
check $? "numextract threads: a bad --threads is a usage error (status 2)"
