# Every example of the README runs as shown: an indented block whose first
# line starts with "$ " holds commands ("$ " lines; a line ending in | or \
# goes on on the next) each followed by what it prints (standard output
# and standard error together).  The blocks run in order, in one scratch
# folder where examples/ is the clone's, with bin/ first on PATH, as the
# README's Quick start sets up.
. "$ROOT/tests/shlib"
need python3 opencc iconv bash
python3 - "$ROOT/README.md" "$T/ex" <<'PY'
import os, sys
readme, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
lines = open(readme, encoding='utf-8').read().split('\n')
n, i = 0, 0
while i < len(lines):
    if not lines[i].startswith('    $ ') or (i > 0 and lines[i - 1].startswith('    ')):
        i += 1
        continue
    while i < len(lines) and lines[i].startswith('    '):
        cmd = lines[i][6:]
        while cmd.rstrip().endswith(('|', '\\')) and i + 1 < len(lines):
            i += 1
            cmd = cmd.rstrip().rstrip('\\') + ' ' + lines[i].strip()
        i += 1
        want = []
        while i < len(lines) and lines[i].startswith('    ') and not lines[i].startswith('    $ '):
            want.append(lines[i][4:])
            i += 1
        n += 1
        with open(os.path.join(out, '%03d.cmd' % n), 'w', encoding='utf-8') as f:
            f.write(cmd + '\n')
        with open(os.path.join(out, '%03d.want' % n), 'w', encoding='utf-8') as f:
            f.write(''.join(w + '\n' for w in want))
PY
mkdir "$T/run"
ln -s "$ROOT/examples" "$T/run/examples"
count=0
for c in "$T"/ex/*.cmd; do
	[ -f "$c" ] || continue
	count=$((count + 1))
	(cd "$T/run" && bash "$c") > "$T/got" 2>&1
	cmp -s "$T/got" "${c%.cmd}.want"
	st=$?
	[ $st -eq 0 ] || diff "${c%.cmd}.want" "$T/got" | head -n 10 | sed 's/^/# /'
	check $st "README example: $(head -c 70 "$c" | head -n 1)"
done
[ "$count" -ge 20 ]
check $? "the README holds its examples ($count found)"
