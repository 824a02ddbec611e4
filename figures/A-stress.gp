# Appendix A: the free pages of the zone GFP_KERNEL prefers (DMA32 of the
# 128 MiB machine) along a stress run, sampled every 5 steps, against the
# zone's min, low and high watermarks: the lines "stress: step N free F
# min M low L high H" of run #run-A-stress-samples.
# data: run-A-stress-samples stress: step
set xlabel "step"
set ylabel "free pages of the zone"
set key outside right top Left reverse samplen 2
set yrange [*:*]
set offsets 0, 0, 20, 20
plot data using 1:3 with lines lc 1 lw 1.5 title "free", \
     '' using 1:9 with lines lc 3 dt 2 lw 2 title "high", \
     '' using 1:7 with lines lc 2 dt 2 lw 2 title "low", \
     '' using 1:5 with lines lc 4 dt 2 lw 2 title "min"
