#!/bin/sh
# Check the woven book as a reader gets it: every link and anchor in the
# HTML pages resolves and no id is given twice, every figure a page shows
# exists, the pages load nothing from the network; the PDF exists and its
# LaTeX run left no undefined reference, no link to a missing target, no
# code line wider than the text and no character missing from its font,
# and no two of its anchors have one name (xdvipdfmx keeps the first).
# Usage: tools/weave/check-links.sh [-p] [BUILD]     (default BUILD=build)
#   -p  only the PDF checks (book.sh runs them after typesetting, so that
#       `make pdf` fails on them)
# Prints one line per problem (file and target), then TAP-like lines
# "ok N - ..." / "not ok N - ..."; exits 1 if any check failed.

pdf_only=
[ "${1:-}" = -p ] && { pdf_only=1; shift; }
BUILD=${1:-build}
HTML=$BUILD/book/html
TEX=$BUILD/book/tex
LOG=$TEX/book.log
failed=0 n=0

result() {	# result STATUS DESCRIPTION
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
	fi
}

if [ -n "$pdf_only" ]; then echo "1..6"; else echo "1..9"; fi

# The HTML checks: links, figures, local files.
html_checks() {
# 1. href="#id", href="page.html" and href="page.html#id" all resolve, and
#    no page gives one id to two elements.
set -- "$HTML"/*.html
if [ ! -e "$1" ]; then
	echo "no HTML pages in $HTML"
	result 1 "html links resolve"
else
	awk '
	FNR == 1 { page = FILENAME; sub(/^.*\//, "", page); pages[page] = 1 }
	{
		s = $0
		while (match(s, /[ \t](id|name)="[^"]*"/)) {
			t = substr(s, RSTART, RLENGTH)
			is_id = t ~ /^[ \t]id=/
			sub(/^[ \t](id|name)="/, "", t); sub(/"$/, "", t)
			# A link reaches only the first of two elements with one id.
			if (is_id && (page "#" t) in id_seen) {
				printf "%s: id %s used twice\n", page, t; dup = 1
			}
			if (is_id) id_seen[page "#" t] = 1
			ids[page "#" t] = 1
			s = substr(s, RSTART + RLENGTH)
		}
		s = $0
		while (match(s, /href="[^"]*"/)) {
			t = substr(s, RSTART + 6, RLENGTH - 7)
			s = substr(s, RSTART + RLENGTH)
			if (t ~ /^[a-z]+:/) continue
			if (t !~ /^#/ && t !~ /\.html(#|$)/) continue
			nl++
			from[nl] = page; target[nl] = t
		}
	}
	END {
		bad = dup
		for (i = 1; i <= nl; i++) {
			t = target[i]
			p = t; sub(/#.*$/, "", p)
			if (p == "") p = from[i]
			a = ""
			if (index(t, "#")) { a = t; sub(/^[^#]*#/, "", a) }
			if (!(p in pages)) {
				printf "%s: link to missing page %s\n", from[i], t; bad = 1
			} else if (a != "" && !((p "#" a) in ids)) {
				printf "%s: link to missing anchor %s\n", from[i], t; bad = 1
			}
		}
		exit bad
	}' "$HTML"/*.html
	result $? "html links resolve, ids are unique"
fi

# 2. Local files the pages use exist; nothing comes from the network.
st=0
for f in "$HTML"/*.html; do
	[ -e "$f" ] || continue
	for r in $(grep -o -E '(src|href)="[^"#]*"' "$f" | sed 's/^[a-z]*="//; s/"$//'); do
		case $r in
		http:*|https:*|//*)
			case $(grep -o -E "(src|href)=\"$r\"" "$f" | head -1) in
			src=*) echo "$f: loads $r from the network"; st=1 ;;
			esac ;;
		mailto:*) ;;
		*) [ -e "$HTML/$r" ] || { echo "$f: missing file $r"; st=1; } ;;
		esac
	done
	if grep -q -E '<link[^>]*href="(https?:)?//' "$f"; then
		echo "$f: stylesheet from the network"; st=1
	fi
done
# book.js loads the search's index itself, the first time it is used
if [ -e "$HTML/book.js" ] && [ ! -s "$HTML/search-index.js" ]; then
	echo "$HTML/search-index.js: missing (book.js loads it)"; st=1
fi
result $st "html pages use only local files"

# 3. Every figure a page shows is there (a broken <img> is easy to miss).
st=0
for f in "$HTML"/*.html; do
	[ -e "$f" ] || continue
	for r in $(grep -o '<img [^>]*src="[^"]*"' "$f" | sed 's/^.*src="//; s/"$//'); do
		case $r in
		figures/*.svg) [ -s "$HTML/$r" ] ||
		    { echo "$f: figure $r does not exist"; st=1; } ;;
		*) echo "$f: image $r is not a figure (figures/NAME.svg)"; st=1 ;;
		esac
	done
done
result $st "html figures exist"
}
[ -n "$pdf_only" ] || html_checks

# The PDF, its LaTeX source and its LaTeX log.
if [ -s "$BUILD/book/page-by-page.pdf" ]; then st=0; else
	echo "$BUILD/book/page-by-page.pdf: missing"; st=1; fi
result $st "pdf exists"
if [ -r "$LOG" ]; then
	undef="Reference .* undefined|There were undefined references|Citation .* undefined"
	grep -E "$undef" "$LOG" | sed "s|^|$LOG: |"
	! grep -q -E "$undef" "$LOG"
	result $? "pdf has no undefined references"
	# xdvipdfmx drops a link to a missing target without a word, so
	# compare the link commands in book.tex with the targets it defines.
	awk -v tf="$TEX/book.tex" '
	{
		s = $0
		while (match(s, /\\(hyperlink|hypertarget|label|nwref|nwnum|nwhead)\{[^}]*\}|\\hyperref\[[^]]*\]/)) {
			t = substr(s, RSTART + 1, RLENGTH - 1)
			s = substr(s, RSTART + RLENGTH)
			cmd = t; sub(/[{[].*$/, "", cmd)
			arg = t; sub(/^[a-z]*[{[]/, "", arg); sub(/[]}]$/, "", arg)
			if (cmd ~ /^(hypertarget|label|nwhead)$/) def[arg] = 1
			else if (!(arg in use)) { use[arg] = FNR; order[++n] = arg }
		}
	}
	END {
		bad = 0
		for (i = 1; i <= n; i++)
			if (!(order[i] in def)) {
				printf "%s:%d: link to a missing target %s\n", tf, use[order[i]], order[i]
				bad = 1
			}
		exit bad
	}' "$TEX/book.tex"
	result $? "pdf links resolve"
	awk -v lf="$LOG" '/Overfull \\hbox in code/ { l = $0; getline m; print lf ": " l " " m }' "$LOG"
	! grep -q "Overfull \\\\hbox in code" "$LOG"
	result $? "pdf code lines fit the text width"
	grep "^Missing character" "$LOG" | sort | uniq -c | sed "s|^|$LOG: |"
	! grep -q "^Missing character" "$LOG"
	result $? "pdf fonts have every character"
	# a link to the second of two anchors with one name leads to the first
	dvi=$TEX/xdvipdfmx.out
	if [ -r "$dvi" ]; then
		grep "already defined" "$dvi" | sed "s|^|$dvi: |"
		! grep -q "already defined" "$dvi"
	else
		echo "$dvi: missing (run make pdf)"; false
	fi
	result $? "pdf anchors are unique"
else
	echo "$LOG: missing (run make pdf)"
	for c in "has no undefined references" "links resolve" \
	    "code lines fit the text width" "fonts have every character" \
	    "anchors are unique"; do
		result 1 "pdf $c"
	done
fi
exit $failed
