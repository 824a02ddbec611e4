#!/bin/sh
# Run every check of the book and end with one line "N passed, M failed".
#
# Usage: tools/run-tests.sh [--fast]
#   --fast  only: the tangler's tests, tangled/ in sync, the newest chapter
#           builds, its files' shape, every one of its host test suites
#
# Every snapshot is built (make -j, one job per processor) and boots; the
# costly checks that an older snapshot would only repeat run on the newest
# (see the loop over the chapters below).  Each step's line gives its wall
# and CPU seconds, and a table of both by kind of step, most costly first,
# comes before the last line.
#
# Each step's output goes to build/test-logs/STEP.log.  A step is counted by
# what it prints: TAP-like "ok ..." / "not ok ..." lines, Check's summary
# "NN%: Checks: N, Failures: F, Errors: E", or the kernel's own
# "N passed, M failed"; a step that prints none of these counts as one check
# decided by its exit status, and a step that fails without saying what
# failed counts one failure.
set -u
cd "$(dirname "$0")/.."
fast=
[ "${1:-}" = --fast ] && fast=1
build=build
logs=$build/test-logs
rm -rf "$logs"
mkdir -p "$logs"
passed=0
failed=0
step_no=0
started=$(date +%s.%N)
# One line per step, "KIND<tab>WALL<tab>CPU", for the table at the end.
times_file=$logs/times.tsv
: > "$times_file"

# kind_of NAME: the kind of a step, from its name, for the table of times.
# A chapter's step "NN-slug: WHAT" is of kind WHAT, so a new per-chapter
# step gets a row of its own with no change here.
kind_of() {
	case $1 in
	tangle:*) echo "tangle checks" ;;
	*": builds "*) echo "builds" ;;
	*": host tests under ASan+UBSan"*) echo "host tests, ASan+UBSan" ;;
	*": host tests, every suite"*) echo "host tests, newest, every suite" ;;
	*": host tests, its own"*) echo "host tests, older, own suites" ;;
	*": host tests"*) echo "host tests" ;;
	*": kernel self-tests under QEMU"*) echo "QEMU self-tests" ;;
	*": demo boots"*) echo "QEMU demos" ;;
	*": exercise "*) echo "exercises" ;;
	torture:*) echo "torture" ;;
	fuzz:*) echo "fuzz replay" ;;
	"linux 6.1: memory lines"*) echo "linux-compare" ;;
	"linux 6.1: /proc reports"*) echo "report-shapes" ;;
	"linux 6.1: report patterns"*) echo "report-parse" ;;
	weave:*) echo "weave fixture" ;;
	"book: 'Run it'"*) echo "book: Run it captures" ;;
	"book: HTML"*) echo "book: HTML" ;;
	"book: PDF"*) echo "book: PDF" ;;
	"book: links"*) echo "book: weave-check" ;;
	[0-9][0-9]-*:*|[A-Z]-*:*) echo "${1#*: }" ;;
	*) echo "${1%%:*}" ;;
	esac
}

# cpu_secs FILE: the CPU seconds (user + system) of the children, from the
# second line of an output of `times`.  Each step runs in a subshell that
# writes its own `times` when the step ends, so the seconds are the step's
# alone, whatever else this shell has running in the background.
cpu_secs() {
	awk 'FNR == 2 {
		for (i = 1; i <= 2; i++) {
			split($i, t, "m")
			sub(/s$/, "", t[2])
			s += t[1] * 60 + t[2]
		}
	}
	END { printf "%.1f\n", s }' "$1"
}

# step NAME COMMAND...: run one step and add up what it checked
step() {
	name=$1
	shift
	step_no=$((step_no + 1))
	log=$logs/$(printf '%02d' $step_no)-$(echo "$name" | tr -c 'A-Za-z0-9.\n-' '-').log
	printf '%-52s ' "$name"
	start=$(date +%s.%N)
	(
		"$@" > "$log" 2>&1 < /dev/null
		s_status=$?
		times > "$log.cpu"
		exit $s_status
	)
	status=$?
	counts=$(awk -v status=$status '
		{ sub(/\r$/, "") }
		/^ok / { p++; seen = 1 }
		/^not ok / { f++; seen = 1 }
		/^[0-9]+%: Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+/ {
			gsub(/[,:]/, " ")
			p += $3 - $5 - $7; f += $5 + $7; seen = 1
		}
		/^[0-9]+ passed, [0-9]+ failed$/ { p += $1; f += $3; seen = 1 }
		END {
			if (!seen) { if (status == 0) p = 1; else f = 1 }
			else if (status != 0 && f == 0) f = 1
			print p + 0, f + 0
		}' "$log")
	p=${counts% *}
	f=${counts#* }
	passed=$((passed + p))
	failed=$((failed + f))
	wall=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.1f", $2 - $1 }')
	cpu=$(cpu_secs "$log.cpu")
	rm -f "$log.cpu"
	printf '%s\t%s\t%s\n' "$(kind_of "$name")" "$wall" "$cpu" \
	    >> "$times_file"
	secs="${wall}s, cpu ${cpu}s"
	if [ "$f" -eq 0 ]; then
		echo "ok    ($p passed, $secs)"
	else
		echo "FAIL  ($p passed, $f failed, $secs) log: $log"
		grep -E '^not ok|FAIL|[Ee]rror|:[0-9]+:' "$log" | head -15 | sed 's/^/    /'
		tail -5 "$log" | sed 's/^/    | /'
	fi
}

# time_table: the wall and CPU seconds of each kind of step, most costly
# (in wall time) first, and the total
time_table() {
	echo
	echo "Time by kind of step, most costly first:"
	printf '%-46s %5s %8s %8s\n' kind steps "wall s" "cpu s"
	awk -F '\t' '{ n[$1]++; w[$1] += $2; c[$1] += $3 }
		END { for (k in n) printf "%.1f\t%s\t%d\t%.1f\n", w[k], k, n[k], c[k] }' \
	    "$times_file" | sort -t "$(printf '\t')" -k1,1 -n -r |
	    awk -F '\t' '{ printf "%-46s %5d %8.1f %8.1f\n", $2, $3, $1, $4 }'
	awk -F '\t' '{ n++; w += $2; c += $3 }
		END { printf "%-46s %5d %8.1f %8.1f\n", "total", n, w, c }' \
	    "$times_file"
}

# build_chapter CH GOAL: tangle chapter CH with #line directives (unless
# nothing it reads changed since the last time) and build GOAL of
# mk/snapshot.mk: all, or nosan (no ASan+UBSan runner), with one job per
# processor
jobs=$(nproc 2>/dev/null || echo 2)
build_chapter() {
	# A failed build must not leave the last good binaries to be tested.
	rm -f "$build/$1/kernel" "$build/$1/host-tests" "$build/$1/host-tests-san"
	make -s "$build/src/$1.tangled" &&
	    make -s -j"$jobs" -f mk/snapshot.mk SRC="$build/src/$1" \
	    OUT="$build/$1" "$2"
}

# own_suites CH PREV: the host test suites (ADD_SUITE lines of
# tests/main.c, the <<host test suites>> hook) that chapter CH adds to
# chapter PREV's; every suite when PREV is empty
own_suites() {
	o_prev=/dev/null
	[ -n "$2" ] && o_prev=$build/src/$2/tests/main.c
	sed -n 's/^[ 	]*ADD_SUITE(\([A-Za-z0-9_]*\));.*/\1/p' \
	    "$build/src/$1/tests/main.c" | while read -r o_suite; do
		grep -q "ADD_SUITE($o_suite);" "$o_prev" 2>/dev/null ||
		    echo "$o_suite"
	done
}

# run_suites RUNNER SUITE...: run each suite alone (Check's CK_RUN_SUITE);
# a suite that runs no test is a failure, since its name is wrong
run_suites() {
	r_runner=$1
	shift
	r_status=0
	[ $# -gt 0 ] || { echo "run_suites: no suite named"; return 1; }
	for r_suite in "$@"; do
		CK_RUN_SUITE=$r_suite "$r_runner" > "$logs/suite.out" 2>&1 ||
		    r_status=1
		cat "$logs/suite.out"
		grep -q '^[0-9]*%: Checks: [1-9]' "$logs/suite.out" || {
			echo "not ok - suite $r_suite: no test ran"
			r_status=1
		}
	done
	return $r_status
}

# run_model CH PROGRAM ARGS...: build one of appendix A's model-based
# programs (torture or fuzz) and run it
run_model() {
	m_ch=$1
	m_prog=$2
	shift 2
	make -s -f mk/snapshot.mk SRC="$build/src/$m_ch" OUT="$build/$m_ch" \
	    "$m_prog" && "$build/$m_ch/$m_prog" "$@"
}
TORTURE_OPS=5000000

step "tangle: hooks, errors with file and line" tools/test/tangle-errors.sh
step "tangle: tangled/ in sync with chapters/" tools/check-tangle.sh

newest=$(tools/chapter-slug.sh)
if [ -n "$fast" ]; then
	step "$newest: builds (kernel, host, 80 columns)" \
	    build_chapter "$newest" all
	step "$newest: layering of lib/, mm/ and fs/" \
	    tools/layering.sh "$build/$newest"
	step "$newest: files read whole (includes on top, 800 lines)" \
	    tools/file-shape.sh "tangled/$newest"
	step "$newest: host tests, every suite" "$build/$newest/host-tests"
	time_table
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
fi

step "boot.sh: every kernel verdict is reported" \
    tools/test/boot-verdicts.sh "$build/test/boot"

# Every snapshot is built first, then checked, and boots, its kernel
# self-tests and its demo; the host tests of a snapshot before the newest
# are the suites its own chapter adds, while the newest runs every suite,
# plain and under ASan+UBSan (and, below, the long model-based tests).  A
# new per-chapter check goes into the second loop, named "$ch: WHAT": the
# table of times then gives WHAT a row of its own.
step "layering.sh: a monitor call from mm/ is caught" tools/test/layering.sh
for ch in $(tools/chapters.sh); do
	if [ "$ch" = "$newest" ]; then
		step "$ch: builds (kernel, host, ASan, 80 columns)" \
		    build_chapter "$ch" all
	else
		step "$ch: builds (kernel, host, 80 columns)" \
		    build_chapter "$ch" nosan
	fi
done

# The book's steps need every snapshot's kernel, and the PDF, the longest
# of them, keeps one processor busy: they run in the background from here
# on, beside every other check.  The book's own rules build a snapshot's
# kernel again if it is out of date; KERNELS_GOAL=nosan asks for no more
# than the loop above built.
book_steps() {
	step_no=900	# its logs are numbered apart from the others'
	passed=0 failed=0
	step "book: 'Run it' output captured under QEMU" \
	    make -s runs KERNELS_GOAL=nosan
	step "book: HTML is woven" make -s html KERNELS_GOAL=nosan
	step "book: PDF is typeset" make -s pdf KERNELS_GOAL=nosan
	step "book: links resolve, no undefined refs, chapters at most 50 pages" \
	    make -s weave-check KERNELS_GOAL=nosan
	echo "$passed $failed" > "$logs/book.counts"
}
echo "0 1" > "$logs/book.counts"	# what a book run that dies counts
book_steps > "$logs/book.out" 2>&1 &
book_pid=$!
# wait_book: wait for the book's steps, print their lines, count them
wait_book() {
	wait "$book_pid"
	cat "$logs/book.out"
	read -r b_p b_f < "$logs/book.counts"
	passed=$((passed + b_p))
	failed=$((failed + b_f))
}
prev=
for ch in $(tools/chapters.sh); do
	if [ "$ch" = "$newest" ]; then
		step "$ch: host tests, every suite" "$build/$ch/host-tests"
		step "$ch: host tests under ASan+UBSan" \
		    "$build/$ch/host-tests-san"
	else
		suites=$(own_suites "$ch" "$prev")
		# shellcheck disable=SC2086
		[ -n "$suites" ] &&
		    step "$ch: host tests, its own suites" \
		    run_suites "$build/$ch/host-tests" $suites
	fi
	step "$ch: layering of lib/, mm/ and fs/" \
	    tools/layering.sh "$build/$ch"
	step "$ch: files read whole (includes on top, 800 lines)" \
	    tools/file-shape.sh "tangled/$ch"
	step "$ch: clang finds no unreachable code" \
	    make -s -j"$jobs" -f mk/snapshot.mk SRC="$build/src/$ch" \
	    OUT="$build/$ch" unreachable
	step "$ch: every function is called (kernel, host)" \
	    make -s -j"$jobs" -f mk/snapshot.mk SRC="$build/src/$ch" \
	    OUT="$build/$ch" dead-functions
	# Deterministic (-d): the guest's clock counts its instructions, so
	# a busy host cannot starve one task's work while the clock of
	# another runs on (chapter 13's sleeper-before-spinner test).
	step "$ch: kernel self-tests under QEMU" \
	    tools/boot.sh -d -c test -t 60 "$build/$ch/kernel"
	step "$ch: demo boots and succeeds" \
	    tools/boot.sh -c demo -t 60 "$build/$ch/kernel"
	# The disk (chapter 16 on), on the newest chapter only: an older
	# one would repeat it.
	if [ "$ch" = "$newest" ] && [ -d "tangled/$ch/disks" ]; then
		step "$ch: disk under QEMU (PCI, virtio-blk, errors)" \
		    tools/disk-test.sh "$build/$ch"
	fi
	if [ -d "$build/$ch/user/bin" ]; then
		step "$ch: user programs print on it what they print on Linux" \
		    tools/user-compare.sh "$build/$ch"
	fi
	if [ "$ch" = "$newest" ] && [ -f "$build/$ch/user/etc/demo.sh" ]; then
		step "$ch: busybox as init: its numbers are the kernel's" \
		    tools/busybox-run.sh "$build/$ch"
	fi
	if [ "$ch" = "$newest" ] && [ -f "$build/$ch/user/etc/ext2.sh" ]; then
		step "$ch: ext2 under QEMU, then e2fsck and debugfs on its disk" \
		    tools/ext2-test.sh "$build/$ch"
	fi
	if [ "$ch" = "$newest" ] && [ -f "$build/$ch/user/etc/lost.sh" ]; then
		step "$ch: fsync'd data survives QEMU killed, e2fsck" \
		    tools/nothing-lost.sh "$build/$ch"
	fi
	if [ "$ch" = "$newest" ] && [ -f "$build/$ch/user/etc/msync.sh" ]; then
		step "$ch: msync and page_mkclean on ext2, QEMU killed, e2fsck" \
		    tools/msync-test.sh "$build/$ch"
	fi
	if [ "$ch" = "$newest" ] && [ -f "$build/$ch/user/etc/direct.sh" ]; then
		step "$ch: O_DIRECT under QEMU, then e2fsck and debugfs on its disk" \
		    tools/direct-test.sh "$build/$ch"
	fi
	if [ -d "exercises/$ch" ]; then
		step "$ch: exercise skeletons score below full" \
		    tools/grade.sh --require-below-full "$ch"
		step "$ch: exercise solutions score full marks" \
		    tools/grade.sh --solutions --require-full "$ch"
	fi
	prev=$ch
done
# appendix A's model-based tests, once the book has them
model_ch=$newest
if [ -f "tangled/$model_ch/tools/testing/mm/model.c" ]; then
	step "torture: $TORTURE_OPS random operations against the model" \
	    run_model "$model_ch" torture -q -n "$TORTURE_OPS"
	step "fuzz: every seed and regression input replayed" \
	    run_model "$model_ch" fuzz $(find tests/mm-fuzz/corpus \
	    tests/mm-fuzz/regressions -type f 2>/dev/null | LC_ALL=C sort)
fi
step "linux 6.1: memory lines on the four QEMU machines" \
    tools/linux-compare.sh
# chapter 8's calculator, once the chapter has it
zc_ch=$(tools/chapter-slug.sh 8 2>/dev/null)
if [ -n "$zc_ch" ] && [ -f "tangled/$zc_ch/tools/vm/zonecalc.c" ]; then
	step "zonecalc: Linux 6.1's /proc files and this machine's" \
	    tools/test/zonecalc.sh "$build/$zc_ch/zonecalc"
fi
step "linux 6.1: report patterns reject other layouts" \
    tools/test/report-parse.sh
step "linux 6.1: /proc reports parse as Linux's, 4 machines" \
    tools/report-shapes.sh
if [ -x tools/weave/test/run.sh ]; then
	step "weave: fixture book cross-references" tools/weave/test/run.sh
fi
wait_book

time_table
echo "elapsed: $(echo "$started $(date +%s.%N)" |
    awk '{ printf "%.1f", $2 - $1 }') s of wall time (the book's steps ran beside the others)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
