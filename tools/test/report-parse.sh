#!/bin/sh
# Tests of tools/report-parse.awk, the line-by-line comparison of a /proc
# report with Linux's: Linux's own reports parse, the same layout with
# other figures parses, and reports with a layout of their own (a column
# one wider, a name not padded, a row or line missing or extra, a list
# one entry short) do not.  Prints TAP-like ok / not ok lines.
# Usage: tools/test/report-parse.sh
set -u
cd "$(dirname "$0")/../.."
data=tests/linux-6.1
. tools/test/tap.sh
# parses LINUX OURS [OPTIONAL]: exit status of the comparison
parses() {
	awk -v optional="${3:-}" -f tools/report-parse.awk "$1" "$2" \
	    > "$tmp/why" 2>&1
}
# broken REPORT SED DESCRIPTION: the m256 report, edited, must not parse,
# and the message must name the edited line
broken() {
	sed "$2" "$data/proc/m256/$1" > "$tmp/$1.bad"
	! cmp -s "$data/proc/m256/$1" "$tmp/$1.bad" &&
	    ! parses "$data/proc/m256/$1" "$tmp/$1.bad" \
	    "$data/zoneinfo.optional" && grep -q '^# ' "$tmp/why"
	ok $? "fails: $3"
}

st=0
for shape in $(tools/shapes.sh); do
	for r in buddyinfo pagetypeinfo zoneinfo; do
		parses "$data/proc/$shape/$r" "$data/proc/$shape/$r" || {
			echo "# $shape $r:"; cat "$tmp/why"; st=1; }
	done
done
ok $st "Linux's reports parse as themselves"
st=0
for r in buddyinfo pagetypeinfo zoneinfo; do
	parses "$data/proc/m256/$r" "$data/proc/m128/$r" || st=1
done
ok $st "the same layout with other figures parses (128 MiB against 256 MiB)"
# figures of another width in a right-aligned column still parse
sed 's/      3 $/  12345 /' "$data/proc/m256/buddyinfo" > "$tmp/wide"
! cmp -s "$tmp/wide" "$data/proc/m256/buddyinfo" &&
    parses "$data/proc/m256/buddyinfo" "$tmp/wide"
ok $? "a five-digit figure in a six-column field parses"
grep -v -E '^      [a-z_]+ +[0-9]+$|^  per-node stats$' \
    "$data/proc/m256/zoneinfo" > "$tmp/lean"
parses "$data/proc/m256/zoneinfo" "$tmp/lean" "$data/zoneinfo.optional"
ok $? "zoneinfo without the counters Linux keeps and we do not parses"
! parses "$data/proc/m256/zoneinfo" "$tmp/lean"
ok $? "... but not when those lines are not listed as optional"

broken buddyinfo 's/^\(Node 0, zone    DMA32\)      5/\1       5/' \
    "buddyinfo with a column one wider"
broken buddyinfo 's/zone      DMA/zone DMA/' "buddyinfo with the zone name not padded"
broken buddyinfo 's/ $//' "buddyinfo without Linux's trailing space"
broken buddyinfo '$d' "buddyinfo with a zone missing"
broken buddyinfo '$p' "buddyinfo with a line more"
broken pagetypeinfo '/type      Isolate/d' "pagetypeinfo without the Isolate rows"
broken pagetypeinfo 's/      Isolate $//' \
    "pagetypeinfo without the Isolate column"
broken pagetypeinfo 's/^Pages per block:  512/Pages per block: 512/' \
    "pagetypeinfo with one space less after a label"
broken zoneinfo 's/^\(        protection: (0, 182, 182, 182\), 182)/\1)/' \
    "zoneinfo with a protection list one zone short"
broken zoneinfo '/^  start_pfn:/d' "zoneinfo without start_pfn"
broken zoneinfo 's/^        min      34$/        min:     34/' \
    "zoneinfo with a label of its own"
broken zoneinfo '/^Node 0, zone   Device$/,$d' \
    "zoneinfo without the Device zone"

# /proc/vmallocinfo: any order, after vmallocinfo.sed on both sides
vmi() {
	sed -f "$data/vmallocinfo.sed" "$@"
}
vmi "$data/proc/numa2-m4g/vmallocinfo" > "$tmp/vmi.linux"
vmi "$data/proc/numa2-m4g/vmallocinfo" | sort -r > "$tmp/vmi.reversed"
awk -v anyorder=1 -f tools/report-parse.awk "$tmp/vmi.linux" \
    "$tmp/vmi.reversed" > "$tmp/why" 2>&1
ok $? "vmallocinfo in another order parses (anyorder)"
printf '%s\n' \
    '0xffffc90000000000-0xffffc90000005000   20480 0xffffffff80112345 pages=4 vmalloc N0=4' \
    '0xffffc90000005000-0xffffc90000007000    8192 0xffffffff80112345 vmap' \
    '0xffffc90000007000-0xffffc90000009000    8192 unpurged vm_area' |
    vmi > "$tmp/vmi.ours"
awk -v anyorder=1 -f tools/report-parse.awk "$tmp/vmi.linux" \
    "$tmp/vmi.ours" > "$tmp/why" 2>&1
ok $? "our vmallocinfo with addresses and callers as addresses parses"
# vmi_broken SED DESCRIPTION: our three lines, edited, must not parse
vmi_broken() {
	sed "$1" "$tmp/vmi.ours" > "$tmp/vmi.bad"
	! cmp -s "$tmp/vmi.ours" "$tmp/vmi.bad" &&
	    ! awk -v anyorder=1 -f tools/report-parse.awk "$tmp/vmi.linux" \
	    "$tmp/vmi.bad" > "$tmp/why" 2>&1 && grep -q '^# ' "$tmp/why"
	ok $? "fails: $2"
}
vmi_broken 's/ N0=4$//' "vmallocinfo without the node counts"
vmi_broken 's/   20480/ 20480/' "vmallocinfo with the size not in 7 columns"
vmi_broken 's/pages=4 vmalloc/vmalloc pages=4/' \
    "vmallocinfo with its fields in another order"
tap_end
