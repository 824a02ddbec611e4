#!/bin/sh
# Boot a chapter's kernel (16 on) with Debian's busybox as init running
# /etc/demo.sh, and check what busybox printed against the kernel's own
# numbers.
#
# Usage: tools/busybox-run.sh BUILD_DIR      (e.g. build/16-files)
#
# The kernel is booted with sysctl.vm.min_free_kbytes=1500 (set by the
# kernel from its command line) and init=/sbin/busybox -- sh
# /etc/demo.sh. Checks, one ok/not ok line each: init's exit is Linux's
# panic with exitcode=0x00000000; /proc/mounts lists rootfs and proc;
# free's total, /proc/meminfo's MemTotal and the kernel's boot line
# "Memory: NK/..." are one number, and free finds every line of
# /proc/meminfo it looks for; ps lists pid 1 and the pid the shell
# that exec'ed it printed; /proc/self/exe names /sbin/busybox, also
# for a shell that was itself run through /proc/self/exe, whose cat
# runs;
# min_free_kbytes reads 1500, then 4096 after a write, and a write of
# junk is refused (EINVAL) and leaves 4096; dd's file is 1048576 bytes in
# ls -l; ls -l dates the files of /proc and /tmp at the boot, not in
# 1970; after umount /proc is empty; the only calls the kernel logs as
# not implemented are those busybox does without. Exits 1 if any failed.
set -u

build=${1:?usage: tools/busybox-run.sh BUILD_DIR}
[ -f "$build/user/etc/demo.sh" ] || {
	echo "busybox-run: no $build/user/etc/demo.sh (chapter 16 on)" >&2
	exit 2
}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
tools/boot.sh -t 20 -c "sysctl.vm.min_free_kbytes=1500 init=/sbin/busybox -- sh /etc/demo.sh" \
    "$build/kernel" 2>&1 | tr -d '\r' > "$log"
status=$(sed -n 's/^boot: the kernel panicked$/2/p' "$log")
failed=0
n=0
check() {	# check NAME TRUE-OR-FALSE-COMMAND...
	name=$1
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name"
		failed=1
	fi
}
# The output of one command of the demo: the lines after "$ CMD", up to
# the next command, without the lines the kernel logged meanwhile.
after() {
	awk -v c="\$ $1" '$0 == c { on = 1; next }
	    /^\$ / || /^init: done$/ { on = 0 }
	    /^[a-z]+\[[0-9]+\]: system call/ { next }
	    on' "$log"
}

check "init exits, and the kernel panics as Linux does (boot.sh 2)" \
    [ "$status" = 2 ]
check "Attempted to kill init! exitcode=0x00000000" \
    grep -q '^Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000$' "$log"
check "/proc/mounts: rootfs and proc" \
    [ "$(after 'cat /proc/mounts' | tr '\n' '|')" = "rootfs / rootfs rw 0 0|proc /proc proc rw 0 0|" ]
boot=$(sed -n 's/^Memory: \([0-9]*\)K\/.*/\1/p' "$log")
meminfo=$(after 'cat /proc/meminfo' | awk '$1 == "MemTotal:" { print $2 }')
free=$(after free | awk '$1 == "Mem:" { print $2 }')
check "MemTotal ($meminfo) = free's total ($free) = boot's ($boot)" \
    [ -n "$boot" -a "$boot" = "$meminfo" -a "$boot" = "$free" ]
check "free finds Cached, SReclaimable and MemAvailable (no -/+ line)" \
    [ "$(after free | awk '{ print $1 }' | tr '\n' ' ')" = "total Mem: Swap: " ]
psout=$(after 'sh -c echo "sh: pid $$"; exec ps')
self=$(echo "$psout" | sed -n 's/^sh: pid \([0-9]*\)$/\1/p')
check "ps lists pid 1" sh -c "echo '$psout' | grep -q '^ *1 root '"
check "ps lists itself (pid $self)" \
    sh -c "[ -n '$self' ] && echo '$psout' | grep -q '^ *$self root .*ps\$'"
check "/proc/self/exe -> /sbin/busybox" \
    sh -c "grep -q ' exe -> /sbin/busybox\$' '$log'"
viaexe=$(after 'sh -c ls -l /proc/$$/exe; cat /proc/filesystems')
check "a shell run through /proc/self/exe: its exe, and its cat runs" \
    [ -n "$(echo "$viaexe" | grep '/exe -> /sbin/busybox$')" -a \
      -n "$(echo "$viaexe" | grep '^nodev	proc$')" ]
check "min_free_kbytes: the command line's 1500, then 4096, then 4096" \
    [ "$(after 'cat /proc/sys/vm/min_free_kbytes' | tr '\n' ' ')" = "1500 4096 4096 " ]
check "a write of junk to a sysctl is EINVAL" \
    grep -q 'write error: Invalid argument' "$log"
check "dd's file is 256 pages in ls -l" \
    sh -c "grep -q '^-rw-r--r-- .* 1048576 .* f\$' '$log'"
lsout=$(after 'ls -l /proc'; after 'ls -l /tmp')
check "ls -l dates the files of /proc and /tmp now, none 1970" \
    sh -c "echo '$lsout' | grep -q '^[-d]' &&
	! echo '$lsout' | grep -q ' 1970 '"
check "after umount, /proc is an empty directory" \
    [ -z "$(after 'ls /proc')" -a -n "$(grep '^\$ ls /proc$' "$log")" ]
check "no call the demo needs is missing" \
    sh -c "! grep 'is not implemented' '$log' | grep -v -e '(set_robust_list)' -e '(rseq)' -e '(prlimit64)' -e '(getrandom)' -e '(prctl)' -e '(rt_sigaction)' -e '(sendfile)' | grep ."
if [ $failed -ne 0 ]; then
	echo "busybox-run: the boot's output:" >&2
	sed -n '/as init process/,$p' "$log" >&2
fi
exit $failed
