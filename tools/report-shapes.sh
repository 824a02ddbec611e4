#!/bin/sh
# Boot a chapter's kernel on the four QEMU machines of the reference Linux
# 6.1 logs, have its monitor print /proc/buddyinfo, /proc/pagetypeinfo,
# /proc/zoneinfo, /proc/slabinfo and (after its command vmdemo has made
# areas of each kind and vmfree freed some) /proc/vmallocinfo, and check
# that each report parses line by line with the
# patterns of the report Linux printed on the same machine
# (tests/linux-6.1/proc/SHAPE/REPORT; tools/report-parse.awk says how a
# line of Linux's becomes a pattern).  In tests/linux-6.1/, REPORT.sed,
# when there is one, first rewrites Linux's report where the book differs
# on purpose (and says why); REPORT.optional lists the lines of Linux's
# that ours may leave out; REPORT.later the parts of the report that a
# chapter may not print yet, left out while ours has no first line of
# them.  REPORT.merged names the caches Linux merges into others, whose
# lines ours drops before the comparison.  When REPORT.anyorder exists, REPORT.sed rewrites ours too, and
# each line of ours must parse like some line of Linux's, in any order
# (report-parse.awk's anyorder), with the lines Linux printed on any
# of the four machines as the patterns.  In /proc/zoneinfo the blocks of the empty zones (on every shape
# at least Movable and Device, whose every number is 0 and whose
# protection line has one entry per zone) must moreover be Linux's,
# character for character.
#
# Usage: tools/report-shapes.sh [CHAPTER]    (default: the newest chapter)
#
# The kernel must have been built (build/NN-slug/kernel).  Prints one TAP
# line per shape and report, with the first line that does not parse; a
# report the chapter does not print yet is skipped ("# SKIP" and why).
# Exits 1 if any report does not parse.
set -u
cd "$(dirname "$0")/.."
slug=$(tools/chapter-slug.sh ${1:+"$1"}) || exit 2
kernel=build/$slug/kernel
data=tests/linux-6.1
reports="buddyinfo pagetypeinfo zoneinfo slabinfo vmallocinfo"
[ -f "$kernel" ] || { echo "report-shapes: no $kernel (make kernels)" >&2
	exit 2; }
out=build/report-shapes/$slug
rm -rf "$out"
mkdir -p "$out"

# the blocks of the zones with no present page in a /proc/zoneinfo
empty_zones() {
	awk '/^Node [0-9]+, zone / { flush(); n = 0; empty = 0 }
	    { block[++n] = $0 }
	    /^        present  0$/ { empty = 1 }
	    function flush(  i) {
		if (empty)
			for (i = 1; i <= n; i++)
				print block[i]
	    }
	    END { flush() }' "$1"
}

input=
for r in $reports; do
	[ "$r" = vmallocinfo ] && input="${input}vmdemo\\nvmfree\\n"
	input="${input}cat /proc/$r\\n"
done
status=0
for shape in $(tools/shapes.sh); do
	# shellcheck disable=SC2046,SC2059
	printf "${input}halt\\n" | tools/boot.sh -c monitor -t 60 "$kernel" \
	    $(tools/shapes.sh "$shape") 2>&1 | tr -d '\r' > "$out/$shape.log"
	for r in $reports; do
		# what the monitor printed between "cat /proc/R" and the next
		# prompt
		awk -v cmd="mm> cat /proc/$r" '
		    $0 == cmd { on = 1; next }
		    /^mm> / { on = 0 }
		    on' "$out/$shape.log" > "$out/$shape.$r"
		if [ ! -s "$out/$shape.$r" ] ||
		    grep -q -e '^cat: ' -e ': unknown command' "$out/$shape.$r"
		then
			echo "ok - $shape $r # SKIP $slug does not print /proc/$r"
			continue
		fi
		linux=$data/proc/$shape/$r
		if [ -f "$data/$r.anyorder" ]; then
			# its lines on every machine: the layout of a line
			# does not depend on the machine, the areas do
			cat "$data"/proc/*/"$r" > "$out/$shape.$r.all"
			linux=$out/$shape.$r.all
		fi
		if [ -f "$data/$r.sed" ]; then
			sed -f "$data/$r.sed" "$linux" > "$out/$shape.$r.linux"
			linux=$out/$shape.$r.linux
		fi
		opt=$out/$shape.$r.optional
		cat "$data/$r.optional" > "$opt" 2>/dev/null
		notyet=
		if [ -f "$data/$r.later" ]; then
			while read -r part first all; do
				grep -E -q "$first" "$out/$shape.$r" && continue
				echo "$all" >> "$opt"
				notyet="$notyet $part"
			done <<-EOF
			$(grep -v '^#' "$data/$r.later")
			EOF
		fi
		ours=$out/$shape.$r
		if [ -f "$data/$r.merged" ]; then
			# the caches Linux merges into others: not in its
			# report, so not compared
			grep -v '^#' "$data/$r.merged" > "$out/$shape.$r.names"
			awk 'NR == FNR { merged[$1] = 1; next }
			    !($1 in merged)' "$out/$shape.$r.names" "$ours" \
			    > "$ours.kept"
			ours=$ours.kept
		fi
		anyorder=0
		if [ -f "$data/$r.anyorder" ]; then
			anyorder=1
			sed -f "$data/$r.sed" "$ours" > "$ours.sed"
			ours=$ours.sed
		fi
		awk -v optional="$opt" -v anyorder=$anyorder \
		    -f tools/report-parse.awk \
		    "$linux" "$ours" > "$out/$shape.$r.why"
		parsed=$?
		if [ $parsed -eq 0 ] && [ "$r" = zoneinfo ]; then
			empty_zones "$linux" > "$out/$shape.$r.empty.linux"
			empty_zones "$out/$shape.$r" > "$out/$shape.$r.empty"
			if ! cmp -s "$out/$shape.$r.empty.linux" \
			    "$out/$shape.$r.empty"; then
				echo "# the empty zones differ from Linux's:" \
				    > "$out/$shape.$r.why"
				diff "$out/$shape.$r.empty.linux" \
				    "$out/$shape.$r.empty" | head -6 |
				    sed 's/^/# /' >> "$out/$shape.$r.why"
				parsed=1
			fi
		fi
		if [ $parsed -eq 0 ]
		then
			echo "ok - $shape $r:" \
			    "$(wc -l < "$out/$shape.$r") lines parse as Linux's" \
			    "${notyet:+(not printed yet:$notyet)}"
		else
			echo "not ok - $shape $r: ours do not parse as Linux's"
			cat "$out/$shape.$r.why"
			status=1
		fi
	done
done
exit $status
