#!/bin/sh
# Capture the "Run it" output of one chapter and store it in
# BUILD/runs/NN-slug/ID.txt (the weaver puts it into the book): boot the
# chapter's kernel once per ```{.qemu-run #ID ...} block of
# chapters/NN-slug.nw, and run a host program of the chapter's snapshot
# once per ```{.host-run #ID ...} block.
# Usage: tools/capture-runs.sh [-b BUILD] [-c CHAPTERS_DIR] NN-slug
#        tools/capture-runs.sh [-b BUILD] [-c CHAPTERS_DIR] -l NN-slug
#        (-l: print the paths of the host programs and disk images the
#        runs need, one a line, for make to build; nothing is run)
# qemu-run attributes: cmdline="..." (kernel command line), qemu="..."
# (extra QEMU arguments), input="help\nhalt\n" (typed on the serial port,
# \n = new line), timeout="30" (seconds, default 30), expect="success"
# (or failure, panic, timeout, any: the boot.sh status the run must end
# with), disk="NAME" (a copy of BUILD/NN-slug/disks/NAME.img, made for
# this run, as its virtio disk: every run starts from the same bytes).
# Boots with: ${BOOT:-tools/boot.sh} -d -c CMDLINE -t TIMEOUT [-b COPY]
# KERNEL QEMU...
# host-run attributes: command="NAME ARGS" (BUILD/NN-slug/NAME, a program
# that mk/snapshot.mk builds, such as bench, run with ARGS and no input;
# or command="tools/NAME ARGS", a script of the book's tools/ run from the
# top directory as tools/NAME BUILD/NN-slug ARGS, for runs that boot more
# than once or read disk images on the host, such as nothing-lost.sh),
# timeout (default 30), expect="success" (exit status 0; or failure, any
# other status; timeout; any). Its output, unlike QEMU's, is not the same
# from run to run: a benchmark's timings are those of the machine.
# Both kinds: the weaver also reads show="no" (captured, not printed:
# data for a figure) and from="TEXT" (printed from the first line that
# begins with TEXT, such as the monitor's first prompt "mm> ", with a line
# that counts the lines left out).
# Exits 1 naming the chapter and block if a run ends otherwise.

set -u
BUILD=build CHDIR=chapters
list=
usage() { sed -n '2,30p' "$0" >&2; exit 2; }
while getopts b:c:l opt; do
	case $opt in
	b) BUILD=$OPTARG ;;
	c) CHDIR=$OPTARG ;;
	l) list=1 ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
ch=$1
nw=$CHDIR/$ch.nw
kernel=$BUILD/$ch/kernel
out=$BUILD/runs/$ch
BOOT=${BOOT:-tools/boot.sh}
[ -r "$nw" ] || { echo "capture-runs: no $nw" >&2; exit 1; }

# One line per block: kind (qemu or host), id, cmdline or command, qemu,
# input, timeout, expect, line number, disk (fields separated by \037,
# which cannot occur in a chapter).
blocks=$(awk '
function attr(s, k,    v) {
	if (match(s, "(^|[ {])" k "=\"[^\"]*\"")) {
		v = substr(s, RSTART, RLENGTH)
		sub(/^[ {]?[^=]*="/, "", v); sub(/"$/, "", v)
		return v
	}
	return ""
}
/^```+ *\{[^}]*\.(qemu|host)-run/ {
	kind = $0 ~ /\.qemu-run/ ? "qemu" : "host"
	id = ""
	if (match($0, /#[A-Za-z0-9_:.-]+/)) id = substr($0, RSTART + 1, RLENGTH - 1)
	t = attr($0, "timeout"); if (t == "") t = 30
	e = attr($0, "expect"); if (e == "") e = "success"
	c = attr($0, kind == "qemu" ? "cmdline" : "command")
	printf "%s\037%s\037%s\037%s\037%s\037%s\037%s\037%d\037%s\n", \
	    kind, id, c, attr($0, "qemu"), attr($0, "input"), t, e, NR, \
	    attr($0, "disk")
}' "$nw")

# -l: the host programs and the disk images, each once
if [ -n "$list" ]; then
	printf '%s\n' "$blocks" | awk -F '\037' -v dir="$BUILD/$ch" '
	$1 == "host" { split($3, w, " ") }
	$1 == "host" && w[1] != "" && w[1] !~ /^tools\// && !seen[w[1]]++ {
		print dir "/" w[1]
	}
	$1 == "qemu" && $9 != "" && !seen["disks/" $9]++ {
		print dir "/disks/" $9 ".img"
	}'
	exit 0
fi
[ -n "$blocks" ] || exit 0
mkdir -p "$out" || exit 1
case $blocks in
qemu*|*"
qemu"*) [ -e "$kernel" ] ||
	{ echo "capture-runs: $ch: no kernel $kernel" >&2; exit 1; } ;;
esac

# run_qemu and run_host: one block's run into $tmp (stderr $tmp.err),
# its ending in $got
run_qemu() {
	set --
	if [ -n "$disk" ]; then
		if ! cp "$BUILD/$ch/disks/$disk.img" "$tmp.img"; then
			got="error (no disk $disk)"; return
		fi
		set -- -b "$tmp.img"
	fi
	IFS=' '
	# shellcheck disable=SC2086
	printf '%s' "$input" | sed 's/\\n/\
/g' | "$BOOT" -d -c "$cmdline" -t "$timeout" "$@" "$kernel" $qemu \
	    > "$tmp" 2> "$tmp.err"
	rc=$?
	rm -f "$tmp.img"
	IFS='
'
	case $rc in
	0) got=success ;; 1) got=failure ;; 2) got=panic ;; 3) got=timeout ;;
	*) got="error (status $rc)" ;;
	esac
}

run_host() {
	prog=${cmdline%% *}
	args=${cmdline#"$prog"}
	# a script of tools/ gets the build first; a program of the build,
	# its arguments only
	case $prog in
	tools/*) path=$prog first=$BUILD/$ch name=${prog#tools/} ;;
	*) path=$BUILD/$ch/$prog first='' name=$prog ;;
	esac
	case $name in
	''|*[!A-Za-z0-9_.-]*)
		echo "$nw:$line: host-run #$id: command=\"$cmdline\" does" \
		    "not begin with a program name" >&2
		got="error (no program)"; return ;;
	esac
	if [ ! -x "$path" ]; then
		echo "$nw:$line: host-run #$id: no program $path" >&2
		got="error (no program)"; return
	fi
	IFS=' '
	# shellcheck disable=SC2086
	timeout "$timeout" "$path" ${first:+"$first"} $args < /dev/null \
	    > "$tmp" 2> "$tmp.err"
	rc=$?
	IFS='
'
	case $rc in
	0) got=success ;; 124) got=timeout ;; *) got=failure ;;
	esac
}

status=0
IFS='
'
for b in $blocks; do
	IFS=$(printf '\037')
	# shellcheck disable=SC2086
	set -- $b
	IFS='
'
	kind=$1 id=$2 cmdline=$3 qemu=$4 input=$5 timeout=$6 expect=$7 line=$8
	disk=${9-}
	if [ -z "$id" ]; then
		echo "$nw:$line: $kind-run block has no #id" >&2
		status=1; continue
	fi
	tmp=$out/$id.tmp
	if [ "$kind" = host ]; then
		run_host
	else
		run_qemu
	fi
	if [ "$expect" != any ] && [ "$got" != "$expect" ]; then
		echo "$nw:$line: $ch: run #$id ended in $got, expected $expect" \
		    "(output kept in $tmp)" >&2
		cat "$tmp.err" >&2 2>/dev/null
		status=1; continue
	fi
	# drop carriage returns and terminal escape sequences
	tr -d '\r' < "$tmp" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\x1bc//g' > "$out/$id.txt"
	rm -f "$tmp" "$tmp.err"
	echo "capture-runs: $ch: #$id -> $out/$id.txt ($got)"
done
exit $status
