#!/bin/sh
# What a chapter's "Run it" output depends on in the book's text: the code
# chunks (definition lines and code) and the qemu-run and host-run blocks
# of every chapter up to this one in book order (an appendix: every entry
# before it, as its snapshot has), without the prose, and the tools/
# scripts that host-run blocks run.  mk/book.mk keeps a checksum of it per
# chapter and runs the chapter's blocks again only when that changes, so
# that an edit of prose alone does not recapture them.
# Usage: tools/weave/run-inputs.sh [-r ROOT] NN-slug    (prints the text)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ROOT=.
[ "${1:-}" = -r ] && { ROOT=$2; shift 2; }
[ $# -eq 1 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
files=
for s in $("$here/../chapters.sh" "$ROOT/book.yaml"); do
	files="$files $ROOT/chapters/$s.nw"
	[ "$s" = "$1" ] && break
done
# shellcheck disable=SC2086
awk '
	FNR == 1 { print "== " FILENAME; code = 0 }
	/^<<.*>>=/ { code = 1; print; next }
	code && /^@([ \t]|$)/ { code = 0; print "@"; next }
	code { print; next }
	/^```+ *\{\.(qemu|host)-run/ { print }
' $files
# a script of tools/ that a host-run block runs (command="tools/NAME ...")
# is an input too
# shellcheck disable=SC2086
sed -n 's/^```* *{\.host-run.*command="\(tools\/[A-Za-z0-9_.-]*\).*/\1/p' \
    $files | sort -u | while read -r t; do
	echo "== $t"
	cat "$ROOT/$t"
done
