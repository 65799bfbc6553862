# A line that is not one JSON object is reported with its number and
# skipped, and the lines after it are converted; --strict stops there.
. "$ROOT/tests/shlib"
need python3

good1='{"a":"first","b":1}'
good3='{"a":"third","b":3}'
want=$(printf 'a\tb\nfirst\t1\nthird\t3')

# bad NAME PATTERN [OPTION]...: line 2 of $T/bad.jsonl is the bad one.
bad() {
	name=$1 pattern=$2
	shift 2
	{ echo "$good1"; cat "$T/line"; echo "$good3"; } > "$T/bad.jsonl"
	got=$(tsvify "$@" "$T/bad.jsonl" 2> "$T/err")
	st=$?
	[ "$st" -eq 0 ] && [ "$got" = "$want" ]
	check $? "$name: skipped, the next line converted"
	grep -Eq "^tsvify: $T/bad.jsonl:2: $pattern" "$T/err"
	check $? "$name: reported at line 2"
	tsvify --strict "$@" "$T/bad.jsonl" > /dev/null 2> "$T/err"
	st=$?
	[ "$st" -eq 1 ] && grep -Eq "^tsvify: $T/bad.jsonl:2: $pattern" "$T/err"
	check $? "$name: fatal under --strict"
}

echo '{"a":"trunc' > "$T/line"
bad "truncated string" "truncated JSON"
echo '{"a":1,"b":' > "$T/line"
bad "truncated object" "truncated JSON"
echo '"bare string"' > "$T/line"
bad "bare string" "not a JSON object but a string"
echo '[{"a":1}]' > "$T/line"
bad "top-level array" "not a JSON object but an array"
printf '{"a":"\377\376"}\n' > "$T/line"
bad "invalid UTF-8" "invalid UTF-8 in a string"
printf '{"a":"\300\200"}\n' > "$T/line"
bad "overlong UTF-8" "invalid UTF-8 in a string"
printf '{"a":"x\\u0000y"}\n' > "$T/line"
bad "U+0000" "U\+0000 in a string"
python3 -c 'print("{\"a\":" * 10000 + "1" + "}" * 10000)' > "$T/line"
bad "10,000 nested objects" "nested deeper than"
python3 -c 'print("{\"a\":" + "[" * 10000 + "]" * 10000 + "}")' > "$T/line"
bad "10,000 nested arrays" "nested deeper than"
{ printf '{"a":"'; head -c 2000000 /dev/zero | tr '\0' x; echo '"}'; } > "$T/line"
bad "2 MB string" "line longer than --max-bytes" --max-bytes=1M

# With the limit raised, the 2 MB string is a value like any other.
n=$(tsvify --max-bytes=3M -f a "$T/line" | tail -n 1 | wc -c)
check $((n != 2000001)) "2 MB string converted under --max-bytes=3M"
rm -f "$T/line" "$T/bad.jsonl"
