# tsvify | tsvify -r gives back every string, on random torture records
# (tabs, line ends, CR, backslashes, quotes, leading = and ", CJK, emoji,
# empty strings, missing keys), in both quoting modes.  The seed changes
# from run to run and is printed; TEST_SEED=N repeats a run.
. "$ROOT/tests/shlib"
need python3
records="$ROOT/tests/data/tsvify/records.py"
seed=$SEED

python3 "$records" gen "$seed" 2000 "$T/in.jsonl" "$T/want.json" ||
    echo "not ok - generate records (seed $seed)"

tsvify < "$T/in.jsonl" | tsvify -r > "$T/back.jsonl"
python3 "$records" jsonl "$T/want.json" "$T/back.jsonl" \
    "tsvify | tsvify -r round trip, seed $seed"

tsvify --quote=csv < "$T/in.jsonl" | tsvify -r --quote=csv > "$T/back.jsonl"
python3 "$records" jsonl "$T/want.json" "$T/back.jsonl" \
    "--quote=csv round trip, seed $seed"

tsvify --quote=csv --crlf < "$T/in.jsonl" |
    tsvify -r --quote=csv > "$T/back.jsonl"
python3 "$records" jsonl "$T/want.json" "$T/back.jsonl" \
    "--quote=csv --crlf round trip, seed $seed"

tsvify --crlf < "$T/in.jsonl" | tsvify -r > "$T/back.jsonl"
python3 "$records" jsonl "$T/want.json" "$T/back.jsonl" \
    "--crlf round trip, seed $seed"

# One record is one line: as many lines as records, plus the header.
n=$(tsvify < "$T/in.jsonl" | wc -l)
check $(( n != 2001 )) "linear TSV keeps one record per line"

# Split anywhere, converted in parts, put back: the same bytes.
python3 "$records" gen "$seed" 2000 "$T/plain.jsonl" "$T/plain.json" plain
cols=doc,line,col,text,kind,value,unit,qual
tsvify -f "$cols" < "$T/plain.jsonl" > "$T/whole.tsv"
split -l 700 "$T/plain.jsonl" "$T/part."
for p in "$T"/part.*; do tsvify --no-header -f "$cols" "$p"; done > "$T/parts.tsv"
tail -n +2 "$T/whole.tsv" | cmp -s - "$T/parts.tsv"
check $? "converted in parts, the rows are byte-identical"
