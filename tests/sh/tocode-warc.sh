# tocode: web archives, made by wget from a loopback server, and broken ones.
. "$ROOT/tests/shlib"
need wget python3
pages="$ROOT/examples/pages"

# records.py IN OUT MODE: rewrite a plain WARC record by record.  MODE plain
# writes it again, gzip writes one gzip member per record, and the others
# break the second record: long/short (a bad Content-Length), cut (the
# archive ends inside it), corrupt (its member's deflate data damaged),
# junk (bytes that are not gzip before its member), binary (random bytes in
# its HTTP body); cut and gzcut end the archive inside it, plain or gzip.
cat > "$T/records.py" <<'PY'
import gzip, random, re, sys
data = open(sys.argv[1], 'rb').read()
mode = sys.argv[3]
recs, at = [], 0
while at < len(data):
    end = data.index(b'\r\n\r\n', at) + 4
    n = int(re.search(rb'Content-Length: *(\d+)', data[at:end]).group(1))
    recs.append([data[at:end], data[end:end + n]])
    at = end + n + 4
pages = [i for i, r in enumerate(recs) if b'WARC-Type: response' in r[0]
         and b'.html' in r[0] and b'index.html' not in r[0]]
bad = pages[1]
if mode in ('long', 'short'):
    n = len(recs[bad][1]) + (40 if mode == 'long' else -40)
    recs[bad][0] = re.sub(rb'Content-Length: *\d+', b'Content-Length: %d' % n,
                          recs[bad][0])
if mode == 'binary':
    random.seed(1)
    recs[bad][1] += bytes(random.randrange(256) for _ in range(3000))
    recs[bad][0] = re.sub(rb'Content-Length: *\d+',
                          b'Content-Length: %d' % len(recs[bad][1]), recs[bad][0])
out = open(sys.argv[2], 'wb')
for i, (h, b) in enumerate(recs):
    rec = h + b + b'\r\n\r\n'
    if mode == 'cut' and i == bad:
        out.write(rec[:len(rec) // 2])
        break
    if mode in ('plain', 'long', 'short', 'binary', 'cut'):
        out.write(rec)
        continue
    z = gzip.compress(rec, mtime=0)
    if mode == 'corrupt' and i == bad:
        z = z[:20] + bytes(x ^ 0x55 for x in z[20:60]) + z[60:]
    if mode == 'junk' and i == bad:
        z = b'this is not gzip' + z
    if mode == 'gzcut' and i == bad:
        out.write(z[:len(z) // 2])
        break
    out.write(z)
PY

scripts_ok=0
"$ROOT/scripts/example-warc" "$T/crawl.warc.gz" "$pages"/*.txt 2> "$T/err" &&
    scripts_ok=1
check $((1 - scripts_ok)) "wget --warc-file makes an archive of the pages"

tocode "$T/crawl.warc.gz" > "$T/out" 2> "$T/err"
check $? "tocode reads the wget archive"
# What gave no page is counted, by kind, in one message at the end.
grep -Eqx 'tocode: .*/crawl\.warc\.gz: [0-9]+ records read, [0-9]+ skipped \((.*, )?[0-9]+ request(, .*)?\)' "$T/err" &&
    test "$(wc -l < "$T/err")" -eq 1
check $? "a good archive says only how many records it read and skipped, why"
read_n=$(sed -n 's/.*: \([0-9]*\) records read.*/\1/p' "$T/err")
skip_n=$(sed -n 's/.* \([0-9]*\) skipped.*/\1/p' "$T/err")
kinds_n=$(sed 's/.*(//; s/)$//; s/, /\n/g' "$T/err" | awk '{ n += $1 } END { print n }')
test "$read_n" -eq $(($(wc -l < "$T/out") + skip_n)) && test "$kinds_n" -eq "$skip_n"
check $? "records read are the pages written and the records skipped"
tocode -s "$T/crawl.warc.gz" 2>&1 > /dev/null | cmp -s - /dev/null
check $? "-s silences the count"
test "$(jq -r .url "$T/out" | grep -c '/[0-9]*_[0-9a-f]*\.html$')" -eq 5
check $? "one record per page, with its URL"
ok=0
for f in "$pages"/*.txt; do
	name=$(basename "$f" .txt)
	want=$(tocode "$f" | awk 'length > max { max = length; l = $0 } END {
	    print l }' | tr -d ' ')
	jq -r "select(.url | endswith(\"/$name.html\")) | .text" "$T/out" |
	    tr -d ' ' | grep -qxF -- "$want" || ok=1
done
check $ok "each record holds its page's text"
jq -e 'select(.id | startswith("<urn:uuid:")) | .date | test("^[0-9]{4}-")' \
    "$T/out" > /dev/null
check $? "records have the WARC id and date"
! grep -q '<p>\|<script\|var page' "$T/out"
check $? "no tag or script text in the records"

# The same archive plain, and gzip-compressed per record by another writer.
gzip -dc "$T/crawl.warc.gz" > "$T/crawl.warc"
tocode "$T/crawl.warc" | cmp -s - "$T/out"
check $? "a plain archive gives the same records"
tocode < "$T/crawl.warc" | cmp -s - "$T/out"
check $? "an archive on standard input is recognised"
python3 "$T/records.py" "$T/crawl.warc" "$T/again.warc.gz" gzip
tocode "$T/again.warc.gz" | cmp -s - "$T/out"
check $? "an archive of one gzip member per record gives the same"
tocode --warc < "$T/crawl.warc" | cmp -s - "$T/out"
check $? "--warc names the format"

# A WET file: conversion records hold the text.
printf 'WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n' > "$T/wet"
text='标题\r\n第一段　２０２４年\r\n'
len=$(printf "$text" | wc -c)
printf 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: http://a.example/1\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n'"$text"'\r\n\r\n' "$len" >> "$T/wet"
gzip -c "$T/wet" > "$T/wet.gz"
tocode "$T/wet.gz" > "$T/wet.out"
test "$(cat "$T/wet.out")" = '{"id":"<urn:uuid:1>","url":"http://a.example/1","date":"2024-01-02T03:04:05Z","text":"标题\n第一段 2024年"}'
check $? "a WET conversion record is one cleaned record; warcinfo is skipped"
tocode "$T/wet.gz" 2>&1 > /dev/null | grep -qx 'tocode: .*wet.gz: 2 records read, 1 skipped (1 warcinfo)'
check $? "the warcinfo record is counted as skipped"

# record TYPE CONTENT-TYPE BLOCK: one WARC record.
record() {
	printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: http://a.example/\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
	    "$1" "$2" "$(printf '%s' "$3" | wc -c)" "$3"
}
http=application/http
{
	record response $http "$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>page</p>')"
	record response $http "$(printf 'HTTP/1.1 302 Found\r\nLocation: /x\r\n\r\n')"
	record response $http "$(printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG')"
	record request $http "$(printf 'GET / HTTP/1.1\r\n\r\n')"
	record revisit $http ''
	record x-custom text/plain 'x'
	record response text/dns '127.0.0.1'
} > "$T/kinds.warc"
tocode "$T/kinds.warc" 2> "$T/kinds.err" | jq -r .text | grep -qx page &&
    grep -qx 'tocode: .*kinds.warc: 7 records read, 6 skipped (1 request, 1 revisit, 1 other type, 1 status not 2xx, 2 not HTML or text)' "$T/kinds.err"
check $? "skipped records are counted by type, status and content type"

# Broken archives: each says where, and the other records still come out.
n=$(wc -l < "$T/out")
for mode in long short corrupt; do
	python3 "$T/records.py" "$T/crawl.warc" "$T/bad" $mode
	tocode "$T/bad" > "$T/bad.out" 2> "$T/bad.err"
	st=$?
	test $st -eq 0 && test "$(wc -l < "$T/bad.out")" -eq $((n - 1)) &&
	    grep -q '^tocode: .*bad: byte offset [0-9]*: ' "$T/bad.err"
	check $? "$mode: the record is reported with its offset, the rest read"
done
python3 "$T/records.py" "$T/crawl.warc" "$T/bad" long
tocode "$T/bad" 2>&1 > /dev/null | tail -n 1 | grep -q ' skipped (.*, 1 unreadable)$'
check $? "a record that cannot be read is counted in the message at the end"
python3 "$T/records.py" "$T/crawl.warc" "$T/bad" junk
tocode "$T/bad" > "$T/bad.out" 2> "$T/bad.err"
test $? -eq 0 && test "$(wc -l < "$T/bad.out")" -eq "$n" &&
    grep -q 'byte offset [0-9]*: gzip member is not gzip' "$T/bad.err"
check $? "junk: bytes that are not gzip are reported, no record is lost"
for mode in cut gzcut; do
	python3 "$T/records.py" "$T/crawl.warc" "$T/bad" $mode
	tocode "$T/bad" > "$T/bad.out" 2> "$T/bad.err"
	test $? -eq 0 && test "$(wc -l < "$T/bad.out")" -eq 1 &&
	    grep -q 'byte offset [0-9]*: .*cut short' "$T/bad.err"
	check $? "$mode: a record cut short is reported, the ones before are out"
done
python3 "$T/records.py" "$T/crawl.warc" "$T/bad" cut
tocode --strict "$T/bad" > /dev/null 2>&1
test $? -eq 1
check $? "--strict: a broken record is fatal (exit 1)"
python3 "$T/records.py" "$T/crawl.warc" "$T/bad" binary
tocode "$T/bad" > "$T/bad.out" 2> "$T/bad.err"
test $? -eq 0 && test "$(wc -l < "$T/bad.out")" -eq "$n" &&
    jq -e . "$T/bad.out" > /dev/null
check $? "binary bytes in a response: valid records, all of them"
