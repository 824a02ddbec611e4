#!/bin/sh
# Write the fuzzer's seed corpus, tests/mm-fuzz/corpus/: a few operation
# sequences in the four-byte format of tools/testing/mm/model.c (appendix
# A), each reaching one kind of operation, for libFuzzer to mutate.
# Usage: tests/mm-fuzz/mkcorpus.sh   (run once; the files are committed)
set -eu
dir=$(dirname "$0")/corpus
mkdir -p "$dir"

# op KIND ARG GFP PICK: one operation.  KIND (mod 32): 0-11 alloc_pages,
# 12-15 alloc_pages_node, 16-27 free, 28 drain, 29-30 set_mempolicy,
# 31 sysctl.  ARG 0, 128, 192, 224, 240, 243, 245, 247, 250, 252, 254
# are orders 0 to 10.  GFP: bit 0 atomic, bits 1-2 zone (2: DMA32, 3:
# DMA), bits 3-4 mobility, 0x20 THISNODE, 0x40 ZERO, 0x80 NOWARN.
# KIND 224 and up is a slab operation: 224-241 kmem_cache_alloc,
# 242-249 free, 250 create, 255 with ARG below 16 destroy, the rest
# of 251-255 shrink; PICK mod 8 is the cache.
op() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' "$1" "$2" "$3" "$4")"
}
frees() {
	i=0
	while [ $i -lt "$1" ]; do op 16 0 0 $i; i=$((i + 1)); done
}

for a in 0 128 192 224 240 243 245 247 250 252 254; do
	op 0 $a 128 0
done > "$dir/orders"
frees 11 >> "$dir/orders"

for g in 128 129 132 134 136 144 160 192 193 198; do
	op 0 192 $g 0
done > "$dir/flags"
frees 10 >> "$dir/flags"

{ op 12 0 160 0; op 12 0 160 1; op 13 224 164 1; op 14 245 128 0
  op 15 240 230 1; frees 5; } > "$dir/nodes"

{ op 29 2 0 1; op 0 128 128 0; op 29 3 0 2; op 0 0 128 0; op 0 0 128 0
  op 29 1 0 1; op 0 224 128 0; op 29 0 0 0; op 0 0 160 0; frees 5
} > "$dir/policies"

{ i=0; while [ $i -lt 8 ]; do op 0 0 128 0; i=$((i + 1)); done
  frees 8; op 28 0 0 0; } > "$dir/drain"

{ op 31 255 0 0; op 0 0 129 0; op 0 224 128 0; op 31 255 0 1
  op 0 0 129 0; op 31 0 0 0; op 0 0 128 0; frees 3; } > "$dir/sysctl"

{ i=0; while [ $i -lt 40 ]; do op 0 247 134 0; i=$((i + 1)); done
  frees 40; } > "$dir/dma-exhausted"

{ i=0; while [ $i -lt 8 ]; do
	op 250 0 0 $i; j=0
	while [ $j -lt 24 ]; do op 224 0 $((128 + (j % 2) * 64)) $i
		j=$((j + 1)); done
	op 242 0 0 $((i * 7)); op 242 0 0 $((i * 5)); op 252 0 0 $i
	i=$((i + 1)); done
  op 255 0 0 4; op 255 0 0 5; op 224 0 129 4; } > "$dir/slabs"
