#!/bin/sh
# A 16 MiB ext2 file system as Debian's mke2fs makes one (4 KiB blocks,
# 256-byte inodes, two groups of 2048 blocks), holding hello.txt,
# sub/numbers.txt (seq 1 2000), sub/deep/ and big, a 10 MiB sparse file
# ending in "END" (its last block needs the double indirect block).
# Usage: sh disks/ext2.sh IMAGE
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/sub/deep"
echo hello > "$dir/hello.txt"
seq 1 2000 > "$dir/sub/numbers.txt"
printf END | dd of="$dir/big" bs=1 seek=$((10 * 1024 * 1024 - 3)) \
    2>/dev/null
rm -f "$1"
mke2fs -q -t ext2 -b 4096 -g 2048 -d "$dir" -F "$1" 16M >/dev/null
