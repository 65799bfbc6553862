# Memory does not grow with the input: each tool streams TEXTKIT_MEM_BYTES
# (default 32M; set 1G for the full run) of real pages, repeated, within
# a few MB; and a single line of 16 MB within a few MB plus a small
# multiple of that line (the reader's buffer and the line's copy).
# Peak RSS is read with GNU time (declutter -J's varies by 0.4 MB from
# run to run with its threads' timing: 7.9 to 8.2 MB here, with batches
# of 128 KB).  Skipped under a sanitizer or valgrind (make
# check-valgrind), whose own memory is no measure of the tool's.
. "$ROOT/tests/shlib"
need jq

total=${TEXTKIT_MEM_BYTES:-32M}
page=$ROOT/tests/data/declutter/dev/ce_202.txt
base_kb=9216
line_bytes=16777216

if ! [ -x /usr/bin/time ] || [ -n "${TEXTKIT_WRAP:-}" ] ||
    ldd "$ROOT/bin/tocode" | grep -q 'lib[at]san'; then
	echo "skip - memory-bounded: no GNU time, or under valgrind or a sanitizer"
	exit 0
fi

text=$(cat "$page")
record=$(jq -Rsc '{id:"p",text:.}' < "$page")
lines=$(tr '\n' ' ' < "$page")

# peak LIMIT_KB INPUT TOOL [OPTION]...: run the tool on INPUT repeated to
# $total bytes and check its peak RSS.
peak() {
	limit=$1 input=$2
	shift 2
	yes "$input" | head -c "$total" |
	    /usr/bin/time -f %M -o "$T/kb" "$@" > /dev/null 2> "$T/err"
	kb=$(cat "$T/kb")
	[ "$kb" -le "$limit" ]
	check $? "$* on $total of pages: peak $kb KB, at most $limit KB"
}
peak $base_kb "$text" tocode
# An HTML page whose tags hold a stray quote: libxml2's push parser held
# all that followed it.
peak $base_kb '<div><script src="a.js""></script><p>A paragraph, with "quotes".</p></div>' \
    tocode --html
peak $base_kb "$text" numextract
peak $base_kb "$record" declutter -J
peak $base_kb "$record" tsvify
peak $base_kb "$record" tsvify -r

# long LIMIT_KB TOOL [OPTION]...: one line of $line_bytes bytes.
long() {
	limit=$1
	shift
	yes "$lines" | tr -d '\n' | head -c $line_bytes |
	    /usr/bin/time -f %M -o "$T/kb" "$@" > /dev/null 2> "$T/err"
	kb=$(cat "$T/kb")
	[ "$kb" -le "$limit" ]
	check $? "$* on one line of $line_bytes bytes: peak $kb KB, at most $limit KB"
}
long $((base_kb + line_bytes / 1024)) tocode
long $((base_kb + 3 * line_bytes / 1024)) numextract
long $((base_kb + 3 * line_bytes / 1024)) declutter
long $((base_kb + 4 * line_bytes / 1024)) tsvify -r
