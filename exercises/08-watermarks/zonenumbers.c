/*
 * Exercise 8.1: ex_min_free_kbytes() and ex_zone_numbers(). See
 * 1-zonenumbers.md; grade it with `make grade CH=8`.
 */
#include "zonenumbers.h"

/*
 * min_free_kbytes for a machine whose zones up to ZONE_NORMAL hold
 * buffer_pages pages of 4 KiB above their high watermarks: the integer
 * square root of 16 times that many KiB, clamped to [128, 262144].
 */
int ex_min_free_kbytes(unsigned long buffer_pages)
{
	(void)buffer_pages;
	return 128;
}

/*
 * Fill out[i] for each zone i of one node: its min, low and high
 * watermarks from min_free_kbytes and watermark_scale_factor, and its
 * reserves against the higher zones from the ratios, as Linux 6.1 does.
 */
void ex_zone_numbers(int min_free_kbytes, int watermark_scale_factor,
		     const int ratio[EX_NR_ZONES],
		     const unsigned long managed[EX_NR_ZONES],
		     struct ex_zone_numbers out[EX_NR_ZONES])
{
	int i, j;

	(void)min_free_kbytes;
	(void)watermark_scale_factor;
	(void)ratio;
	(void)managed;
	for (i = 0; i < EX_NR_ZONES; i++) {
		out[i].min = out[i].low = out[i].high = 0;
		for (j = 0; j < EX_NR_ZONES; j++)
			out[i].protection[j] = 0;
	}
}
