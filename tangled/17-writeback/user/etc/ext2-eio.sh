# /etc/ext2-eio.sh: a write error under ext2, run as init by
# tools/ext2-test.sh (chapter 17 on) with disks/ext2.img as vda behind
# a blkdebug rule that fails writes to one sector of the new file.
# Each command is printed after "$ " before it runs.
run() {
	echo "\$ $*"
	"$@"
}

run mkdir -p /proc /mnt
run /sbin/busybox mount -t proc proc /proc
run mount -t ext2 /dev/vda /mnt
echo '$ exec 3<> /mnt/f'
exec 3<> /mnt/f
run ps
run dd if=/dev/zero of=/mnt/f bs=4096 count=512
run grep -E '^(Dirty|Writeback):' /proc/meminfo
run grep -E '^nr_(dirty|writeback|dirtied|written) ' /proc/vmstat
echo '$ echo 100 > /proc/sys/vm/dirty_expire_centisecs'
echo 100 > /proc/sys/vm/dirty_expire_centisecs
echo '$ echo 100 > /proc/sys/vm/dirty_writeback_centisecs'
echo 100 > /proc/sys/vm/dirty_writeback_centisecs
run sleep 3
run grep -E '^nr_(dirty|writeback|dirtied|written) ' /proc/vmstat
run sync /mnt/f
echo "status $?"
run sync /mnt/f
echo "status $?"
run grep -E '^(Dirty|Writeback):' /proc/meminfo
run grep -E '^nr_(dirty|writeback|dirtied|written) ' /proc/vmstat
echo '$ exec 3<&-'
exec 3<&-
run umount /mnt
echo "init: done"
