#!/bin/sh
# Boot a chapter's kernel on the four QEMU machines of the reference Linux
# 6.1 logs and compare the memory lines it prints with Linux's lines.
#
# Usage: tools/linux-compare.sh [CHAPTER]    (default: the newest chapter)
#
# tests/linux-6.1/SHAPE.txt holds Linux's lines for each machine shape;
# tests/linux-6.1/kinds lists the kinds of line to compare and the chapter
# from which our kernel prints each; tests/linux-6.1/KIND.sed, when there
# is one, rewrites both sides first (to keep only the figures that must
# agree).  The kernel runs the monitor's `zones` command (from chapter 6
# on) and halts.  A kind Linux does not print must be missing from ours
# too.  The kernel must have been built
# (build/NN-slug/kernel).  Prints one TAP line per shape and kind, with
# the difference when the lines differ; exits 1 if any differ.
set -u
cd "$(dirname "$0")/.."
slug=$(tools/chapter-slug.sh ${1:+"$1"}) || exit 2
# The newest numbered chapter the snapshot holds: the chapter's own number,
# or for an appendix (LETTER-slug) that of the last chapter before it.
chnum=$(tools/chapters.sh | awk -v s="$slug" '
	/^[0-9]+-/ { n = $0 + 0 }
	$0 == s { print n + 0; exit }')
kernel=build/$slug/kernel
data=tests/linux-6.1
[ -f "$kernel" ] || { echo "linux-compare: no $kernel (make kernels)" >&2
	exit 2; }
out=build/linux-compare/$slug
mkdir -p "$out"

status=0
for shape in $(tools/shapes.sh); do
	# shellcheck disable=SC2046
	input='halt\n'
	[ "$chnum" -ge 6 ] && input='zones\nhalt\n'
	# shellcheck disable=SC2059
	printf "$input" | tools/boot.sh -c monitor -t 60 "$kernel" \
	    $(tools/shapes.sh $shape) 2>&1 | tr -d '\r' > "$out/$shape.log"
	grep -v '^#' "$data/kinds" | while read -r since kind regex; do
		[ "$since" -le "$chnum" ] || continue
		edit=cat
		[ -f "$data/$kind.sed" ] && edit="sed -f $data/$kind.sed"
		grep -E "$regex" "$data/$shape.txt" | $edit \
		    > "$out/$shape.$kind.linux"
		grep -E "$regex" "$out/$shape.log" | $edit \
		    > "$out/$shape.$kind.ours"
		n=$(wc -l < "$out/$shape.$kind.linux")
		if cmp -s "$out/$shape.$kind.linux" "$out/$shape.$kind.ours"
		then
			echo "ok - $shape $kind: $n lines as Linux prints them"
		else
			echo "not ok - $shape $kind: ours differ from Linux's"
			diff "$out/$shape.$kind.linux" "$out/$shape.$kind.ours" |
			    sed 's/^/#   /'
			echo fail >> "$out/failed"
		fi
	done
done
[ -f "$out/failed" ] && { rm -f "$out/failed"; status=1; }
exit $status
