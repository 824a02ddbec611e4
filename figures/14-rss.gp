# Chapter 14: an 8 MiB anonymous area faulted in page by page, first by
# reads and then by writes (the monitor's rsscurve, run #run-14-rss): the
# address space's RSS and its page-table pages against the pages touched,
# from the lines "rss read: TOUCHED RSS PTE" and "rss write: ...".
# data rd: run-14-rss rss read:
# data wr: run-14-rss rss write:
set xlabel "pages touched"
set ylabel "RSS (pages)"
set y2label "page-table pages"
set ytics nomirror
set y2tics
set yrange [0:2304]
set xrange [0:2048]
set y2range [0:8]
set key top left Left reverse samplen 2
plot wr using 1:2 with lines lc 1 lw 2 title "RSS, touched by writes", \
     rd using 1:2 with lines lc 2 lw 2 dt 2 title "RSS, touched by reads", \
     wr using 1:3 axes x1y2 with steps lc 3 lw 1.5 \
	title "page-table pages, writes", \
     rd using 1:3 axes x1y2 with steps lc 4 lw 1.5 dt 3 \
	title "page-table pages, reads"
