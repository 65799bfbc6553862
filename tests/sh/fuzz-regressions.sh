# Every input the fuzzers found a fault with (tests/fuzz/regressions/
# TARGET/NAME) goes through the tool the target covers, run as the target
# runs it: no status above 1 (bad input is reported, never fatal without
# --strict), nothing on stderr but the tool's own messages, and for
# numextract, JSON Lines whose every mention has text.  When the fuzz
# target is built (make fuzz), the input goes through it too.
. "$ROOT/tests/shlib"

# The tool invocations that cover a target.
runs() {
	case $1 in
	numextract_*)	echo "numextract -a" ;;
	tocode_*)	echo "tocode --fix-mojibake" ;;
	declutter_*)	echo "declutter --meta"; echo "declutter --explain" ;;
	tsvify_reverse)	echo "tsvify -r" ;;
	tsvify_*|lib_*)	echo "tsvify" ;;
	esac
}

for f in "$ROOT"/tests/fuzz/regressions/*/*; do
	[ -f "$f" ] || continue
	target=$(basename "$(dirname "$f")")
	name=$target/$(basename "$f")
	runs "$target" | while read -r cmd; do
		$cmd < "$f" > "$T/out" 2> "$T/err"
		st=$?
		[ "$st" -le 1 ] && ! grep -qv "^${cmd%% *}: " "$T/err"
		check $? "$name: $cmd exits cleanly"
		case $cmd in numextract*)
			jq -s -e 'all(.text != "")' < "$T/out" > /dev/null 2>&1
			check $? "$name: $cmd writes JSON, every mention with text"
		esac
	done
	if [ -x "$ROOT/build/fuzz/$target" ]; then
		"$ROOT/build/fuzz/$target" "$f" > "$T/log" 2>&1
		check $? "$name: fuzz target $target passes"
	fi
done
