#!/bin/sh
# A 2 MiB raw disk image of 4096 sectors; sector N is 32 lines
# "sector NNNNNNNN" (N in decimal, 8 digits), 512 bytes.
# Usage: sh disks/pattern.sh IMAGE
set -eu
awk 'BEGIN {
	for (s = 0; s < 4096; s++)
		for (i = 0; i < 32; i++)
			printf "sector %08d\n", s
}' > "$1"
