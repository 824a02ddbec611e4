#!/bin/sh
# Turn a chapter named by number (3, 03) or slug (03-paging) into its slug;
# with no argument, the newest chapter.  Fails with a message when book.yaml
# has no such chapter.
# Usage: tools/chapter-slug.sh [CHAPTER]
# BOOK_ROOT names another book's directory (the tests' fixture books).
here=$(dirname "$0")
"$here/chapters.sh" "${BOOK_ROOT:-$here/..}/book.yaml" | awk -v want="${1:-}" '
	{ last = $0 }
	want != "" && ($0 == want ||
	    (want ~ /^[0-9]+$/ && $0 ~ /^[0-9]+-/ && $0 + 0 == want + 0)) {
		print; found = 1; exit
	}
	END {
		if (want == "" && last != "") { print last; exit 0 }
		if (!found) {
			printf "no chapter \"%s\" in book.yaml\n", want > "/dev/stderr"
			exit 1
		}
	}'
