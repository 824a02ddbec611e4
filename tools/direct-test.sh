#!/bin/sh
# Test chapter 17's O_DIRECT under QEMU, then the disk image on the host.
#
# Usage: tools/direct-test.sh BUILD_DIR    (e.g. build/17-writeback)
#
# Boots BUILD_DIR/kernel with a copy of BUILD_DIR/disks/ext2.img as vda
# and busybox as init running /etc/direct.sh, which mounts the disk on
# /mnt and runs /bin/direct /mnt (user/direct.c). Checks, one ok/not ok
# line each, what the program printed: O_DIRECT refused where the file
# has no direct_IO, the writes and reads done whole and read back equal,
# the unaligned ones refused with EINVAL, each side seeing the other's
# writes, the end of the file and a hole; that the page cache did not
# grow with the O_DIRECT writes but did with the same buffered ones.
# Then e2fsck -fn on the image must find nothing wrong, and debugfs must
# read back what "direct --expect NAME" says each file holds. Exits 1 if
# any check failed.
set -u
[ $# -eq 1 ] || { echo "usage: tools/direct-test.sh BUILD_DIR" >&2; exit 2; }
build=$1
cd "$(dirname "$0")/.." || exit 2
[ -f "$build/kernel" ] && [ -f "$build/disks/ext2.img" ] &&
    [ -f "$build/user/etc/direct.sh" ] ||
    { echo "direct-test: build $build first (chapter 17 on)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
img=$tmp/vda.img
cp "$build/disks/ext2.img" "$img"
tools/boot.sh -t 30 -b "$img" \
    -c "init=/sbin/busybox -- sh /etc/direct.sh" "$build/kernel" 2>&1 |
    tr -d '\r' > "$tmp/log"
. tools/tap-result.sh	# n, failed, check NAME COMMAND...
has() {		# has LINE: the program printed exactly LINE
	grep -qxF "$1" "$tmp/log"
}
for line in \
    'open O_DIRECT on ramfs: Invalid argument' \
    'open O_DIRECT of /proc/meminfo: Invalid argument' \
    'fcntl F_SETFL O_DIRECT on ramfs: Invalid argument' \
    'write 1 MiB in 64 KiB pieces: 1048576' \
    'O_DIRECT read of 1 MiB: 1048576' \
    'buffered read of 1 MiB: 1048576' \
    'F_GETFL has O_DIRECT: yes' \
    'fcntl F_SETFL O_DIRECT on ext2: 0' \
    'then a pread at offset 100: Invalid argument' \
    'pwrite at offset 100: Invalid argument' \
    'pwrite from an address 8 bytes into a page: Invalid argument' \
    'pwrite of 100 bytes: Invalid argument' \
    'pread at offset 100: Invalid argument' \
    'pread of 1000 bytes: Invalid argument' \
    'pread into an address 8 bytes into a page: Invalid argument' \
    'pwrite of 512 bytes at offset 1536 (sectors, not blocks): 512' \
    'O_DIRECT read after a buffered write: same' \
    'buffered read after an O_DIRECT write: same' \
    'pread of 8 KiB at 1 MiB - 4 KiB: 4096' \
    'pread at the end: 0' \
    'pwrite of 512 bytes at the end: 512' \
    'size: 1049088' \
    'pread of 4 KiB at 1 MiB: 512' \
    'O_DIRECT pread of a hole: 4096' \
    'reads zeros: same' \
    'O_DIRECT pwrite into the hole: 4096' \
    'read back: same' \
    'dio as expected: same' \
    'init: done'; do
	check "$line" has "$line"
done
check "both 1 MiB files read back whole and equal" \
    [ "$(grep -cx 'the bytes: same' "$tmp/log")" -eq 3 ]
# The "Cached grew" lines: 1 MiB written with O_DIRECT, the same
# buffered, 1 MiB read with O_DIRECT. The cache must take no more than
# a few metadata blocks for the first and the third, the whole megabyte
# for the second.
grew=$(sed -n 's/^Cached grew by \(-*[0-9]*\) kB$/\1/p' "$tmp/log" |
    tr '\n' ' ')
set -- $grew
check "Cached grew by ${1:-?} kB with 1 MiB of O_DIRECT writes (< 64)" \
    [ "${1:-99999}" -lt 64 ]
check "Cached grew by ${2:-?} kB with 1 MiB of buffered ones (>= 1024)" \
    [ "${2:-0}" -ge 1024 ]
check "Cached grew by ${3:-?} kB with 1 MiB of O_DIRECT reads (< 64)" \
    [ "${3:-99999}" -lt 64 ]
check "no kernel warning" sh -c "! grep -q 'invalidation failure\|EXT2-fs\|Busy inodes' '$tmp/log'"

e2fsck -fn "$img" > "$tmp/fsck" 2>&1
check "e2fsck -fn finds nothing wrong" [ $? -eq 0 ]
for f in dio buffered sparse; do
	"$build/user/bin/direct" --expect $f > "$tmp/want"
	debugfs -R "cat /$f" "$img" 2>/dev/null > "$tmp/got"
	check "debugfs cat /$f: the bytes written" cmp -s "$tmp/want" "$tmp/got"
done
[ $failed -eq 0 ] || sed 's/^/    log: /' "$tmp/log" | tail -n 60
exit $failed
