#!/bin/sh
# Tangle one chapter's snapshot: the source tree of chapters 01..N (of an
# appendix: every entry of book.yaml up to and including it).
#
# Usage: tools/tangle.sh [-L] CHAPTER OUTDIR
#   CHAPTER  the chapter's number (3) or slug (03-paging), or an appendix's
#            letter (A) or slug (A-testing), as in book.yaml
#   OUTDIR   where the tree goes; files are rewritten only when they change
#   -L       put #line directives into C, header and assembly files, so that
#            compiler errors and gdb point at the .nw file and line
#
# A definition written "<<name>>= replaces" (tools/nw-replaces.sh reads
# the mark) takes the place of every definition of the chunk before it in
# book order: the snapshot holds, for every chunk, only the definitions
# from its newest replacement up to chapter N.  A chunk that only replaced
# definitions use goes with them.  Replacing a chunk that nothing before
# defines is an error naming file and line, as are the mistakes
# nw-replaces.sh finds (another word after ">>=", one chunk replaced twice
# in one chapter).
#
# Every root chunk must be a file path; any other root is a misspelt chunk
# name and stops the tangle.  A chunk that is used but not defined in
# chapters 01..N expands to nothing when a later chapter defines it (a hook
# that the book grows later); otherwise it is an error naming file and line.
# Files in OUTDIR that are no longer roots are removed.
set -eu

lines=
if [ "${1:-}" = -L ]; then
	lines=1
	shift
fi
[ $# -eq 2 ] || { echo "usage: tools/tangle.sh [-L] CHAPTER OUTDIR" >&2; exit 2; }
chapter=$1
outdir=$2
command -v notangle > /dev/null && [ -x /usr/lib/noweb/markup ] &&
    [ -x /usr/lib/noweb/nt ] || {
	echo "tangle: noweb is missing (make deps installs it)" >&2
	exit 2
}
tools=$(cd "$(dirname "$0")" && pwd)
case "$outdir" in /*) ;; *) outdir=$(pwd)/$outdir ;; esac
# BOOK_ROOT lets the tests tangle a small fixture book instead of this one.
cd "${BOOK_ROOT:-$tools/..}"

all=$("$tools/chapters.sh" book.yaml)
slug=$(BOOK_ROOT=. "$tools/chapter-slug.sh" "$chapter" 2>/dev/null) || {
	echo "tangle: no chapter '$chapter' in book.yaml" >&2
	exit 2
}
upto=$(echo "$all" | sed "/^$slug\$/q")

files=
for slug in $upto; do
	f=chapters/$slug.nw
	[ -f "$f" ] || { echo "tangle: $f is listed in book.yaml but missing" >&2; exit 2; }
	files="$files $f"
done
later=
for slug in $(echo "$all" | awk -v n="$(echo "$upto" | wc -l)" 'NR > n'); do
	[ -f "chapters/$slug.nw" ] && later="$later chapters/$slug.nw"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# Strip the "replaces" marks: copies of the chapters, at the same relative
# paths and line numbers, go into $work/nw, the replacing definitions into
# $work/nw/replaces.tsv.  Everything from here on reads the copies from
# inside $work/nw, so that noweb's messages and the #line directives still
# name chapters/NN-slug.nw.
# shellcheck disable=SC2086
"$tools/nw-replaces.sh" "$work/nw" $files 2> "$work/err" || {
	sed 's/^/tangle: /' "$work/err" >&2
	exit 1
}
if [ -n "$later" ]; then
	# shellcheck disable=SC2086
	"$tools/nw-replaces.sh" "$work/later-nw" $later 2>/dev/null || true
fi

# noweb's markup turns each file into a stream of @defn, @use and @nl lines;
# it also rejects an unescaped "<<" in prose, naming the file and line.
# shellcheck disable=SC2086
(cd "$work/nw" && /usr/lib/noweb/markup -t $files) > "$work/now" \
    2> "$work/err" || {
	sed 's/^/tangle: /' "$work/err" >&2
	exit 1
}
: > "$work/later"
if [ -n "$later" ]; then
	# shellcheck disable=SC2086
	(cd "$work/later-nw" && /usr/lib/noweb/markup $later) \
	    > "$work/later" 2>/dev/null || true
fi

# Read the stream twice.  The first pass numbers the definitions in book
# order and finds, for every chunk, its newest replacing definition; the
# second writes the stream again into $work/live with each definition
# before that one renamed, so that no root reaches it, and checks the
# chunks: undefined chunks, hooks for later chapters, roots that are not
# file paths, chunks no file reaches.  Writes the hooks as empty
# definitions into hooks.nw and the roots into $work/roots.
awk -v later="$work/later" -v table="$work/nw/replaces.tsv" \
    -v hooks="$work/hooks.nw" -v live="$work/live" -v roots="$work/roots" '
	BEGIN {
		while ((getline l < later) > 0)
			if (l ~ /^@defn /)
				laterdef[substr(l, 7)] = 1
		while ((getline l < table) > 0) {
			split(l, t, "\t")
			replacing[t[1] ":" t[2]] = 1
		}
	}
	FNR == 1 { pass++ }
	/^@file / { file = substr($0, 7); line = 1 }
	/^@nl$/ || /^@index nl$/ { line++ }
	pass == 1 && /^@defn / {
		name = substr($0, 7)
		ndefs++
		if ((file ":" line) in replacing) {
			if (!(name in lastdef)) {
				printf "%s:%d: <<%s>> replaces a chunk that " \
				    "no earlier chapter defines\n", file, line,
				    name
				bad = 1
			}
			newest[name] = ndefs
			newest_at[name] = file ":" line
		}
		lastdef[name] = ndefs
	}
	pass == 1 { next }
	/^@defn / {
		name = substr($0, 7)
		k++
		if (k < newest[name]) {
			# a definition that a later one replaces: a node of
			# its own, reached by nothing
			cur = "#" k
			dead[cur] = 1
			print "@defn " name " [replaced at " newest_at[name] \
			    "]" > live
			next
		}
		cur = name
		if (!(name in defined))
			where[name] = file ":" line
		defined[name] = 1
	}
	/^@use / {
		name = substr($0, 6)
		used[name] = 1
		edges[cur] = edges[cur] SUBSEP name
		if (!(name in firstuse))
			firstuse[name] = file ":" line
	}
	{ print > live }
	END {
		for (name in used) {
			if (name in defined)
				continue
			if (name in laterdef) {
				printf "<<%s>>=\n@\n", name > hooks
				continue
			}
			printf "%s: undefined chunk <<%s>>\n", firstuse[name], name
			bad = 1
		}
		# A chunk used only by replaced definitions is no root: its
		# only caller was replaced, and it goes with it.
		for (name in defined) {
			if (name in used)
				continue
			if (name !~ /^[A-Za-z0-9_.+-]+(\/[A-Za-z0-9_.+-]+)*$/) {
				printf "%s: chunk <<%s>> is defined but never used, " \
				    "and is not a file path (a misspelt name?)\n",
				    where[name], name
				bad = 1
			}
			print name > roots
		}
		# A chunk that no file reaches (two chunks that only use each
		# other, say) would vanish silently.  What replaced definitions
		# use counts as reached.
		for (name in defined)
			if (!(name in used))
				reach(name)
		for (name in dead)
			reach(name)
		for (name in defined)
			if (!(name in reached)) {
				printf "%s: chunk <<%s>> is not reachable from any " \
				    "file (a cycle of chunks?)\n", where[name], name
				bad = 1
			}
		exit bad
	}
	function reach(name,    n, i, to) {
		if (name in reached)
			return
		reached[name] = 1
		n = split(edges[name], to, SUBSEP)
		for (i = 2; i <= n; i++)
			reach(to[i])
	}' "$work/now" "$work/now" > "$work/problems" || {
	sed 's/^/tangle: /' "$work/problems" >&2
	exit 1
}
touch "$work/hooks.nw" "$work/roots"
(cd "$work" && /usr/lib/noweb/markup -t hooks.nw) >> "$work/live"

[ -s "$work/roots" ] || { echo "tangle: no root chunks in$files" >&2; exit 1; }

mkdir -p "$outdir"
sort -o "$work/roots" "$work/roots"

# Every file is cut from the one marked-up stream, $work/live (the
# chapters with replaced definitions renamed, then the empty hooks), as
# notangle would: its flags are -t8 (and -L for C, headers and
# assembly).  Without -L, noweb's mnt writes every root in one pass; it
# cannot write #line directives, so with -L each file is one run of nt.
# A pass per file over the whole book would grow with the square of the
# book's length.
mkdir "$work/tree"
sed -n 's|/[^/]*$||p' "$work/roots" | sort -u | (cd "$work/tree" &&
    xargs -r mkdir -p)
# When mnt fails, the files are written one by one, so that the error
# names the file.
per_file=$lines
if [ -z "$per_file" ]; then
	(cd "$work/tree" && /usr/lib/noweb/mnt -t8 -all) < "$work/live" \
	    2> "$work/err" && [ ! -s "$work/err" ] || per_file=1
fi
while IFS= read -r root; do
	if [ -n "$per_file" ]; then
		case "$lines:$root" in
		1:*.c | 1:*.h | 1:*.S) set -- -t8 -t -L ;;
		*) set -- -t8 ;;
		esac
		if ! /usr/lib/noweb/nt "$@" -R"$root" < "$work/live" \
		    > "$work/tree/$root" 2> "$work/err"; then
			echo "tangle: while writing $root:" >&2
			sed 's/^/tangle: /' "$work/err" >&2
			exit 1
		fi
	fi
	[ -f "$work/tree/$root" ] || {
		echo "tangle: $root was not written" >&2
		exit 1
	}
done < "$work/roots"
# Hooks that expand to nothing leave indentation behind; drop it.
find "$work/tree" -type f -exec sed -i 's/[ 	]*$//' {} +
while IFS= read -r root; do
	if ! cmp -s "$work/tree/$root" "$outdir/$root"; then
		case "$root" in
		*/*) [ -d "$outdir/${root%/*}" ] ||
			mkdir -p "$outdir/${root%/*}" ;;
		esac
		cp "$work/tree/$root" "$outdir/$root"
	fi
done < "$work/roots"

# Remove files that no chapter up to this one writes any more.
(cd "$outdir" && find . -type f | sed 's|^\./||' | sort) > "$work/present"
comm -23 "$work/present" "$work/roots" | while IFS= read -r stale; do
	rm -f "$outdir/$stale"
done
find "$outdir" -type d -empty -delete
