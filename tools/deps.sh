#!/bin/sh
# Check that the Debian packages the book needs are installed, and install
# the missing ones with apt-get (as root, or through sudo when there is one).
# When it can do neither it prints the exact command to run, and fails.
# Usage: tools/deps.sh [--check] [--extra PKG...]
#   --check   only report what is missing (exit 1 if anything is)
#   --extra   also require these packages (e.g. chromium for screenshots)
set -u

# libclang-rt-14-dev holds libFuzzer (make fuzz); clang only recommends it.
# libjemalloc2, libmimalloc2.0 and libtcmalloc-minimal4 are the user-space
# allocators chapter 11's benchmark (make bench) compares kmalloc with.
# musl-tools (musl-gcc) builds chapter 13's user programs as static Linux
# executables; cpio packs them into the initramfs. busybox-static is the
# init and the programs chapter 16 runs on its kernel (/sbin/busybox).
# e2fsprogs makes chapter 16's ext2 disk image (mke2fs) and checks it
# afterwards (e2fsck, debugfs).
packages="make gcc libc6-dev binutils pkg-config check noweb pandoc qemu-system-x86
	texlive-xetex texlive-latex-recommended texlive-latex-extra
	texlive-fonts-recommended
	lmodern fonts-dejavu-core fonts-ipafont-mincho
	graphviz gnuplot-nox librsvg2-bin poppler-utils
	clang libclang-rt-14-dev
	libjemalloc2 libmimalloc2.0 libtcmalloc-minimal4
	musl-tools cpio busybox-static e2fsprogs"
check_only=
while [ $# -gt 0 ]; do
	case $1 in
	--check) check_only=1 ;;
	--extra) shift; packages="$packages $*"; break ;;
	*) echo "usage: tools/deps.sh [--check] [--extra PKG...]" >&2; exit 2 ;;
	esac
	shift
done

command -v dpkg-query > /dev/null || {
	echo "deps: not a Debian system; install by hand: $packages" >&2
	exit 0
}
missing=
for p in $packages; do
	s=$(dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null)
	[ "$s" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: missing Debian packages:$missing"
[ -n "$check_only" ] && exit 1
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo > /dev/null && sudo -n true 2>/dev/null; then
	sudo="sudo"
else
	echo "deps: run as root:  apt-get update && $cmd" >&2
	exit 1
fi
echo "deps: installing (a few minutes the first time)..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q > /dev/null &&
	$sudo apt-get install -y -q --no-install-recommends $missing \
	    > "${TMPDIR:-/tmp}/page-by-page-apt.log" 2>&1 || {
	echo "deps: apt-get failed; see ${TMPDIR:-/tmp}/page-by-page-apt.log" >&2
	tail -5 "${TMPDIR:-/tmp}/page-by-page-apt.log" >&2
	exit 1
}
echo "deps: installed:$missing"
