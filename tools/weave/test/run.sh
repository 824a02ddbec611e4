#!/bin/sh
# Tests of the weaver on the fixture book in tools/weave/test/ (two tiny
# chapters; chapter 2 continues a chunk of chapter 1 and fills its hook;
# figures from Graphviz, by hand and from gnuplot over a captured run; a
# bibliography in three scripts; "Run it" output wider than code; an
# appendix, A-gamma, with a chunk, a figure and a run of its own; chunks
# that replace: A-gamma's port constants replace the two pieces of chapters
# 1 and 2, chapter 2's build rule chapter 1's; chapter 1's workshop: two
# sections of class workshop, one with a subsection, a run and a figure,
# linked both ways with the chapter; a host-run block beside the QEMU runs).
# Weaves it to HTML and PDF in a temporary directory and checks the output
# with grep; then breaks copies of the fixture and checks the errors.
# Usage: tools/weave/test/run.sh      (prints TAP-like ok / not ok lines)
# Set KEEP=1 to keep the temporary directory.

here=$(cd "$(dirname "$0")" && pwd)
weave=$here/..
tmp=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "# output in $tmp" || trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() {	# ok STATUS DESCRIPTION
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"
	else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
has() { grep -q -e "$2" "$1" 2>/dev/null; }	# has FILE REGEX
label_of() { awk -F'\t' -v n="$1" '$4 == n { print $2 }' "$B/book/md/refs.tsv"; }

B=$tmp/build
(cd "$here" && "$weave/book.sh" -b "$B" -R "$here/runs" md figures html pdf) \
    > "$tmp/weave.log" 2>&1
ok $? "fixture weaves to HTML and PDF"
H=$B/book/html
L12=$(label_of 1.2) L13=$(label_of 1.3) L21=$(label_of 2.1) L22=$(label_of 2.2)
[ -n "$L12" ] && [ -n "$L21" ] && [ -n "$L22" ]
ok $? "chunks are numbered chapter.k (1.2, 2.1, 2.2 exist)"

has "$H/01-alpha.html" 'class="nwname">serial: port constants</span>&nbsp;<span class="nwnumber">1.2</span>⟩</a><span class="nwop">≡</span>'
ok $? "chunk header shows name, number and ≡"
has "$H/02-beta.html" 'class="nwnumber">2.1</span>⟩</a><span class="nwop">+≡</span>'
ok $? "continuation header shows +≡"
has "$H/01-alpha.html" '<code>kernel/serial.c</code>'
ok $? "root chunk header shows the file path"
has "$H/01-alpha.html" "id=\"$L12\""
ok $? "chunk carries its label as anchor"
has "$H/02-beta.html" "Continues <a href=\"01-alpha.html#$L12\""
ok $? "continuation links back to the previous page"
grep "Continues <a" "$H/02-beta.html" | grep -q "Used in <a href=\"01-alpha.html#"
ok $? "continuation says where the chunk is used"
has "$H/01-alpha.html" "Continued in <a href=\"02-beta.html#$L21\""
ok $? "definition links forward to its continuation on the next page"
has "$H/01-alpha.html" "<a class=\"nwref\" href=\"02-beta.html#$L22\">⟨serial: later additions&nbsp;2.2⟩</a>"
ok $? "hook used in chapter 1 code links to its definition in chapter 2"
has "$H/01-alpha.html" "<a class=\"nwref\" href=\"#$L12\">⟨serial: port constants&nbsp;1.2⟩</a>"
ok $? "same-page chunk reference in code is a local link"
! grep -q '/\*@ref:' "$H"/*.html "$B/book/tex/book.tex" 2>/dev/null
ok $? "no placeholder is left in HTML or LaTeX"
has "$H/01-alpha.html" 'class="sourceCode makefile nwcode"'
ok $? "Makefile chunks are highlighted as makefile"
grep -A3 'make: build the kernel' "$H/01-alpha.html" | grep -q 'sourceCode makefile'
ok $? "non-root chunk takes the language of its root"
has "$H/book-index.html" "<code>serial_putc</code>: defined in <a href=\"01-alpha.html#$L13\""
ok $? "identifier index links the definition"
grep 'serial_putc</code>: defined' "$H/book-index.html" | grep -q "used in .*<a href=\"02-beta.html#$L22\""
ok $? "identifier index links the uses"
grep 'serial: port constants' "$H/book-index.html" | grep -q "02-beta.html#$L21"
ok $? "chunk index lists every definition"
has "$H/01-alpha.html" 'Defines <code>COM1</code> (used in'
ok $? "chunk footer lists the identifiers it defines"
has "$H/01-alpha.html" 'hello from the serial port' &&
    has "$H/01-alpha.html" 'make boot CH=1 CMDLINE=demo'
ok $? "Run it block shows the capture and its command"
has "$H/01-alpha.html" 'id="run-01-count" class="host-run"' &&
    has "$H/01-alpha.html" 'count: 1 2 3 on the host' &&
    has "$H/01-alpha.html" '<code>$ build/01-alpha/count -n 3</code>' &&
    ! grep 'id="run-01-count"' "$H/01-alpha.html" | grep -q 'make boot' &&
    grep -q 'count: 1 2 3 on the host' "$B/book/tex/book.tex" &&
    ! grep -q 'count: 1 2 3' "$H/search-index.js"
ok $? "host-run block shows the program's output and the command that ran it"
has "$H/01-alpha.html" 'id="run-01-tool" class="host-run"' &&
    has "$H/01-alpha.html" 'tool: build/01-alpha -n 2' &&
    has "$H/01-alpha.html" '<code>$ tools/count.sh build/01-alpha -n 2</code>'
ok $? "host-run of a tools/ script shows it with the build as its first argument"
e1=$(grep -n 'Exercise 1.1: A second port' "$H/01-alpha.html" | cut -d: -f1)
e2=$(grep -n 'Exercise 1.2: Strings' "$H/01-alpha.html" | cut -d: -f1)
[ -n "$e1" ] && [ -n "$e2" ] && [ "$e1" -lt "$e2" ]
ok $? "exercise handouts are filled in, in file-name order"
[ -s "$H/figures/wire.svg" ] && has "$H/01-alpha.html" 'src="figures/wire.svg"'
ok $? "figure rendered from .dot is in the HTML"
[ -s "$H/figures/box.svg" ] && has "$B/book/tex/book.tex" "figures/box.pdf"
ok $? "hand-drawn SVG figure is copied for HTML and converted for the PDF"
has "$H/01-alpha.html" '<strong>Figure 1.1: </strong>The port and the wire.' &&
    has "$H/02-beta.html" '<strong>Figure 2.1: </strong>A hand-drawn box.'
ok $? "HTML figure captions are numbered per chapter, as in the PDF"
has "$H/02-beta.html" '<span class="header-section-number">2.1</span>'
ok $? "sections are numbered by chapter"
has "$H/index.html" 'href="02-beta.html#more-constants"' && has "$H/01-alpha-workshop.html" 'rel="next" href="02-beta.html"'
ok $? "contents and previous/next links"
! grep -q -E '(src|href)="(https?:)?//' "$H"/*.html
ok $? "HTML uses no network resources"

# gnuplot figures: data the kernel printed in a (hidden) run
[ -s "$B/figures/01-free.svg" ] && [ -s "$B/figures/01-free.pdf" ] &&
    has "$H/01-alpha.html" 'src="figures/01-free.svg"' &&
    has "$B/book/tex/book.tex" 'figures/01-free.pdf'
ok $? "gnuplot figure is rendered to SVG for HTML and PDF for the book"
printf ' 0 1024\n 1 1000\n 2 961\n 3 990\n 4 1012\n' |
    cmp -s - "$B/figures/01-free.data.dat"
ok $? "gnuplot figure reads the run's lines with the prefix, prefix cut off"
! has "$H/01-alpha.html" 'free: 0 1024' && ! has "$H/01-alpha.html" 'CMDLINE=plot'
ok $? "a run with show=\"no\" feeds its figure but is not printed"

! has "$H/01-alpha.html" 'Booting fixture kernel' &&
    has "$H/01-alpha.html" '\[1 earlier line left out\]'
ok $? "a run with from=\"TEXT\" is printed from its first line beginning with TEXT"

# "Run it" output wider than code: smaller in the PDF, scrolling in HTML
T=$B/book/tex
has "$H/02-beta.html" 'id="run-02-wide" class="qemu-run wide"' &&
    has "$H/01-alpha.html" 'id="run-01-demo" class="qemu-run"' &&
    grep -q '^\.qemu-run\.wide pre, \.host-run\.wide pre {' "$weave/book.css" &&
    grep -q '^pre {.*overflow-x: auto' "$weave/book.css"
ok $? "HTML marks a wide run, which scrolls, and leaves a narrow one alone"
size=$(sed -n 's/^nwrun: 121 columns in \([0-9.]*\)pt$/\1/p' "$T/book.log")
[ -n "$size" ] && awk -v s="$size" 'BEGIN { exit !(s >= 6.5 && s < 8) }' &&
    [ "$(grep -c '^nwrun: ' "$T/book.log")" -eq 2 ]
ok $? "PDF sets a 121-column run at 6.5 to 8pt (${size:-?}pt), only the wide runs"
pdftotext -layout "$B/book/page-by-page.pdf" "$tmp/layout.txt" 2>/dev/null
grep -q 'Node *0, zone *DMA32, type *Movable *3 .* 1 *37 *$' "$tmp/layout.txt"
ok $? "PDF keeps a 121-column run line on one line"
grep -q '^long: w00 .* w3[0-9]' "$tmp/layout.txt" &&
    grep -q '^↪ .*w39 tail-end-of-the-long-line' "$tmp/layout.txt" &&
    has "$T/book.log" '^nwrun: 144 columns in'
ok $? "PDF breaks a run line too long for any legible size, with a mark"

# the appendix: lettered, after the chapters, before the back matter
LA1=$(label_of A.1)
[ -n "$LA1" ] && has "$H/A-gamma.html" "id=\"$LA1\"" &&
    has "$H/A-gamma.html" 'class="nwnumber">A.1</span>⟩</a><span class="nwop">+≡</span>' &&
    grep 'serial: later additions' "$H/book-index.html" | grep -q "A-gamma.html#$LA1"
ok $? "appendix chunks are numbered A.k and indexed"
has "$H/A-gamma.html" '<strong>Figure A.1: </strong>The appendix’s own figure.'
ok $? "HTML figure captions in the appendix read Figure A.1"
has "$H/A-gamma.html" '<span class="header-section-number">Appendix A</span> Gamma</h1>' &&
    has "$H/A-gamma.html" '<span class="header-section-number">A.1</span> Checking the port' &&
    has "$H/A-gamma.html" '<span class="header-section-number">A.1.1</span> A heading in a div' &&
    has "$H/A-gamma.html" '<span class="header-section-number">A.2</span> Run it' &&
    has "$H/02-beta.html" '<span class="header-section-number">2.1</span> More constants'
ok $? "appendix heads Appendix A, its sections A.1, A.1.1, A.2; chapters keep 2.1"
has "$H/A-gamma.html" 'make boot CH=A CMDLINE=test' &&
    has "$H/A-gamma.html" '1 passed, 0 failed'
ok $? "appendix Run it block shows its capture and make boot CH=A"
# the front page's contents, one "href number" line per entry
sed -n '/<section class="contents">/,/<\/section>/p' "$H/index.html" |
    tr '\n' ' ' | sed 's/<li/\n&/g' |
    sed -n 's/.*href="\([^"]*\)"><span *class="toc-section-number">\([^<]*\)<.*/\1 \2/p' |
    tr '\n' ' ' > "$tmp/toc.txt"
grep -q '02-beta.html#more-constants 2.1 02-beta.html#a-new-build-rule 2.2 A-gamma.html#gamma Appendix A A-gamma.html#checking-the-port A.1 A-gamma.html#run-it A.2 $' "$tmp/toc.txt" &&
    [ "$(grep -n 'href="A-gamma.html#gamma"' "$H/index.html" | head -1 | cut -d: -f1)" -lt \
      "$(grep -n 'href="bibliography.html"' "$H/index.html" | head -1 | cut -d: -f1)" ]
ok $? "contents list Appendix A, A.1, A.2 after the chapters, before the bibliography"
has "$H/02-beta.html" 'rel="next" href="A-gamma.html">Appendix A Gamma →' &&
    has "$H/A-gamma.html" 'rel="prev" href="02-beta.html">← 2 Beta' &&
    has "$H/bibliography.html" 'rel="prev" href="A-gamma.html">← Appendix A Gamma'
ok $? "previous/next call the appendix Appendix A"
has "$H/search-index.js" '\["A-gamma.html#checking-the-port","A.1","Checking the port","' &&
    has "$H/search-index.js" '\["A-gamma.html","Appendix A","Gamma","' &&
    has "$H/search-index.js" "\\[\"serial_check\",\"A-gamma.html#$LA1\",\"A.1\"\\]"
ok $? "search records number the appendix's sections and chunks A.1"

# back matter: the bibliography, between the appendix and the index
has "$H/A-gamma.html" 'rel="next" href="bibliography.html"' &&
    has "$H/bibliography.html" 'rel="next" href="book-index.html"' &&
    has "$H/01-alpha.html" '<li class="back"><a href="bibliography.html">Bibliography</a>'
ok $? "bibliography page sits after the appendix, listed in the sidebar"
has "$H/01-alpha.html" 'href="bibliography.html#bib-multiboot"' &&
    has "$H/bibliography.html" 'id="bib-multiboot"'
ok $? "chapter links to a bibliography entry on its page"

# search
J=$H/search-index.js
has "$J" '\["02-beta.html#more-constants","2.1","More constants","' &&
    has "$J" "\\[\"serial_putc\",\"01-alpha.html#$L13\",\"1.3\"\\]" &&
    has "$J" "\\[\"serial: port constants\",\"01-alpha.html#$L12\",\"1.2\"\\]"
ok $? "search index lists sections, identifiers and chunk names"
has "$J" 'Chapter two continues the constants' && ! has "$J" 'outb(COM1'
ok $? "search index holds the prose, not the code"
st=0
for f in "$H"/*.html; do
	grep -q '<script src="book.js"></script>' "$f" &&
	    grep -q 'id="search-box"' "$f" && grep -q 'id="nav-toggle"' "$f" || st=1
done
[ -s "$H/book.js" ] && grep -q '"search-index.js"' "$H/book.js" && [ "$st" -eq 0 ]
ok $? "every page has the search box, the phone's contents button and book.js"
browser=$(command -v chromium || command -v chromium-browser)
if [ -n "$browser" ]; then
	"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chromium" \
	    --dump-dom "file://$H/01-alpha.html?q=serial_putc" > "$tmp/dom.html" 2>/dev/null
	grep -o '<ul id="search-results">.*' "$tmp/dom.html" |
	    grep -q "^<ul id=\"search-results\"><li><a href=\"01-alpha.html#$L13\"><span class=\"kind\">identifier"
	ok $? "search in a browser finds an identifier first"
	"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chromium" \
	    --dump-dom "file://$H/01-alpha.html" > "$tmp/dom2.html" 2>/dev/null
	grep -q '<a href="01-alpha.html#alpha" class="here">' "$tmp/dom2.html" &&
	    ! grep -q '<a href="02-beta.html#beta" class="here">' "$tmp/dom2.html"
	ok $? "the sidebar marks the section being read"
else
	echo "# skipped: no chromium to run the search in"
fi

# PDF
[ -s "$B/book/page-by-page.pdf" ]
ok $? "PDF exists"
pdftotext "$B/book/page-by-page.pdf" "$tmp/book.txt" 2>/dev/null
grep -q 'serial: later additions 2.2, p. [0-9]' "$tmp/book.txt"
ok $? "PDF chunk references show the page of the definition"
grep -q 'シリアルポート' "$tmp/book.txt" && grep -q 'Последовательный' "$tmp/book.txt" &&
    grep -q 'α ≤ β ≥ γ ≠' "$tmp/book.txt" &&
    [ "$(grep -n '^Bibliography' "$tmp/book.txt" | tail -1 | cut -d: -f1)" -lt \
      "$(grep -n '^Index of chunks and identifiers' "$tmp/book.txt" | tail -1 | cut -d: -f1)" ]
ok $? "PDF has the bibliography appendix, Japanese, Russian and symbols included"
grep -q 'Index of chunks and identifiers' "$tmp/book.txt" &&
    grep -q 'serial_putc: defined in 1.3 (p. [0-9]' "$tmp/book.txt"
ok $? "PDF has the index appendix with page numbers"
# \appendix once, right before the appendix; LaTeX letters it
[ "$(grep -c '^\\appendix$' "$T/book.tex")" -eq 1 ] &&
    grep -A3 '^\\appendix$' "$T/book.tex" | grep -q '^\\chapter{Gamma}'
ok $? "PDF has one appendix command, right before the appendix"
# (a page of pdftotext's output begins with a form feed)
last_line() { grep -n -e "$1" "$tmp/book.txt" | tail -1 | cut -d: -f1; }
grep -q '^A Gamma$' "$tmp/book.txt" && grep -q '^A\.1 Checking the port' "$tmp/book.txt" &&
    grep -q '^.\{0,1\}Appendix A$' "$tmp/book.txt" &&
    grep -q 'Figure A\.1: The appendix’s own figure' "$tmp/book.txt" &&
    [ "$(last_line 'Appendix A$')" -lt "$(last_line 'Bibliography$')" ]
ok $? "PDF: Appendix A in the contents and text, sections A.1, Figure A.1, then the bibliography"

# chunks that replace: A.2 takes the place of 1.2 and 2.1 (a generation
# in two pieces) and A.3 continues it; 2.4 replaces 1.5 (one piece)
LA2=$(label_of A.2) LA3=$(label_of A.3) L15=$(label_of 1.5) L24=$(label_of 2.4)
[ -n "$LA2" ] && [ -n "$LA3" ] && [ -n "$L15" ] && [ -n "$L24" ] &&
    has "$H/A-gamma.html" 'class="nwnumber">A.2</span>⟩</a><span class="nwop">≡</span>' &&
    has "$H/A-gamma.html" 'class="nwnumber">A.3</span>⟩</a><span class="nwop">+≡</span>' &&
    has "$H/02-beta.html" 'class="nwnumber">2.4</span>⟩</a><span class="nwop">≡</span>'
ok $? "a replacing chunk is drawn with ≡, its continuation with +≡"
has "$H/A-gamma.html" "Replaces <a href=\"01-alpha.html#$L12\" class=\"nwnum\">1.2</a> and <a href=\"02-beta.html#$L21\" class=\"nwnum\">2.1</a>\. Continued in <a href=\"#$LA3\"" &&
    has "$H/02-beta.html" "Replaces <a href=\"01-alpha.html#$L15\" class=\"nwnum\">1.5</a>\. Used in"
ok $? "a replacing chunk says Replaces 1.2 and 2.1 (or Replaces 1.5), as links"
grep "Continued in <a href=\"02-beta.html#$L21\"" "$H/01-alpha.html" |
    grep -q "Replaced in <a href=\"A-gamma.html#$LA2\" class=\"nwnum\">A.2</a>" &&
    grep "Continues <a href=\"01-alpha.html#$L12\"" "$H/02-beta.html" |
    grep -q "Replaced in <a href=\"A-gamma.html#$LA2\" class=\"nwnum\">A.2</a>" &&
    has "$H/01-alpha.html" "Replaced in <a href=\"02-beta.html#$L24\" class=\"nwnum\">2.4</a>"
ok $? "each definition a chunk replaces says Replaced in, as a link"
! grep -q "Continued in <a href=\"A-gamma.html#$LA2\"" "$H/02-beta.html" &&
    ! grep -q "Continued in <a href=\"02-beta.html#$L24\"" "$H/01-alpha.html" &&
    ! grep "Replaces <a" "$H/A-gamma.html" "$H/02-beta.html" | grep -q "Continues" &&
    has "$H/A-gamma.html" "Continues <a href=\"#$LA2\""
ok $? "Continues and Continued in stay within one generation"
grep 'serial: port constants' "$H/book-index.html" | grep "01-alpha.html#$L12" |
    grep "02-beta.html#$L21" | grep "A-gamma.html#$LA2" | grep -q "A-gamma.html#$LA3" &&
    grep 'make: build the kernel' "$H/book-index.html" | grep "#$L15" | grep -q "#$L24"
ok $? "the chunk index lists the definitions of every generation"
grep -h -o 'Defines <code>COM1</code> (used in [^)]*)' "$H/01-alpha.html" "$H/A-gamma.html" > "$tmp/com1.txt" &&
    [ "$(wc -l < "$tmp/com1.txt")" -eq 2 ] && ! grep -q "#$LA2\"\|#$L12\"" "$tmp/com1.txt"
ok $? "a definition of COM1 that replaces another is not listed as its use"
has "$T/book.tex" '\\nwhead{nwc[0-9]*}{serial: port constants}{A\.2}{\\ensuremath{\\equiv}}' &&
    has "$T/book.tex" '\\nwhead{nwc[0-9]*}{serial: port constants}{A\.3}{+\\ensuremath{\\equiv}}' &&
    grep -q 'Replaces 1\.2 (p\. [0-9]*) and 2\.1 (p\. [0-9]*)\. Continued in A\.3 (p\. [0-9]*)\.' "$tmp/book.txt" &&
    grep -q 'Continues 1\.2 (p\. [0-9]*)\. Replaced in A\.2 (p\. [0-9]*)\.' "$tmp/book.txt" &&
    grep -q 'Replaces 1\.5 (p\. [0-9]*)\.' "$tmp/book.txt"
ok $? "PDF: ≡ on a replacing chunk, Replaces and Replaced in with page numbers"

# workshops: chapter 1's sections of class workshop (W1.1 with W1.1.1, and
# W1.2 after the exercises) are woven into 01-alpha-workshop.html
W=$H/01-alpha-workshop.html
LW1=$(label_of W1.1) LW2=$(label_of W1.2) L11=$(label_of 1.1)
[ -s "$W" ] && [ ! -e "$H/02-beta-workshop.html" ] && [ ! -e "$H/A-gamma-workshop.html" ] &&
    printf '01-alpha\t1\n01-alpha-workshop\tW1\n02-beta\t2\nA-gamma\tA\n' |
    cmp -s - "$B/book/md/pages.txt"
ok $? "a chapter with workshop sections gets a workshop page, the others none"
has "$W" '<title>Workshop: Alpha – Fixture Book</title>' &&
    has "$W" '<span class="header-section-number">1 —</span> Workshop: Alpha</h1>'
ok $? "the workshop page is titled 1 — Workshop: Alpha"
has "$W" '<span class="header-section-number">W1.1</span> Self-tests</h2>' &&
    has "$W" '<span class="header-section-number">W1.1.1</span> Running the self-test</h3>' &&
    has "$W" '<span class="header-section-number">W1.2</span> A tool</h2>' &&
    has "$H/01-alpha.html" '<span class="header-section-number">1.2</span> Run it</h2>' &&
    has "$H/01-alpha.html" '<span class="header-section-number">1.3</span> Exercises</h2>' &&
    ! has "$H/01-alpha.html" 'Self-tests</h2>\|A tool</h2>\|Running the self-test</h3>'
ok $? "workshop sections are W1.1, W1.1.1, W1.2; the chapter's keep 1.1 to 1.3"
[ -n "$LW1" ] && [ -n "$LW2" ] && [ "$(label_of 1.6)" = "" ] &&
    has "$W" "id=\"$LW1\"" && has "$W" 'class="nwnumber">W1.1</span>⟩</a><span class="nwop">≡</span>' &&
    has "$W" 'class="nwnumber">W1.2</span>⟩' && ! has "$H/01-alpha.html" "id=\"$LW1\"" &&
    has "$H/01-alpha.html" 'class="nwnumber">1.5</span>'
ok $? "workshop chunks are W1.1, W1.2 on the workshop page; the chapter's 1.1 to 1.5"
has "$H/01-alpha.html" "<a class=\"nwref\" href=\"01-alpha-workshop.html#$LW1\">⟨serial: self-test&nbsp;W1.1⟩</a>" &&
    has "$W" "Used in <a href=\"01-alpha.html#$L11\" class=\"nwnum\">1.1</a>" &&
    has "$W" "Defines <code>serial_selftest</code> (used in <a href=\"#$LW2\" class=\"nwnum\">W1.2</a>)"
ok $? "chunk references and used-in lists cross between chapter and workshop"
has "$W" '<a href="01-alpha.html#sec:alpha-port">the port</a>' &&
    has "$H/01-alpha.html" '<a href="01-alpha-workshop.html#sec:alpha-selftests">the workshop’s first section</a>' &&
    grep -q '^sec:alpha-selftest-run	01-alpha-workshop$' "$B/book/md/anchors.tsv"
ok $? "links in prose to sections cross between chapter and workshop"
has "$W" '<code>## Still the self-tests' && has "$W" '# and not a chapter either' &&
    ! has "$H/01-alpha.html" 'Still the self-tests'
ok $? "a line in a fenced block that starts with ## is not a heading"
has "$H/01-alpha.html" 'rel="next" href="01-alpha-workshop.html">1 — Workshop: Alpha →' &&
    has "$W" 'rel="prev" href="01-alpha.html">← 1 Alpha' &&
    has "$W" 'rel="next" href="02-beta.html">2 Beta →' &&
    has "$H/02-beta.html" 'rel="prev" href="01-alpha-workshop.html">← 1 — Workshop: Alpha'
ok $? "previous/next: the workshop comes right after its chapter"
tr '\n' ' ' < "$H/index.html" | sed 's/<li/\n&/g' | sed -n 's/^<li[^>]*><a href="\([^"]*\)".*/\1/p' |
    tr '\n' ' ' > "$tmp/order.txt"
grep -q '01-alpha.html#exercises 01-alpha-workshop.html#workshop-01-alpha 01-alpha-workshop.html#sec:alpha-selftests 01-alpha-workshop.html#sec:alpha-tool 02-beta.html#beta' "$tmp/order.txt" &&
    has "$H/02-beta.html" '<li class="workshop"><a href="01-alpha-workshop.html#workshop-01-alpha">' &&
    has "$W" '<li class="workshop current"><a href="01-alpha-workshop.html#workshop-01-alpha">'
ok $? "contents and sidebar list the workshop and its sections after its chapter"
has "$H/01-alpha.html" 'This chapter’s workshop: <a href="01-alpha-workshop.html#workshop-01-alpha">Workshop 1</a>, with <a href="01-alpha-workshop.html#sec:alpha-selftests">W1.1 Self-tests</a> and <a href="01-alpha-workshop.html#sec:alpha-tool">W1.2 A tool</a>.'
ok $? "the chapter page links its workshop and its sections"
grep 'serial_selftest</code>: defined' "$H/book-index.html" |
    grep -q "defined in <a href=\"01-alpha-workshop.html#$LW1\" class=\"nwnum\">W1.1</a>; used in <a href=\"01-alpha-workshop.html#$LW2\"" &&
    grep 'serial: self-test' "$H/book-index.html" | grep -q "used in <a href=\"01-alpha.html#$L11\""
ok $? "the index links workshop chunks on the workshop page"
has "$J" '\["01-alpha-workshop.html#sec:alpha-selftests","W1.1","Self-tests","The self-test sends' &&
    has "$J" '\["01-alpha-workshop.html","1 —","Workshop: Alpha",' &&
    has "$J" "\\[\"serial_selftest\",\"01-alpha-workshop.html#$LW1\",\"W1.1\"\\]" &&
    has "$J" "\\[\"tools/count.c\",\"01-alpha-workshop.html#$LW2\",\"W1.2\"\\]" &&
    ! has "$J" '"01-alpha.html#sec:alpha-selftests"'
ok $? "search records put workshop sections and chunks on the workshop page"
has "$W" 'make boot CH=1 CMDLINE=selftest' && has "$W" 'self-test: 1 passed, 0 failed' &&
    has "$W" '<strong>Figure W1.1: </strong>The self-test’s one byte.' &&
    has "$H/01-alpha.html" '<strong>Figure 1.2: </strong>Free pages after each step.'
ok $? "a Run it block and a figure (Figure W1.1) in a workshop section"
if [ -n "$browser" ]; then
	"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chromium" \
	    --dump-dom "file://$H/02-beta.html?q=serial_selftest" > "$tmp/dom3.html" 2>/dev/null
	grep -o '<ul id="search-results">.*' "$tmp/dom3.html" |
	    grep -q "^<ul id=\"search-results\"><li><a href=\"01-alpha-workshop.html#$LW1\"><span class=\"kind\">identifier"
	ok $? "search in a browser finds an identifier of a workshop on its page"
fi

# workshops in the PDF: a part after the appendix, before the bibliography
grep -o '^\\appendix$\|^\\nwworkshoppart$\|^\\nwworkshop{.*}$\|^\\chapter\*\?{[^}]*}' "$T/book.tex" |
    tr '\n' ' ' > "$tmp/parts.txt"
[ "$(cat "$tmp/parts.txt")" = '\chapter{Alpha} \chapter{Beta} \appendix \chapter{Gamma} \nwworkshoppart \nwworkshop{1} \chapter{Alpha} \chapter*{Bibliography} \chapter*{Index of chunks and identifiers} ' ]
ok $? "PDF: the part Workshop after the appendix, chapter 1's workshop in it, then the back matter"
grep -q '^.\{0,1\}Workshop 1$' "$tmp/book.txt" && grep -q '^W1\.1 Self-tests$' "$tmp/book.txt" &&
    grep -q '^W1\.1\.1 Running the self-test$' "$tmp/book.txt" &&
    grep -q '^W1\.2 A tool$' "$tmp/book.txt" &&
    grep -q 'Figure W1\.1: The self-test’s one byte' "$tmp/book.txt" &&
    grep -q '⟨serial: self-test W1\.1⟩≡' "$tmp/book.txt" &&
    grep -q '⟨serial: self-test W1\.1, p\. [0-9]*⟩' "$tmp/book.txt" &&
    grep -q 'This chapter’s workshop: Workshop 1 (p\. [0-9]*), with W1\.1 Self-tests and W1\.2 A tool\.' "$tmp/book.txt"
ok $? "PDF: Workshop 1 with sections, figure and chunks W1.1; the chapter points to it"
grep -q '^ *W1\.1  *Self-tests \. .* [0-9]*$' "$tmp/layout.txt" &&
    [ "$(grep -c '^ *W1\.2 *A tool *\.' "$tmp/layout.txt")" -eq 1 ]
ok $? "PDF: the contents list the workshop's sections"
grep -q '^WORKSHOP 1\. ALPHA$' "$tmp/book.txt"
ok $? "PDF: the workshop's running head reads WORKSHOP 1. ALPHA"
[ -s "$T/xdvipdfmx.out" ] && ! grep -q 'already defined' "$T/xdvipdfmx.out"
ok $? "PDF: no two anchors have one name"

# page counts: from where each chapter starts, as the PDF's pages show it
grep -q '^pages: 1 Alpha [0-9]*, workshop 1 [0-9]*; 2 Beta [0-9]*; A Gamma [0-9]*$' "$tmp/weave.log"
ok $? "make pdf prints each chapter's pages and its workshop's"
np=$(pdfinfo "$B/book/page-by-page.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
i=1
while [ "$i" -le "${np:-0}" ]; do
	printf '%s\t%s\n' "$i" "$(pdftotext -f "$i" -l "$i" "$B/book/page-by-page.pdf" - 2>/dev/null | head -1)"
	i=$((i + 1))
done > "$tmp/firsts.txt"
at() { awk -F'\t' -v t="$1" '$2 == t { print $1; exit }' "$tmp/firsts.txt"; }
c1=$(at 'Chapter 1') c2=$(at 'Chapter 2') ca=$(at 'Appendix A') part=$(at Workshop)
w1=$(at 'Workshop 1') bib=$(at Bibliography)
printf '01-alpha\t1\t%d\t%d\tAlpha\n02-beta\t2\t%d\t0\tBeta\nA-gamma\tA\t%d\t0\tGamma\n' \
    $((c2 - c1)) $((bib - w1)) $((ca - c2)) $((part - ca)) > "$tmp/pages.want"
[ -n "$c1" ] && [ -n "$w1" ] && [ -n "$bib" ] && cmp -s "$tmp/pages.want" "$B/book/pages.tsv" &&
    grep -q "^pages: 1 Alpha $((c2 - c1)), workshop 1 $((bib - w1)); " "$tmp/weave.log"
ok $? "pages.tsv and the pages line agree with where the PDF's chapters start"

"$weave/check-links.sh" "$B" > "$tmp/check.out" 2>&1
ok $? "check-links passes on the fixture (80-column code lines fit the page)"

# html makes a page again only when what it is made from changed: an edit
# of one chapter's prose remakes that page alone; a changed heading, which the
# sidebar shows, remakes every page; both give what a build from nothing
# gives
inc=$tmp/inc
cp -r "$here" "$inc"
(cd "$inc" && "$weave/book.sh" -b "$inc/build" -R "$here/runs" md figures html) \
    > "$tmp/i1.log" 2>&1
touch "$tmp/i1.stamp"
sed -i 's/^Chapter two continues the constants/Chapter two, edited, continues the constants/' \
    "$inc/chapters/02-beta.nw"
(cd "$inc" && "$weave/book.sh" -b "$inc/build" -R "$here/runs" md html) > "$tmp/i2.log" 2>&1
st=$?
(cd "$inc/build/book/html" && find . -name '*.html' -newer "$tmp/i1.stamp") > "$tmp/i2.new"
(cd "$inc" && "$weave/book.sh" -b "$inc/fresh" -R "$here/runs" md figures html) > "$tmp/i3.log" 2>&1
[ $st -eq 0 ] && [ "$(cat "$tmp/i2.new")" = ./02-beta.html ] &&
    has "$inc/build/book/html/02-beta.html" 'Chapter two, edited, continues' &&
    has "$inc/build/book/html/search-index.js" 'Chapter two, edited, continues' &&
    diff -r "$inc/build/book/html" "$inc/fresh/book/html" > /dev/null
ok $? "after an edit of one chapter's prose, html remakes that page alone"
touch "$tmp/i4.stamp"
# (its anchor kept, so that only the sidebar tells the other pages)
sed -i 's/^## The port {#sec:alpha-port}$/## The serial port {#sec:alpha-port}/' "$inc/chapters/01-alpha.nw"
(cd "$inc" && "$weave/book.sh" -b "$inc/build" -R "$here/runs" md html) > "$tmp/i4.log" 2>&1
st=$?
rm -rf "$inc/fresh"
(cd "$inc" && "$weave/book.sh" -b "$inc/fresh" -R "$here/runs" md figures html) > "$tmp/i5.log" 2>&1
[ $st -eq 0 ] && [ "$(cd "$inc/build/book/html" && find . -name '*.html' ! -newer "$tmp/i4.stamp")" = "" ] &&
    has "$inc/build/book/html/book-index.html" '1.1</span> The serial port' &&
    diff -r "$inc/build/book/html" "$inc/fresh/book/html" > /dev/null
ok $? "a changed heading remakes every page (the sidebar lists it)"

# what a chapter's runs depend on (mk/book.mk recaptures them when it
# changes): the code and run blocks (both kinds) up to the chapter, not
# the prose
ri() { "$weave/run-inputs.sh" -r "$inc" "$1" | cksum; }
a1=$(ri 01-alpha) a2=$(ri 02-beta)
sed -i 's/^Lines of `80` columns, the most/Lines of `80` columns, at most/' "$inc/chapters/02-beta.nw"
b2=$(ri 02-beta)
sed -i 's/^#define COM2 0x2f8$/#define COM2 0x2f9/' "$inc/chapters/02-beta.nw"
c2=$(ri 02-beta) c1=$(ri 01-alpha)
sed -i 's/input="long\\nhalt\\n"/input="long\\nlong\\nhalt\\n"/' "$inc/chapters/02-beta.nw"
d2=$(ri 02-beta) ca=$(ri A-gamma)
sed -i 's/^#define COM1 0x3f8$/#define COM1 0x3f9/' "$inc/chapters/01-alpha.nw"
[ "$a2" = "$b2" ] && [ "$b2" != "$c2" ] && [ "$c2" != "$d2" ] && [ "$a1" = "$c1" ] &&
    [ "$(ri A-gamma)" != "$ca" ] && [ "$(ri 02-beta)" != "$d2" ]
ok $? "a chapter's runs depend on its code and run blocks and those before it, not on prose"
e1=$(ri 01-alpha)
sed -i 's/command="count -n 3"/command="count -n 4"/' "$inc/chapters/01-alpha.nw"
[ "$(ri 01-alpha)" != "$e1" ]
ok $? "a chapter's runs depend on its host-run blocks"
e1=$(ri 01-alpha)
echo 'echo changed' >> "$inc/tools/count.sh"
[ "$(ri 01-alpha)" != "$e1" ]
ok $? "a chapter's runs depend on the tools/ scripts its host-run blocks run"

# check-run-numbers: a number the prose of a section with a run quotes
# must be one a run of the chapter printed; code spans are not checked
nums=$tmp/nums
cp -r "$here" "$nums"
(cd "$nums" && "$weave/check-run-numbers.sh" -R runs chapters/01-alpha.nw \
    chapters/02-beta.nw chapters/A-gamma.nw) > "$tmp/nums-good.out" 2>&1
ok $? "check-run-numbers passes on the fixture"
sed -i 's/^run below is not shown, only drawn\.$/run below, which starts from 1024 free pages, is not shown, only drawn./' \
    "$nums/chapters/01-alpha.nw"
(cd "$nums" && "$weave/check-run-numbers.sh" -R runs chapters/01-alpha.nw) \
    > "$tmp/nums-printed.out" 2>&1 &&
    grep -q '^ok 1 - 01-alpha: 1 numbers quoted from its runs, every one printed' \
    "$tmp/nums-printed.out"
ok $? "check-run-numbers accepts a number the chapter's run printed"
sed -i 's/starts from 1024 free pages/starts from 1025 free pages (`1023` in code)/' \
    "$nums/chapters/01-alpha.nw"
line=$(grep -n 'starts from 1025' "$nums/chapters/01-alpha.nw" | cut -d: -f1)
(cd "$nums" && "$weave/check-run-numbers.sh" -R runs chapters/01-alpha.nw) \
    > "$tmp/nums-bad.out" 2>&1
[ $? -ne 0 ] && grep -q '^not ok 1 - 01-alpha' "$tmp/nums-bad.out" &&
    grep -q "chapters/01-alpha.nw:$line: 1025 is in none of the chapter's runs" \
    "$tmp/nums-bad.out" && ! grep -q ' 1023 ' "$tmp/nums-bad.out"
ok $? "check-run-numbers reports a number no run printed, with its line"

# check-links must catch a broken anchor and a too-wide code line
bad=$tmp/bad
cp -r "$here" "$bad"
printf '\nSee [nowhere](#no-such-anchor). Devanagari: \340\244\225.\n\n<<kernel/wide.c>>=\n/* %0120d */\n@\n' 0 \
    >> "$bad/chapters/02-beta.nw"
(cd "$bad" && "$weave/book.sh" -b "$bad/build" -R "$here/runs" md figures html pdf) \
    > "$tmp/bad.log" 2>&1
[ $? -ne 0 ] && grep -q 'the PDF has the problems above' "$tmp/bad.log" &&
    [ ! -e "$bad/build/book/page-by-page.pdf" ]
ok $? "make pdf fails on a PDF with problems, and leaves no PDF"
"$weave/check-links.sh" "$bad/build" > "$tmp/badcheck.out" 2>&1
[ $? -ne 0 ] && grep -q 'not ok 1 - html links resolve' "$tmp/badcheck.out" &&
    grep -q '02-beta.html: link to missing anchor #no-such-anchor' "$tmp/badcheck.out"
ok $? "check-links reports a broken link with page and target"
grep -q 'not ok [0-9]* - pdf links resolve' "$tmp/badcheck.out" &&
    grep -q 'book.tex:[0-9]*: link to a missing target no-such-anchor' "$tmp/badcheck.out"
ok $? "check-links reports a PDF link to a missing target"
grep -q 'not ok [0-9]* - pdf code lines fit' "$tmp/badcheck.out" &&
    grep -q 'Overfull \\hbox in code' "$tmp/badcheck.out"
ok $? "check-links reports a code line wider than the page"
grep -q 'not ok [0-9]* - pdf fonts have every character' "$tmp/badcheck.out" &&
    grep -q 'Missing character: There is no' "$tmp/badcheck.out"
ok $? "check-links reports a character the PDF's fonts lack"

# errors name the file and line, or the chapter and run
err=$tmp/err
cp -r "$here" "$err"
printf '\n<<more>>=\nint x;\n<<no such chunk>>\n@\n' >> "$err/chapters/02-beta.nw"
line=$(grep -n 'no such chunk' "$err/chapters/02-beta.nw" | cut -d: -f1)
(cd "$err" && "$weave/book.sh" -b "$err/build" md) > "$tmp/e1.log" 2>&1
[ $? -ne 0 ] && grep -q "02-beta.nw:$line: undefined chunk <<no such chunk>>" "$tmp/e1.log"
ok $? "undefined chunk is an error naming file and line"
(cd "$err" && ALLOW_UNDEFINED=1 "$weave/book.sh" -b "$err/build" -R "$here/runs" md figures html) \
    > "$tmp/e1b.log" 2>&1
[ $? -eq 0 ] && grep -q "warning: .*undefined chunk" "$tmp/e1b.log" &&
    has "$err/build/book/html/02-beta.html" 'class="nwref nwundef">⟨no such chunk⟩'
ok $? "ALLOW_UNDEFINED=1 weaves an undefined hook as a plain name"
# a replacing definition with nothing before it to replace; the weaver is
# given the chapters by absolute name (-r), and still names them
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"
printf '\n<<no such chunk yet>>= replaces\nint y;\n@\n' >> "$err/chapters/02-beta.nw"
line=$(grep -n 'no such chunk yet' "$err/chapters/02-beta.nw" | cut -d: -f1)
(cd "$tmp" && "$weave/book.sh" -r "$err" -b "$err/build" md) > "$tmp/e6.log" 2>&1
[ $? -ne 0 ] && grep -q "^$err/chapters/02-beta.nw:$line: <<no such chunk yet>>= replaces a chunk that nothing before it defines$" "$tmp/e6.log" &&
    [ "$(grep -c 'nothing before it defines' "$tmp/e6.log")" -eq 1 ]
ok $? "a chunk that replaces what nothing defines is an error naming file and line"
printf '\n<<serial: port constants>>= instead\n@\n' >> "$err/chapters/02-beta.nw"
line=$(grep -n '= instead' "$err/chapters/02-beta.nw" | cut -d: -f1)
(cd "$err" && "$weave/book.sh" -b "$err/build" md) > "$tmp/e7.log" 2>&1
[ $? -ne 0 ] && grep -q "^./chapters/02-beta.nw:$line: after <<serial: port constants>>= only \"replaces\" may follow" "$tmp/e7.log"
ok $? "any other word after >>= is an error naming file and line"

# an appendix's workshop: A — Workshop, sections WA.1, after the appendix
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"
cp "$here/chapters/A-gamma.nw" "$err/chapters/A-gamma.nw"
printf '\n## Checks of the checks {#sec:gamma-ws .workshop}\n\n<<self-check>>=\nint c;\n@\n' \
    >> "$err/chapters/A-gamma.nw"
E=$err/build/book/html
(cd "$err" && "$weave/book.sh" -b "$err/build" -R "$here/runs" md figures html pdf) \
    > "$tmp/e8.log" 2>&1
[ $? -eq 0 ] && has "$E/A-gamma-workshop.html" '<span class="header-section-number">A —</span> Workshop: Gamma</h1>' &&
    has "$E/A-gamma-workshop.html" '<span class="header-section-number">WA.1</span> Checks of the checks' &&
    has "$E/A-gamma-workshop.html" 'class="nwnumber">WA.1</span>' &&
    has "$E/A-gamma.html" 'rel="next" href="A-gamma-workshop.html">A — Workshop: Gamma →' &&
    has "$E/A-gamma-workshop.html" 'rel="next" href="bibliography.html"' &&
    grep -q '^pages: 1 Alpha [0-9]*, workshop 1 [0-9]*; 2 Beta [0-9]*; A Gamma [0-9]*, workshop A [0-9]*$' "$tmp/e8.log" &&
    pdftotext "$err/build/book/page-by-page.pdf" - 2>/dev/null | grep -q '^.\{0,1\}Workshop A$'
ok $? "an appendix's workshop is A — Workshop: Gamma, WA.1, after the appendix"
"$weave/check-links.sh" "$err/build" > "$tmp/e8check.out" 2>&1
ok $? "check-links passes on a book with two workshops"
cp "$here/chapters/A-gamma.nw" "$err/chapters/A-gamma.nw"
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"
printf '\nShifting with << in prose.\n' >> "$err/chapters/02-beta.nw"
line=$(grep -n 'Shifting with' "$err/chapters/02-beta.nw" | cut -d: -f1)
(cd "$tmp" && "$weave/book.sh" -r "$err" -b "$err/build" md) > "$tmp/e2.log" 2>&1
[ $? -ne 0 ] && grep -q "^$err/chapters/02-beta.nw:$line: unescaped <<" "$tmp/e2.log"
ok $? "unescaped << in prose is an error naming file and line"
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"
printf '\nAdding [base, end) to the list, then [a link](#x) and `[in, code)`.\n' \
    >> "$err/chapters/02-beta.nw"
line=$(grep -n 'Adding \[base' "$err/chapters/02-beta.nw" | cut -d: -f1)
(cd "$err" && "$weave/book.sh" -b "$err/build" md) > "$tmp/e9.log" 2>&1
[ $? -ne 0 ] && grep -q "^./chapters/02-beta.nw:$line: a \"\[\" that no \"\]\" closes" "$tmp/e9.log" &&
    [ "$(grep -c 'that no' "$tmp/e9.log")" -eq 1 ]
ok $? "a bracket in prose that opens no link is an error naming file and line"
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"
mkdir -p "$tmp/noruns"
(cd "$err" && "$weave/book.sh" -b "$err/build" -R "$here/runs" md figures &&
    "$weave/book.sh" -b "$err/build" -R "$tmp/noruns" html) > "$tmp/e3.log" 2>&1
[ $? -ne 0 ] && grep -q '01-alpha: no captured output for qemu-run block #run-01-demo' "$tmp/e3.log"
ok $? "missing run capture is an error naming chapter and ID"
mkdir -p "$tmp/hostonly/01-alpha"
cp "$here"/runs/01-alpha/run-01-[dps]*.txt "$tmp/hostonly/01-alpha/"
cp -r "$here"/runs/02-beta "$here"/runs/A-gamma "$tmp/hostonly/"
(cd "$err" && "$weave/book.sh" -b "$err/build" -R "$tmp/hostonly" html) > "$tmp/e3h.log" 2>&1
[ $? -ne 0 ] && grep -q '01-alpha: no captured output for host-run block #run-01-count' "$tmp/e3h.log"
ok $? "missing host-run capture is an error naming chapter and ID"
printf '\n![Nothing here.](figures/02-none.svg)\n' >> "$err/chapters/02-beta.nw"
(cd "$err" && "$weave/book.sh" -b "$err/build" -R "$here/runs" md html) > "$tmp/e4.log" 2>&1
[ $? -ne 0 ] && grep -q '02-beta: figure figures/02-none.svg does not exist' "$tmp/e4.log"
ok $? "a figure with no source is an error naming chapter and figure"
cp "$here/chapters/02-beta.nw" "$err/chapters/02-beta.nw"

# a book with no appendix: the bibliography is LaTeX's first appendix
sed '/^  - A-gamma$/d' "$here/book.yaml" > "$err/book.yaml"
(cd "$err" && "$weave/book.sh" -b "$err/build" -R "$here/runs" md figures pdf) \
    > "$tmp/e5.log" 2>&1
[ $? -eq 0 ] && [ ! -e "$err/build/book/md/A-gamma.md" ] &&
    [ "$(grep -c '^\\appendix$' "$err/build/book/tex/book.tex")" -eq 1 ] &&
    grep -A3 '^\\appendix$' "$err/build/book/tex/book.tex" |
    grep -q '^\\chapter\*{Bibliography}'
ok $? "with no appendix, the appendix command comes before the bibliography"
grep -o '^\\nwworkshop[a-z]*\|^\\appendix$' "$err/build/book/tex/book.tex" | tr '\n' ' ' |
    grep -q '^\\nwworkshoppart \\nwworkshop \\appendix $' &&
    [ -s "$err/build/book/tex/xdvipdfmx.out" ] &&
    ! grep -q 'already defined' "$err/build/book/tex/xdvipdfmx.out"
ok $? "with no appendix, the workshops come first, their anchors their own"
cp "$here/book.yaml" "$err/book.yaml"

# gnuplot figures whose data is missing
sed 's/^# data: run-01-plot free:$/# data: run-01-plot nothing:/' \
    "$here/figures/01-free.gp" > "$err/figures/01-free.gp"
"$weave/figure.sh" -R "$here/runs" "$err/figures/01-free.gp" "$tmp/fig" > "$tmp/g1.log" 2>&1
[ $? -ne 0 ] && grep -q "01-free.gp: line 3: run #run-01-plot printed no line beginning with 'nothing:'" "$tmp/g1.log"
ok $? "gnuplot figure whose run printed no data is an error naming it"
sed 's/^# data: run-01-plot free:$/# data: run-01-gone free:/' \
    "$here/figures/01-free.gp" > "$err/figures/01-free.gp"
"$weave/figure.sh" -R "$here/runs" "$err/figures/01-free.gp" "$tmp/fig" > "$tmp/g2.log" 2>&1
[ $? -ne 0 ] && grep -q "01-free.gp: line 3: no captured run #run-01-gone of chapter 01" "$tmp/g2.log"
ok $? "gnuplot figure naming a run that does not exist is an error"
{ echo 'set terminal png'; cat "$here/figures/01-free.gp"; } > "$err/figures/01-free.gp"
"$weave/figure.sh" -R "$here/runs" "$err/figures/01-free.gp" "$tmp/fig" > "$tmp/g3.log" 2>&1
[ $? -ne 0 ] && grep -q "sets a terminal or output" "$tmp/g3.log"
ok $? "gnuplot figure may not choose its own terminal"

# capture-runs.sh with a stand-in for tools/boot.sh
cap=$tmp/cap
mkdir -p "$cap/build/01-alpha"
: > "$cap/build/01-alpha/kernel"
printf '#!/bin/sh\necho "args: $*"; cat; printf "crlf\\r\\n"\n' > "$cap/boot"
chmod +x "$cap/boot"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap.log" 2>&1
o=$cap/build/runs/01-alpha/run-01-demo.txt
[ -s "$o" ] && grep -q 'args: -d -c demo -t 30 build/01-alpha/kernel -m 128M' "$o" &&
    ! grep -q "$(printf '\r')" "$o"
ok $? "capture-runs boots with the block's settings and strips CRs"
printf '#!/bin/sh\necho boom; exit 2\n' > "$cap/boot"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap2.log" 2>&1
[ $? -ne 0 ] && grep -q '01-alpha: run #run-01-demo ended in panic, expected success' "$tmp/cap2.log"
ok $? "capture-runs fails on an unexpected exit status"

# host-run blocks: the program of the chapter's build, with its arguments,
# or a script of tools/, with the build first
printf '#!/bin/sh\necho "boot: $*"; cat\n' > "$cap/boot"
printf '#!/bin/sh\necho "count: $*"; cat; printf "crlf\\r\\n"\n' \
    > "$cap/build/01-alpha/count"
chmod +x "$cap/build/01-alpha/count"
mkdir -p "$cap/tools"
printf '#!/bin/sh\necho "tool: $*"; cat\n' > "$cap/tools/count.sh"
chmod +x "$cap/tools/count.sh"
(cd "$cap" && "$weave/../capture-runs.sh" -b build -c "$here/chapters" \
    -l 01-alpha) > "$tmp/cap3.log" 2>&1
[ $? -eq 0 ] && [ "$(cat "$tmp/cap3.log")" = build/01-alpha/count ]
ok $? "capture-runs -l names the host programs the runs need"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap4.log" 2>&1
st=$?
o=$cap/build/runs/01-alpha/run-01-count.txt
[ $st -eq 0 ] && [ "$(cat "$o")" = "count: -n 3
crlf" ] && grep -q 'boot: -d -c demo' "$cap/build/runs/01-alpha/run-01-demo.txt"
ok $? "capture-runs runs a host-run's program with its arguments, no input"
[ $st -eq 0 ] && [ "$(cat "$cap/build/runs/01-alpha/run-01-tool.txt")" = \
    "tool: build/01-alpha -n 2" ]
ok $? "capture-runs runs a tools/ script with the build first, no input"
printf '#!/bin/sh\necho half; exit 3\n' > "$cap/build/01-alpha/count"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap5.log" 2>&1
[ $? -ne 0 ] && grep -q '01-alpha: run #run-01-count ended in failure, expected success' "$tmp/cap5.log"
ok $? "capture-runs fails when a host program fails"
printf '#!/bin/sh\nsleep 20\n' > "$cap/build/01-alpha/count"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap6.log" 2>&1
[ $? -ne 0 ] && grep -q '01-alpha: run #run-01-count ended in timeout, expected success' "$tmp/cap6.log"
ok $? "capture-runs stops a host program at the block's timeout"
rm "$cap/build/01-alpha/count"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build \
    -c "$here/chapters" 01-alpha) > "$tmp/cap7.log" 2>&1
[ $? -ne 0 ] && grep -q 'host-run #run-01-count: no program build/01-alpha/count' "$tmp/cap7.log"
ok $? "capture-runs names a host program that was not built"

# disk="NAME": a fresh copy of the build's disk image for each run
mkdir -p "$cap/ch" "$cap/build/01-alpha/disks"
printf '# Disk\n\n```{.qemu-run #run-01-disk cmdline="disk" disk="d"}\n```\n' \
    > "$cap/ch/01-alpha.nw"
echo original > "$cap/build/01-alpha/disks/d.img"
printf '#!/bin/sh\necho "args: $*"; cat "$7"; echo written > "$7"\n' \
    > "$cap/boot"
(cd "$cap" && "$weave/../capture-runs.sh" -b build -c ch -l 01-alpha) \
    > "$tmp/cap8.log" 2>&1
[ $? -eq 0 ] && [ "$(cat "$tmp/cap8.log")" = build/01-alpha/disks/d.img ]
ok $? "capture-runs -l names the disk images the runs need"
(cd "$cap" && BOOT=./boot "$weave/../capture-runs.sh" -b build -c ch \
    01-alpha) > "$tmp/cap9.log" 2>&1
st=$?
o=$cap/build/runs/01-alpha/run-01-disk.txt
[ $st -eq 0 ] && grep -q 'args: -d -c disk -t 30 -b build/runs/01-alpha/run-01-disk.tmp.img build/01-alpha/kernel' "$o" &&
    grep -q '^original$' "$o" &&
    [ "$(cat "$cap/build/01-alpha/disks/d.img")" = original ] &&
    [ ! -e "$cap/build/runs/01-alpha/run-01-disk.tmp.img" ]
ok $? "capture-runs boots a disk run on a copy of the image, then removes it"

echo "1..$n"
[ "$failed" -eq 0 ]
