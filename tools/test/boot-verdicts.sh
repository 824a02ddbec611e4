#!/bin/sh
# Check that tools/boot.sh turns each way a kernel can end into the right
# exit status and message, using a tiny kernel that does what its command
# line says.  Prints TAP-like ok/not ok lines; exits 1 when any failed.
# Usage: tools/test/boot-verdicts.sh BUILDDIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?build directory}
mkdir -p "$out"
gcc -m32 -c "$here/verdict-kernel.S" -o "$out/verdict-kernel.o" &&
    ld -m elf_i386 -Ttext=0x100000 -o "$out/verdict-kernel" \
    "$out/verdict-kernel.o" || { echo "not ok 1 - build the verdict kernel"; exit 1; }

n=0
failed=0
# expect LETTER STATUS MESSAGE: boot with command line LETTER; an empty
# MESSAGE means nothing may be said on stderr
expect() {
	n=$((n + 1))
	"$here/../boot.sh" -c "$1" -t 2 "$out/verdict-kernel" \
	    < /dev/null > /dev/null 2> "$out/verdict.err"
	got=$?
	if [ -z "$3" ]; then
		said=$( [ -s "$out/verdict.err" ] || echo quiet)
	else
		said=$(grep "$3" "$out/verdict.err")
	fi
	if [ "$got" -eq "$2" ] && [ -n "$said" ]; then
		echo "ok $n - '$1' gives status $2 and says '$3'"
	else
		echo "not ok $n - '$1' gives status $2 and says '$3'" \
		    "(got $got: $(cat "$out/verdict.err"))"
		failed=1
	fi
}
expect s 0 ''
expect f 1 'reported failure'
expect p 2 'panicked'
expect h 3 'timed out after 2s'
expect r 4 'without a verdict'
exit $failed
