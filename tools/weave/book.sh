#!/bin/sh
# Weave the book: noweb chapters -> Pandoc Markdown -> HTML pages and a PDF.
# Usage: tools/weave/book.sh [-r ROOT] [-b BUILD] [-R RUNS] STEP...
#   STEP: md       weave all chapters in one noweave run -> BUILD/book/md/
#                  (of copies without the "replaces" marks, tools/nw-replaces.sh)
#         figures  render ROOT/figures/*.dot, *.svg, *.gp -> BUILD/figures/
#                  (tools/weave/figure.sh; .gp plots read the captured RUNS)
#         html     BUILD/book/html/ (index.html, NN-slug.html, A-slug.html for
#                  an appendix, NN-slug-workshop.html for a chapter's workshop
#                  sections, bibliography.html, book-index.html,
#                  search-index.js, book.css, book.js)
#         pdf      BUILD/book/page-by-page.pdf (LaTeX sources in BUILD/book/tex/),
#                  the workshops in a part after the chapters and appendices;
#                  prints each chapter's pages and its workshop's ("pages: 1
#                  Boot 38, workshop 1 21; ...") and writes BUILD/book/pages.tsv;
#                  fails on what check-links.sh -p finds (undefined references,
#                  dead links, code lines wider than the page, missing glyphs,
#                  two anchors of one name)
#   ROOT  the book's directory (book.yaml, chapters/, exercises/, figures/); "."
#   BUILD output directory; "build".  RUNS: captured runs; BUILD/runs.
# Environment: ALLOW_UNDEFINED=1 turns "undefined chunk" errors into warnings.
# Exits non-zero with a message naming the file and line on a weave error.

set -eu
here=$(cd "$(dirname "$0")" && pwd)
ROOT=. BUILD=build RUNS=
while getopts r:b:R: opt; do
	case $opt in
	r) ROOT=$OPTARG ;;
	b) BUILD=$OPTARG ;;
	R) RUNS=$OPTARG ;;
	*) sed -n '2,10p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
: "${RUNS:=$BUILD/runs}"
mkdir -p "$BUILD/figures" || exit 1
BUILD=$(cd "$BUILD" && pwd)
MD=$BUILD/book/md HTML=$BUILD/book/html TEX=$BUILD/book/tex FIG=$BUILD/figures
CACHE=$BUILD/book/cache
BOOKYAML=$ROOT/book.yaml

die() { echo "weave: $*" >&2; exit 1; }
for tool in noweave pandoc; do
	command -v $tool > /dev/null ||
	    die "$tool is missing (make deps installs it)"
done

chapters() { "$here/../chapters.sh" "$BOOKYAML"; }

step_md() {
	files=
	for s in $(chapters); do
		f=$ROOT/chapters/$s.nw
		[ -r "$f" ] || die "$BOOKYAML lists $s but $f does not exist"
		files="$files $f"
	done
	[ -n "$files" ] || die "$BOOKYAML lists no chapters"
	# shellcheck disable=SC2086
	awk -f "$here/check-brackets.awk" $files >&2 ||
	    die "a bracket in prose opens no link"
	rm -rf "$MD"
	mkdir -p "$MD"
	err=$MD/noweave.err
	# noweave reads copies without the "replaces" marks (nw-replaces.sh:
	# same lines, and a table of the replacing definitions); nw2md.awk
	# and the messages below name the chapters themselves.
	# shellcheck disable=SC2086
	"$here/../nw-replaces.sh" "$MD/nw" $files 2>"$err" ||
	    { cat "$err" >&2; die "noweave failed"; }
	# (noweave runs in $MD/nw, so that a relative name is the chapter's
	# own, and so are the chunk labels made from it)
	copies=
	for f in $files; do
		case $f in /*) c=$MD/nw$f ;; *) c=$f ;; esac
		printf '%s\t%s\n' "$c" "$f" >> "$MD/nw/files.tsv"
		copies="$copies $c"
	done
	# noweave exits 0 even on errors; its messages (FILE:LINE: ...) and the
	# back end's (undefined chunks) both land in $err.
	# shellcheck disable=SC2086
	(cd "$MD/nw" && noweave -n -index -backend "$here/nw2md.sh $MD" $copies) \
	    2>"$err.copies" || echo "noweave exited with status $?" >> "$err.copies"
	awk -F'\t' 'FNR == NR { real[$1] = $2; next }
	    { for (c in real)
		if (index($0, c ":") == 1) {
			$0 = real[c] substr($0, length(c) + 1)
			break
		}
	      print }' "$MD/nw/files.tsv" "$err.copies" > "$err"
	# With ALLOW_UNDEFINED=1, chunks used but defined nowhere (hooks that
	# an unwritten chapter will fill) are warnings, shown as plain names.
	if [ "${ALLOW_UNDEFINED:-0}" = 1 ] && [ -s "$err" ] &&
	    ! grep -v -q ": undefined chunk <<" "$err"; then
		sed "s/^/warning: /" "$err" >&2
	elif [ -s "$err" ]; then
		cat "$err" >&2
		rm -f "$MD"/*.md
		die "noweave failed"
	fi
	[ -s "$MD/refs.tsv" ] || [ -s "$MD/pages.txt" ] || die "back end wrote nothing"
	# Back matter: the bibliography (if the book has one), then the index.
	: > "$MD/back.txt"
	if [ -r "$ROOT/chapters/bibliography.md" ]; then
		cp "$ROOT/chapters/bibliography.md" "$MD/bibliography.md"
		echo bibliography >> "$MD/back.txt"
		# its headings and []{#bib-...} entries are link targets
		grep -o '{#[A-Za-z0-9_.:-]*' "$MD/bibliography.md" |
		    sed 's/^{#\(.*\)$/\1	bibliography/' >> "$MD/anchors.tsv"
	fi
	echo book-index >> "$MD/back.txt"
}

step_figures() {
	mkdir -p "$FIG"
	for f in "$ROOT"/figures/*.dot "$ROOT"/figures/*.svg "$ROOT"/figures/*.gp; do
		[ -e "$f" ] || continue
		# a hand-drawn .svg next to a .dot of the same name is not a source
		case $f in *.svg) [ -e "${f%.svg}.dot" ] && continue ;; esac
		"$here/figure.sh" -R "$RUNS" "$f" "$FIG" || die "figure failed: $f"
	done
}

# Common Pandoc options; $1 is the page slug ("" for the PDF).
filter_opts() {
	echo "--metadata-file=$BOOKYAML --lua-filter=$here/book.lua" \
	    "-M nw-dir=$MD -M nw-page=$1 -M nw-runs=$RUNS" \
	    "-M nw-exercises=$ROOT/exercises -M nw-figures=$FIG"
}

# a page's title: its first level-1 heading, without attributes
title_of() { sed -n '/^# /{s/^# *//;s/ *{.*$//;p;q;}' "$1"; }

step_html() {
	[ -s "$MD/pages.txt" ] || die "run the md step first"
	# A page is made again only when what it is made from changed: its
	# Markdown, the tables, the sidebar, its runs and exercises, the
	# tools (the checksums of what each page and table of contents was
	# last made from, and the pages' search records, are kept in $CACHE).
	mkdir -p "$HTML/figures" "$CACHE/search" "$CACHE/keys"
	cp "$here/book.css" "$here/book.js" "$HTML/"
	[ -d "$FIG" ] && cp "$FIG"/*.svg "$HTML/figures/" 2>/dev/null || :
	figs=$(ls "$FIG" 2>/dev/null || :)
	booktitle=$(sed -n 's/^title: *"*\([^"]*\)"* *$/\1/p' "$BOOKYAML" | head -1)
	# contents: one list item per chapter (then appendix) with its sections,
	# numbered by book.lua as on the page itself
	side=$MD/sidebar.html
	toc=$MD/contents.html
	printf '<ul>\n' > "$toc"
	while IFS='	' read -r slug num; do
		keyvars="toc $slug $num $(filter_opts "$slug") $figs"
		key=$(key_of "$MD/$slug.md" "$MD/pages.txt" "$BOOKYAML" \
		    "$here/toc.html" "$here/book.lua" "$here/book.sh")
		if [ "$key" != "$(cat "$CACHE/keys/$slug.toc" 2>/dev/null)" ] ||
		    [ ! -e "$CACHE/$slug.toc" ]; then
			# shellcheck disable=SC2046
			pandoc "$MD/$slug.md" -f markdown -t html5 \
			    --template="$here/toc.html" --toc --toc-depth=2 \
			    --number-sections $(filter_opts "$slug") -M pagetitle=x \
			    -o "$CACHE/$slug.toc" ||
			    die "pandoc failed on $MD/$slug.md"
			echo "$key" > "$CACHE/keys/$slug.toc"
		fi
		# (a chapter's workshop: an entry of its own after the chapter)
		case $num in W*) first='1s/^<li>/<li class="workshop">/' ;;
		*) first= ;; esac
		sed 's/href="#\([^"]*\)" id="[^"]*"/href="#\1"/' "$CACHE/$slug.toc" |
		    sed '1d;$d' | sed "s|href=\"#|href=\"$slug.html#|" |
		    sed "$first" >> "$toc"
		# every heading id belongs to this page
		grep -o "href=\"$slug.html#[^\"]*\"" "$toc" |
		    sed "s|href=\"$slug.html#\(.*\)\"|\1	$slug|" >> "$MD/anchors.tsv"
	done < "$MD/pages.txt"
	while read -r b; do
		printf '<li class="back"><a href="%s.html">%s</a></li>\n' \
		    "$b" "$(title_of "$MD/$b.md")" >> "$toc"
	done < "$MD/back.txt"
	printf '</ul>\n' >> "$toc"
	# The sidebar: on a phone only its top bar shows until "Contents"
	# opens the rest (book.js, book.css).
	{
		printf '<div class="sidebar-top">\n'
		printf '<p class="booktitle"><a href="index.html">%s</a></p>\n' "$booktitle"
		printf '<button id="nav-toggle" type="button" aria-controls="sidebar-body"'
		printf ' aria-expanded="false">Contents</button>\n</div>\n'
		printf '<div id="sidebar-body">\n<div class="search" role="search">\n'
		printf '<input id="search-box" type="search" autocomplete="off"'
		printf ' placeholder="Search the book (/)" aria-label="Search the book">\n'
		printf '<ul id="search-results" hidden></ul>\n</div>\n'
		printf '<div class="toc">\n'
		cat "$toc"
		printf '</div>\n</div>\n'
	} > "$side"

	# pages in order: index, chapters..., back matter
	# shellcheck disable=SC2046
	pages=$(printf '%s ' index $(cut -f1 "$MD/pages.txt") $(cat "$MD/back.txt"))
	prev=
	set -- $pages
	while [ $# -gt 0 ]; do
		page=$1 next=${2:-}
		vars=
		if [ -n "$prev" ]; then
			vars="$vars -V prev-href=$prev.html"
		fi
		if [ -n "$next" ]; then
			vars="$vars -V next-href=$next.html"
		fi
		search="-M nw-search=$CACHE/search/$page.tsv"
		case $page in
		index)
			src=/dev/null ptitle=Contents search=
			{ printf '<section class="contents">\n<h2>Contents</h2>\n'
			  cat "$toc"; printf '</section>\n'; } > "$MD/home.html"
			extra="-V home=1 --include-after-body=$MD/home.html" ;;
		book-index)
			src=$MD/$page.md ptitle=$(title_of "$src") extra= search= ;;
		bibliography)
			src=$MD/$page.md ptitle=$(title_of "$src") extra= ;;
		*-workshop)
			src=$MD/$page.md ptitle="Workshop: $(title_of "$src")"
			extra="--number-sections --section-divs" ;;
		*)
			src=$MD/$page.md ptitle=$(title_of "$src")
			extra="--number-sections --section-divs" ;;
		esac
		ptitle_prev=${prev:+$(page_title "$prev")}
		ptitle_next=${next:+$(page_title "$next")}
		base=${page%-workshop}
		keyvars="page $page $ptitle $vars $extra $search $ptitle_prev $ptitle_next"
		keyvars="$keyvars $(filter_opts "$page") $figs"
		key=$(key_of "$src" "$side" "$MD/refs.tsv" "$MD/anchors.tsv" \
		    "$MD/pages.txt" "$BOOKYAML" "$here/template.html" \
		    "$here/book.lua" "$here/fixrefs.awk" "$here/book.sh" \
		    "$RUNS/$base"/*.txt "$ROOT/exercises/$base"/*.md)
		if [ "$key" = "$(cat "$CACHE/keys/$page" 2>/dev/null)" ] &&
		    [ -e "$HTML/$page.html" ]; then
			prev=$page
			shift
			continue
		fi
		rm -f "$CACHE/keys/$page"
		# shellcheck disable=SC2046,SC2086
		pandoc "$src" -f markdown -t html5 --wrap=none --template="$here/template.html" \
		    $(filter_opts "$page") $search --include-before-body="$side" \
		    --highlight-style=tango $vars $extra \
		    -M pagetitle="$ptitle" -V booktitle="$booktitle" \
		    ${ptitle_prev:+-V prev-title="$ptitle_prev"} \
		    ${ptitle_next:+-V next-title="$ptitle_next"} \
		    -o "$HTML/$page.tmp" || die "pandoc failed on $src"
		awk -v fmt=html -v page="$page" -f "$here/fixrefs.awk" \
		    "$MD/refs.tsv" "$HTML/$page.tmp" |
		    sed "s|<li><a href=\"$page.html#|<li class=\"current\"><a href=\"$page.html#|" |
		    sed "s|<li class=\"workshop\"><a href=\"$page.html#|<li class=\"workshop current\"><a href=\"$page.html#|" |
		    sed "s|<li class=\"back\"><a href=\"$page.html\"|<li class=\"back current\"><a href=\"$page.html\"|" \
		    > "$HTML/$page.html"
		rm -f "$HTML/$page.tmp"
		echo "$key" > "$CACHE/keys/$page"
		prev=$page
		shift
	done
	# pages the book no longer has
	for f in "$HTML"/*.html "$CACHE"/search/*.tsv; do
		p=${f##*/}
		p=${p%.*}
		case " $pages " in *" $p "*) ;; *) rm -f "$f" ;; esac
	done
	awk -f "$here/search-index.awk" "$MD/refs.tsv" "$MD/ids.tsv" \
	    "$CACHE"/search/*.tsv > "$HTML/search-index.js" ||
	    die "could not write the search index"
}

# A checksum of the files named and of $keyvars: what a page is made from.
key_of() {
	{ printf '%s\n' "$keyvars"; cat "$@" 2>/dev/null; } | cksum
}

page_title() {
	case $1 in
	index) echo Contents ;;
	book-index) echo Index ;;
	bibliography) echo Bibliography ;;
	*) n=$(awk -F'\t' -v s="$1" '$1 == s { print $2 }' "$MD/pages.txt")
	   case $n in
	   [A-Z]) n="Appendix $n" ;;
	   W*) n="${n#W} — Workshop:" ;;
	   esac
	   echo "$n $(title_of "$MD/$1.md")" ;;
	esac
}

step_pdf() {
	[ -s "$MD/pages.txt" ] || die "run the md step first"
	mkdir -p "$TEX"
	# \appendix before the first appendix (LaTeX then calls it "Appendix A"
	# and numbers its sections A.1), or else before the back matter
	printf '```{=latex}\n\\appendix\n```\n' > "$TEX/appendix.md"
	# the chapters' workshops: a part after the chapters and appendices
	printf '```{=latex}\n\\nwworkshoppart\n```\n' > "$TEX/workshop.md"
	srcs= appendix= workshops=
	while IFS='	' read -r slug num; do
		case $num in
		W*) workshops="$workshops $MD/$slug.md"; continue ;;
		[A-Z]) [ -n "$appendix" ] ||
			appendix=1 srcs="$srcs $TEX/appendix.md" ;;
		esac
		srcs="$srcs $MD/$slug.md"
	done < "$MD/pages.txt"
	[ -z "$workshops" ] || srcs="$srcs $TEX/workshop.md $workshops"
	[ -n "$appendix" ] || srcs="$srcs $TEX/appendix.md"
	for slug in $(cat "$MD/back.txt"); do
		srcs="$srcs $MD/$slug.md"
	done
	# shellcheck disable=SC2046
	pandoc $srcs -f markdown -t latex -s \
	    $(filter_opts "") -H "$here/header.tex" \
	    --top-level-division=chapter --number-sections --toc --toc-depth=2 \
	    --highlight-style=tango \
	    -V documentclass=book -V classoption=openany -V fontsize=11pt \
	    -V geometry=a4paper,textwidth=14.6cm,top=2.6cm,bottom=3cm \
	    -V monofont="DejaVu Sans Mono" -V colorlinks=true -V linkcolor=blue \
	    -o "$TEX/book.tmp" || die "pandoc failed making LaTeX"
	awk -v fmt=latex -f "$here/fixrefs.awk" "$MD/refs.tsv" "$TEX/book.tmp" > "$TEX/book.tex"
	rm -f "$TEX/book.tmp"
	(
		cd "$TEX"
		# three passes for the contents and page references, then the
		# PDF, with xdvipdfmx's warnings kept (check-links.sh reads
		# them: two anchors of one name, say)
		for pass in 1 2 3; do
			xelatex -no-pdf -interaction=nonstopmode -halt-on-error \
			    book.tex > xelatex.out 2>&1 ||
			    { tail -30 xelatex.out >&2; exit 1; }
		done
		xdvipdfmx -o book.pdf book.xdv > xdvipdfmx.out 2>&1 ||
		    { cat xdvipdfmx.out >&2; exit 1; }
	) || die "xelatex failed; see $TEX/book.log"
	cp "$TEX/book.pdf" "$BUILD/book/page-by-page.pdf"
	page_counts
	# A PDF with an undefined reference, a dead link, a code line wider
	# than the page or a missing glyph is not a finished book.
	"$here/check-links.sh" -p "$BUILD" > "$TEX/check.out" 2>&1 || {
		grep -v '^ok \|^1\.\.' "$TEX/check.out" >&2
		rm -f "$BUILD/book/page-by-page.pdf"
		die "the PDF has the problems above"
	}
}

# Each chapter's own pages and its workshop's, from where each chapter of
# the PDF starts (book.toc: the chapters, appendices, the part "Workshop"
# and its chapters, then the back matter, in pages.txt's order) ->
# BUILD/book/pages.tsv (slug number pages workshop-pages title) and a line
# "pages: 1 Boot 38, workshop 1 21; 2 ..." on stdout.
page_counts() {
	awk -F'\t' -v tsv="$BUILD/book/pages.tsv" '
	FNR == NR {
		if ($2 ~ /^W/) ws[++nw] = $1; else ch[++nc] = $1
		num[$1] = $2
		next
	}
	# \contentsline {chapter}{\numberline {1}Alpha}{5}{chapter.1}%
	/^\\contentsline \{(chapter|part)\}/ {
		s = $0
		sub(/\}\{[^{}]*\}%?[ \t]*$/, "", s)
		page = s; sub(/^.*\{/, "", page)
		if (page !~ /^[0-9]+$/) next
		start[++ne] = page + 0
		if ($0 ~ /^\\contentsline \{part\}/) {
			kind[ne] = "part"
			seenpart = 1
			next
		}
		title = s; sub(/\}\{[^{}]*$/, "", title)
		sub(/^\\contentsline \{chapter\}\{/, "", title)
		numbered = sub(/^\\numberline \{[^{}]*\}/, "", title)
		if (!numbered) { kind[ne] = "back"; next }
		if (seenpart) { kind[ne] = ws[++iw] } else kind[ne] = ch[++ic]
		tit[kind[ne]] = title
	}
	END {
		for (e = 1; e < ne; e++) len[kind[e]] = start[e + 1] - start[e]
		printf "" > tsv
		line = ""
		for (k = 1; k <= nc; k++) {
			s = ch[k]; w = s "-workshop"
			printf "%s\t%s\t%d\t%d\t%s\n", s, num[s], len[s], \
			    len[w], tit[s] > tsv
			line = line (k > 1 ? "; " : "") num[s] " " tit[s] " " len[s]
			if (w in num) line = line ", workshop " num[s] " " len[w]
		}
		print "pages: " line
	}' "$MD/pages.txt" "$TEX/book.toc"
}

[ $# -gt 0 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
for step; do
	case $step in
	md|figures|html|pdf) "step_$step" ;;
	*) die "unknown step $step" ;;
	esac
done
