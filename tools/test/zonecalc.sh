#!/bin/sh
# Tests of zonecalc (chapter 8, "A calculator for your own machine") on
# the /proc files of the four reference Linux 6.1 machines
# (tests/linux-6.1/proc/SHAPE/) and on this machine's /proc.  Checks what
# must hold whatever the machine: the Linux column is what the zoneinfo
# file says; the book's minimums share min_free_kbytes / 4 among the
# zones, losing less than a page per zone to rounding;
# low and high are min plus one and two equal steps; a zone's protection
# grows towards the higher zones; the difference column is book minus
# Linux.  On the stored machines, whose pages only grew after boot (the
# memory freed after Linux computed its numbers, see the chapter), the
# book's protection is at least Linux's; and where one zone besides
# ZONE_DMA has pages, some managed count for it in the range Linux's
# protection allows makes every number the book computes equal Linux's.
# Usage: tools/test/zonecalc.sh ZONECALC      (prints TAP-like lines)
set -u
cd "$(dirname "$0")/../.."
bin=${1:?usage: $0 path/to/zonecalc}
. tools/test/tap.sh

# Linux's own numbers in a zoneinfo file, as zonecalc's rows name them:
# "Node N ZONE min|low|high|protection[ZONE2] VALUE", for the zones the
# book has: all five of x86-64 Linux 6.1, Device included.
linux_rows() {
	awk '
	BEGIN {
		k = split("DMA DMA32 Normal Movable Device", name, " ")
		for (i = 1; i <= k; i++) ours[name[i]] = 1
	}
	/^Node [0-9]+, zone +[A-Za-z0-9]+$/ {
		nid = $2; sub(/,/, "", nid); zone = $4
		book = zone in ours; next
	}
	!book { next }
	/^        (min|low|high) +[0-9]+$/ {
		print "Node", nid, zone, $1, $2; next
	}
	/^        protection: \(/ {
		s = $0; sub(/^.*\(/, "", s); sub(/\).*$/, "", s)
		k = split(s, p, /, */)
		for (i = 1; i <= k && i <= 5; i++)
			print "Node", nid, zone, "protection[" name[i] "]", p[i]
	}' "$1" | sort
}

# check DIR LABEL STRICT: zonecalc on the files of DIR (/proc/zoneinfo and
# /proc/sys/vm/ when DIR is "live"); STRICT=1 adds the closeness check
check() {
	dir=$1 label=$2 strict=$3
	if [ "$dir" = live ]; then
		"$bin" > "$tmp/out" 2> "$tmp/err"
		zi=/proc/zoneinfo mfk=/proc/sys/vm/min_free_kbytes
	else
		"$bin" "$dir" > "$tmp/out" 2> "$tmp/err"
		zi=$dir/zoneinfo mfk=$dir/min_free_kbytes
	fi
	ok $? "$label: zonecalc runs"
	grep '^Node ' "$tmp/out" | awk '{ print $1, $2, $3, $4, $5 }' |
	    sort > "$tmp/ours"
	linux_rows "$zi" > "$tmp/linux"
	[ -s "$tmp/linux" ] && cmp -s "$tmp/linux" "$tmp/ours"
	st=$?
	diff "$tmp/linux" "$tmp/ours" | head -5 | sed 's/^/# /'
	ok $st "$label: the Linux column is the zoneinfo file's, zone by zone"
	awk -v pages_min=$(($(cat "$mfk") / 4)) -v strict="$strict" '
	/^Node / {
		z = $2 " " $3
		val[z, $4] = $6
		if ($7 != $6 - $5) { print "# difference: " $0; bad = 1 }
		if (strict && $4 ~ /^protection/ && $6 < $5) {
			print "# less protection than at boot: " $0; bad = 1
		}
		if ($4 == "min") { zones[z] = 1; sum += $6; k++ }
		if ($4 ~ /^protection/) prot[z] = prot[z] " " $6
	}
	END {
		if (k == 0) { print "# no zone"; exit 1 }
		if (sum > pages_min || sum <= pages_min - k) {
			printf "# minimums add up to %d, not %d\n", sum, pages_min
			bad = 1
		}
		for (z in zones) {
			if (val[z, "low"] - val[z, "min"] != \
			    val[z, "high"] - val[z, "low"] ||
			    val[z, "low"] < val[z, "min"]) {
				print "# uneven steps in " z; bad = 1
			}
			np = split(prot[z], p, " ")
			for (i = 2; i <= np; i++)
				if (p[i] < p[i - 1]) {
					print "# protection shrinks in " z
					bad = 1
				}
		}
		exit bad
	}' "$tmp/out"
	ok $? "$label: the book's numbers are shaped as Linux's formulas say"
}

# at_boot DIR: is there a managed count of the second zone, N, with
# N / ratio = ZONE_DMA's protection against it, that makes the book's
# numbers all Linux's?  Prints N; fails if the machine has other than
# two zones with pages, or if no N does.
at_boot() {
	set -- "$1" $(awk '/^Node/ { z = $4 } /^        managed +[1-9]/ {
	    n++; name = z } END { if (n == 2) print name }' "$1/zoneinfo")
	[ $# -eq 2 ] || return 1
	ratio=$(awk '{ print $1 }' "$1/lowmem_reserve_ratio")
	p=$(awk -v z="$2" '/^Node 0, zone +DMA$/ { on = 1 }
	    on && /protection:/ { gsub(/[(),]/, " "); print $3; exit }' \
	    "$1/zoneinfo")
	cp "$1"/* "$tmp/boot/"
	m=$((p * ratio))
	while [ "$m" -lt $(((p + 1) * ratio)) ]; do
		awk -v z="$2" -v m="$m" '/^Node/ { on = $4 == z }
		    on && /^        managed / { $0 = "        managed  " m }
		    { print }' "$1/zoneinfo" > "$tmp/boot/zoneinfo"
		if "$bin" "$tmp/boot" | awk '/^Node / && $7 != 0 { bad = 1 }
		    END { exit bad }'; then
			echo "$m"
			return 0
		fi
		m=$((m + 1))
	done
	return 1
}

mkdir -p "$tmp/boot"
for d in tests/linux-6.1/proc/*/; do
	d=${d%/}
	check "$d" "Linux 6.1, ${d##*/}" 1
	if m=$(at_boot "$d"); then
		ok 0 "Linux 6.1, ${d##*/}: every number is the book's for the $(
		    )managed pages Linux had at boot ($m)"
	elif [ -n "$(awk '/^Node/ { z = $4 } /^        managed +[1-9]/ {
	    n++ } END { if (n == 2) print n }' "$d/zoneinfo")" ]; then
		ok 1 "Linux 6.1, ${d##*/}: no managed count at boot gives $(
		    )Linux's numbers"
	fi
done
if [ -r /proc/zoneinfo ] && [ -r /proc/sys/vm/min_free_kbytes ]; then
	check live "this machine" 0
else
	echo "ok - this machine # SKIP no /proc/zoneinfo to read"
fi

# errors: a missing file is named; a file with no zones is refused
"$bin" -z "$tmp/none" tests/linux-6.1/proc/m256 > /dev/null 2> "$tmp/err"
[ $? -ne 0 ] && grep -q "$tmp/none" "$tmp/err"
ok $? "a missing file is an error naming it"
echo "Node 0, zone" > "$tmp/empty"
"$bin" -z "$tmp/empty" tests/linux-6.1/proc/m256 > /dev/null 2> "$tmp/err"
[ $? -ne 0 ] && grep -q "no zone" "$tmp/err"
ok $? "a zoneinfo with no zone in it is an error"
tap_end
