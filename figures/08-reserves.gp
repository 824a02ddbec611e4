# Chapter 8: the watermark ladder of each populated zone of the 4608 MiB
# machine, from its /proc/zoneinfo (run #run-08-reserves).  One bar per
# kind of request that may reach the zone, named by its highest zone j:
# the levels the watermark check compares the zone's free pages with,
# lowmem_reserve[j] (the "protection:" line) plus min, low and high.  A
# line over each group marks the zone's managed pages: a bar above it is
# a request the zone can never serve.
# data zname: run-08-reserves Node 0, zone
# data wmin: run-08-reserves         min
# data wlow: run-08-reserves         low
# data whigh: run-08-reserves         high
# data managed: run-08-reserves         managed
# data prot: run-08-reserves         protection: (

# The numbers into arrays, one entry per zone (PROT: NZ per zone).
stats zname using 0 nooutput
NZ = STATS_records
array ZN[NZ]
array MIN[NZ]
array LOW[NZ]
array HIGH[NZ]
array MANAGED[NZ]
array PROT[NZ * NZ]
do for [i = 1:NZ] {
	stats zname every ::i-1::i-1 using (name = strcol(1), 0) nooutput
	ZN[i] = name
	stats wmin every ::i-1::i-1 using 1 nooutput
	MIN[i] = STATS_max
	stats wlow every ::i-1::i-1 using 1 nooutput
	LOW[i] = STATS_max
	stats whigh every ::i-1::i-1 using 1 nooutput
	HIGH[i] = STATS_max
	stats managed every ::i-1::i-1 using 1 nooutput
	MANAGED[i] = STATS_max
	do for [j = 1:NZ] {
		stats prot every ::i-1::i-1 using j nooutput
		PROT[(i - 1) * NZ + j] = STATS_max
	}
}

# The request whose highest zone is zone j, as the chapter names it.
request(j) = ZN[j] eq "DMA" ? "GFP_DMA" : ZN[j] eq "DMA32" ? "GFP_DMA32" : \
	     ZN[j] eq "Normal" ? "GFP_KERNEL" : ZN[j]

# One line per bar: x, reserve, min, low and high with the reserve added,
# and the managed pages of the zone; the group's labels go on the axis.
set print $BARS
x = 0
# (the PDF's fonts are 9 points where the SVG's are 12)
small = GPVAL_TERM eq "pdfcairo" ? ",7" : ",10"
set xtics () nomirror noenhanced scale 0 font small
do for [i = 1:NZ] {
	if (MANAGED[i] > 0) {
		first = x
		do for [j = i:NZ] {
			if (MANAGED[j] > 0) {
				r = PROT[(i - 1) * NZ + j]
				print sprintf("%g %d %d %d %d %d", x, r, \
				      r + MIN[i], r + LOW[i], r + HIGH[i], \
				      MANAGED[i])
				set xtics add (request(j) x)
				x = x + 1.4
			}
		}
		set label sprintf("zone %s", ZN[i]) \
		    at (first + x - 1.4) / 2.0, graph -0.13 center
		x = x + 0.8
	}
}
unset print

set logscale y
set yrange [10:*]
set xrange [-0.8:x - 1.4]
set ylabel "free pages (log scale)"
set format y "%.0f"
set bmargin 4
set key top left reverse Left samplen 1.5
set style fill solid 1.0 noborder
w = 0.45
plot $BARS using 1:($2 > 10 ? $2 : NaN):($1 - w):($1 + w):(10):2 \
	with boxxyerror lc rgb "#c8c8c8" title "lowmem\\_reserve[j]", \
     '' using 1:3:($1 - w):($1 + w):($2 > 10 ? $2 : 10):3 \
	with boxxyerror lc 1 title "up to min", \
     '' using 1:4:($1 - w):($1 + w):3:4 \
	with boxxyerror lc 2 title "min to low", \
     '' using 1:5:($1 - w):($1 + w):4:5 \
	with boxxyerror lc 3 title "low to high", \
     '' using ($1 - 0.7):6:(1.4):(0) with vectors nohead \
	lc rgb "#444444" dt 2 lw 1.5 title "the zone's managed pages", \
     '' using 1:4:(sprintf("%d", $4)) with labels offset 0, 0.7 \
	font small notitle
