#!/bin/sh
# Write a gdb script for a chapter's kernel to stdout: load its symbols,
# attach to QEMU's gdb stub and stop at the kernel's C entry, start_kernel.
# Usage: tools/gdbinit.sh BUILD/NN-slug > BUILD/NN-slug/gdbinit
set -u
out=${1:?chapter build directory}
top=$(cd "$(dirname "$0")/.." && pwd)
cat <<GDB
# Made by tools/gdbinit.sh; used by: gdb -x $out/gdbinit
set architecture i386:x86-64
file $top/$out/kernel.elf
directory $top
target remote localhost:1234
# A hardware breakpoint: QEMU's stub keeps it across the switch from 32-bit
# protected mode into long mode, where a software one can be missed.
hbreak start_kernel
continue
GDB
