# Corpus mode (-J) of tocode, declutter and numextract: properties.
. "$ROOT/tests/shlib"
need python3
P="$ROOT/examples/pages"

# A corpus of the sample pages and of the golden inputs of tocode (those
# that read as text in UTF-8: the UTF-16 ones do not), some with their
# non-ASCII escaped, with a bad line, a record without text, a blank line
# and fields around the text.
python3 - "$P"/*.txt "$ROOT"/tests/golden/tocode/*/input > "$T/corpus.jsonl" <<'PY'
import json, sys
files = [f for f in sys.argv[1:] if b"\0" not in open(f, "rb").read()]
for i, f in enumerate(files):
    text = open(f, "rb").read().decode("utf-8", "replace")
    rec = {"id": "doc%d" % i, "url": f.split("/")[-2], "text": text,
           "n": [i, {"k": None}]}
    print(json.dumps(rec, ensure_ascii=(i % 2 == 1)))
    if i == 3:
        print('{"id":"broken","text":"no end')
    if i == 5:
        print('{"id":"no-text","title":"t"}')
    if i == 7:
        print('')
PY
n=$(wc -l < "$T/corpus.jsonl")
[ "$n" -gt 40 ]
check $? "corpus of $n records built"

# One run, and the same corpus split in parts run part by part: the same
# bytes, whatever the cut.
for tool in tocode declutter numextract; do
	$tool -J -s "$T/corpus.jsonl" > "$T/$tool.whole"
	st=$?
	[ $st -eq 0 ] && [ -s "$T/$tool.whole" ]
	check $? "$tool -J: status 0 and output"
	for lines in 1 3 7; do
		rm -f "$T"/part.*
		split -l $lines "$T/corpus.jsonl" "$T/part."
		for f in "$T"/part.*; do $tool -J -s < "$f"; done > "$T/$tool.parts"
		cmp -s "$T/$tool.whole" "$T/$tool.parts"
		check $? "$tool -J: split -l $lines and put back is byte-identical"
	done
done

# Bad lines are passed through once each, named by their line.
grep -c '"broken"' "$T/tocode.whole" | grep -qx 1 &&
    grep -c '"no-text"' "$T/declutter.whole" | grep -qx 1
check $? "tocode, declutter -J: a bad line and a record without text pass through"
tocode -J "$T/corpus.jsonl" 2>&1 > /dev/null | grep -q "^tocode: [^:]*:5: not a JSON object"
check $? "tocode -J: the bad line is named by its line number"
tocode -J --strict "$T/corpus.jsonl" > /dev/null 2>&1
[ $? -eq 1 ]
check $? "tocode -J --strict: a bad line is status 1"

# The text field is what text mode makes of the same text; the other
# fields come through in order.
python3 - "$T/corpus.jsonl" "$T/tocode.whole" "$T" <<'PY'
import json, sys
pairs = []
with open(sys.argv[1], encoding="utf-8") as a, \
        open(sys.argv[2], encoding="utf-8") as b:
    ins = [l for l in a if l.strip()]
    outs = list(b)
assert len(ins) == len(outs), (len(ins), len(outs))
for k, (i, o) in enumerate(zip(ins, outs)):
    try:
        ri = json.loads(i)
    except ValueError:
        assert i == o
        continue
    ro = json.loads(o)
    assert list(ri) == list(ro), (list(ri), list(ro))
    for key in ri:
        if key != "text":
            assert ri[key] == ro[key], key
    if "text" in ri:
        open("%s/in.%03d" % (sys.argv[3], k), "w", encoding="utf-8",
             newline="").write(ri["text"])
        open("%s/want.%03d" % (sys.argv[3], k), "w", encoding="utf-8",
             newline="").write(ro["text"])
PY
check $? "tocode -J: every record out, fields and their order kept"
ok=0
for f in "$T"/in.*; do
	tocode -s "$f" | cmp -s - "$T/want.${f##*.}" || { ok=1; echo "# ${f##*/}"; }
done
check $ok "tocode -J: the text field is what tocode makes of the text as a file"

# numextract -J gives the records of text mode, doc set from the id.
rm -f "$T"/in.*
python3 - "$T/declutter.whole" "$T" > "$T/ids" <<'PY'
import json, sys
for k, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if isinstance(r.get("text"), str):
        open("%s/in.%03d" % (sys.argv[2], k), "w", encoding="utf-8",
             newline="").write(r["text"])
        print(r["id"])
PY
k=0
for f in "$T"/in.*; do
	k=$((k + 1))
	numextract -s --id "$(sed -n ${k}p "$T/ids")" < "$f"
done > "$T/text-mode"
numextract -J -s "$T/declutter.whole" | grep -v '"broken"' > "$T/corpus-mode"
[ -s "$T/text-mode" ] && cmp -s "$T/corpus-mode" "$T/text-mode"
check $? "numextract -J: the mentions of text mode, doc from the id"

# The whole pipeline in corpus mode ends in a table with a doc column.
tocode -J -s "$T/corpus.jsonl" | declutter -J -s --meta |
    numextract -J -s -k money | tsvify -s -f doc,line,value,unit > "$T/table"
[ "$(head -n 1 "$T/table")" = "$(printf 'doc\tline\tvalue\tunit')" ] &&
    [ "$(wc -l < "$T/table")" -gt 10 ]
check $? "tocode -J | declutter -J | numextract -J | tsvify"
