#!/bin/sh
# The machine shapes of the reference Linux 6.1 logs
# (tests/linux-6.1/shapes), for the scripts that boot our kernel on them.
# Usage: tools/shapes.sh          the shapes' names, one per line
#        tools/shapes.sh SHAPE    the QEMU arguments of SHAPE, on one line
# Exits 1 if SHAPE is not in the file.
cd "$(dirname "$0")/.." || exit 2
awk -v want="${1:-}" '
/^#/ || /^[ \t]*$/ { next }
/^[^ \t]/ { name = $1; if (want == "") print name; $1 = "" }
want != "" && name == want { sub(/^[ \t]+/, ""); args = args " " $0; found = 1 }
END {
	if (want != "") { sub(/^ /, "", args); print args }
	exit want != "" && !found
}' tests/linux-6.1/shapes
