#!/bin/sh
# Check that tools/tangle.sh builds snapshots right (an appendix's too, as
# tools/chapter-slug.sh names it) and names the file and line of every
# kind of mistake a chapter can make.  Prints TAP-like
# "ok N - ..." / "not ok N - ..." lines; exits 1 when any check failed.
# Usage: tools/test/tangle-errors.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
tangle=$here/../tangle.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
n=0
failed=0

report() {	# report VERDICT DESCRIPTION
	n=$((n + 1))
	if [ "$1" = ok ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
	fi
}

# fresh_book: a copy of the fixture book (two chapters and appendix A)
# in $work/book
fresh_book() {
	rm -rf "$work/book" "$work/out"
	cp -r "$here/tangle-book" "$work/book"
}

# expect_error DESCRIPTION CHAPTER PATTERN: tangling must fail and print PATTERN
expect_error() {
	if BOOK_ROOT=$work/book "$tangle" "$2" "$work/out" > "$work/log" 2>&1; then
		report "not ok" "$1 (tangle succeeded)"
	elif grep -q "$3" "$work/log"; then
		report ok "$1"
	else
		report "not ok" "$1 (message was: $(head -3 "$work/log"))"
	fi
}

fresh_book
BOOK_ROOT=$work/book "$tangle" 1 "$work/out" > "$work/log" 2>&1
if [ "$(cat "$work/out/kernel/main.c" 2>/dev/null)" = "$(printf 'int x;\n\n\nint y;')" ]
then report ok "a hook defined by a later chapter expands to nothing"
else report "not ok" "a hook defined by a later chapter expands to nothing"
fi

BOOK_ROOT=$work/book "$tangle" 2 "$work/out" > "$work/log" 2>&1
if grep -q '^mem_init();$' "$work/out/kernel/main.c" &&
    grep -q '^	foo();$' "$work/out/kernel/main.c"
then report ok "a later chapter fills the hooks, keeping indentation"
else report "not ok" "a later chapter fills the hooks, keeping indentation"
fi

BOOK_ROOT=$work/book "$tangle" -L 2 "$work/out" > "$work/log" 2>&1
if grep -q '^#line 3 "chapters/02-two.nw"$' "$work/out/kernel/main.c"
then report ok "-L points C code at the .nw file and line"
else report "not ok" "-L points C code at the .nw file and line"
fi

# Chapter 2 replaces <<alloc: take a page>>, which chapter 1 defines in
# two parts (the first using <<alloc: the old loop's count>>); the
# appendix continues chapter 2's definition.
rm -rf "$work/out"
BOOK_ROOT=$work/book "$tangle" 1 "$work/out" > "$work/log" 2>&1
if [ "$(cat "$work/out/mm/alloc.c" 2>/dev/null)" = "$(printf '%s\n' \
    'int alloc(void)' '{' '	int n = old_loop();' '	n += old_count;' \
    '	n++;' '	return n;' '}')" ]
then report ok "a snapshot before a replacement holds the old definitions"
else report "not ok" "a snapshot before a replacement holds the old definitions"
fi
rm -rf "$work/out"
BOOK_ROOT=$work/book "$tangle" 2 "$work/out" > "$work/log" 2>&1
status=$?
if [ "$(cat "$work/out/mm/alloc.c" 2>/dev/null)" = "$(printf '%s\n' \
    'int alloc(void)' '{' '	int n = new_way();' '	return n;' '}')" ]
then report ok "a replacement takes the place of every earlier definition"
else report "not ok" "a replacement takes the place of every earlier definition"
fi
if [ $status -eq 0 ] && [ -f "$work/out/mm/alloc.c" ] &&
    ! grep -q old_count "$work/out/mm/alloc.c"
then report ok "a chunk used only by a replaced definition is gone, no error"
else report "not ok" "a chunk used only by a replaced definition is gone, no error"
fi
rm -rf "$work/out"
BOOK_ROOT=$work/book "$tangle" -L A "$work/out" > "$work/log" 2>&1
if [ "$(grep -v '^#line' "$work/out/mm/alloc.c" 2>/dev/null)" = \
    "$(printf '%s\n' 'int alloc(void)' '{' '' 'int n = new_way();' \
    'n += checked();' '	return n;' '}')" ] &&
    grep -q '^#line 10 "chapters/02-two.nw"$' "$work/out/mm/alloc.c"
then report ok "a later chapter continues a replaced chunk; -L names the replacement"
else report "not ok" "a later chapter continues a replaced chunk; -L names the replacement"
fi

# The appendix's snapshot is the whole book plus the appendix; a chapter's
# has nothing of the appendix.
for ch in A a; do
	rm -rf "$work/out"
	BOOK_ROOT=$work/book "$tangle" $ch "$work/out" > "$work/log" 2>&1
	if [ -f "$work/out/kernel/check.c" ] &&
	    grep -q '^mem_init();$' "$work/out/kernel/main.c" &&
	    [ "$(grep -c '^	\(foo\|check\)();$' "$work/out/kernel/main.c")" -eq 2 ]
	then report ok "appendix $ch tangles chapters 1-2 and the appendix"
	else report "not ok" "appendix $ch tangles chapters 1-2 and the appendix"
	fi
done
rm -rf "$work/out"
BOOK_ROOT=$work/book "$tangle" 2 "$work/out" > "$work/log" 2>&1
if [ -f "$work/out/kernel/main.c" ] && [ ! -e "$work/out/kernel/check.c" ] &&
    ! grep -q 'check' "$work/out/kernel/main.c"
then report ok "a chapter's snapshot has nothing of the appendix after it"
else report "not ok" "a chapter's snapshot has nothing of the appendix after it"
fi
slugs=
for ch in A a A-three 2 02 ''; do
	slugs="$slugs $(BOOK_ROOT=$work/book "$here/../chapter-slug.sh" $ch)"
done
if [ "$slugs" = " A-three A-three A-three 02-two 02-two A-three" ] &&
    ! BOOK_ROOT=$work/book "$here/../chapter-slug.sh" B 2> /dev/null &&
    ! BOOK_ROOT=$work/book "$here/../chapter-slug.sh" 3 2> /dev/null
then report ok "chapter-slug.sh: A, a and A-three name the appendix, not B or 3"
else report "not ok" "chapter-slug.sh: A, a and A-three name the appendix, not B or 3 (got$slugs)"
fi

fresh_book
printf 'chapters:\n  - 01-one\n' > "$work/book/book.yaml"
expect_error "a hook no chapter defines is an error with file and line" \
    1 'chapters/01-one.nw:6: undefined chunk <<start_kernel: memory init>>'

fresh_book
sed -i 's/^<<later hook>>=$/<<latter hook>>=/' "$work/book/chapters/02-two.nw"
expect_error "a misspelt chunk definition is caught" \
    2 'chapters/02-two.nw:5: chunk <<latter hook>> is defined but never used'

fresh_book
printf 'Shifting with << in prose.\n' >> "$work/book/chapters/02-two.nw"
expect_error "an unescaped << in prose names file and line" \
    2 'chapters/02-two.nw:12: unescaped <<'

fresh_book
printf '<<foo.h>>=\n<<loop>>\n@\n<<loop>>=\n<<foo.h>>\n@\n' \
    >> "$work/book/chapters/02-two.nw"
expect_error "a cycle no file reaches is an error" 2 \
    'chapters/02-two.nw:12: chunk <<foo.h>> is not reachable'

fresh_book
printf '<<later hook>>=\n<<later hook>>\n@\n' >> "$work/book/chapters/02-two.nw"
expect_error "a chunk that uses itself is an error" 2 'while writing kernel/main.c'

fresh_book
printf '<<kernel/main.c>>=\n<<fresh>>\n@\n<<fresh>>= replaces\nz();\n@\n' \
    >> "$work/book/chapters/02-two.nw"
expect_error "replacing a chunk nothing earlier defines names file and line" \
    2 'chapters/02-two.nw:15: <<fresh>> replaces a chunk that no earlier'

fresh_book
printf '<<fresh>>=\nz();\n@\n' >> "$work/book/chapters/A-three.nw"
printf '<<kernel/main.c>>=\n<<fresh>>\n@\n<<fresh>>= replaces\nz();\n@\n' \
    >> "$work/book/chapters/02-two.nw"
expect_error "a replacement of a chunk only a later chapter defines is an error" \
    2 'chapters/02-two.nw:15: <<fresh>> replaces a chunk that no earlier'

fresh_book
printf '<<alloc: take a page>>= replaces\nz();\n@\n' \
    >> "$work/book/chapters/02-two.nw"
expect_error "replacing a chunk twice in one chapter names both lines" 2 \
    'chapters/02-two.nw:12: <<alloc: take a page>> is replaced twice in this file (first at line 9)'

fresh_book
sed -i 's/^\(<<alloc: take a page>>=\) replaces$/\1 replace/' \
    "$work/book/chapters/02-two.nw"
expect_error "a word after >>= other than replaces names file and line" 2 \
    'chapters/02-two.nw:9: after <<alloc: take a page>>= only "replaces" may follow, not "replace"'

fresh_book
expect_error "an unknown chapter is refused" 7 "no chapter '7'"

fresh_book
mkdir -p "$work/out/old" && echo stale > "$work/out/old/gone.c"
BOOK_ROOT=$work/book "$tangle" 2 "$work/out" > "$work/log" 2>&1
if [ ! -e "$work/out/old/gone.c" ] && [ -f "$work/out/kernel/main.c" ]
then report ok "files no chapter writes any more are removed"
else report "not ok" "files no chapter writes any more are removed"
fi

exit $failed
