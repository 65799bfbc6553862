# Real readers read tsvify's output back to the original strings: Miller
# (mlr --itsv), Python's csv module with QUOTE_NONE and one unescaping
# pass, and with --quote=csv Python's csv reader alone.
. "$ROOT/tests/shlib"
need python3 mlr jq
records="$ROOT/tests/data/tsvify/records.py"
seed=$SEED

python3 "$records" gen "$seed" 1000 "$T/in.jsonl" "$T/want.json" ||
    echo "not ok - generate records (seed $seed)"
python3 "$records" gen "$seed" 1000 "$T/plain.jsonl" "$T/plain.json" plain ||
    echo "not ok - generate records with plain keys (seed $seed)"

# Miller decodes the escapes of values, not those of header names.
tsvify < "$T/plain.jsonl" > "$T/plain.tsv"
if mlr -S --itsv --ojson cat < "$T/plain.tsv" > "$T/mlr.json"; then
	python3 "$records" json "$T/plain.json" "$T/mlr.json" \
	    "Miller reads the TSV back, seed $seed"
else
	echo "not ok - mlr --itsv --ojson ran"
fi

tsvify < "$T/in.jsonl" > "$T/out.tsv"
python3 "$records" tsv "$T/want.json" "$T/out.tsv" \
    "Python csv QUOTE_NONE plus unescaping, seed $seed"

tsvify --quote=csv < "$T/in.jsonl" > "$T/out.csv"
python3 "$records" csv "$T/want.json" "$T/out.csv" \
    "Python csv reads --quote=csv, seed $seed"

tsvify --quote=csv --crlf < "$T/in.jsonl" > "$T/out.csv"
python3 "$records" csv "$T/want.json" "$T/out.csv" \
    "Python csv reads --quote=csv --crlf, seed $seed"

# jq and Miller write the same TSV for plain records.
cols='.doc,.line,.col,.text,.kind,.value,.unit,.qual'
printf '%s\n' \
    '{"doc":"-","line":9,"col":15,"text":"35.67亿元","kind":"money","value":"3567000000","unit":"CNY","qual":"","context":"a\tb\\c"}' \
    '{"doc":"-","line":10,"col":1,"text":"x\ny","kind":"count","value":"2","unit":"个","qual":"ge","context":"\r"}' \
    > "$T/small.jsonl"
tsvify < "$T/small.jsonl" > "$T/ours.tsv"
mlr --ijsonl --otsv cat < "$T/small.jsonl" > "$T/mlr.tsv"
cmp -s "$T/ours.tsv" "$T/mlr.tsv"
check $? "the same TSV as mlr --ijsonl --otsv"
