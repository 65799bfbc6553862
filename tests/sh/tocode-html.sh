# tocode: HTML pages, scored against hand labels, and hostile markup.
. "$ROOT/tests/shlib"
need python3
dev="$ROOT/tests/data/tocode/extract"

# 40 of the labelled dev pages: tocode renders, declutter keeps the
# article; token F1 against the gold text (0.979 when this was written).
"$ROOT/tests/eval/score-extract" --cmd "sh -c 'tocode \"\$1\" | declutter' _" \
    "$dev" > "$T/score" 2>&1
f1=$(sed -n 's/^extract: token F1 \([0-9.]*\).*/\1/p' "$T/score")
awk -v f="$f1" 'BEGIN { exit !(f >= 0.97) }'
check $? "tocode PAGE.html | declutter: token F1 $f1 >= 0.97 on the dev subset"

# 30 Chinese news pages written apart from both tools (0.981 when added).
news="$ROOT/tests/data/tocode/news-zh"
"$ROOT/tests/eval/score-extract" --cmd "sh -c 'tocode \"\$1\" | declutter' _" \
    "$news" > "$T/score" 2>&1
f1=$(sed -n 's/^extract: token F1 \([0-9.]*\).*/\1/p' "$T/score")
awk -v f="$f1" 'BEGIN { exit !(f >= 0.97) }'
check $? "tocode PAGE.html | declutter: token F1 $f1 >= 0.97 on Chinese news pages"

# 30 pages in many languages and encodings (Latin-1, windows-1252 and
# -1251, KOI8-R, Shift_JIS, EUC-JP, EUC-KR, GBK, Big5, UTF-8 with a BOM or
# a wrong label), written apart from both tools (0.952 when added).
world="$ROOT/tests/data/tocode/pages-world"
"$ROOT/tests/eval/score-extract" --cmd "sh -c 'tocode \"\$1\" | declutter' _" \
    "$world" > "$T/score" 2>&1
f1=$(sed -n 's/^extract: token F1 \([0-9.]*\).*/\1/p' "$T/score")
awk -v f="$f1" 'BEGIN { exit !(f >= 0.95) }'
check $? "tocode PAGE.html | declutter: token F1 $f1 >= 0.95 on pages of many languages"

# No markup or script text in the rendering of any page.
ok=0
for f in "$dev"/*.html; do
	tocode "$f" 2> "$T/err" > "$T/text" || ok=1
	grep -qE '</[a-zA-Z]|<(script|style|div|p|span|table|td|tr|li|ul|img|br|meta|link|iframe)[ >/]|function *\(|document\.write|var [a-zA-Z_]+ *=' \
	    "$T/text" && { echo "# markup in ${f##*/}"; ok=1; }
done
check $ok "no tag or script text in the rendering of a dev page"

# A page is recognised by its start; --html forces it, plain text stays text.
printf '<p>one</p>\n<p>two</p>\n' > "$T/frag"
test "$(tocode --html "$T/frag")" = "one
two"
check $? "--html renders a fragment"
test "$(tocode "$T/frag")" = "one
two"
check $? "a fragment that starts with a paragraph is a page"
printf '<3 love\n<b> is bold\n' > "$T/notag"
tocode "$T/notag" | cmp -s - "$T/notag"
check $? "text that starts with '<' but no page tag stays text"
printf '\357\273\277  <!DOCTYPE html><title>t</title><p>a &amp; b</p>' > "$T/bom"
test "$(tocode "$T/bom")" = "a & b"
check $? "a page after a BOM and spaces is recognised"
printf 'a <b> c\n' | tocode > "$T/lt"
test "$(cat "$T/lt")" = "a <b> c"
check $? "text with a '<' in it stays text"

# Encodings: the declaration when it reads cleanly, else detection.
printf '<html><head><meta charset="gb2312"></head><body><p>%s</p></body></html>' \
    "$(printf '中文新闻报道，经济增长百分之五。' | iconv -f UTF-8 -t GB18030)" > "$T/gbk"
test "$(tocode "$T/gbk")" = "中文新闻报道，经济增长百分之五。"
check $? "a GBK page with its charset"
printf '<html><head><meta charset="gb2312"></head><body><p>中文新闻报道，经济增长百分之五。</p></body></html>' > "$T/liar"
test "$(tocode "$T/liar")" = "中文新闻报道，经济增长百分之五。"
check $? "a UTF-8 page that declares gb2312 is read as UTF-8"
printf '<html><body><p>caf\351 na\357ve</p></body></html>' > "$T/latin"
test "$(tocode -f ISO-8859-1 "$T/latin")" = "café naïve"
check $? "-f names the page's encoding"

# Hostile markup: a clear outcome, no crash, no hang.
printf '<html><body><div><p>one<b>two<table><tr><td>three<li>four' > "$T/open"
test "$(tocode "$T/open")" = "onetwo
three
- four"
check $? "unclosed tags"
python3 -c 'print("<html><body>" + "<div>" * 100000 + "deep" + "</div>" * 100000)' > "$T/deep"
test "$(timeout 20 tocode "$T/deep")" = "deep"
check $? "100,000 nested divs"
python3 -c '
import sys
sys.stdout.write("<html><body>")
for i in range(250000):
    sys.stdout.write("<p>paragraph %d of a page of fifty megabytes, with <b>some</b> markup &amp; entities</p><script>var x=%d;</script>\n" % (i, i))
' > "$T/big"
timeout 60 tocode "$T/big" > "$T/big.out"
test $? -eq 0 && test "$(wc -l < "$T/big.out")" -eq 250000 &&
    ! grep -q 'var x' "$T/big.out"
check $? "a 50 MB page"
python3 -c '
import random, sys
random.seed(7)
sys.stdout.buffer.write(b"<html><body><p>before</p>" +
    bytes(random.randrange(256) for _ in range(20000)) + b"<p>after</p>")
' > "$T/binary"
timeout 20 tocode "$T/binary" > "$T/binary.out" 2> "$T/binary.err"
test $? -eq 0 && grep -qx before "$T/binary.out" &&
    grep -q 'invalid byte 0x[0-9A-F]* at byte offset [0-9]*' "$T/binary.err" &&
    tocode -s < "$T/binary.out" | cmp -s - "$T/binary.out"
check $? "binary bytes in a page: reported, valid UTF-8 out"
printf '<html><body><p>a\000b</p><p>c</p>' > "$T/nul"
test "$(tocode "$T/nul" | tr -d '\000' | tail -n 1)" = "c"
check $? "a NUL byte in a page"
