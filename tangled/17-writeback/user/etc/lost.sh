# /etc/lost.sh: what a crash keeps, run as init by tools/nothing-lost.sh:
# init=/sbin/busybox -- sh /etc/lost.sh STEP, with a disk made by
# disks/ext2.sh as vda. STEP fsync writes /mnt/kept and fsyncs it and
# its directory; check reads it back and unmounts; unclean makes a
# directory and two files, fsyncs one of them and not its directory.
# A line "lost: ..." tells the host to kill the machine there.
run() {
	echo "\$ $*"
	"$@"
}

run mkdir -p /proc /mnt
run /sbin/busybox mount -t proc proc /proc
run mount -t ext2 /dev/vda /mnt
case $1 in
fsync)
	echo '$ seq 1 3000 > /mnt/kept'
	seq 1 3000 > /mnt/kept
	run sync /mnt/kept
	run sync /mnt
	echo "lost: kept and its directory are synced"
	;;
check)
	run md5sum /mnt/kept
	run sync
	run umount /mnt
	echo "init: done"
	exit 0
	;;
unclean)
	run mkdir /mnt/newdir
	echo '$ seq 1 5000 > /mnt/late'
	seq 1 5000 > /mnt/late
	echo '$ echo alone > /mnt/alone'
	echo alone > /mnt/alone
	run sync /mnt/alone
	run ls -i /mnt/late
	run ls -i /mnt/alone
	echo "lost: alone is synced, its directory and late are not"
	;;
esac
sleep 600
