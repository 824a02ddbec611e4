# /etc/ext2.sh: busybox on an ext2 disk, run as init by tools/ext2-test.sh:
# init=/sbin/busybox -- sh /etc/ext2.sh, with disks/ext2.img as vda.
# Each command is printed after "$ " before it runs.
run() {
	echo "\$ $*"
	"$@"
}

run mkdir -p /proc /mnt
run /sbin/busybox mount -t proc proc /proc
run mount -t ext2 /dev/vda /mnt
run cat /mnt/hello.txt
run md5sum /mnt/sub/numbers.txt
run ls /mnt /mnt/sub
run dd if=/mnt/big bs=1 skip=10485757 count=3
echo
echo '$ echo written here > /mnt/new.txt'
echo written here > /mnt/new.txt
echo '$ seq 1 5000 > /mnt/seq.txt'
seq 1 5000 > /mnt/seq.txt
run dd if=/mnt/sub/numbers.txt of=/mnt/grow bs=4096 conv=notrunc
run dd if=/mnt/sub/numbers.txt of=/mnt/grow bs=4096 seek=20 conv=notrunc
run dd if=/mnt/sub/numbers.txt of=/mnt/grow bs=4096 seek=1100 \
	conv=notrunc
run dd if=/dev/null of=/mnt/seq.txt bs=1 seek=5000
run dd if=/dev/null of=/mnt/big bs=4096 seek=100
run rm /mnt/hello.txt
run mkdir /mnt/newdir /mnt/gone
echo '$ echo inner > /mnt/newdir/inner'
echo inner > /mnt/newdir/inner
run rmdir /mnt/gone
run ls -l --full-time /mnt
run stat -c '%n %b %Y %D' /mnt/grow /mnt/sub/numbers.txt
run md5sum /mnt/grow
run sync
run umount /mnt
echo "init: done"
