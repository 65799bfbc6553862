#!/bin/sh
# tocode --t2s, --s2t and --opencc give OpenCC's own output byte for byte,
# though only the runs OpenCC can change are sent to it: on the sample
# pages in both scripts and on phrase-boundary cases, for each
# configuration Debian's OpenCC ships.
. "$ROOT/tests/shlib"
need opencc
in="$T/in.txt"
tocode "$ROOT"/examples/pages/*.txt > "$T/pages.txt"
cat "$T/pages.txt" "$ROOT/tests/data/tocode/script/edges.txt" > "$in"
opencc -c s2t -i "$T/pages.txt" >> "$in"
printf '國家 no newline at the end 乾' >> "$in"
for c in t2s s2t tw2s tw2sp tw2t s2tw s2twp t2tw hk2s hk2t s2hk t2hk jp2t t2jp; do
	opencc -c "$c" -i "$in" > "$T/want" 2>&1
	tocode --nf=none --opencc "$c" "$in" > "$T/got" 2>&1
	cmp -s "$T/want" "$T/got"
	check $? "tocode --opencc $c equals opencc -c $c"
done
tocode --t2s "$in" > "$T/got"
opencc -c t2s -i "$in" > "$T/want"
cmp -s "$T/want" "$T/got"
check $? "tocode --t2s equals opencc -c t2s"
# A configuration whose dictionaries are not described goes whole to OpenCC.
sed 's|"file": "|"file": "/usr/share/opencc/|' /usr/share/opencc/s2twp.json > "$T/own.json"
opencc -c "$T/own.json" -i "$in" > "$T/want"
tocode --nf=none --opencc "$T/own.json" "$in" > "$T/got"
cmp -s "$T/want" "$T/got"
check $? "a configuration of one's own equals opencc"
