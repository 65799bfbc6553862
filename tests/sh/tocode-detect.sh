#!/bin/sh
# Encoding detection on the labelled corpus of tests/data/tocode/detect
# (rebuilt by scripts/detect-corpus): at least 99 % right over all files,
# over Chinese and over the 200-byte cuts of Chinese body text, and every
# encoding at least 95 % right.
. "$ROOT/tests/shlib"
need python3
cd "$ROOT" || exit 2
python3 tests/eval/score-detect --batch --cmd 'bin/tocode -d' \
    tests/data/tocode/detect/MANIFEST.tsv > "$T/score"
all=$(sed -n 's/^detect: zh [0-9.]* all \([0-9]*\).*/\1/p' "$T/score")
zh=$(sed -n 's/^detect: zh \([0-9]*\).*/\1/p' "$T/score")
zh200=$(awk '$1 == "zh" && $2 == "body200" { print int($6) }' "$T/score")
[ "${all:-0}" -ge 99 ]
check $? "tocode -d right on ${all:-?} % of the corpus (>= 99)"
[ "${zh:-0}" -ge 99 ]
check $? "tocode -d right on ${zh:-?} % of Chinese files (>= 99)"
[ "${zh200:-0}" -ge 99 ]
check $? "tocode -d right on ${zh200:-?} % of 200-byte Chinese cuts (>= 99)"
# Per true encoding: "NAME RIGHT / FILES", between the header lines.
awk '/^true encoding/ { on = 1; next } /^group/ { on = 0 }
    on && $3 == "/" && $2 * 100 < $4 * 95 { print $1 }' "$T/score" > "$T/weak"
[ ! -s "$T/weak" ]
check $? "every encoding >= 95 % right (below: $(tr '\n' ' ' < "$T/weak"))"
for enc in JOHAB EUC-TW; do
	grep -q "^$enc " "$T/score"
	check $? "the corpus has $enc texts"
done

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
