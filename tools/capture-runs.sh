#!/bin/sh
# Capture the "Run it" output of one chapter: boot the chapter's kernel once
# per ```{.qemu-run #ID ...} block of chapters/NN-slug.nw and store its serial
# output in BUILD/runs/NN-slug/ID.txt (the weaver puts it into the book).
# Usage: tools/capture-runs.sh [-b BUILD] [-c CHAPTERS_DIR] NN-slug
# Block attributes: cmdline="..." (kernel command line), qemu="..." (extra
# QEMU arguments), input="help\nhalt\n" (typed on the serial port, \n = new
# line), timeout="30" (seconds, default 30), expect="success" (or failure,
# panic, timeout, any: the boot.sh status the run must end with); the
# weaver also reads show="no" (captured, not printed: data for a figure).
# Boots with: ${BOOT:-tools/boot.sh} -d -c CMDLINE -t TIMEOUT KERNEL QEMU...
# Exits 1 naming the chapter and block if a run ends otherwise.

set -u
BUILD=build CHDIR=chapters
while getopts b:c: opt; do
	case $opt in
	b) BUILD=$OPTARG ;;
	c) CHDIR=$OPTARG ;;
	*) sed -n '2,12p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
ch=$1
nw=$CHDIR/$ch.nw
kernel=$BUILD/$ch/kernel
out=$BUILD/runs/$ch
BOOT=${BOOT:-tools/boot.sh}
[ -r "$nw" ] || { echo "capture-runs: no $nw" >&2; exit 1; }
mkdir -p "$out" || exit 1

# One line per block: id, cmdline, qemu, input, timeout, expect, line number
# (fields separated by \037, which cannot occur in a chapter).
blocks=$(awk '
function attr(s, k,    v) {
	if (match(s, "(^|[ {])" k "=\"[^\"]*\"")) {
		v = substr(s, RSTART, RLENGTH)
		sub(/^[ {]?[^=]*="/, "", v); sub(/"$/, "", v)
		return v
	}
	return ""
}
/^```+ *\{[^}]*\.qemu-run/ {
	id = ""
	if (match($0, /#[A-Za-z0-9_:.-]+/)) id = substr($0, RSTART + 1, RLENGTH - 1)
	t = attr($0, "timeout"); if (t == "") t = 30
	e = attr($0, "expect"); if (e == "") e = "success"
	printf "%s\037%s\037%s\037%s\037%s\037%s\037%d\n", id, attr($0, "cmdline"), \
	    attr($0, "qemu"), attr($0, "input"), t, e, NR
}' "$nw")
[ -n "$blocks" ] || exit 0
[ -e "$kernel" ] || { echo "capture-runs: $ch: no kernel $kernel" >&2; exit 1; }

status=0
IFS='
'
for b in $blocks; do
	IFS=$(printf '\037')
	# shellcheck disable=SC2086
	set -- $b
	IFS='
'
	id=$1 cmdline=$2 qemu=$3 input=$4 timeout=$5 expect=$6 line=$7
	if [ -z "$id" ]; then
		echo "$nw:$line: qemu-run block has no #id" >&2
		status=1; continue
	fi
	tmp=$out/$id.tmp
	IFS=' '
	# shellcheck disable=SC2086
	printf '%s' "$input" | sed 's/\\n/\
/g' | "$BOOT" -d -c "$cmdline" -t "$timeout" "$kernel" $qemu \
	    > "$tmp" 2> "$tmp.err"
	rc=$?
	IFS='
'
	case $rc in
	0) got=success ;; 1) got=failure ;; 2) got=panic ;; 3) got=timeout ;;
	*) got="error (status $rc)" ;;
	esac
	if [ "$expect" != any ] && [ "$got" != "$expect" ]; then
		echo "$nw:$line: $ch: run #$id ended in $got, expected $expect" \
		    "(output kept in $tmp)" >&2
		cat "$tmp.err" >&2
		status=1; continue
	fi
	# drop carriage returns and terminal escape sequences
	tr -d '\r' < "$tmp" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\x1bc//g' > "$out/$id.txt"
	rm -f "$tmp" "$tmp.err"
	echo "capture-runs: $ch: #$id -> $out/$id.txt ($got)"
done
exit $status
