#!/bin/sh
# Run every user program of a chapter's build on this machine's Linux and
# under the chapter's kernel, and compare what each printed and how it
# ended.  From chapter 13 on.
#
# Usage: tools/user-compare.sh BUILD_DIR      (e.g. build/13-processes)
#
# The kernel, booted with "user", runs each file of the initramfs's /bin/
# with the arguments "alpha" "beta gamma" and the environment HOME=/
# TERM=linux, and prints "=== run /bin/NAME" before it and "=== /bin/NAME:
# exit N" (or "signal N") after it.  Here each program runs the same way,
# natively: they are static Linux executables.  Lines the kernel logged
# while a program ran (NAME[PID]: segfault at ..., NAME[PID]: system call
# ..., traps: ..., and the loader's /PATH: WHY: -ENOEXEC when execve
# refuses a file) are not the program's
# output; they are set apart, and a program killed by a signal must have
# left Linux's one-line report: a segfault report for a page fault, a traps:
# report otherwise, checked with a pattern of Linux 6.1's format.  A program
# must also give back every page it used ("pages not given back" fails),
# except the first, whose kernel stack's page tables and first slabs stay,
# every task_struct ("task_structs not given back" fails, the first too),
# and, from chapter 14 on, every object of the address-space caches the
# kernel counts ("vm_area_structs not given back", from chapter 15 also
# "mm_structs" and "anon_vmas", from chapter 16 "inodes", "dentries",
# "files", "files_structs" and the page cache's "radix_tree_nodes").
# Then the kernel runs /bin/spinner and /bin/sleeper side by side
# ("=== run /bin/spinner and /bin/sleeper side by side" ... "=== side by
# side: done"); here they run side by side too, and the lines each printed
# must be the same (in any order), both must exit 0, and under the kernel
# the sleeper must end first: the tick took the processor from the
# spinner, which never sleeps.
# One ok/not ok line per program and check; exits 1 if any failed.
set -u

build=${1:?usage: tools/user-compare.sh BUILD_DIR}
bin=$build/user/bin
[ -d "$bin" ] || { echo "user-compare: no $bin (chapter 13 on)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

here=$(dirname "$0")
# -d: the guest's clock counts instructions, so that a busy host does not
# change which of spinner and sleeper ends first.
"$here/boot.sh" -d -c user -t 120 "$build/kernel" -m 256M \
	> "$tmp/kernel.out" 2>&1 </dev/null
tr -d '\r' < "$tmp/kernel.out" > "$tmp/kernel.txt"

fail=0
ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; fail=1; }

report_re='^[a-z0-9_.-]+\[[0-9]+\]: segfault at [0-9a-f]+ ip [0-9a-f]{16} sp [0-9a-f]{16} error [0-9a-f]+ in [a-z0-9_.-]+\[[0-9a-f]+\+[0-9a-f]+\] likely on CPU [0-9]+ \(core [0-9]+, socket [0-9]+\)$'
traps_re='^traps: [a-z0-9_.-]+\[[0-9]+\] general protection fault ip:[0-9a-f]+ sp:[0-9a-f]+ error:[0-9a-f]+ in [a-z0-9_.-]+\[[0-9a-f]+\+[0-9a-f]+\]$'
log_re='^([a-z0-9_.-]+\[[0-9]+\]: (segfault at|system call) |traps: |/[^ ]+: [^:]+: -ENOEXEC$)'

first=1
for prog in $(cd "$bin" && ls | LC_ALL=C sort); do
	name=/bin/$prog
	# The host's run: the same arguments and environment.  The shell
	# that waits for a program killed by a signal says so ("Segmentation
	# fault") on its own standard error: here that is an outer subshell,
	# kept from handing its process to the inner one by the "exit", whose
	# standard error goes nowhere.
	( (env -i HOME=/ TERM=linux "$bin/$prog" alpha "beta gamma" \
		> "$tmp/host.out" 2>&1); exit $?) 2> /dev/null
	st=$?
	if [ $st -gt 128 ]; then hend="signal $((st - 128))"
	else hend="exit $st"; fi
	# The kernel's run: the lines between its two markers.
	awk -v start="=== run $name" -v stop="=== $name: " '
		$0 == start { on = 1; next }
		on && index($0, stop) == 1 { print substr($0, length(stop) + 1) > "/dev/stderr"; exit }
		on' "$tmp/kernel.txt" > "$tmp/k.all" 2> "$tmp/k.end"
	kend=$(cat "$tmp/k.end")
	grep -Ev "$log_re" "$tmp/k.all" > "$tmp/k.out"
	grep -E "$log_re" "$tmp/k.all" > "$tmp/k.log"
	if [ -z "$kend" ]; then
		notok "$prog: the kernel did not run it to its end"
		continue
	fi
	if cmp -s "$tmp/host.out" "$tmp/k.out"; then
		ok "$prog: the same output on Linux and on the book's kernel"
	else
		notok "$prog: the outputs differ (Linux -, ours +):"
		diff -u "$tmp/host.out" "$tmp/k.out" | tail -n +3 | sed 's/^/#   /'
	fi
	if [ "$hend" = "$kend" ]; then
		ok "$prog: ends with $kend on both"
	else
		notok "$prog: ends with $hend on Linux, $kend on ours"
	fi
	case $kend in
	"signal 11")
		if grep -Eq "$report_re|$traps_re" "$tmp/k.log"; then
			ok "$prog: Linux's report: $(head -1 "$tmp/k.log")"
		else
			notok "$prog: no report in Linux's format:" \
			    "$(head -1 "$tmp/k.log")"
		fi ;;
	esac
	if grep -q "^=== $name: .* pages not given back" "$tmp/kernel.txt" &&
	    [ $first = 0 ]; then
		notok "$prog: $(grep "^=== $name: .* pages not given back" \
		    "$tmp/kernel.txt")"
	else
		ok "$prog: gave back its pages"
	fi
	if grep -q "^=== $name: .* task_structs not given back" \
	    "$tmp/kernel.txt"; then
		notok "$prog: $(grep "^=== $name: .* task_structs not given" \
		    "$tmp/kernel.txt")"
	else
		ok "$prog: gave back its task_struct"
	fi
	# From chapter 14 on the kernel also counts the address-space
	# caches' objects left (areas; from chapter 15 mm_structs and
	# anon_vmas too; from chapter 16 the VFS's inodes, dentries, files
	# and files_structs, and the page cache's radix_tree_nodes).
	caches='(vm_area_structs|mm_structs|anon_vmas|inodes|dentries'
	caches="$caches|files|files_structs|radix_tree_nodes)"
	if grep -Eq "^=== $name: .* $caches not given back" \
	    "$tmp/kernel.txt"; then
		grep -E "^=== $name: .* $caches not given back" \
		    "$tmp/kernel.txt" |
		while read -r line; do notok "$prog: $line"; done
		fail=1
	else
		ok "$prog: gave back its objects of the counted caches"
	fi
	first=0
done

# The two programs side by side.
if [ -x "$bin/spinner" ] && [ -x "$bin/sleeper" ]; then
	env -i "$bin/spinner" > "$tmp/spin.out" 2>&1 &
	spin=$!
	env -i "$bin/sleeper" > "$tmp/sleep.out" 2>&1
	hsleep=$?
	wait $spin
	hspin=$?
	cat "$tmp/spin.out" "$tmp/sleep.out" | LC_ALL=C sort > "$tmp/host.pair"
	[ $hsleep = 0 ] && [ $hspin = 0 ] ||
		notok "side by side: on Linux, sleeper exit $hsleep," \
		    "spinner exit $hspin"
	awk '$0 == "=== run /bin/spinner and /bin/sleeper side by side" {
		on = 1; next }
	    on && /^=== side by side: (done|error)/ { print > "/dev/stderr"; exit }
	    on' "$tmp/kernel.txt" > "$tmp/k.pair.all" 2> "$tmp/k.pair.end"
	grep -v '^=== ' "$tmp/k.pair.all" | LC_ALL=C sort > "$tmp/k.pair"
	ends=$(grep '^=== /bin/s[a-z]*: ' "$tmp/k.pair.all" | tr '\n' ' ')
	if ! grep -q 'done' "$tmp/k.pair.end"; then
		notok "side by side: the kernel did not run them to their end"
	elif cmp -s "$tmp/host.pair" "$tmp/k.pair"; then
		ok "side by side: the same lines on Linux and on the book's kernel"
	else
		notok "side by side: the lines differ (Linux -, ours +):"
		diff -u "$tmp/host.pair" "$tmp/k.pair" | tail -n +3 |
		    sed 's/^/#   /'
	fi
	case $ends in
	"=== /bin/sleeper: exit 0 === /bin/spinner: exit 0 ")
		ok "side by side: the sleeper ended first, both with exit 0" ;;
	*)	notok "side by side: ends in this order: $ends" ;;
	esac
	if grep -q '^=== side by side: .* not given back' "$tmp/kernel.txt"
	then
		notok "side by side: $(grep '^=== side by side: .* not given' \
		    "$tmp/kernel.txt")"
	else
		ok "side by side: gave back their pages and task_structs"
	fi
fi
grep -q '^=== done$' "$tmp/kernel.txt" || notok "the kernel did not finish"
exit $fail
