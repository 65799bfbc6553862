#!/bin/sh
# Encoding detection on the labelled corpus of tests/data/tocode/detect
# (rebuilt by scripts/detect-corpus): at least 97 % right over all files
# and over the 200-byte cuts of Chinese body text.
. "$ROOT/tests/shlib"
need python3
cd "$ROOT" || exit 2
python3 tests/eval/score-detect --batch --cmd 'bin/tocode -d' \
    tests/data/tocode/detect/MANIFEST.tsv > "$T/score"
all=$(sed -n 's/^detect: zh [0-9.]* all \([0-9]*\).*/\1/p' "$T/score")
zh200=$(awk '$1 == "zh" && $2 == "body200" { print int($6) }' "$T/score")
[ "${all:-0}" -ge 97 ]
check $? "tocode -d right on ${all:-?} % of the corpus (>= 97)"
[ "${zh200:-0}" -ge 97 ]
check $? "tocode -d right on ${zh200:-?} % of 200-byte Chinese cuts (>= 97)"

# Odd input never crashes and always names an encoding.
printf '' > "$T/empty"
LC_ALL=C awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) printf "%c", int(rand() * 256) }' > "$T/random"
printf 'a\0\0\0b\0\0\0\0\0\0c\0' > "$T/nul"
printf '\344\270' > "$T/cut"
for f in empty random nul cut; do
	out=$(bin/tocode -d "$T/$f")
	st=$?
	name=$(printf '%s\n' "$out" | cut -f2)
	[ $st -eq 0 ] && [ -n "$name" ]
	check $? "tocode -d names an encoding for $f input ($name)"
done
