#!/bin/sh
# What survives when the machine stops at once: chapter 17's kernel on an
# ext2 disk, killed with SIGKILL in the middle of its work.
#
# Usage: tools/nothing-lost.sh BUILD_DIR    (e.g. build/17-writeback)
#
# Boots BUILD_DIR/kernel three times with busybox as init running
# /etc/lost.sh STEP on a copy of BUILD_DIR/disks/ext2.img, and kills QEMU
# (kill -KILL of its pid, no sync, no umount) as soon as the serial port
# shows the script's line "lost: ...":
#   1. fsync: /mnt/kept is written, fsync'd, its directory fsync'd; then
#      killed. debugfs must read kept's bytes on the host; e2fsck -fn's
#      report is printed as it is.
#   2. check, on the same disk: busybox reads kept back (md5sum), syncs
#      and unmounts; e2fsck -fn must then find nothing wrong.
#   3. unclean, on a fresh copy: a directory and two files are made, one
#      of them fsync'd but not its directory; then killed. debugfs and
#      e2fsck -fn show what is lost; the fsync'd file's bytes must be on
#      the disk; e2fsck -fy on a copy must leave a file system that
#      e2fsck -fn finds clean, with the fsync'd file reachable by a name.
# Prints one ok/not ok line per check and, indented, what the guest and
# e2fsprogs printed; exits 1 if any check failed.
set -u
[ $# -eq 1 ] || { echo "usage: tools/nothing-lost.sh BUILD_DIR" >&2; exit 2; }
build=$1
cd "$(dirname "$0")/.." || exit 2
[ -f "$build/kernel" ] && [ -f "$build/disks/ext2.img" ] &&
    [ -f "$build/user/etc/lost.sh" ] ||
    { echo "nothing-lost: build $build first (chapter 17 on)" >&2; exit 2; }
tmp=$(mktemp -d)
qpid=
trap '[ -n "$qpid" ] && kill -KILL "$qpid" 2>/dev/null; rm -rf "$tmp"' EXIT
. tools/tap-result.sh	# n, failed, check NAME COMMAND...
indent() { sed 's/^/    /'; }

# boot STEP IMAGE LOG: boot with /etc/lost.sh STEP and IMAGE as vda; kill
# QEMU the moment LOG shows "lost: "; wait for it to end either way
boot() {
	rm -f "$3" "$3.pid"
	tools/boot.sh -t 60 -b "$2" \
	    -c "init=/sbin/busybox -- sh /etc/lost.sh $1" "$build/kernel" \
	    -pidfile "$3.pid" > "$3.raw" 2>&1 &
	b_pid=$!
	b_i=0
	# (sleep 0.1: coreutils' sleep takes fractions, as most do)
	while [ $b_i -lt 600 ] && kill -0 $b_pid 2>/dev/null &&
	    ! grep -q "^lost: " "$3.raw" 2>/dev/null; do
		sleep 0.1
		b_i=$((b_i + 1))
	done
	if grep -q '^lost: ' "$3.raw" && [ -s "$3.pid" ]; then
		qpid=$(cat "$3.pid")
		kill -KILL "$qpid" &&
		    echo "(QEMU killed here, with SIGKILL)" > "$3.killed"
		qpid=
	fi
	wait $b_pid
	tr -d '\r' < "$3.raw" > "$3"
}
# guest LOG: what the script did, from its first write on
guest() {
	awk '/^\$ (mkdir \/mnt\/|seq|echo|md5sum)/ { on = 1 }
	    /^[a-z]+\[[0-9]+\]: system call/ { next }
	    /^EXT2-fs/ { print; next }
	    on' "$1" | sed '/^Kernel panic/,$d; /^boot:/d; /^Killed$/d'
}
# fsck ARGS IMAGE OUT: e2fsck on IMAGE named by its file name only (the
# report names it), its status in $rc; the version line left out
fsck() {
	(cd "$(dirname "$2")" && e2fsck "$1" "$(basename "$2")") \
	    > "$3.all" 2>&1
	rc=$?
	sed '/^e2fsck [0-9]/d; /^$/d' "$3.all" > "$3"
}
state() { dumpe2fs -h "$1" 2>/dev/null | sed -n 's/^Filesystem state: *//p'; }
dbg() { debugfs -R "$1" "$2" 2>/dev/null; }
# report TITLE OUT: e2fsck's report under TITLE and its status; of a
# report with nothing wrong (status 0), its last line only
report() {
	echo "    $1 (exit $rc):"
	if [ $rc -eq 0 ]; then
		tail -n 1 "$2"
	else
		cat "$2"
	fi | indent | indent
}

seq 1 3000 > "$tmp/kept"
echo alone > "$tmp/alone"
seq 1 5000 > "$tmp/late"

echo "1. fsync, then QEMU killed"
img=$tmp/vda.img
cp "$build/disks/ext2.img" "$img"
boot fsync "$img" "$tmp/log1"
guest "$tmp/log1" | indent
[ -f "$tmp/log1.killed" ] && indent < "$tmp/log1.killed"
check "boot 1 fsync'd kept and was killed, with no sync and no umount" \
    [ -f "$tmp/log1.killed" ]
dbg 'cat /kept' "$img" > "$tmp/got"
check "debugfs cat /kept: the $(wc -c < "$tmp/kept") bytes written" \
    cmp -s "$tmp/kept" "$tmp/got"
st=$(state "$img")
echo "    dumpe2fs -h: Filesystem state: $st"
check "the disk is marked not clean (mounted when killed)" \
    [ "$st" = "not clean" ]
fsck -fn "$img" "$tmp/fsck1"
report "e2fsck -fn vda.img" "$tmp/fsck1"

echo "2. the next boot reads kept back, syncs and unmounts"
boot check "$img" "$tmp/log2"
guest "$tmp/log2" | indent
check "boot 2 warns of the unchecked file system as Linux does" \
    grep -qx 'EXT2-fs (vda): warning: mounting unchecked fs, running e2fsck is recommended' "$tmp/log2"
check "boot 2 read kept back: md5sum equal to the bytes written" \
    [ "$(awk '$2 == "/mnt/kept" { print $1 }' "$tmp/log2")" = \
    "$(md5sum < "$tmp/kept" | cut -d' ' -f1)" ]
check "boot 2 synced and unmounted (init: done)" \
    grep -qx 'init: done' "$tmp/log2"
fsck -fn "$img" "$tmp/fsck2"
st=$(state "$img")
echo "    dumpe2fs -h: Filesystem state: $st"
report "e2fsck -fn vda.img" "$tmp/fsck2"
check "after the clean shutdown e2fsck -fn finds nothing wrong" [ $rc -eq 0 ]
check "and the disk is marked clean" [ "$st" = clean ]

echo "3. unclean: a directory, late unsynced, alone fsync'd, QEMU killed"
img=$tmp/unclean.img
cp "$build/disks/ext2.img" "$img"
boot unclean "$img" "$tmp/log3"
guest "$tmp/log3" | indent
[ -f "$tmp/log3.killed" ] && indent < "$tmp/log3.killed"
check "boot 3 was killed after its fsync, with no sync and no umount" \
    [ -f "$tmp/log3.killed" ]
ino() { awk -v f="/mnt/$1" '$2 == f && $1 ~ /^[0-9]+$/ { print $1 }' \
    "$tmp/log3"; }
late=$(ino late)
alone=$(ino alone)
echo "    debugfs -R 'ls -l /' unclean.img:"
dbg 'ls -l /' "$img" | awk 'NF >= 9' | indent | indent
for f in late:"$late" alone:"$alone"; do
	i=${f#*:}
	dbg "stat <${i:-0}>" "$img" > "$tmp/stat"
	size=$(sed -n 's/^User:.*Size: \([0-9]*\)$/\1/p' "$tmp/stat")
	links=$(sed -n 's/^Links: \([0-9]*\).*/\1/p' "$tmp/stat")
	dbg "cat <${i:-0}>" "$img" > "$tmp/got"
	if cmp -s "$tmp/${f%%:*}" "$tmp/got"; then
		data="the bytes written"
	elif [ -s "$tmp/got" ] && ! tr -d '\0' < "$tmp/got" | grep -q .
	then
		data="zeros"
	elif [ -s "$tmp/got" ]; then
		data="other bytes"
	else
		data="nothing"
	fi
	echo "    debugfs: ${f%%:*}, inode ${i:-?}: size ${size:-0}," \
	    "links ${links:-0}, holds $data"
	[ "${f%%:*}" = alone ] &&
	    check "alone's fsync'd bytes are on the disk, named or not" \
	    [ "$data" = "the bytes written" ]
done
fsck -fn "$img" "$tmp/fsck3"
report "e2fsck -fn unclean.img" "$tmp/fsck3"
cp "$img" "$tmp/fixed.img"
fsck -fy "$tmp/fixed.img" "$tmp/fsck4"
report "e2fsck -fy fixed.img, a copy" "$tmp/fsck4"
check "e2fsck -fy repairs it (exit 0 or 1)" [ $rc -le 1 ]
fsck -fn "$tmp/fixed.img" "$tmp/fsck5"
report "e2fsck -fn fixed.img" "$tmp/fsck5"
check "after the repair e2fsck -fn finds nothing wrong" [ $rc -eq 0 ]
path=$(dbg "ncheck ${alone:-0}" "$tmp/fixed.img" |
    awk -v i="${alone:-0}" '$1 == i { print $2; exit }')
echo "    debugfs -R 'ncheck $alone' fixed.img: ${path:-(no name)}"
dbg "cat ${path:-/nonexistent}" "$tmp/fixed.img" > "$tmp/got"
check "after the repair alone has a name (${path:-none}) and its bytes" \
    cmp -s "$tmp/alone" "$tmp/got"
[ $failed -eq 0 ] || for l in 1 2 3; do
	sed "s/^/    log$l: /" "$tmp/log$l" | tail -n 30
done
exit $failed
