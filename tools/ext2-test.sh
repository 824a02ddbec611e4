#!/bin/sh
# Test chapter 16's ext2 under QEMU, then the disk image on the host.
#
# Usage: tools/ext2-test.sh BUILD_DIR    (e.g. build/16-files)
#
# Boots BUILD_DIR/kernel with a copy of BUILD_DIR/disks/ext2.img as vda
# and busybox as init running /etc/ext2.sh, which mounts the disk on
# /mnt, reads files, writes, extends, truncates, unlinks, makes and
# removes directories, syncs and unmounts. Checks, one ok/not ok line
# each: what busybox read is what disks/ext2.sh put there; Linux's
# mount line; afterwards e2fsck -fn finds nothing wrong; debugfs reads
# back exactly the bytes written (the same operations done on host
# files give the expected bytes), a written file's mtime is the host's
# time give or take a day, ls -l dates it this year, stat's blocks and
# mtime are debugfs's and its device 254:0, and the tree is as left.
# From chapter 17 on (BUILD_DIR/user/etc/ext2-eio.sh exists), boots
# again with a fresh copy of the image behind QEMU's blkdebug driver,
# which fails every write to sector 3200 (block 400, inside the 2 MiB
# file the script writes): the disk's flusher flush-254:0 runs; the
# file's pages are counted dirty, then written by the flusher alone
# (expiry and interval set to 1 s, 3 s of sleep); the kernel's two
# error lines are Linux's (flags 0x0: the pass that setting the
# interval starts is neither sync nor kupdate, in Linux as here); the first fsync (busybox sync FILE) fails
# with EIO and the second succeeds; e2fsck -fn finds nothing wrong
# afterwards. Exits 1 if any failed.
set -u
[ $# -eq 1 ] || { echo "usage: tools/ext2-test.sh BUILD_DIR" >&2; exit 2; }
build=$1
cd "$(dirname "$0")/.." || exit 2
[ -f "$build/kernel" ] && [ -f "$build/disks/ext2.img" ] &&
    [ -f "$build/user/etc/ext2.sh" ] ||
    { echo "ext2-test: build $build first (chapter 16 on)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
img=$tmp/vda.img
cp "$build/disks/ext2.img" "$img"
tools/boot.sh -t 30 -b "$img" \
    -c "init=/sbin/busybox -- sh /etc/ext2.sh" "$build/kernel" 2>&1 |
    tr -d '\r' > "$tmp/log"
. tools/tap-result.sh	# n, failed, check NAME COMMAND...
after() {	# the lines a command of the script printed
	awk -v c="\$ $1" '$0 == c { on = 1; next }
	    /^\$ / || /^init: done$/ { on = 0 }
	    /^[a-z]+\[[0-9]+\]: system call/ { next }
	    on' "$tmp/log"
}
seq 1 2000 > "$tmp/numbers"
sum() { md5sum < "$1" | cut -d' ' -f1; }

check "the script ran to its end" grep -qx 'init: done' "$tmp/log"
check "no busy inodes at umount, no EXT2-fs error" \
    sh -c "! grep -q 'Busy inodes\|EXT2-fs' '$tmp/log'"
check "Linux's mount line" grep -qx 'ext2 filesystem being mounted at /mnt supports timestamps until 2038-01-19 (0x7fffffff)' "$tmp/log"
check "cat hello.txt: hello" [ "$(after 'cat /mnt/hello.txt')" = hello ]
check "numbers.txt read whole (md5)" \
    [ "$(after 'md5sum /mnt/sub/numbers.txt' | cut -d' ' -f1)" = "$(sum "$tmp/numbers")" ]
check "big's last bytes, through the double indirect block" \
    [ "$(after 'dd if=/mnt/big bs=1 skip=10485757 count=3' | head -n 1 |
	cut -c 1-3)" = END ]

# The image afterwards.
e2fsck -fn "$img" > "$tmp/fsck" 2>&1
check "e2fsck -fn finds nothing wrong" [ $? -eq 0 ]
sed 's/^/    /' "$tmp/fsck" | grep -v '^    Pass\|^    e2fsck\|^    /.*files' 
dbg() { debugfs -R "$1" "$img" 2>/dev/null; }

# The expected bytes: the same operations on host files.
echo written here > "$tmp/new"
seq 1 5000 | head -c 5000 > "$tmp/seq"
for s in 0 20 1100; do
	dd if="$tmp/numbers" of="$tmp/grow" bs=4096 seek=$s conv=notrunc \
	    2>/dev/null
done
dd if=/dev/zero of="$tmp/big" bs=4096 count=100 2>/dev/null
echo inner > "$tmp/inner"
for f in new:new.txt seq:seq.txt grow:grow big:big inner:newdir/inner \
    numbers:sub/numbers.txt; do
	dbg "cat /${f#*:}" > "$tmp/got"
	check "debugfs cat /${f#*:}: the bytes written" \
	    cmp -s "$tmp/${f%%:*}" "$tmp/got"
done
check "md5sum of grow on our kernel = on the host" \
    [ "$(after 'md5sum /mnt/grow' | cut -d' ' -f1)" = "$(sum "$tmp/grow")" ]
# The kernel's clock is the host's at boot: a file written there has
# an mtime within a day of the host's now.
mtime=$(debugfs -R 'stat /grow' "$img" 2>/dev/null |
    sed -n 's/^ *mtime: 0x\([0-9a-f]*\).*/\1/p')
now=$(date +%s)
t=$((0x${mtime:-0}))
check "grow's mtime is the kernel's clock ($t, host $now)" \
    [ "$t" -gt $((now - 86400)) -a "$t" -lt $((now + 86400)) ]
# ls -l dates grow this year, and stat says what the inode on the disk
# says: its blocks and mtime as debugfs reads them, and the disk's
# device, 254:0 (fe00).
year=$(date -u +%Y)
check "ls -l --full-time: grow written in $year" \
    sh -c "echo '$(after 'ls -l --full-time /mnt' | grep ' grow$')' |
	grep -q ' $year-'"
for f in grow sub/numbers.txt; do
	dbg "stat /$f" > "$tmp/st"
	b=$(sed -n 's/.*Blockcount: \([0-9]*\).*/\1/p' "$tmp/st")
	m=$(sed -n 's/^ *mtime: 0x\([0-9a-f]*\).*/\1/p' "$tmp/st")
	got=$(after 'stat -c %n %b %Y %D /mnt/grow /mnt/sub/numbers.txt' |
	    grep "^/mnt/$f ")
	check "stat /mnt/$f: blocks, mtime, device ($got)" \
	    [ "$got" = "/mnt/$f $b $((0x${m:-0})) fe00" ]
done
dbg 'ls -l /' > "$tmp/ls"
sed 's/^/    /' "$tmp/ls"
names=$(awk 'NF >= 9 { print $NF }' "$tmp/ls" | sort | tr '\n' ' ')
check "the tree: hello.txt and gone removed, newdir, grow, new.txt made" \
    [ "$names" = ". .. big grow lost+found new.txt newdir seq.txt sub " ]
check "newdir holds inner" sh -c "debugfs -R 'ls /newdir' '$img' 2>/dev/null | grep -q inner"
[ $failed -eq 0 ] || sed 's/^/    log: /' "$tmp/log" | tail -n 60

# A disk that fails a write (chapter 17 on).
[ -f "$build/user/etc/ext2-eio.sh" ] || exit $failed
eimg=$tmp/eio.img
cp "$build/disks/ext2.img" "$eimg"
printf '[inject-error]\nevent = "write_aio"\nsector = "3200"\n' \
    > "$tmp/blkdebug.conf"
tools/boot.sh -t 30 -b "blkdebug:$tmp/blkdebug.conf:$eimg" \
    -c "init=/sbin/busybox -- sh /etc/ext2-eio.sh" "$build/kernel" 2>&1 |
    tr -d '\r' > "$tmp/log"
vmstat='grep -E ^nr_(dirty|writeback|dirtied|written)  /proc/vmstat'
check "eio: the script ran to its end" grep -qx 'init: done' "$tmp/log"
check "eio: the block layer's line is Linux's" grep -qxF \
    'I/O error, dev vda, sector 3200 op 0x1:(WRITE) flags 0x0 phys_seg 1 prio class 0' \
    "$tmp/log"
check "eio: the buffer's line is Linux's" grep -qxF \
    'Buffer I/O error on dev vda, logical block 400, lost async page write' \
    "$tmp/log"
check "eio: ps shows the disk's flusher, flush-254:0" \
    sh -c "awk '\$3 == \"[flush-254:0]\"' '$tmp/log' | grep -q ."
dirty=$(after "$vmstat" | sed -n 's/^nr_dirty //p' | tr '\n' ' ')
written=$(after "$vmstat" | sed -n 's/^nr_written //p' | tr '\n' ' ')
check "eio: nr_dirty >= 512 after dd, <= 1 after the flusher ($dirty)" \
    sh -c "set -- $dirty; [ \$# -eq 3 ] && [ \$1 -ge 512 ] && [ \$2 -le 1 ]"
check "eio: the flusher wrote them, no one asking ($written)" \
    sh -c "set -- $written; [ \$# -eq 3 ] && [ \$2 -ge \$((\$1 + 512)) ]"
check "eio: the first fsync fails with EIO, the second succeeds" \
    [ "$(grep '^status' "$tmp/log" | tr '\n' ' ')" = "status 1 status 0 " ]
check "eio: busybox reports the EIO" \
    grep -qx 'sync: /mnt/f: Input/output error' "$tmp/log"
e2fsck -fn "$eimg" > "$tmp/fsck" 2>&1
check "eio: e2fsck -fn finds nothing wrong" [ $? -eq 0 ]
[ $failed -eq 0 ] || sed 's/^/    log: /' "$tmp/log" | tail -n 60
exit $failed
