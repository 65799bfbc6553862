# The README's loading recipe against a real PostgreSQL server: the facts
# of the sample pages (the headline pipeline) go through tsvify into
# examples/facts.sql's typed table, and every field read back from the
# server equals numextract's own output: amounts as exact numerics,
# dates as TIMEX text in their own columns.  The server is started here
# on a Unix socket in a scratch folder (as the postgres user when the
# tests run as root) and stopped after.
. "$ROOT/tests/shlib"
need python3 psql
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
	need pg_ctl
	bindir=$(dirname "$(command -v pg_ctl)")
fi
as_db() {	# as_db CMD...: as the server's owner
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
chmod 755 "$T"
db=$T/db sock=$T/sock
mkdir "$db" "$sock"
[ "$(id -u)" = 0 ] && chown postgres "$db" "$sock"
trap 'as_db "$bindir/pg_ctl" -D "$db" -m immediate stop > /dev/null 2>&1; rm -rf "$T"' EXIT INT TERM

cd "$T" || exit 2
# The sample pages, and a line of the hard forms: a fraction, 30 digits,
# a negative, ranges of amounts and of dates.
{
	for f in "$ROOT"/examples/pages/*.txt; do
		tocode "$f" | declutter | numextract --id "${f##*/}"
	done
	printf '%s\n' '营收增长三分之一以上，达到123456789012345678901234567890元，增速提高3.5至4.25个百分点，气温零下5摄氏度，会议7月12日至13日举行。' |
	    numextract --id forms
} > facts.jsonl
tsvify --null '\N' facts.jsonl > facts.tsv
chmod 644 facts.tsv

as_db "$bindir/initdb" -D "$db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-sync > init.log 2>&1 &&
as_db "$bindir/pg_ctl" -D "$db" -w -l "$sock/server.log" \
    -o "-k $sock -c listen_addresses= -c fsync=off" start > /dev/null 2>&1
check $? "a PostgreSQL server starts on a socket in the scratch folder"

psql_() { as_db psql -X -q -h "$sock" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
# On standard input: the server's user may not reach into the clone.
psql_ < "$ROOT/examples/facts.sql" > load.log 2>&1
check $? "examples/facts.sql loads facts.tsv ($(wc -l < facts.jsonl) facts)"

psql_ -At -F '	' -c "SELECT doc, line, col, text, kind,
    coalesce(amount::text, fraction, timex, ''),
    coalesce(amount_upper::text, timex_upper, '\N'), unit, qual, context
    FROM facts ORDER BY doc, line, col, kind" > back.tsv 2> back.err
python3 - facts.jsonl > want.tsv <<'PY'
import json, sys
rows = []
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    rows.append([r['doc'], str(r['line']), str(r['col']), r['text'], r['kind'],
                 r['value'], '\\N' if r['upper'] is None else r['upper'],
                 r['unit'], r['qual'], r['context']])
rows.sort(key=lambda x: (x[0].encode(), int(x[1]), int(x[2]), x[4].encode()))
for x in rows:
    print('\t'.join(x))
PY
[ -s want.tsv ] && cmp -s want.tsv back.tsv
check $? "every field of every fact comes back from PostgreSQL as numextract wrote it"

psql_ -At -c "SELECT count(*) FROM facts WHERE kind IN ('date','time') AND amount IS NOT NULL" > mixed
psql_ -At -c "SELECT count(*) FROM facts WHERE timex IS NOT NULL" > dates
[ "$(cat mixed)" = 0 ] && [ "$(cat dates)" -gt 0 ]
check $? "dates ($(cat dates)) are in the timex column, none in amount"
psql_ -At -c "SELECT pg_typeof(amount) FROM facts LIMIT 1" > type
[ "$(cat type)" = numeric ]
check $? "amounts are numeric"
