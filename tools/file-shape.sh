#!/bin/sh
# Check that every source file of a snapshot reads whole (DESIGN.md 5):
# its includes at its top, and no more than a few hundred lines.
#
# Usage: tools/file-shape.sh DIR...
#   DIR is a snapshot's tree (tangled/08-watermarks); every .c, .h, .S
#   and .ld file under it is checked.
#
# Two rules, one TAP-like line each per DIR ("ok N - ..." or "not ok N -
# ..."), followed by a "#" line naming FILE:LINE for every offence:
#   1. includes at the top: no #include after the file's first line of
#      code.  A line of code is any line that is not blank, not inside or
#      part of a comment (/* ... */ or //), and not a preprocessor line
#      (one whose first non-blank character is #, with the lines its
#      trailing backslashes continue).  So the include guard, #define,
#      #if and the like may come before or among the includes, but a
#      declaration, a definition or a statement ends them.
#   2. size: no file over 800 lines.
# Exits 1 if either rule fails anywhere.
set -u
max_lines=800
[ $# -gt 0 ] || { echo "usage: tools/file-shape.sh DIR..." >&2; exit 2; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
. "$(dirname "$0")/tap-result.sh"

for dir in "$@"; do
	[ -d "$dir" ] || { echo "file-shape: no directory $dir" >&2; exit 2; }
	files=$(find "$dir" -type f \( -name '*.c' -o -name '*.h' \
	    -o -name '*.S' -o -name '*.ld' \) | LC_ALL=C sort)
	[ -n "$files" ] || { echo "file-shape: no source in $dir" >&2; exit 2; }

	# shellcheck disable=SC2086
	awk '
	FNR == 1 { code = 0; in_comment = 0; continued = 0 }
	{
		line = $0
		if (continued) {	# a preprocessor line goes on
			continued = line ~ /\\$/
			next
		}
		if (in_comment) {
			if (line !~ /\*\//)
				next
			in_comment = 0
			sub(/^.*\*\//, "", line)
		}
		gsub(/\/\*([^*]|\*+[^*\/])*\*+\//, "", line)
		if (line ~ /\/\*/) {
			in_comment = 1
			sub(/\/\*.*$/, "", line)
		}
		sub(/\/\/.*$/, "", line)
		if (line ~ /^[ \t]*$/)
			next
		if (line ~ /^[ \t]*#/) {
			if (code && line ~ /^[ \t]*#[ \t]*include[ \t<"]/)
				printf "# %s:%d: #include after the first line " \
				    "of code (line %d)\n", FILENAME, FNR, code
			continued = line ~ /\\$/
			next
		}
		if (!code)
			code = FNR
	}' $files > "$out"
	[ -s "$out" ]
	result $((! $?)) "$dir: includes at the top of every file" "$out"

	# shellcheck disable=SC2086
	wc -l $files | awk -v max=$max_lines '
	$2 != "total" && $1 > max {
		printf "# %s:%d: %d lines, more than %d\n", $2, $1, $1, max
	}' > "$out"
	[ -s "$out" ]
	result $((! $?)) "$dir: no file over $max_lines lines" "$out"
done
[ "$failed" -eq 0 ]
