#!/bin/sh
# Turn a chapter named by number (3, 03), an appendix named by its letter
# (A or a) or either named by slug (03-paging, A-testing) into its slug; with
# no argument, the newest entry of book.yaml.  Fails with a message when
# book.yaml has no such chapter or appendix.
# Usage: tools/chapter-slug.sh [CHAPTER]
# Chapters are NN-slug, appendices LETTER-slug (one capital letter).
# BOOK_ROOT names another book's directory (the tests' fixture books).
here=$(dirname "$0")
"$here/chapters.sh" "${BOOK_ROOT:-$here/..}/book.yaml" | awk -v want="${1:-}" '
	{ last = $0 }
	want != "" && ($0 == want ||
	    (want ~ /^[0-9]+$/ && $0 ~ /^[0-9]+-/ && $0 + 0 == want + 0) ||
	    (want ~ /^[A-Za-z]$/ && $0 ~ /^[A-Z]-/ &&
	     substr($0, 1, 1) == toupper(want))) {
		print; found = 1; exit
	}
	END {
		if (want == "" && last != "") { print last; exit 0 }
		if (!found) {
			printf "no chapter \"%s\" in book.yaml\n", want > "/dev/stderr"
			exit 1
		}
	}'
