# Chapter 15: what fork and its faults cost against the size of the
# address space, on QEMU, from the kernel's own clock: the lines
# "forkcost: MiB M MiB fork F us copy C ns reuse R ns tables T" of the
# monitor's forkcost (run #run-15-forkcost).  Left scale: microseconds
# for the copy of the address space (dup_mm); right scale: nanoseconds
# per write fault that copies a page and per write fault that reuses it.
# data: run-15-forkcost forkcost:
set xlabel "address space (MiB, every page written)"
set ylabel "fork: copy of the address space (µs)"
set y2label "write fault (ns per page)"
# a linear scale, so that a cost in proportion to the size is a line
set xrange [0:66]
set xtics 0, 8, 64
set ytics nomirror
set y2tics
set yrange [0:*]
set y2range [0:*]
set key outside bottom center horizontal samplen 2
plot data using 1:4 axes x1y1 with linespoints lc 1 lw 1.5 pt 7 \
	title "fork (µs)", \
     '' using 1:7 axes x1y2 with linespoints lc 2 lw 1.5 pt 5 \
	title "copying fault (ns)", \
     '' using 1:10 axes x1y2 with linespoints lc 4 lw 1.5 pt 9 \
	title "reusing fault (ns)"
