#!/bin/sh
# Run every check of the book and end with one line "N passed, M failed".
#
# Usage: tools/run-tests.sh [--fast]
#   --fast  only: tangled/ in sync, the newest chapter builds, its host tests
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

# step NAME COMMAND...: run one step and add up what it checked
step() {
	name=$1
	shift
	step_no=$((step_no + 1))
	log=$logs/$(printf '%02d' $step_no)-$(echo "$name" | tr -c 'A-Za-z0-9.\n-' '-').log
	printf '%-52s ' "$name"
	start=$(date +%s)
	"$@" > "$log" 2>&1 < /dev/null
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
	secs=$(($(date +%s) - start))
	if [ "$f" -eq 0 ]; then
		echo "ok    ($p passed, ${secs}s)"
	else
		echo "FAIL  ($p passed, $f failed, ${secs}s) log: $log"
		grep -E '^not ok|FAIL|[Ee]rror|:[0-9]+:' "$log" | head -15 | sed 's/^/    /'
		tail -5 "$log" | sed 's/^/    | /'
	fi
}

# build_chapter CH: tangle chapter CH with #line directives and build it
build_chapter() {
	# A failed build must not leave the last good binaries to be tested.
	rm -f "$build/$1/kernel" "$build/$1/host-tests" "$build/$1/host-tests-san"
	tools/tangle.sh -L "$1" "$build/src/$1" &&
	    make -s -f mk/snapshot.mk SRC="$build/src/$1" OUT="$build/$1" all
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

if [ -n "$fast" ]; then
	ch=$(tools/chapter-slug.sh)
	step "$ch: builds (kernel, host, 80 columns)" build_chapter "$ch"
	step "$ch: layering of lib/, mm/ and fs/" \
	    tools/layering.sh "$build/$ch"
	step "$ch: host tests" "$build/$ch/host-tests"
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
fi

step "boot.sh: every kernel verdict is reported" \
    tools/test/boot-verdicts.sh "$build/test/boot"
step "layering.sh: a monitor call from mm/ is caught" tools/test/layering.sh
for ch in $(tools/chapters.sh); do
	step "$ch: builds (kernel, host, 80 columns)" build_chapter "$ch"
	step "$ch: layering of lib/, mm/ and fs/" \
	    tools/layering.sh "$build/$ch"
	step "$ch: host tests" "$build/$ch/host-tests"
	step "$ch: host tests under ASan+UBSan" "$build/$ch/host-tests-san"
	step "$ch: kernel self-tests under QEMU" \
	    tools/boot.sh -c test -t 60 "$build/$ch/kernel"
	step "$ch: demo boots and succeeds" \
	    tools/boot.sh -c demo -t 60 "$build/$ch/kernel"
	if [ -d "exercises/$ch" ]; then
		step "$ch: exercise skeletons score below full" \
		    tools/grade.sh --require-below-full "$ch"
		step "$ch: exercise solutions score full marks" \
		    tools/grade.sh --solutions --require-full "$ch"
	fi
done
# appendix A's model-based tests, once the book has them
model_ch=$(tools/chapter-slug.sh)
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
step "book: HTML and PDF are woven" make -s html pdf
step "book: links resolve, no undefined refs" make -s weave-check

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
