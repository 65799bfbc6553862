# declutter properties: nothing invented, order kept, odd input survives.
. "$ROOT/tests/shlib"
need python3
P="$ROOT/examples/pages"

# Every output line is an input line, trimmed, and they come in order.
in_order() {	# in_order PAGE OUTPUT
	python3 - "$1" "$2" <<'PY'
import sys
lines = [l.strip() for l in open(sys.argv[1], encoding='utf-8', errors='replace')]
pos = 0
for out in open(sys.argv[2], encoding='utf-8', errors='replace'):
    out = out.rstrip('\n')
    while pos < len(lines) and lines[pos] != out:
        pos += 1
    if pos == len(lines):
        sys.exit(1)
    pos += 1
PY
}
for f in "$P"/*.txt; do
	declutter "$f" > "$T/out"
	in_order "$f" "$T/out"
	check $? "declutter ${f##*/}: output lines are input lines, in order"
done

# Kept and dropped lines together are the page's non-blank lines.
f="$P/003_69f84da2f8007888.txt"
declutter "$f" > "$T/kept"
declutter -v "$f" > "$T/dropped"
sed 's/^[[:space:]]*//; s/[[:space:]]*$//' "$f" | grep -c . > "$T/n"
[ $(($(wc -l < "$T/kept") + $(wc -l < "$T/dropped"))) -eq "$(cat "$T/n")" ]
check $? "declutter: kept + dropped (-v) = non-blank lines"

# --explain prints every input line once, + for the kept ones.
declutter --explain "$f" > "$T/explain"
[ "$(wc -l < "$T/explain")" -eq "$(awk 'END { print NR }' "$f")" ] &&
    [ "$(grep -c '^+' "$T/explain")" -eq "$(wc -l < "$T/kept")" ]
check $? "declutter --explain: one line per input line, + for kept"

# The title comes first.
[ "$(head -n 1 "$T/kept")" = "西工区:提速增效 强力推进重点项目建设" ]
check $? "declutter: the title is the first line"

# Empty input, a pure menu: no output, status 0.
: | declutter > "$T/out" 2> "$T/err"
[ $? -eq 0 ] && [ ! -s "$T/out" ] && [ ! -s "$T/err" ]
check $? "declutter: empty input, empty output"
printf -- '- 首页\n- 新闻\n- 体育\n- 财经\n- 娱乐\n- 登录\n' |
    declutter > "$T/out"
[ $? -eq 0 ] && [ ! -s "$T/out" ]
check $? "declutter: a page of menu items has no article"

# One enormous line is kept, whole.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "这是一个很长的句子，"; print "完。" }' \
    > "$T/huge"
declutter "$T/huge" > "$T/out"
cmp -s "$T/huge" "$T/out"
check $? "declutter: one enormous line of prose is kept whole"

# Binary junk and invalid UTF-8: no crash, a warning, status 0.
random_bytes 100000 "$T/junk"
declutter "$T/junk" > /dev/null 2> "$T/err"
[ $? -eq 0 ] && grep -q 'invalid UTF-8' "$T/err"
check $? "declutter: binary junk (seed $SEED) survives with a warning"
declutter --strict "$T/junk" > /dev/null 2>&1
[ $? -eq 1 ]
check $? "declutter --strict: invalid UTF-8 (seed $SEED) is status 1"

# A page split into parts by --max-bytes still works, with a warning.
declutter --max-bytes 2k "$f" > /dev/null 2> "$T/err"
[ $? -eq 0 ] && grep -q 'read in parts' "$T/err"
check $? "declutter --max-bytes: a long page is read in parts"

# Rules: keep wins over drop; a bad pattern names file and line.
declutter --drop '^王进' "$f" | grep -c '^王进' > "$T/n"
[ "$(cat "$T/n")" -eq 0 ]
check $? "declutter --drop: matching lines go"
declutter --drop '^王进' --keep '^王进强调' "$f" | grep -c '^王进' > "$T/n"
[ "$(cat "$T/n")" -eq 1 ]
check $? "declutter --keep: wins over --drop"
printf '# site rules\ndrop: ^ok\nkeep: (unclosed\n' > "$T/rules"
declutter --rules "$T/rules" "$f" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q "rules:3: bad regular expression" "$T/err"
check $? "declutter --rules: a bad pattern is exit 2 with FILE:LINE"
printf 'hint: x\n' > "$T/rules"
declutter --rules "$T/rules" "$f" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q "rules:1: unknown rule" "$T/err"
check $? "declutter --rules: an unknown rule kind is exit 2"

# Output is the same whether the page comes as a file or on stdin.
declutter < "$f" | cmp -s - "$T/kept"
check $? "declutter: stdin and FILE give the same output"

# Speed: linear, no quadratic blow-up on many pages in one document.
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$P"/*.txt; done > "$T/ten"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$T/ten"; done > "$T/hundred"
declutter "$T/hundred" > "$T/out"
[ $? -eq 0 ] && [ -s "$T/out" ]
check $? "declutter: a hundred pages in one document"

# Corpus mode: the text field rewritten as text mode would print it.
python3 - "$P"/*.txt > "$T/pages.jsonl" <<'PY'
import json, sys
for i, f in enumerate(sys.argv[1:]):
    print(json.dumps({"id": i, "text": open(f, encoding="utf-8").read(),
                      "keep": [1, {"a": None}]}, ensure_ascii=False))
PY
declutter -J "$T/pages.jsonl" > "$T/out.jsonl"
python3 - "$T/out.jsonl" "$P"/*.txt <<'PY' > "$T/texts"
import json, sys
for line, f in zip(open(sys.argv[1], encoding="utf-8"), sys.argv[2:]):
    r = json.loads(line)
    assert r["keep"] == [1, {"a": None}] and list(r) == ["id", "text", "keep"]
    print(r["text"])
PY
for f in "$P"/*.txt; do declutter "$f"; done > "$T/plain"
cmp -s "$T/texts" "$T/plain"
check $? "declutter -J: the text field is what text mode prints"
split -l 2 "$T/pages.jsonl" "$T/part."
for f in "$T"/part.*; do declutter -J "$f"; done | cmp -s - "$T/out.jsonl"
check $? "declutter -J: a split run is byte-identical"
