# Properties of numextract: exact values of random amounts with multipliers
# (checked with bc), bad input that must not crash or hang, exit statuses.
. "$ROOT/tests/shlib"
NX="$ROOT/bin/numextract"

# Random Arabic amounts with 万/亿/万亿 and decimals, against bc.
awk 'BEGIN {
	srand(20240601)
	split("万 亿 万亿 千万 千", mult, " ")
	split("4 8 12 7 3", pow, " ")
	for (i = 0; i < 300; i++) {
		intp = int(rand() * 100000)
		nd = int(rand() * 4)
		frac = ""
		for (k = 0; k < nd; k++)
			frac = frac int(rand() * 10)
		m = 1 + int(rand() * 5)
		num = intp (nd > 0 ? "." frac : "")
		printf "%s%s元\t%s * 10^%d\n", num, mult[m], num, pow[m]
	}
	# Long amounts: 30 digits stay exact.
	printf "123456789012345678901234567890元\t123456789012345678901234567890\n"
	printf "98765432109876543210.123456789亿元\t98765432109876543210.123456789 * 10^8\n"
}' > "$T/cases"
cut -f1 "$T/cases" > "$T/in"
"$NX" "$T/in" | sed -n 's/.*"value":"\([^"]*\)".*/\1/p' > "$T/got"
cut -f2 "$T/cases" | sed 's/$/\n/' | grep -v '^$' |
    BC_LINE_LENGTH=0 bc | sed -e 's/^\./0./' -e '/\./s/0*$//' -e 's/\.$//' > "$T/want"
cmp -s "$T/got" "$T/want"
check $? "numextract: 302 random amounts with multipliers equal bc's exact products"

# Invalid UTF-8 is repaired and counted, with one summary warning.
printf '\377\376 5个 \300\n' | "$NX" > "$T/out" 2> "$T/err"
st=$?
[ $st -eq 0 ] && grep -q '"value":"5"' "$T/out" && grep -q 'invalid UTF-8' "$T/err"
check $? "numextract: invalid UTF-8 gives a warning and the mention"
printf '\377 5个\n' | "$NX" --strict > /dev/null 2>&1
[ $? -eq 1 ]
check $? "numextract: --strict makes invalid UTF-8 fatal with status 1"

# A 20 MB line of digits, 10,000 nested quotes, a long line of numerals:
# linear time, no crash.
head -c 20000000 /dev/zero | tr '\0' '7' > "$T/digits"
timeout 20 "$NX" "$T/digits" > "$T/out" 2>&1
[ $? -eq 0 ] && [ ! -s "$T/out" ]
check $? "numextract: a 20 MB line of digits is no quantity, in bounded time"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "“"; printf "5个"; for (i = 0; i < 10000; i++) printf "”"; print "" }' > "$T/quotes"
timeout 10 "$NX" "$T/quotes" > /dev/null 2>&1
check $? "numextract: 10,000 nested quotes"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "一二三四五六七八九十百千万亿点"; print "" }' > "$T/cjk"
timeout 20 "$NX" "$T/cjk" > /dev/null 2>&1
check $? "numextract: a 9 MB line of Chinese numerals"
# (A quadratic cost would take hours here; under a sanitizer on a loaded
# machine the linear one takes seconds.)
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "3-5亿元约1.5万吨以上，"; print "" }' > "$T/many"
timeout 20 "$NX" "$T/many" | wc -l | grep -qx 200000
check $? "numextract: 200,000 mentions on one line"

# Exit statuses of -q and -c.
echo "没有数字" | "$NX" -q
[ $? -eq 1 ]
check $? "numextract -q: 1 when nothing matched"
echo "增长5%" | "$NX" -q
check $? "numextract -q: 0 when something matched"
[ "$(echo '增长5%，3个' | "$NX" -c)" = 2 ]
check $? "numextract -c counts mentions"
echo x | "$NX" --kind nosuchkind > /dev/null 2>&1
[ $? -eq 2 ]
check $? "numextract: a bad --kind is a usage error"
"$NX" "$ROOT/examples/pages/000_5c2fe807982dafa8.txt" > /dev/full 2>/dev/null
[ $? -eq 2 ]
check $? "numextract: a failed write is an error"

# -g on a terminal marks the mention in colour, unless NO_COLOR is set
# (script(1), of util-linux, gives the tool a terminal).
printf '营收50亿元\n' > "$T/g.txt"
script -qec "numextract -g $T/g.txt" /dev/null > "$T/tty" 2>&1
grep -q "$(printf '\033')\[1;31m50亿元" "$T/tty"
check $? "numextract -g colours the mention on a terminal"
NO_COLOR=1 script -qec "numextract -g $T/g.txt" /dev/null > "$T/tty" 2>&1
grep -q '\[50亿元\]' "$T/tty" && ! grep -q "$(printf '\033')" "$T/tty"
check $? "numextract -g on a terminal under NO_COLOR: brackets, no colour"
NO_COLOR=1 script -qec "numextract -g --color=always $T/g.txt" /dev/null > "$T/tty" 2>&1
grep -q "$(printf '\033')\[1;31m" "$T/tty"
check $? "numextract -g --color=always beats NO_COLOR"

# A record longer than the output buffer (its name is 70,000 bytes) is
# written whole, between whole records.
name=$(awk 'BEGIN { while (n++ < 70000) printf "d" }')
printf '3个\n' > "$T/short.txt"
{ "$NX" "$T/short.txt"; "$NX" --id "$name" < "$T/short.txt"
  "$NX" "$T/short.txt"; } > "$T/want"
"$NX" "$T/short.txt" - "$T/short.txt" --id "$name" < "$T/short.txt" |
    sed 's/"doc":"[^"]*short.txt"/"doc":"S"/' > "$T/got"
sed 's/"doc":"[^"]*short.txt"/"doc":"S"/' "$T/want" > "$T/want2"
cmp -s "$T/got" "$T/want2" && [ "$(wc -l < "$T/got")" -eq 3 ] &&
    grep -q "^{\"doc\":\"$name\",\"line\":1,\"col\":1,\"text\":\"3个\"" "$T/got"
check $? "numextract: a record longer than the output buffer comes out whole"

# numextract writes twice what it reads: into a pipe it widens the pipe
# (to 1 MiB, or the system's limit), and leaves it under --line-buffered;
# declutter, which writes less than it reads, leaves it.
pipe_size_after() {
	python3 - "$@" <<'PY'
import fcntl, os, subprocess, sys
r, w = os.pipe()
subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=w, check=True)
print(fcntl.fcntl(r, 1032))	# F_GETPIPE_SZ
PY
}
if command -v python3 > /dev/null; then
	max=$(cat /proc/sys/fs/pipe-max-size 2>/dev/null || echo 1048576)
	[ "$max" -gt 1048576 ] && max=1048576
	wide=$(pipe_size_after "$ROOT/bin/numextract")
	lb=$(pipe_size_after "$ROOT/bin/numextract" --line-buffered)
	dc=$(pipe_size_after "$ROOT/bin/declutter")
	[ "$wide" -ge "$max" ]
	check $? "numextract widens the pipe it writes to ($wide >= $max)"
	[ "$lb" -lt "$wide" ] && [ "$dc" -lt "$wide" ]
	check $? "line-buffered numextract and declutter leave it ($lb, $dc)"
fi
