# /etc/direct.sh: user/direct.c on an ext2 disk, run as init by
# tools/direct-test.sh: init=/sbin/busybox -- sh /etc/direct.sh, with
# disks/ext2.img as vda.
mkdir -p /proc /mnt
/sbin/busybox mount -t proc proc /proc
mount -t ext2 /dev/vda /mnt
/bin/direct /mnt
sync
umount /mnt
echo "init: done"
