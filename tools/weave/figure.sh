#!/bin/sh
# Render one figure source into OUTDIR as NAME.svg (for the HTML book) and
# NAME.pdf (vector, for the PDF book).
# Usage: tools/weave/figure.sh [-R RUNS] SOURCE OUTDIR      (RUNS: build/runs)
#   figures/NN-name.dot  Graphviz.
#   figures/NN-name.svg  drawn by hand: copied; its PDF is figures/NN-name.pdf
#                        when there is one, else rsvg-convert makes it.
#   figures/NN-name.gp   gnuplot, drawing what chapter NN's kernel printed in
#                        (A-name: what appendix A's kernel printed)
#                        QEMU.  Each line "# data: RUN-ID PREFIX" (or
#                        "# data VAR: RUN-ID PREFIX") names the output of the
#                        chapter's "Run it" block #RUN-ID, captured in
#                        RUNS/NN-slug/RUN-ID.txt: its lines that begin with
#                        PREFIX, PREFIX cut off, become OUTDIR/NN-name.VAR.dat,
#                        and the script reads that file as the string variable
#                        VAR ("data" when no VAR is given).  The script sets
#                        neither terminal nor output: this does, once for SVG
#                        and once for PDF, in the book's fonts.
# Exits 1 with a message naming the source on any problem.

set -u
RUNS=build/runs
while getopts R: opt; do
	case $opt in
	R) RUNS=$OPTARG ;;
	*) sed -n '2,19p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || { sed -n '2,19p' "$0" >&2; exit 2; }
src=$1 out=$2
die() { echo "figure: $src: $*" >&2; exit 1; }
[ -r "$src" ] || die "cannot read it"
mkdir -p "$out" || exit 1
base=$(basename "$src")
name=${base%.*}
svg=$out/$name.svg pdf=$out/$name.pdf

case $base in
*.dot)
	dot -Tsvg -o "$svg" "$src" && dot -Tpdf -o "$pdf" "$src" ||
	    die "dot failed" ;;
*.svg)
	cp "$src" "$svg" || exit 1
	if [ -e "${src%.svg}.pdf" ]; then
		cp "${src%.svg}.pdf" "$pdf"
	else
		rsvg-convert -f pdf -o "$pdf" "$src" || die "rsvg-convert failed"
	fi ;;
*.gp)
	command -v gnuplot > /dev/null ||
	    die "gnuplot is missing (make deps installs gnuplot-nox)"
	grep -q -E '^[[:space:]]*set[[:space:]]+(term|out)' "$src" &&
	    die "sets a terminal or output; leave both to the build"
	chapter=${name%%-*}
	vars=
	lines=$(grep -n '^# *data[ A-Za-z0-9_]*:' "$src")
	[ -n "$lines" ] || die "no '# data: RUN-ID PREFIX' line names its data"
	IFS='
'
	for l in $lines; do
		IFS=' '
		lineno=${l%%:*}
		spec=${l#*:}
		var=$(echo "$spec" | sed 's/^# *data *\([A-Za-z0-9_]*\) *:.*/\1/')
		: "${var:=data}"
		rest=$(echo "$spec" | sed 's/^# *data[ A-Za-z0-9_]*: *//')
		run=${rest%% *}
		prefix=
		case $rest in *' '*) prefix=${rest#* } ;; esac
		capture=
		for c in "$RUNS"/"$chapter"-*/"$run".txt; do
			[ -r "$c" ] && capture=$c
		done
		[ -n "$run" ] && [ -n "$capture" ] ||
		    die "line $lineno: no captured run #$run of chapter $chapter" \
		        "in $RUNS (a qemu-run block with that id, and make runs)"
		dat=$out/$name.$var.dat
		awk -v p="$prefix" '
			{ sub(/\r$/, "") }
			substr($0, 1, length(p)) == p { print substr($0, length(p) + 1) }
		' "$capture" > "$dat"
		[ -s "$dat" ] || die "line $lineno: run #$run printed no line" \
		    "beginning with '$prefix' (see $capture)"
		vars="$vars$var='$dat'; "
		IFS='
'
	done
	IFS=' '
	# the book's colours for the first lines; the script may override them
	style="set linetype 1 lc rgb '#1f5f99' lw 2 pt 7;\
	    set linetype 2 lc rgb '#b5522b' lw 2 pt 5;\
	    set linetype 3 lc rgb '#3d8c40' lw 2 pt 9;\
	    set linetype 4 lc rgb '#7a5195' lw 2 pt 11; set border lc rgb '#444444'"
	vars="$vars$style"
	gnuplot -e "$vars" -e "set terminal svg size 640,400 dynamic \
	    enhanced font 'DejaVu Sans,12'" -e "set output '$svg'" "$src" &&
	gnuplot -e "$vars" -e "set terminal pdfcairo size 12cm,7.5cm \
	    enhanced font 'DejaVu Sans,9'" -e "set output '$pdf'" "$src" ||
	    { rm -f "$svg" "$pdf"; die "gnuplot failed"; } ;;
*)
	die "not a figure source (.dot, .svg or .gp)" ;;
esac
