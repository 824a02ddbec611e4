# tools/tap-result.sh: sourced by the checks that print TAP-like lines
# (layering.sh, file-shape.sh, and the disk tests under QEMU).  Gives them
# counters n and failed, and
# result STATUS DESCRIPTION FILE: "ok N - DESCRIPTION" when STATUS is 0,
# else "not ok N - DESCRIPTION" and one more failed; then FILE's lines
# (the "#" details);
# check NAME COMMAND...: runs COMMAND; "ok N - NAME" if it succeeds, else
# "not ok N - NAME" and failed=1 (the scripts that use it exit $failed).
n=0 failed=0
result() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
	fi
	cat "$3"
}
check() {
	c_name=$1
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $c_name"
	else
		echo "not ok $n - $c_name"
		failed=1
	fi
}
