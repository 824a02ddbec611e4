#!/bin/sh
# Test a chapter's disk (chapter 16 on) under QEMU: its PCI lines, its
# virtio disk, and the image file after the kernel wrote to it.
#
# Usage: tools/disk-test.sh BUILD_DIR    (e.g. build/16-files)
#
# 1. The machine of the reference log tests/linux-6.1/pci-m128.txt
#    (-m 128M, no network card) with no disk: every PCI line the kernel
#    prints must be one of Linux's lines there.
# 2. The same machine with BUILD_DIR/disks/pattern.img (a copy) as vda,
#    through QEMU's blkdebug driver, whose rule fails a write to sector
#    1000, and another copy as vdb (the two share IRQ 11): the kernel's
#    command line "disk" runs its tests (ok/not ok lines, passed
#    through); its queue, capacity and I/O error lines must be Linux's,
#    word for word.
# 3. The copy of the image afterwards: sectors 100-107 hold what the
#    kernel wrote ("wrote  NNNNNNNN" lines), the sectors around them and
#    sector 1000 (the failed write) still hold the pattern.
# One "ok"/"not ok" line per check.
set -u
[ $# -eq 1 ] || { echo "usage: tools/disk-test.sh BUILD_DIR" >&2; exit 2; }
dir=$1
cd "$(dirname "$0")/.." || exit 2
kernel=$dir/kernel
image=$dir/disks/pattern.img
[ -f "$kernel" ] && [ -f "$image" ] ||
    { echo "disk-test: no $kernel or $image (build first)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

check() {	# check DESCRIPTION COMMAND...
	c_what=$1
	shift
	if "$@"; then
		echo "ok - $c_what"
	else
		echo "not ok - $c_what"
		failed=1
	fi
}

# 1. PCI lines on Linux's machine.  With no disk the kernel's disk
# tests fail (exit 1); only the lines count here.
tools/boot.sh -c disk -t 20 "$kernel" -m 128M -nic none \
    > "$tmp/nodisk.out" 2>&1
tr -d '\r' < "$tmp/nodisk.out" | grep -E '^(pci |PCI)' > "$tmp/pci"
check "the PCI scan prints lines" test -s "$tmp/pci"
grep -vxF -f tests/linux-6.1/pci-m128.txt "$tmp/pci" > "$tmp/pci.extra"
check "every PCI line is one Linux 6.1 printed on that machine" \
    test ! -s "$tmp/pci.extra"
sed 's/^/    not Linux'"'"'s: /' "$tmp/pci.extra"

# 2. The disk.
cp "$image" "$tmp/vda.img"
cp "$image" "$tmp/vdb.img"
cat > "$tmp/blkdebug.conf" <<EOF
[inject-error]
event = "write_aio"
sector = "1000"
EOF
tools/boot.sh -c disk -t 30 -b "blkdebug:$tmp/blkdebug.conf:$tmp/vda.img" \
    -b "$tmp/vdb.img" "$kernel" -m 128M -nic none > "$tmp/disk.out" 2>&1
status=$?
tr -d '\r' < "$tmp/disk.out" > "$tmp/disk"
# The kernel's own lines count once: its closing "N passed, M failed"
# is left out, since its ok/not ok lines say the same.
grep -E '^(ok|not ok) ' "$tmp/disk"
check "the kernel's disk tests end in success" test "$status" -eq 0
check "the queue line is Linux's" grep -qxF \
    'virtio_blk virtio0: 1/0/0 default/read/poll queues' "$tmp/disk"
check "the capacity line is Linux's" grep -qxF \
    'virtio_blk virtio0: [vda] 4096 512-byte logical blocks (2.10 MB/2.00 MiB)' \
    "$tmp/disk"
check "the failed write prints Linux's I/O error line" grep -qxF \
    'I/O error, dev vda, sector 1000 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0' \
    "$tmp/disk"
[ "$status" -eq 0 ] || tail -20 "$tmp/disk" | sed 's/^/    | /'

# 3. The image file.  sectors FIRST COUNT WORD: the pattern's lines.
sectors() {
	awk -v first="$1" -v n="$2" -v word="$3" 'BEGIN {
		for (s = first; s < first + n; s++)
			for (i = 0; i < 32; i++)
				printf "%-6s %08d\n", word, s
	}'
}
at() {	# at FIRST COUNT: those sectors of the image
	dd if="$tmp/vda.img" bs=512 skip="$1" count="$2" 2>/dev/null
}
sectors 100 8 wrote > "$tmp/want"
at 100 8 > "$tmp/got"
check "sectors 100-107 of the image hold what the kernel wrote" \
    cmp -s "$tmp/want" "$tmp/got"
sectors 99 1 sector > "$tmp/want"
sectors 108 1 sector >> "$tmp/want"
{ at 99 1; at 108 1; } > "$tmp/got"
check "sectors 99 and 108 are untouched" cmp -s "$tmp/want" "$tmp/got"
sectors 1000 1 sector > "$tmp/want"
at 1000 1 > "$tmp/got"
check "sector 1000, whose write failed, still holds the pattern" \
    cmp -s "$tmp/want" "$tmp/got"
check "the image keeps its size" \
    test "$(wc -c < "$tmp/vda.img")" -eq "$(wc -c < "$image")"
check "vdb's image is untouched" cmp -s "$image" "$tmp/vdb.img"
exit $failed
