# tools/tap-result.sh: sourced by the checks that print TAP-like lines
# (layering.sh, file-shape.sh).  Gives them counters n and failed, and
# result STATUS DESCRIPTION FILE: "ok N - DESCRIPTION" when STATUS is 0,
# else "not ok N - DESCRIPTION"; then FILE's lines (the "#" details).
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
