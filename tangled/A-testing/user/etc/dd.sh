# /etc/dd.sh: seed 000's dd experiment, run as init with disks/dd.img as
# vda: init=/sbin/busybox -- sh /etc/dd.sh [MIB [MS]]. Writes /mnt/large,
# MIB megabytes (192), while ddsample prints the page cache's numbers
# every MS milliseconds (100); then drops the clean page cache.
mkdir -p /proc /mnt
/sbin/busybox mount -t proc proc /proc
mount -t ext2 /dev/vda /mnt
grep -E '^(MemTotal|MemFree|Cached):' /proc/meminfo
ddsample /mnt/large "${1:-192}" "${2:-100}"
echo 3 > /proc/sys/vm/drop_caches
grep -E '^(MemFree|Cached|Dirty):' /proc/meminfo
ls -l /mnt/large
