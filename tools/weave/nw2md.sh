#!/bin/sh
# noweb back end for the book: reads noweave's cross-referenced pipeline on
# stdin and writes Pandoc Markdown, one file per chapter, into OUTDIR.
# Called by noweave:  noweave -n -index -backend "tools/weave/nw2md.sh OUTDIR" ...
# (noweave may append flags such as -noindex; they are ignored.)
out=${1:?usage: nw2md.sh OUTDIR}
here=$(dirname "$0")
mkdir -p "$out" || exit 1
exec awk -v out="$out" -f "$here/nw2md.awk"
