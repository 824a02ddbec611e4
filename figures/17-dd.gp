# Chapter 17: seed 000's experiment, a 192 MiB file written by dd bs=1M on
# a 128 MiB machine (run #run-17-dd). What /proc/meminfo and /proc/vmstat
# said every 100 ms, from the sampler's lines "sample TIME MEMFREE CACHED
# DIRTY WRITEBACK THRESH BG_THRESH" (milliseconds, then kB).
# data: run-17-dd sample
set xlabel "seconds"
set ylabel "MB"
set key outside right top Left reverse samplen 2
set yrange [0:*]
mb(k) = k / 1024.0
plot data using ($1 / 1000):(mb($3)) with lines lc 1 lw 2 title "Cached", \
     data using ($1 / 1000):(mb($2)) with lines lc 7 lw 1 title "MemFree", \
     data using ($1 / 1000):(mb($4)) with lines lc 2 lw 2 title "Dirty", \
     data using ($1 / 1000):(mb($5)) with lines lc 3 lw 1.5 \
	title "Writeback", \
     data using ($1 / 1000):(mb($6)) with lines lc 4 dt 2 \
	title "dirty threshold", \
     data using ($1 / 1000):(mb(($6 + $7) / 2)) with lines lc 8 dt 3 \
	title "freerun ceiling", \
     data using ($1 / 1000):(mb($7)) with lines lc 6 dt 4 \
	title "background threshold"
