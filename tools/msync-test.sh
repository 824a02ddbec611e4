#!/bin/sh
# Test msync on chapter 17's ext2 under QEMU: stores through a shared
# mapping reach the disk by msync alone, and a store after the page was
# written dirties it again.
#
# Usage: tools/msync-test.sh BUILD_DIR    (e.g. build/17-writeback)
#
# Boots BUILD_DIR/kernel with a copy of BUILD_DIR/disks/ext2.img as vda
# and busybox as init running /etc/msync.sh, which mounts the disk, makes
# /mnt/mapped of two zeroed pages, syncs, and runs /bin/msync -d on it:
# both pages stored to ('A') and msync'd, the second stored to again
# ('B') and msync'd, the first stored to last ('C') and not synced.
# Then init exits, and the machine stops with no sync and no unmount.
# Checks, one ok/not ok line each: every question the program printed
# was answered yes and both msync calls returned 0; and on the image
# afterwards, e2fsck -fn finds nothing wrong and debugfs reads the file
# as a page of 'A' and a page of 'B': what msync wrote, and only that.
# Exits 1 if any failed.
set -u
[ $# -eq 1 ] || { echo "usage: tools/msync-test.sh BUILD_DIR" >&2; exit 2; }
build=$1
cd "$(dirname "$0")/.." || exit 2
[ -f "$build/kernel" ] && [ -f "$build/disks/ext2.img" ] &&
    [ -f "$build/user/etc/msync.sh" ] ||
    { echo "msync-test: build $build first (chapter 17 on)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
img=$tmp/vda.img
cp "$build/disks/ext2.img" "$img"
tools/boot.sh -t 30 -b "$img" \
    -c "init=/sbin/busybox -- sh /etc/msync.sh" "$build/kernel" 2>&1 |
    tr -d '\r' > "$tmp/log"
failed=0
n=0
check() {	# check NAME COMMAND...
	name=$1
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name"
		failed=1
	fi
}

check "the script ran to its end" grep -qx 'init: done' "$tmp/log"
grep ': \(yes\|no\)$' "$tmp/log" > "$tmp/answers"
check "the program answered its 6 questions" \
    [ "$(wc -l < "$tmp/answers")" -eq 6 ]
while IFS= read -r line; do
	check "${line%: *}" [ "${line##*: }" = yes ]
done < "$tmp/answers"
check "both msync(MS_SYNC) calls returned 0" \
    [ "$(grep -c '^msync(MS_SYNC).* 0$' "$tmp/log")" -eq 2 ]

e2fsck -fn "$img" > "$tmp/fsck" 2>&1
check "e2fsck -fn finds nothing wrong" [ $? -eq 0 ]
debugfs -R 'cat /mapped' "$img" > "$tmp/got" 2>/dev/null
{ head -c 4096 /dev/zero | tr '\0' A; head -c 4096 /dev/zero | tr '\0' B; } \
    > "$tmp/want"
check "debugfs cat /mapped: the A page and the B page msync wrote" \
    cmp -s "$tmp/want" "$tmp/got"
[ $failed -eq 0 ] || sed 's/^/    log: /' "$tmp/log" | tail -n 40
exit $failed
