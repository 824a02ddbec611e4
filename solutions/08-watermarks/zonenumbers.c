/*
 * Exercise 8.1, a solution: ex_min_free_kbytes() and ex_zone_numbers().
 */
#include "zonenumbers.h"

static unsigned long isqrt(unsigned long x)
{
	unsigned long bit = 1UL << (sizeof(long) * 8 - 2), root = 0;

	while (bit > x)
		bit >>= 2;
	for (; bit; bit >>= 2) {
		if (x >= root + bit) {
			x -= root + bit;
			root = (root >> 1) + bit;
		} else {
			root >>= 1;
		}
	}
	return root;
}

int ex_min_free_kbytes(unsigned long buffer_pages)
{
	unsigned long kb = isqrt(buffer_pages * 4 * 16);

	if (kb < 128)
		return 128;
	return kb > 262144 ? 262144 : (int)kb;
}

static void watermarks(int min_free_kbytes, int scale,
		       const unsigned long managed[EX_NR_ZONES],
		       struct ex_zone_numbers out[EX_NR_ZONES])
{
	unsigned long pages_min = min_free_kbytes / 4, lowmem = 0;
	int i;

	for (i = 0; i < EX_NR_ZONES; i++)
		lowmem += managed[i];
	for (i = 0; i < EX_NR_ZONES; i++) {
		unsigned long share = lowmem ? pages_min * managed[i] / lowmem
					     : 0;
		unsigned long scaled = managed[i] / 10000 * scale +
				       managed[i] % 10000 * scale / 10000;
		unsigned long step = share / 4 > scaled ? share / 4 : scaled;

		out[i].min = share;
		out[i].low = share + step;
		out[i].high = share + 2 * step;
	}
}

void ex_zone_numbers(int min_free_kbytes, int watermark_scale_factor,
		     const int ratio[EX_NR_ZONES],
		     const unsigned long managed[EX_NR_ZONES],
		     struct ex_zone_numbers out[EX_NR_ZONES])
{
	int i, j;

	watermarks(min_free_kbytes, watermark_scale_factor, managed, out);
	for (i = 0; i < EX_NR_ZONES; i++) {
		unsigned long above = 0;

		for (j = 0; j < EX_NR_ZONES; j++) {
			if (j <= i) {
				out[i].protection[j] = 0;
				continue;
			}
			above += managed[j];
			out[i].protection[j] = ratio[i] && managed[i] ?
					       above / ratio[i] : 0;
		}
	}
}
