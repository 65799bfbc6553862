# Corpus mode cut by GNU parallel (--pipe and --pipepart) gives, put back
# in order, the bytes of one process: records are independent lines.  The
# three tools run as the pipeline users run, so that each part goes
# through all of them (GNU parallel takes a second to start here).
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
chain='tocode -J | declutter -J | numextract -J'
sh -c "$chain" < "$T/corpus.jsonl" > "$T/whole"
test "$(wc -l < "$T/whole")" -gt 100
check $? "the pipeline gives facts of the corpus"
parallel --will-cite --pipe -k -N 3 "$chain" < "$T/corpus.jsonl" > "$T/pipe"
cmp -s "$T/whole" "$T/pipe"
check $? "tocode, declutter and numextract -J under parallel --pipe -k -N 3 equal one run"
parallel --will-cite --pipepart -a "$T/corpus.jsonl" -k --block 20k \
    "$chain" > "$T/pipepart"
cmp -s "$T/whole" "$T/pipepart"
check $? "tocode, declutter and numextract -J under parallel --pipepart -k equal one run"
