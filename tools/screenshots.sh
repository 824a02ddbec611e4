#!/bin/sh
# Take pictures of the book as a reader sees it: the first chapter's HTML
# page at a desktop and a phone width, the front page, a search, the
# bibliography (headless Chromium), and three pages of the PDF: the title,
# one from the middle, the bibliography (pdftoppm).  Writes PNG files into
# OUTDIR and lists them.
# Usage: tools/screenshots.sh BOOKDIR OUTDIR
set -eu
book=$(cd "${1:?book directory, e.g. build/book}" && pwd)
out=${2:?output directory}
mkdir -p "$out"
rm -f "$out"/*.png
first=$(tools/chapters.sh | head -n 1)
page=$book/html/$first.html
[ -f "$page" ] || { echo "screenshots: no $page (run make html)" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshots: chromium is missing" \
    "(tools/deps.sh --extra chromium)" >&2; exit 1; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
# shot NAME WIDTH HEIGHT URL
shot() {
	"$browser" --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync --hide-scrollbars \
	    --user-data-dir="$profile" --window-size="$2,$3" \
	    --screenshot="$out/$1.png" "file://$4" > /dev/null 2>&1
	echo "$out/$1.png"
}
shot "$first-desktop" 1280 900 "$page"
shot "$first-phone" 390 844 "$page"
shot "index-desktop" 1280 900 "$book/html/index.html"
# the search (a ?q= address opens a page with the search done; on a phone
# that also unfolds the contents bar) and the back matter
shot "search-desktop" 1280 900 "$page?q=printk"
shot "search-phone" 390 844 "$page?q=serial+port"
[ -f "$book/html/bibliography.html" ] &&
    shot "bibliography-desktop" 1280 900 "$book/html/bibliography.html"

pdf=$(ls "$book"/*.pdf 2>/dev/null | head -n 1)
if [ -n "$pdf" ]; then
	# The first page of chapter 1 and one page of code from it.
	pdftoppm -png -r 70 -f 1 -l 1 "$pdf" "$out/pdf-title"
	pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
	mid=$(( (pages + 1) / 2 ))
	pdftoppm -png -r 70 -f "$mid" -l "$mid" "$pdf" "$out/pdf-middle"
	# and the first page of the bibliography appendix
	bib=$(pdftotext -layout "$pdf" - | awk 'BEGIN { RS = "\f" }
	    /^[ \n]*Bibliography *\n/ { print NR; exit }')
	[ -n "$bib" ] &&
	    pdftoppm -png -r 70 -f "$bib" -l "$bib" "$pdf" "$out/pdf-bibliography"
	ls "$out"/pdf-*.png
fi
