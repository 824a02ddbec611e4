#!/bin/sh
# Check the woven book: every link in the HTML pages resolves, the pages load
# nothing from the network, and the PDF's LaTeX log has no undefined
# references and no code line wider than the text.
# Usage: tools/weave/check-links.sh [BUILD]     (default BUILD=build)
# Prints one line per problem (file and target), then TAP-like lines
# "ok N - ..." / "not ok N - ..."; exits 1 if any check failed.

BUILD=${1:-build}
HTML=$BUILD/book/html
LOG=$BUILD/book/tex/book.log
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

echo "1..5"

# 1. href="#id", href="page.html" and href="page.html#id" all resolve.
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
			sub(/^[ \t](id|name)="/, "", t); sub(/"$/, "", t)
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
		bad = 0
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
	result $? "html links resolve"
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
result $st "html pages use only local files"

# 3-5. The PDF and its LaTeX log.
if [ -s "$BUILD/book/page-by-page.pdf" ]; then st=0; else
	echo "$BUILD/book/page-by-page.pdf: missing"; st=1; fi
result $st "pdf exists"
if [ -r "$LOG" ]; then
	grep -E "Reference .* undefined|There were undefined references|Citation .* undefined" "$LOG" |
	    sed "s|^|$LOG: |"
	! grep -q -E "Reference .* undefined|There were undefined references" "$LOG"
	result $? "pdf has no undefined references"
	awk -v lf="$LOG" '/Overfull \\hbox in code/ { l = $0; getline m; print lf ": " l " " m }' "$LOG"
	! grep -q "Overfull \\\\hbox in code" "$LOG"
	result $? "pdf code lines fit the text width"
else
	echo "$LOG: missing (run make pdf)"
	result 1 "pdf has no undefined references"
	result 1 "pdf code lines fit the text width"
fi
exit $failed
