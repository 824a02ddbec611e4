#!/bin/sh
# Read the book's own marker for a chunk that replaces an earlier one, and
# hand noweb files it can read.  A chapter writes
#
#     <<alloc_pages: take a block>>= replaces
#
# to say that this definition, and every continuation of the chunk after
# it, takes the place of every definition of the chunk that comes before
# it in book order (earlier chapters, and earlier in this chapter).  noweb
# itself allows nothing after ">>=", so this script writes a copy of each
# file with the word removed (line numbers unchanged, so that noweb's and
# the compiler's messages still point at the real file and line) and a
# table of the replacing definitions.
#
# Usage: tools/nw-replaces.sh OUTDIR FILE.nw...
#   Writes OUTDIR/FILE.nw (same relative path as given) for every file and
#   OUTDIR/replaces.tsv: one line "FILE<TAB>LINE<TAB>NAME" per replacing
#   definition, in the order of the files given.
# Errors (exit 1, each "FILE:LINE: ..."): a word other than "replaces"
# after ">>="; the same chunk replaced twice in one file.  Replacing a chunk
# that no earlier file defines is found by the tangler and the weaver,
# which know what "earlier" means for the snapshot they make.
set -eu
[ $# -ge 2 ] || { echo "usage: tools/nw-replaces.sh OUTDIR FILE.nw..." >&2; exit 2; }
out=$1
shift
mkdir -p "$out"
: > "$out/replaces.tsv"
status=0
for f in "$@"; do
	case $f in
	/*) dest=$out$f ;;
	*) dest=$out/$f ;;
	esac
	mkdir -p "$(dirname "$dest")"
	awk -v table="$out/replaces.tsv" -v file="$f" '
		# a definition line: <<name>>= and, maybe, one word after it
		/^<<.*>>=[ \t]*[^ \t]/ && !/^<<.*>>=[ \t]*$/ {
			name = $0
			sub(/^<</, "", name)
			sub(/>>=[^>]*$/, "", name)
			word = $0
			sub(/^.*>>=[ \t]*/, "", word)
			sub(/[ \t]*$/, "", word)
			if (word != "replaces") {
				printf "%s:%d: after <<%s>>= only \"replaces\" " \
				    "may follow, not \"%s\"\n", file, FNR, name, \
				    word > "/dev/stderr"
				bad = 1
			} else if (name in first) {
				printf "%s:%d: <<%s>> is replaced twice in this " \
				    "file (first at line %d)\n", file, FNR, name, \
				    first[name] > "/dev/stderr"
				bad = 1
			} else {
				first[name] = FNR
				printf "%s\t%d\t%s\n", file, FNR, name >> table
			}
			print "<<" name ">>="
			next
		}
		{ print }
		END { exit bad }' "$f" > "$dest" || status=1
done
exit $status
