# Free pages after each step, as the fixture kernel printed them in its
# run #run-01-plot (lines "free: STEP PAGES").
# data: run-01-plot free:
set xlabel "step"
set ylabel "free pages"
set yrange [0:*]
set key off
plot data using 1:2 with linespoints pt 7
