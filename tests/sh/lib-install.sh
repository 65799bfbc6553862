# make install puts every program and its man page under DESTDIR/PREFIX.
. "$ROOT/tests/shlib"
make -s -C "$ROOT" install DESTDIR="$T/dest" PREFIX=/opt/tk > "$T/log" 2>&1
check $? "make install DESTDIR=... PREFIX=/opt/tk"
for t in "$ROOT"/src/*/main.c; do
	t=${t%/main.c}
	t=${t##*/}
	[ -x "$T/dest/opt/tk/bin/$t" ] && [ -f "$T/dest/opt/tk/share/man/man1/$t.1" ]
	check $? "installed $t and its man page"
	"$T/dest/opt/tk/bin/$t" --version | grep -q "^$t "
	check $? "installed $t runs"
done
make -s -C "$ROOT" uninstall DESTDIR="$T/dest" PREFIX=/opt/tk > "$T/log" 2>&1
[ -z "$(find "$T/dest" -type f)" ]
check $? "make uninstall removes them"
