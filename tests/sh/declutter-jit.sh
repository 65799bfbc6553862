# declutter interprets its patterns on a small input and compiles them to
# machine code once a larger one has been read: each page comes out the
# same whether it is read first (interpreted) or after 400 KB of pages.
. "$ROOT/tests/shlib"
P="$ROOT/examples/pages"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$P"/*.txt; done > "$T/big.txt"
for f in "$P"/*.txt; do
	declutter "$f" > "$T/alone"
	declutter "$T/big.txt" "$f" > "$T/after"
	n=$(wc -l < "$T/alone")
	tail -n "$n" "$T/after" | cmp -s - "$T/alone"
	check $? "declutter ${f##*/}: the same interpreted and compiled"
done
