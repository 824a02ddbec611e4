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
# KIND 192-219 is a kmalloc operation: 192-201 kmalloc, 202-203
# kzalloc, 204-205 kmalloc_node, 206-209 krealloc, 210-219 kfree.  ARG
# mod 12 is the power of two, 4 to 8192, that bounds the size (PICK 0:
# that size), ARG 224 and up a large kmalloc; GFP as above, of which
# kmalloc takes atomic, DMA, reclaimable, ZERO and NOWARN.
# KIND 220-223 is a vmalloc operation, chosen by GFP: below 96
# vmalloc, 96-127 vzalloc, 128-159 vmalloc_node, 160-191 vmap (bits
# 1-2 as above for its pages' zone), 192 and up vfree.  ARG 0-191 is
# 1-4 pages, 192-247 5-60, 248-255 100-324; PICK takes up to 3825
# bytes off the last page and chooses the node.
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

{ a=0; while [ $a -lt 12 ]; do
	op 192 $a 128 $((a + 1)); op 192 $a 134 0; op 192 $a 144 $a
	a=$((a + 1)); done
  op 192 224 128 5; op 192 240 134 9; op 202 250 192 3; op 202 5 192 2
  op 204 7 128 1; op 204 230 128 0; op 206 11 128 4; op 206 2 128 7
  op 206 228 128 3; op 206 0 192 1; op 210 0 0 0; op 210 0 0 7
  op 210 0 0 20; } > "$dir/kmalloc"

{ op 220 0 0 0; op 220 100 0 1; op 220 200 0 2; op 220 250 0 3
  op 220 150 96 5; op 220 210 100 6; op 220 40 128 1; op 220 255 130 0
  op 220 60 160 0; op 220 195 164 1; op 220 0 192 0; op 220 0 200 3
  i=0; while [ $i -lt 56 ]; do op 220 255 0 $i; op 220 0 192 0
	i=$((i + 1)); done; } > "$dir/vmalloc"
