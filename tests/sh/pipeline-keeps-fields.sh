# The headline pipeline with tsvify's default columns keeps every field of
# every record: the table read back with tsvify -r equals numextract's
# records, all values as strings (null as empty).
. "$ROOT/tests/shlib"
need python3
for page in "$ROOT"/examples/pages/*.txt; do
	tocode < "$page" | declutter --meta | numextract > "$T/records"
	tsvify < "$T/records" > "$T/facts.tsv"
	check $? "tsvify takes $(basename "$page")'s records without loss"
	tsvify -r < "$T/facts.tsv" > "$T/back"
	python3 -c '
import json, sys
want = [json.loads(l) for l in open(sys.argv[1])]
got = [json.loads(l) for l in open(sys.argv[2])]
def cells(r):
    return {k: "" if v is None else str(v) for k, v in r.items()}
sys.exit(0 if [cells(r) for r in want] == got and want else 1)
' "$T/records" "$T/back"
	check $? "every field of $(basename "$page")'s records is in the table"
done
printf '会议于7月12日至13日举行，投资3至5亿元。\n' | numextract | tsvify |
    awk -F '\t' 'NR > 1 { print $6, $7 }' > "$T/ranges"
printf 'XXXX-07-12 XXXX-07-13\n300000000 500000000\n' | cmp -s - "$T/ranges"
check $? "a range's upper end survives the table"
