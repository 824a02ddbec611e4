# /etc/demo.sh: what Debian's busybox does on the book's kernel, run by
# busybox's sh as init: init=/sbin/busybox -- sh /etc/demo.sh
# Each command is printed after "$ " before it runs.
run() {
	echo "\$ $*"
	"$@"
}

echo "init: pid $$, $(busybox | head -n 1)"
run mkdir -p /proc /tmp
run /sbin/busybox mount -t proc proc /proc
run cat /proc/mounts
run cat /proc/meminfo
run free
run sh -c 'echo "sh: pid $$"; exec ps'
run ls -l /proc
run ls -l /proc/self/
run sh -c 'ls -l /proc/$$/exe; cat /proc/filesystems'
run cat /proc/sys/vm/min_free_kbytes
echo '$ echo 4096 > /proc/sys/vm/min_free_kbytes'
echo 4096 > /proc/sys/vm/min_free_kbytes
run cat /proc/sys/vm/min_free_kbytes
echo '$ echo junk > /proc/sys/vm/min_free_kbytes'
echo junk > /proc/sys/vm/min_free_kbytes
run cat /proc/sys/vm/min_free_kbytes
run dd if=/dev/zero of=/tmp/f bs=4096 count=256
run ls -l /tmp
run sync
run rm /tmp/f
run mkdir /tmp/d
run ls -la /tmp
run rmdir /tmp/d
echo "\$ ls /proc | grep -c '^[0-9]'"
ls /proc | grep -c '^[0-9]'
run umount /proc
run ls /proc
echo "init: done"
