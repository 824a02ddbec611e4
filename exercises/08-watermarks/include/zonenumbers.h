/* Exercise 8.1: a node's min_free_kbytes, watermarks and reserves. */
#ifndef ZONENUMBERS_H
#define ZONENUMBERS_H

#define EX_NR_ZONES	4	/* DMA, DMA32, Normal, Movable */

struct ex_zone_numbers {
	unsigned long min, low, high;
	long protection[EX_NR_ZONES];	/* lowmem_reserve[] */
};

int ex_min_free_kbytes(unsigned long buffer_pages);
void ex_zone_numbers(int min_free_kbytes, int watermark_scale_factor,
		     const int ratio[EX_NR_ZONES],
		     const unsigned long managed[EX_NR_ZONES],
		     struct ex_zone_numbers out[EX_NR_ZONES]);
#endif
