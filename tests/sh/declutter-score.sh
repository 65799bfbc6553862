# declutter against hand labels, line-level F1 over content lines: the
# seeds (Chinese news) must stay at 0.98 or above, the constructed Chinese
# news pages at 0.975, the layouts and mixed pages at their floors; the dev set (blogs, forums, wiki, English, German,
# Croatian and Japanese news) at its floor.
. "$ROOT/tests/shlib"
need python3
# score NAME F1-FLOOR FIRST-LINE-FLOOR [--texts DIR] DIR: one run of
# declutter -J over the set, scored for line F1 and for the share of pages
# whose first printed line is the first labelled content line (the
# headline, as users take it).
score() {
	name=$1 floor=$2 first_floor=$3
	shift 3
	python3 "$ROOT/tests/eval/score-declutter" --jsonl \
	    --cmd "$ROOT/bin/declutter -J" "$@" > "$T/score"
	f1=$(sed -n 's/^declutter: line F1 \([0-9.]*\) .*/\1/p' "$T/score")
	share=$(sed -n 's/^first line right .* = \([0-9.]*\)$/\1/p' "$T/score")
	awk -v f="$f1" -v m="$floor" 'BEGIN { exit !(f >= m) }'
	check $? "declutter $name: line F1 $f1 >= $floor"
	awk -v f="$share" -v m="$first_floor" 'BEGIN { exit !(f >= m) }'
	check $? "declutter $name: first line right on $share >= $first_floor of the pages"
}
score seeds 0.98 1.00 --texts "$ROOT/examples/pages" "$ROOT/tests/data/declutter/seeds"
score "constructed Chinese news pages" 0.975 0.98 "$ROOT/tests/data/declutter/constructed"
# The pages written apart from declutter, now regression sets: Chinese
# news layouts, and mixed kinds and languages.
score "news layouts" 0.935 0.90 "$ROOT/tests/data/declutter/layouts"
score "mixed pages" 0.81 0.84 "$ROOT/tests/data/declutter/mixed"
# The dev set's floors, a little below its figures.
score "dev set" 0.855 0.56 "$ROOT/tests/data/declutter/dev"

# The measure itself: printing the page as it is gets a page whose first
# line is its headline right, and one that starts with a menu wrong.
mkdir "$T/first"
printf 'Headline\nBody text.\n' > "$T/first/a.txt"
printf '1\n1\n' > "$T/first/a.labels"
printf 'Menu\nHeadline\n' > "$T/first/b.txt"
printf '0\n1\n' > "$T/first/b.labels"
python3 "$ROOT/scripts/declutter-first-line" --cmd cat "$T/first" > "$T/out"
grep -qx 'declutter: first line right 1/2 = 0.50' "$T/out"
check $? "declutter-first-line counts a right and a wrong first line"

# Corpus mode decides as text mode does: the scorer run page by page and
# over JSON lines gives the same figures and the same errors.
python3 "$ROOT/tests/eval/score-declutter" --show-errors --cmd "$ROOT/bin/declutter" \
    --texts "$ROOT/examples/pages" "$ROOT/tests/data/declutter/seeds" > "$T/each"
python3 "$ROOT/tests/eval/score-declutter" --show-errors --jsonl --cmd "$ROOT/bin/declutter -J" \
    --texts "$ROOT/examples/pages" "$ROOT/tests/data/declutter/seeds" | cmp -s - "$T/each"
check $? "declutter -J scores as declutter page by page on the seeds"
