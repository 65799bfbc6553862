#!/bin/sh
# tocode-repair: pinyin and mojibake repair end to end through bin/tocode.
. "$ROOT/tests/shlib"
p001=$ROOT/examples/pages/001_d1596cc705f57794.txt

tocode "$p001" > "$T/001"
check $? "tocode reads seed 001"
[ "$(wc -l < "$T/001")" -eq "$(wc -l < "$p001")" ]
check $? "pinyin repair keeps the line count"
! grep -q '項(xiàng)' "$T/001"
check $? "injected pinyin is gone from seed 001"
tocode --no-pinyin-repair "$p001" | grep -q '項(xiàng)'
check $? "--no-pinyin-repair keeps it"
[ "$(printf '欧易(OKX) 中心組(擴(kuò)大)\n' | tocode)" = "欧易(OKX) 中心組(擴大)" ]
check $? "real parentheses stay, nested injection goes"

[ "$(printf '鏂伴椈 Ã©t\303\203\302\251\n' | tocode --fix-mojibake)" = "新闻 été" ]
check $? "--fix-mojibake reverses GBK and cp1252 mojibake"
[ "$(printf '鏂伴椈\n' | tocode)" = "鏂伴椈" ]
check $? "mojibake repair is off by default"
printf '锟斤拷锟斤拷\n' | tocode --fix-mojibake > "$T/out" 2> "$T/err"
[ "$(cat "$T/out")" = "锟斤拷锟斤拷" ] && grep -q 'tocode: -:1:' "$T/err"
check $? "锟斤拷 is left and reported"
for f in "$ROOT"/examples/pages/*.txt; do
	tocode "$f" | cmp -s - "$T/plain" 2>/dev/null
	tocode "$f" > "$T/plain"
	tocode --fix-mojibake "$f" | cmp -s - "$T/plain" || break
done
check $? "--fix-mojibake changes no line of the bundled pages"
