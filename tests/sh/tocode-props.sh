# tocode: properties over the sample pages and hostile input.
. "$ROOT/tests/shlib"
pages="$ROOT/examples/pages"

# Idempotence: tocode's output fed to tocode comes out unchanged.
for f in "$pages"/*.txt "$ROOT"/tests/golden/tocode/*/input; do
	tocode -s < "$f" > "$T/once"
	tocode -s < "$T/once" > "$T/twice"
	cmp -s "$T/once" "$T/twice"
	check $? "idempotent: ${f#"$ROOT"/}"
done

# Clean UTF-8 passes byte for byte (and so does the output of tocode).
cat "$pages"/000_5c2fe807982dafa8.txt "$pages"/003_69f84da2f8007888.txt |
    tocode > "$T/clean"
tocode < "$T/clean" | cmp -s - "$T/clean"
check $? "clean UTF-8 passes unchanged"

# Every listed legacy encoding round-trips the sample text through tocode.
tocode < "$pages"/003_69f84da2f8007888.txt > "$T/zh"
for enc in GB18030 UTF-16LE UTF-16BE UTF-32LE; do
	iconv -f UTF-8 -t $enc < "$T/zh" | tocode -f $enc | cmp -s - "$T/zh"
	check $? "round trip through $enc"
done
iconv -f UTF-8 -t GBK -c < "$T/zh" > "$T/gbk"
iconv -f GBK -t UTF-8 < "$T/gbk" > "$T/gbk.want"
tocode -f GBK < "$T/gbk" | cmp -s - "$T/gbk.want"
check $? "round trip through GBK"
tocode --s2t < "$T/zh" > "$T/zht"
iconv -f UTF-8 -t BIG5-HKSCS -c < "$T/zht" > "$T/big5"
iconv -f BIG5-HKSCS -t UTF-8 < "$T/big5" > "$T/big5.want"
tocode -f BIG5-HKSCS < "$T/big5" | cmp -s - "$T/big5.want"
check $? "round trip through BIG5-HKSCS"

# A multi-byte sequence split across reads.
r=$( { printf '\344\270'; sleep 0.2; printf '\255\n'; } | tocode -f UTF-8)
[ "$r" = "中" ]; check $? "UTF-8 sequence split across reads"
r=$( { printf '\326'; sleep 0.2; printf '\320\n'; } | tocode -f GBK)
[ "$r" = "中" ]; check $? "GBK pair split across reads"
r=$( { printf '\055'; sleep 0.2; printf '\116\012\000'; } | tocode -f UTF-16LE)
[ "$r" = "中" ]; check $? "UTF-16 unit split across reads"
four=$(printf '\360\237\230\200' | iconv -f UTF-8 -t GB18030 | od -An -to1 | tr -d ' \n' | sed 's/\([0-7][0-7][0-7]\)/\\\1/g')
r=$( { printf "$(echo "$four" | cut -c1-8)"; sleep 0.2; printf "$(echo "$four" | cut -c9-16)\n"; } | tocode -f GB18030)
[ "$r" = "$(printf '\360\237\230\200')" ]; check $? "GB18030 four-byte sequence split across reads"

# Sequences straddling the reader's buffer at every offset.
awk 'BEGIN { printf "x"; for (i = 0; i < 200000; i++) printf "中"; print "" }' > "$T/long"
tocode < "$T/long" | cmp -s - "$T/long"
check $? "long line of 3-byte characters crosses buffers intact"
iconv -f UTF-8 -t GBK < "$T/long" | tocode -f GBK | cmp -s - "$T/long"
check $? "long GBK line crosses buffers intact"

# Random bytes and NUL bytes: no crash, valid UTF-8 out.
random_bytes 3000000 "$T/random"
tocode < "$T/random" > "$T/random.out" 2> "$T/random.err"
st=$?
[ $st -eq 0 ] && iconv -f UTF-8 -t UTF-8 < "$T/random.out" > /dev/null
check $? "random bytes (seed $SEED): status 0 and valid UTF-8 out"
tocode -f UTF-8 < "$T/random" > "$T/random.out" 2> "$T/random.err"
[ $? -eq 0 ] && iconv -f UTF-8 -t UTF-8 < "$T/random.out" > /dev/null &&
    grep -q 'times in all' "$T/random.err"
check $? "random bytes as UTF-8 (seed $SEED): replaced, counted, valid out"
head -c 1000000 /dev/zero | tocode > "$T/nul.out"
[ $? -eq 0 ] && [ ! -s "$T/nul.out" ]
check $? "a megabyte of NUL bytes: dropped as controls"

# Invalid bytes are counted exactly.
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "中文\377\n" }' > "$T/bad"
tocode < "$T/bad" 2>&1 > /dev/null | grep -q '(1000 times in all)'
check $? "1000 invalid bytes counted as 1000"
[ "$(tocode < "$T/bad" 2>/dev/null | grep -c "$(printf '\357\277\275')")" = 1000 ]
check $? "1000 invalid bytes each replaced by U+FFFD"

# A 100 MB line goes through in bounded memory.
head -c 100000000 /dev/zero | tr '\0' 'a' > "$T/huge"
printf '\n' >> "$T/huge"
tocode < "$T/huge" | cmp -s - "$T/huge"
check $? "100 MB line passes intact"
rm -f "$T/huge"

# A reader that goes away: quiet exit, status 0.
for _ in 1 2 3 4 5 6 7 8; do cat "$pages"/*.txt; done > "$T/many"
for _ in 1 2 3 4 5 6 7 8; do cat "$T/many"; done > "$T/more"
( tocode "$T/more" "$T/more" "$T/more"; echo $? > "$T/pipe.status" ) 2> "$T/pipe.err" | head -n 1 > /dev/null
[ "$(cat "$T/pipe.status")" = 0 ] && [ ! -s "$T/pipe.err" ]
check $? "SIGPIPE: quiet, status 0"

# Locale does not matter.
LC_ALL=C tocode < "$pages"/001_d1596cc705f57794.txt > "$T/c"
LC_ALL=C.UTF-8 tocode < "$pages"/001_d1596cc705f57794.txt | cmp -s - "$T/c"
check $? "same output under LC_ALL=C and C.UTF-8"

# Runs of plain lines go out at once; line by line (--line-buffered) is
# the same, messages and their line numbers too, past a line cut in
# pieces (over 1 MiB) and lines the pinyin stage looks at.
{
	awk 'BEGIN { for (i = 0; i < 400000; i++) printf "中文"; print "" }'
	cat "$pages"/001_d1596cc705f57794.txt "$pages"/003_69f84da2f8007888.txt
	printf 'bad \377 byte\n'
	cat "$pages"/000_5c2fe807982dafa8.txt
} > "$T/runs.in"
bad=$(LC_ALL=C grep -an "$(printf 'bad \377')" "$T/runs.in" | cut -d: -f1)
tocode < "$T/runs.in" > "$T/runs" 2> "$T/runs.err"
tocode --line-buffered < "$T/runs.in" 2> "$T/lines.err" |
    cmp -s - "$T/runs" && cmp -s "$T/lines.err" "$T/runs.err" &&
    grep -q ":$bad: invalid byte" "$T/runs.err"
check $? "plain runs: the output and messages of line by line"
