# The main job: scripts/demo runs the pipeline over the sample pages.
. "$ROOT/tests/shlib"
OUT="$T/out" "$ROOT/scripts/demo" > "$T/log" 2>&1
check $? "scripts/demo runs"
head -n 1 "$T/out/facts.tsv" | grep -q "^doc	line	col	text	kind	value	upper	unit	qual	context$"
check $? "facts.tsv has the header"
[ "$(wc -l < "$T/out/facts.tsv")" -gt 100 ]
check $? "facts.tsv holds the pages' quantities"
grep -q "	35.67亿元	money	3567000000		CNY	" "$T/out/facts.tsv"
check $? "a known amount is in the table with its exact value"
[ "$(ls "$T/out/text" | wc -l)" -eq 5 ] && ! grep -q "(xiàng)" "$T"/out/text/*
check $? "five article texts, injected pinyin gone"
