# /etc/msync.sh: msync on an ext2 disk, run as init by tools/msync-test.sh:
# init=/sbin/busybox -- sh /etc/msync.sh, with disks/ext2.img as vda.
# The program waits at its end for QEMU to be killed: no sync, no umount.
mkdir -p /proc /mnt
/sbin/busybox mount -t proc proc /proc
mount -t ext2 /dev/vda /mnt
dd if=/dev/zero of=/mnt/mapped bs=4096 count=2
sync
/bin/msync -d /mnt/mapped
