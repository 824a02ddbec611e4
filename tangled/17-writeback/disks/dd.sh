#!/bin/sh
# An empty 256 MiB ext2 file system (4 KiB blocks) for the dd experiment
# of chapter 17's "Run it"; the image is sparse.
# Usage: sh disks/dd.sh IMAGE
set -eu
rm -f "$1"
mke2fs -q -t ext2 -b 4096 -F "$1" 256M >/dev/null
