# declutter on worker threads writes the bytes of one thread.  A page of
# a megabyte or more is measured in spans at once: its kept lines, its
# --explain scores and its messages (invalid UTF-8, in the order of the
# lines) are those of --threads 1.
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

"$DC" --threads x "$T/big.txt" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q -- "--threads" "$T/err"
check $? "declutter threads: a bad --threads is a usage error (status 2)"
