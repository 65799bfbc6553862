# numextract on the seed pages against the hand labels: resolve F1 >= 0.97
# and no listed negative reported.
. "$ROOT/tests/shlib"
if ! command -v python3 >/dev/null; then
	echo "ok - numextract eval skipped: no python3"
	exit 0
fi
python3 "$ROOT/tests/eval/score-numextract" --cmd "$ROOT/bin/numextract" \
    --texts "$ROOT/examples/pages" "$ROOT/tests/data/numextract/gold" > "$T/score"
f1=$(sed -n 's/^numextract: detect F1 [0-9.]* resolve F1 //p' "$T/score")
neg=$(sed -n 's/^negatives reported: //p' "$T/score")
awk -v f="$f1" 'BEGIN { exit !(f >= 0.97) }'
check $? "numextract seeds: resolve F1 $f1 >= 0.97"
[ "$neg" = 0 ]
check $? "numextract seeds: negatives reported $neg = 0"
