# Corpus mode cut by GNU parallel (--pipe and --pipepart) gives, put back
# in order, the bytes of one process: records are independent lines.
. "$ROOT/tests/shlib"
need parallel python3
python3 - "$ROOT"/examples/pages/*.txt > "$T/corpus.jsonl" <<'PY'
import json, sys
for rep in range(4):
    for i, f in enumerate(sys.argv[1:]):
        text = open(f, encoding="utf-8").read()
        print(json.dumps({"id": "p%d-%d" % (rep, i), "text": text},
                         ensure_ascii=(i % 2 == 1)))
PY
for tool in tocode declutter numextract; do
	$tool -J "$T/corpus.jsonl" > "$T/whole"
	parallel --will-cite --pipe -k -N 3 $tool -J < "$T/corpus.jsonl" > "$T/pipe"
	cmp -s "$T/whole" "$T/pipe"
	check $? "$tool -J under parallel --pipe -k -N 3 equals one run"
	parallel --will-cite --pipepart -a "$T/corpus.jsonl" -k --block 20k \
	    $tool -J > "$T/pipepart"
	cmp -s "$T/whole" "$T/pipepart"
	check $? "$tool -J under parallel --pipepart -k equals one run"
done
