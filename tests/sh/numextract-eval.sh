# numextract against hand labels: resolve F1 >= 0.97 and no listed
# negative reported, on the seed pages and on passages written in the
# style of statistics bulletins, government work and budget reports,
# company results, investment news and Taiwan, Hong Kong and Macao reports
# (tests/data/numextract/reports).
. "$ROOT/tests/shlib"
if ! command -v python3 >/dev/null; then
	echo "ok - numextract eval skipped: no python3"
	exit 0
fi
# score NAME TEXTS LABELS
score() {
	python3 "$ROOT/tests/eval/score-numextract" --cmd "$ROOT/bin/numextract" \
	    --texts "$2" "$3" > "$T/score"
	f1=$(sed -n 's/^numextract: detect F1 [0-9.]* resolve F1 //p' "$T/score")
	neg=$(sed -n 's/^negatives reported: //p' "$T/score")
	awk -v f="${f1:-0}" 'BEGIN { exit !(f >= 0.97) }'
	check $? "numextract $1: resolve F1 $f1 >= 0.97"
	[ "$neg" = 0 ]
	check $? "numextract $1: negatives reported $neg = 0"
}
score seeds "$ROOT/examples/pages" "$ROOT/tests/data/numextract/gold"
score reports "$ROOT/tests/data/numextract/reports" \
    "$ROOT/tests/data/numextract/reports"
