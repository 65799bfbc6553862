# tocode: the message for an invalid byte in legacy-encoded input names
# the input line that holds it, however far decoding has run ahead of the
# lines, in every --invalid mode.
. "$ROOT/tests/shlib"

# enc ENC TEXT: printf's TEXT, in ENC.
enc() {
	printf "$2" | iconv -f UTF-8 -t "$1"
}

# filler ENC LINES: that many lines of Han text (about 25 bytes each in
# a double-byte encoding), in ENC: characters every one of them has.
filler() {
	awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++) print "第" i "行，中文日本人大。" }' |
	    iconv -f UTF-8 -t "$1"
}

# where ENC FILE MODE: "LINE OFFSET" of the first invalid byte tocode
# reports in FILE, read in ENC, with MODE (replace, skip or strict).
where() {
	case $3 in
	strict) set -- "$1" "$2" --strict ;;
	*) set -- "$1" "$2" --invalid="$3" ;;
	esac
	tocode -f "$1" "$3" "$2" 2>&1 >/dev/null |
	    sed -n 's/^tocode: [^:]*:\([0-9]*\): invalid byte 0x.. at byte offset \([0-9]*\).*/\1 \2/p'
}

# expect ENC FILE "LINE OFFSET" WHAT: the same position in every mode.
expect() {
	for mode in replace skip strict; do
		got=$(where "$1" "$2" $mode)
		[ "$got" = "$3" ]
		check $? "$4, $1, --invalid=$mode: line and offset $3 (got '$got')"
	done
}

# The double-byte encodings: 0xFF is no character in any of them, and
# lead is a lead byte that a space cannot follow.
for spec in GBK:'\326' BIG5:'\244' SHIFT_JIS:'\202' EUC-KR:'\260'; do
	e=${spec%%:*} lead=${spec#*:}

	{ printf '\377'; enc $e '中文\n二\n'; } > "$T/first"
	expect $e "$T/first" "1 0" "bad byte on line 1"

	{ enc $e '中文\n二\n三'; printf '\377'; enc $e '三\n四'; printf '\377\n'; } > "$T/third"
	expect $e "$T/third" "3 $(($(enc $e '中文\n二\n三' | wc -c)))" "bad byte on line 3"

	# 200 KB of lines first: decoding crosses a chunk boundary ahead of them.
	filler $e 8000 > "$T/far"
	size=$(wc -c < "$T/far")
	{ enc $e '末'; printf '\377\n'; } >> "$T/far"
	expect $e "$T/far" "8001 $((size + 2))" "bad byte after 200 KB"

	# A lead byte ending the first 128 KiB read (reader.c's READ_SIZE),
	# its bad trail the first byte of the next: the pair is cut in two.
	filler $e 4000 > "$T/split"
	size=$(wc -c < "$T/split")
	awk -v n=$((131071 - size)) 'BEGIN { while (n-- > 0) printf "x" }' >> "$T/split"
	printf "$lead" >> "$T/split"
	enc $e ' 尾\n末\n' >> "$T/split"
	expect $e "$T/split" "4001 131071" "bad pair cut by a read"
done

# An over-long line (over 1 MiB) goes out in pieces before its end: a
# bad byte at its end is still on line 2, and the next line's on line 3.
{
	enc GBK '一\n'
	awk 'BEGIN { for (i = 0; i < 90000; i++) printf "中文数据统计，" }' |
	    iconv -f UTF-8 -t GBK
} > "$T/long"
size=$(wc -c < "$T/long")
{ cat "$T/long"; printf '\377\n'; } > "$T/long-bad"
expect GBK "$T/long-bad" "2 $size" "bad byte after 1 MiB of its line"
{ cat "$T/long"; printf '\nnext \377\n'; } > "$T/long-next"
expect GBK "$T/long-next" "3 $((size + 6))" "bad byte on the line after an over-long one"

# Stateful encodings go through iconv(3): a lone surrogate in UTF-16LE.
{ enc UTF-16LE '中文\n二\n'; filler UTF-16LE 8000; printf '\000\330'; enc UTF-16LE 'x\n'; } > "$T/utf16"
size=$(wc -c < "$T/utf16")
expect UTF-16LE "$T/utf16" "8003 $((size - 6))" "lone surrogate after 200 KB"
