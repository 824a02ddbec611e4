#!/bin/sh
# Tests of tools/layering.sh on a build directory of its own, made of a
# few small objects: a tree that keeps the layering passes; memory
# management calling the monitor, a library including a host test's
# header, and a build with no objects of the lower layers all fail, each
# with a line that names the offence.  Prints TAP-like ok / not ok lines.
# Usage: tools/test/layering.sh
set -u
cd "$(dirname "$0")/../.."
. tools/test/tap.sh
src=$tmp/src
mkdir -p "$src/include/linux" "$src/kernel" "$src/mm" "$src/lib" \
    "$src/tests"
printf 'int printk(const char *fmt, ...);\n' > "$src/include/linux/printk.h"
printf 'void monitor_printf(const char *fmt, ...);\n' \
    > "$src/include/linux/monitor.h"
printf 'int test_helper(void);\n' > "$src/tests/tests.h"
printf 'int printk(const char *fmt, ...) { return 0; }\n' \
    > "$src/kernel/printk.c"
printf 'void monitor_printf(const char *fmt, ...) { }\n' \
    > "$src/kernel/monitor.c"
printf '#include <linux/printk.h>\nvoid good(void) { printk("x"); }\n' \
    > "$src/mm/good.c"
printf 'void *memset(void *s, int c, unsigned long n);\n%s\n' \
    'void clear(char *p) { memset(p, 0, 8); }' > "$src/lib/clear.c"
printf '#include <linux/monitor.h>\nvoid bad(void) { monitor_printf("x"); }\n' \
    > "$src/mm/bad.c"
printf '#include "../tests/tests.h"\nint lib_two(void) { return 2; }\n' \
    > "$src/lib/two.c"

# build DIR FILE...: compile each FILE (relative to src) into DIR's
# obj-kernel and obj-host, as mk/snapshot.mk does (with a .d file)
build() {
	b=$1
	shift
	for f in "$@"; do
		for o in obj-kernel obj-host; do
			mkdir -p "$b/$o/$(dirname "$f")"
			cc -c -MMD -I"$src/include" "$src/$f" \
			    -o "$b/$o/$f.o" || return 1
		done
	done
}
# check DIR: run the layering check on DIR, output in $tmp/out
check() {
	tools/layering.sh "$1" > "$tmp/out" 2>&1
}

build "$tmp/good" kernel/printk.c kernel/monitor.c mm/good.c lib/clear.c
check "$tmp/good"
ok $? "a tree that keeps the layering passes"

build "$tmp/bad" kernel/printk.c kernel/monitor.c mm/good.c mm/bad.c
! check "$tmp/bad" &&
    grep -q '^# mm/bad.c uses monitor_printf, defined in kernel/monitor.c$' \
    "$tmp/out" &&
    grep -q '^# mm/bad.c includes include/linux/monitor.h$' "$tmp/out" &&
    [ "$(grep -c '^not ok' "$tmp/out")" -eq 4 ]
ok $? "fails: mm/ calls the monitor and includes its header"

build "$tmp/header" kernel/printk.c mm/good.c lib/two.c
! check "$tmp/header" &&
    grep -q '^# lib/two.c includes tests/tests.h$' "$tmp/out" &&
    [ "$(grep -c '^not ok' "$tmp/out")" -eq 2 ]
ok $? "fails: lib/ includes a host test's header"

build "$tmp/empty" kernel/printk.c kernel/monitor.c
! check "$tmp/empty" && grep -q '^# no object of lib/' "$tmp/out"
ok $? "fails: a build with no object of lib/, mm/ or fs/"
tap_end
