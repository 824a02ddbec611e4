#!/bin/sh
# Check that tangled/ is exactly what chapters/ produce: one TAP-like line
# per chapter, with the differing files named.  tangled/ is committed for
# readers; this keeps anyone from editing it by hand or forgetting
# `make tangle`.
# Usage: tools/check-tangle.sh
set -u
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
n=0
failed=0
for ch in $(tools/chapters.sh); do
	n=$((n + 1))
	if ! tools/tangle.sh "$ch" "$work/$ch" > "$work/log" 2>&1; then
		echo "not ok $n - $ch tangles"
		sed 's/^/# /' "$work/log"
		failed=1
	elif ! diff -r "$work/$ch" "tangled/$ch" > "$work/diff" 2>&1; then
		echo "not ok $n - tangled/$ch is in sync with chapters/ (run make tangle)"
		grep -E '^(Only in|diff )' "$work/diff" | sed 's/^/# /'
		failed=1
	else
		echo "ok $n - tangled/$ch is in sync with chapters/"
	fi
done
for d in tangled/*/; do
	[ -d "$d" ] || continue
	ch=$(basename "$d")
	tools/chapters.sh | grep -qx "$ch" && continue
	n=$((n + 1))
	echo "not ok $n - tangled/$ch belongs to no chapter in book.yaml"
	failed=1
done
exit $failed
