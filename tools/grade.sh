#!/bin/sh
# Grade one chapter's exercises: build each exercise's Check tests with the
# student's files (exercises/NN-slug/) or the reference solutions
# (solutions/NN-slug/), run them, and print each test's verdict and a score.
#
# Usage: tools/grade.sh [--solutions] [--require-full | --require-below-full]
#                       CHAPTER
#   CHAPTER               the chapter's number (1), an appendix's letter
#                         (A) or either's slug (01-boot, A-testing), as
#                         tools/chapter-slug.sh reads it
#   --solutions           grade solutions/NN-slug/ instead of the student's
#                         files in exercises/NN-slug/
#   --require-full        exit 1 unless every exercise gets full marks
#   --require-below-full  exit 1 if any exercise gets full marks (run on
#                         the untouched skeletons, this proves that each
#                         one leaves work to do)
#   The two --require modes also print one TAP line per exercise, e.g.
#   "ok - 01-boot memparse: skeleton scores 1/11 (below full)".
# Exit status: 0 when it ran (whatever the score), 1 when a --require check
# failed, 2 on a usage error or when the grader itself cannot run.
#
# Files of a chapter's exercises (every chapter follows this layout):
#   exercises/NN-slug/K-NAME.md    the handout, "### Exercise N.K: Title";
#                                  K orders the exercises (an appendix's
#                                  are exercises/A-slug/, "Exercise A.K";
#                                  an appendix may have none)
#   exercises/NN-slug/NAME.c       the skeleton the student edits; it must
#                                  compile with the flags below
#   exercises/NN-slug/test_NAME.c  the Check tests and their points table
#   exercises/NN-slug/include/     headers for the tests and the skeletons
#   solutions/NN-slug/NAME.c       the reference solution
#
# Points: the test file ends with its points table, one add() line per test:
#   void grade_tests(void (*add)(const TTest *test, int points))
#   {
#           add(test_memparse_reads_plain_decimal, 1);
#           add(test_memparse_understands_every_suffix_in_either_case, 2);
#   }
# tools/grade/runner.c supplies main(): it runs each test in a Check test
# case of its own, in fork mode (a crash or a hang fails one test), and
# prints "PASS  name  (2/2)" or "FAIL  name  (0/2)  message" per test. When
# the exercise does not build, this script reads the same add() lines to
# list its tests at 0 points.
#
# Build: gcc -Wall -Wextra -Werror -Wno-unused-parameter -g (the warnings
# the snapshot's own code is built with) -Iexercises/NN-slug/include and
# `pkg-config --cflags --libs check`. Host code of the chapter's snapshot:
# when build/NN-slug/libhost.a exists (make -f mk/snapshot.mk builds it;
# the top Makefile does so before grading), it is linked after the
# exercise's objects, and -Ibuild/src/NN-slug/include,
# -Ibuild/src/NN-slug/arch/host/include and -Ibuild/src/NN-slug/arch/x86/include
# come after the exercise's own include directory. An archive member is
# linked only to resolve a symbol that is still undefined, so an exercise
# may define a function that the snapshot also has, provided nothing it
# uses from libhost.a lives in the same object file.
#
# Output: build/grade/NN-slug/{student,solutions}/NAME/ holds compile.log,
# the test program, result.txt (the runner's output) and check.xml (Check's
# XML log, from CK_XML_LOG_FILE_NAME); score.txt next to them has the
# "Score:" line.

usage() {
	echo "usage: $0 [--solutions] [--require-full |" \
	     "--require-below-full] CHAPTER" >&2
	exit 2
}

die() {
	echo "grade.sh: $*" >&2
	exit 2
}

mode=student
require=
chapter=
while [ $# -gt 0 ]; do
	case $1 in
	--solutions) mode=solutions ;;
	--require-full) [ -z "$require" ] || usage; require=full ;;
	--require-below-full) [ -z "$require" ] || usage; require=below ;;
	-*) usage ;;
	*) [ -z "$chapter" ] || usage; chapter=$1 ;;
	esac
	shift
done
[ -n "$chapter" ] || usage

root=$(cd "$(dirname "$0")/.." && pwd) || die "cannot find the project"
cd "$root" || die "cannot enter $root"

# The chapter's slug, from its number, its letter (an appendix) or its slug.
slug=$(tools/chapter-slug.sh "$chapter" 2>/dev/null) ||
    die "no chapter $chapter in book.yaml"

exdir=exercises/$slug
if [ "$mode" = solutions ]; then
	srcdir=solutions/$slug
	what=solution
else
	srcdir=$exdir
	what=skeleton
fi
out=$root/build/grade/$slug/$mode

# The compiler and its flags.
CC=${CC:-gcc}
check_flags=$(pkg-config --cflags check) || die "pkg-config: no check"
check_libs=$(pkg-config --libs check) || die "pkg-config: no check"
cflags="-Wall -Wextra -Werror -Wno-unused-parameter -g -I$exdir/include"
hostlib=
if [ -f "build/$slug/libhost.a" ]; then
	cflags="$cflags -Ibuild/src/$slug/include"
	cflags="$cflags -Ibuild/src/$slug/arch/host/include"
	cflags="$cflags -Ibuild/src/$slug/arch/x86/include"
	hostlib=build/$slug/libhost.a
fi

# Check must not filter or stop forking because of the caller's settings.
unset CK_RUN_SUITE CK_RUN_CASE CK_INCLUDE_TAGS CK_EXCLUDE_TAGS CK_FORK

# The points table of test file $1, one "name points" line per test.
points_table() {
	pt_blank='[[:blank:]]*'
	pt_test='\([A-Za-z_][A-Za-z0-9_]*\)'
	pt_points='\([0-9][0-9]*\)'
	pt_add="add($pt_blank$pt_test$pt_blank,$pt_blank$pt_points$pt_blank)"
	sed -n "s/^$pt_blank$pt_add.*/\\1 \\2/p" "$1"
}

# Compile $2 into object $1, logging to $log; show the log if it fails.
# (The flag lists are split into words on purpose.)
# shellcheck disable=SC2086
compile() {
	if ! $CC $cflags $check_flags -c -o "$1" "$2" >>"$log" 2>&1; then
		echo "BUILD FAILED: $2 does not compile:"
		sed 's/^/    /' "$log" | head -n 40
		return 1
	fi
}

# Print every test of $table as failed, for reason $1.
fail_all() {
	echo "$table" | while read -r t p; do
		echo "FAIL  $t  (0/$p)  $1"
	done
}

# Build and run exercise $1; set got and max to its points.
grade_one() {
	name=$1
	test_src=$exdir/test_$name.c
	src=$srcdir/$name.c
	dir=$out/$name
	log=$dir/compile.log
	got=0
	max=0
	mkdir -p "$dir" || die "cannot create $dir"
	rm -f "$dir"/*.o "$dir/test" "$dir/result.txt" "$dir/check.xml"
	: >"$log"
	[ -f "$test_src" ] || die "$test_src is missing"

	table=$(points_table "$test_src")
	[ -n "$table" ] || die "$test_src has no points table"
	max=$(echo "$table" | awk '{ s += $2 } END { print s }')

	built=no
	# shellcheck disable=SC2086
	if [ ! -f "$src" ]; then
		echo "BUILD FAILED: $src is missing"
	elif compile "$dir/runner.o" tools/grade/runner.c &&
	     compile "$dir/test_$name.o" "$test_src" &&
	     compile "$dir/$name.o" "$src"; then
		if $CC -o "$dir/test" "$dir/test_$name.o" "$dir/$name.o" \
		      "$dir/runner.o" $hostlib $check_libs >>"$log" 2>&1; then
			built=yes
		else
			echo "BUILD FAILED: $src does not link:"
			sed 's/^/    /' "$log" | head -n 40
		fi
	fi
	if [ $built = no ]; then
		fail_all "not built"
		return
	fi

	(cd "$dir" && CK_XML_LOG_FILE_NAME=$dir/check.xml \
		timeout 300 ./test "$slug-$name") >"$dir/result.txt" 2>&1
	status=$?
	grep -v '^SCORE ' "$dir/result.txt"
	score=$(grep '^SCORE ' "$dir/result.txt" | tail -n 1)
	if [ $status -ne 0 ] || [ -z "$score" ]; then
		fail_all "the test program failed (exit status $status)"
		return
	fi
	got=$(echo "$score" | awk '{ print $2 }')
	runner_max=$(echo "$score" | awk '{ print $3 }')
	[ "$runner_max" = "$max" ] ||
		die "$test_src: its add() lines sum to $max points," \
		    "the runner counted $runner_max"
}

handouts=$(for h in "$exdir"/[0-9]*-*.md; do
	[ -f "$h" ] && echo "${h##*/}"
done | sort -n)
if [ -z "$handouts" ]; then
	echo "$slug: no exercises"
	[ -z "$require" ] || echo "ok - $slug: no exercises # SKIP"
	exit 0
fi

total=0
total_max=0
failed=0
ntap=0
taps=
if [ "$mode" = solutions ]; then
	echo "Grading $slug: the reference solutions in $srcdir/"
else
	echo "Grading $slug: the exercises in $srcdir/"
fi
for h in $handouts; do
	name=$(echo "$h" | sed 's/^[0-9]*-//; s/\.md$//')
	title=$(sed -n '1s/^### *//p' "$exdir/$h")
	echo
	echo "== ${title:-$name} ($srcdir/$name.c)"
	grade_one "$name"
	echo "-- $name: $got/$max"
	total=$((total + got))
	total_max=$((total_max + max))
	[ -n "$require" ] || continue

	ntap=$((ntap + 1))
	scores="$slug $name: $what scores $got/$max"
	if [ "$require" = full ]; then
		if [ "$got" -eq "$max" ] && [ "$max" -gt 0 ]; then
			verdict="ok - $scores (full)"
		else
			verdict="not ok - $scores (below full)"
			failed=$((failed + 1))
		fi
	elif [ "$got" -lt "$max" ]; then
		verdict="ok - $scores (below full)"
	else
		verdict="not ok - $scores (full marks: nothing left to do)"
		failed=$((failed + 1))
	fi
	taps="${taps:+$taps
}$verdict"
done

echo
echo "Score: $total/$total_max"
echo "Score: $total/$total_max" >"$out/score.txt"
if [ -n "$require" ]; then
	echo
	echo "$taps"
	echo "1..$ntap"
	[ $failed -eq 0 ] || exit 1
fi
exit 0
