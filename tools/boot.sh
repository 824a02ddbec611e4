#!/bin/sh
# Boot a chapter's kernel under QEMU and turn its verdict into an exit status.
#
# Usage: tools/boot.sh [-c CMDLINE] [-t SECONDS] [-d] [-i] [-g] [-b IMAGE]...
#                       KERNEL [QEMU ARGS...]
#   -c CMDLINE  the kernel command line (default: demo)
#   -b IMAGE    attach IMAGE as a raw virtio disk; given again, the next
#               one (vda, vdb, ... in order). IMAGE may be any file name
#               QEMU takes, such as blkdebug:CONF:FILE
#   -t SECONDS  give up after this long (default: 30; not with -i or -g)
#   -d          deterministic: QEMU counts instructions (-icount), so two
#               runs print the same text; used to capture the book's output
#   -i          interactive: serial on the terminal, Ctrl-A X quits
#   -g          wait for gdb on localhost:1234 before the first instruction
# Other arguments go to QEMU as they are (-m 4608M -smp 2 ...).
# From chapter 13 on the build leaves initramfs.cpio beside the kernel;
# when it is there, QEMU gets it with -initrd, which a Multiboot kernel
# receives as its first module.
#
# The serial port is this script's stdin and stdout, so a script can type
# into the kernel's monitor.  The kernel reports through the isa-debug-exit
# port: 0x10 success, 0x11 failure, 0x12 panic (QEMU exits 2v+1).
# Exit status: 0 success, 1 failure, 2 panic, 3 timeout, 4 anything else.
set -u

cmdline=demo
timeout=30
mode=batch
icount=
disks=0
while getopts c:t:digb: opt; do
	case $opt in
	c) cmdline=$OPTARG ;;
	t) timeout=$OPTARG ;;
	d) icount="-icount shift=3,sleep=off" ;;
	i) mode=interactive ;;
	g) mode=gdb ;;
	b)
		# disk_1, disk_2, ...: QEMU gets them below, in order.
		disks=$((disks + 1))
		eval "disk_$disks=\$OPTARG"
		;;
	*) exit 4 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: tools/boot.sh [-c CMDLINE] [-t SECONDS]" \
    "[-d] [-i] [-g] [-b IMAGE]... KERNEL [QEMU ARGS...]" >&2; exit 4; }
kernel=$1
shift
[ -f "$kernel" ] || { echo "boot: no kernel at $kernel (run make first)" >&2; exit 4; }
command -v qemu-system-x86_64 > /dev/null || {
	echo "boot: qemu-system-x86_64 is missing (make deps installs it)" >&2
	exit 4
}

# The disks, last first, so that the first -b is the first virtio slot.
while [ "$disks" -gt 0 ]; do
	eval "image=\$disk_$disks"
	set -- -drive "file=$image,format=raw,if=virtio" "$@"
	disks=$((disks - 1))
done

initrd=$(dirname "$kernel")/initramfs.cpio
if [ -f "$initrd" ]; then
	set -- -initrd "$initrd" "$@"
fi
set -- -kernel "$kernel" -append "$cmdline" -no-reboot \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 $icount "$@"
case $mode in
interactive)
	# mux=on gives QEMU's Ctrl-A escapes: Ctrl-A X quits, Ctrl-A H helps.
	qemu-system-x86_64 -display none -monitor none \
	    -chardev stdio,id=serial0,mux=on -serial chardev:serial0 "$@"
	status=$?
	;;
gdb)
	echo "boot: waiting for gdb on localhost:1234" >&2
	qemu-system-x86_64 -display none -monitor none -s -S \
	    -chardev stdio,id=serial0,mux=on -serial chardev:serial0 "$@"
	status=$?
	;;
*)
	timeout -k 2 "$timeout" qemu-system-x86_64 -display none -monitor none \
	    -chardev stdio,id=serial0,signal=off -serial chardev:serial0 "$@"
	status=$?
	;;
esac

# Ctrl-A X leaves an interactive QEMU with status 0.
[ "$mode" != batch ] && [ "$status" -eq 0 ] && exit 0
case $status in
33) exit 0 ;;
35) echo "boot: the kernel reported failure" >&2; exit 1 ;;
37) echo "boot: the kernel panicked" >&2; exit 2 ;;
124 | 137)
	echo "boot: timed out after ${timeout}s with no verdict from the kernel" >&2
	exit 3 ;;
0) echo "boot: QEMU stopped without a verdict (a triple fault resets" \
    "the machine)" >&2; exit 4 ;;
*) echo "boot: QEMU failed with status $status" >&2; exit 4 ;;
esac
