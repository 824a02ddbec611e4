# tools/test/tap.sh: sourced by the test scripts of tools/test/ that print
# TAP-like lines.  Gives them a scratch directory $tmp (removed on exit),
# ok STATUS DESCRIPTION (prints "ok N - ..." or "not ok N - ..."), and
# tap_end (prints the plan "1..N" and fails if any check failed).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"
	else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
tap_end() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}
