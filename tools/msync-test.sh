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
# ('B') and msync'd, the first stored to last ('C') and not synced. When
# the program prints "msync: the machine may stop now" (and waits, the
# file open and mapped), QEMU is killed with SIGKILL: no sync, no umount,
# no last close. Checks, one ok/not ok line each: every question the
# program printed was answered yes and both msync calls returned 0; and
# on the image afterwards, e2fsck -fn finds nothing wrong and debugfs
# reads the file as a page of 'A' and a page of 'B': what msync wrote,
# and only that. With KEEP=1 the temporary directory (image, log) stays.
# Exits 1 if any failed.
set -u
[ $# -eq 1 ] || { echo "usage: tools/msync-test.sh BUILD_DIR" >&2; exit 2; }
build=$1
cd "$(dirname "$0")/.." || exit 2
[ -f "$build/kernel" ] && [ -f "$build/disks/ext2.img" ] &&
    [ -f "$build/user/etc/msync.sh" ] ||
    { echo "msync-test: build $build first (chapter 17 on)" >&2; exit 2; }
tmp=$(mktemp -d)
qpid=
trap '[ -n "$qpid" ] && kill -KILL "$qpid" 2>/dev/null
    [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
img=$tmp/vda.img
cp "$build/disks/ext2.img" "$img"
stop='msync: the machine may stop now'
tools/boot.sh -t 60 -b "$img" \
    -c "init=/sbin/busybox -- sh /etc/msync.sh" "$build/kernel" \
    -pidfile "$tmp/qemu.pid" > "$tmp/raw" 2>&1 &
bpid=$!
i=0
while [ $i -lt 600 ] && kill -0 $bpid 2>/dev/null &&
    ! tr -d '\r' < "$tmp/raw" | grep -qx "$stop"; do
	sleep 0.1
	i=$((i + 1))
done
killed=
if tr -d '\r' < "$tmp/raw" | grep -qx "$stop" && [ -s "$tmp/qemu.pid" ]; then
	qpid=$(cat "$tmp/qemu.pid")
	kill -KILL "$qpid" && killed=1
	qpid=
fi
wait $bpid
tr -d '\r' < "$tmp/raw" > "$tmp/log"
. tools/tap-result.sh	# n, failed, check NAME COMMAND...

check "the program ran to its end, and QEMU was killed there" \
    [ -n "$killed" ]
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
