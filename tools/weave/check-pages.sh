#!/bin/sh
# Check that every chapter's story is at most MAX PDF pages (its workshop
# apart): a chapter is what a student reads in one sitting.  Reads
# BUILD/book/pages.tsv, which `book.sh pdf` writes (slug, number, pages,
# workshop pages, title); prints one TAP line per chapter; exits 1 if
# any chapter is longer.
# Usage: tools/weave/check-pages.sh [-m MAX] [BUILD]    (MAX 50, BUILD build)
max=50
if [ "${1:-}" = -m ]; then
	max=$2
	shift 2
fi
tsv=${1:-build}/book/pages.tsv
[ -s "$tsv" ] || { echo "check-pages: no $tsv (make pdf)" >&2; exit 2; }
awk -F'\t' -v max="$max" '
	{
		n++
		if ($3 + 0 <= max)
			printf "ok %d - %s: %d pages of its own\n", n, $1, $3
		else {
			printf "not ok %d - %s: %d pages of its own, more than %d\n",
			    n, $1, $3, max
			bad = 1
		}
	}
	END { printf "1..%d\n", n; exit bad }' "$tsv"
