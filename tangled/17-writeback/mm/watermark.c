/* mm/watermark.c: min_free_kbytes, the watermarks and lowmem_reserve. */
#include <linux/gfp.h>
#include <linux/int_sqrt.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/sysctl.h>


int min_free_kbytes = 1024;
int user_min_free_kbytes = -1;

int calculate_min_free_kbytes(void)
{
	unsigned long lowmem_kbytes = nr_free_buffer_pages() *
				      (PAGE_SIZE >> 10);
	int new_min_free_kbytes = int_sqrt(lowmem_kbytes * 16);

	if (new_min_free_kbytes > user_min_free_kbytes)
		min_free_kbytes = min(max(new_min_free_kbytes, 128), 262144);
	else
		pr_warn("min_free_kbytes is not updated to %d because user "
			"defined value %d is preferred\n", new_min_free_kbytes,
			user_min_free_kbytes);
	return min_free_kbytes;
}

static unsigned long nr_free_zone_pages(int offset)
{
	unsigned long sum = 0;
	struct zone *zone;

	for_each_zone(zone) {
		unsigned long size = zone->managed_pages;
		unsigned long high = high_wmark_pages(zone);

		if (zone_idx(zone) <= offset && size > high)
			sum += size - high;
	}
	return sum;
}

unsigned long nr_free_buffer_pages(void)
{
	return nr_free_zone_pages(gfp_zone(GFP_USER));
}

void set_recommended_min_free_kbytes(void)
{
	unsigned long recommended_min;
	struct zone *zone;
	int nr_zones = 0;

	for_each_populated_zone(zone)
		if (zone_idx(zone) <= (int)gfp_zone(GFP_USER))
			nr_zones++;
	recommended_min = pageblock_nr_pages * nr_zones * 2;
	recommended_min += pageblock_nr_pages * nr_zones *
			   MIGRATE_PCPTYPES * MIGRATE_PCPTYPES;
	recommended_min = min(recommended_min, nr_free_buffer_pages() / 20);
	recommended_min <<= PAGE_SHIFT - 10;
	if (recommended_min > (unsigned long)min_free_kbytes)
		min_free_kbytes = recommended_min;
	setup_per_zone_wmarks();
}

unsigned long totalram_pages(void)
{
	unsigned long sum = 0;
	struct zone *zone;

	for_each_zone(zone)
		sum += zone->managed_pages;
	return sum;
}

void hugepage_init_min_free_kbytes(void)
{
	if (totalram_pages() >= (512UL << (20 - PAGE_SHIFT)))
		set_recommended_min_free_kbytes();
}

int watermark_scale_factor = 10;

static void calculate_totalreserve_pages(void);

static unsigned long mult_frac(unsigned long x, unsigned long n,
			       unsigned long d)
{
	return x / d * n + x % d * n / d;
}

static void __setup_per_zone_wmarks(void)
{
	unsigned long pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem_pages = 0;
	struct zone *zone;

	for_each_zone(zone)
		lowmem_pages += zone->managed_pages;
	for_each_zone(zone) {
		u64 tmp = lowmem_pages ? (u64)pages_min * zone->managed_pages /
					 lowmem_pages : 0;

		zone->_watermark[WMARK_MIN] = tmp;
		tmp = max(tmp >> 2, (u64)mult_frac(zone->managed_pages,
						   watermark_scale_factor,
						   10000));
		zone->watermark_boost = 0;
		zone->_watermark[WMARK_LOW] = min_wmark_pages(zone) + tmp;
		zone->_watermark[WMARK_HIGH] = low_wmark_pages(zone) + tmp;
	}
	calculate_totalreserve_pages();
}

void setup_per_zone_wmarks(void)
{
	__setup_per_zone_wmarks();
	{
		struct zone *zone;

		for_each_zone(zone)
			zone_pcp_update(zone, 0);
	}
}

unsigned long totalreserve_pages;

static void calculate_totalreserve_pages(void)
{
	unsigned long reserve_pages = 0;
	struct zone *zone;
	int j;

	for_each_zone(zone) {
		long reserve = 0;

		for (j = zone_idx(zone); j < MAX_NR_ZONES; j++)
			reserve = max(reserve, zone->lowmem_reserve[j]);
		reserve += high_wmark_pages(zone);
		reserve_pages += min((unsigned long)reserve,
				     zone->managed_pages);
	}
	totalreserve_pages = reserve_pages;
}

int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {
	[ZONE_DMA] = 256,
	[ZONE_DMA32] = 256,
	[ZONE_NORMAL] = 32,
	[ZONE_MOVABLE] = 0,
};

void setup_per_zone_lowmem_reserve(void)
{
	int nid, i, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		pg_data_t *pgdat = NODE_DATA(nid);

		for (i = 0; pgdat && i < MAX_NR_ZONES - 1; i++) {
			struct zone *zone = &pgdat->node_zones[i];
			int ratio = sysctl_lowmem_reserve_ratio[i];
			bool clear = !ratio || !zone->managed_pages;
			unsigned long managed_pages = 0;

			for (j = i + 1; j < MAX_NR_ZONES; j++) {
				managed_pages +=
					pgdat->node_zones[j].managed_pages;
				zone->lowmem_reserve[j] =
					clear ? 0 : managed_pages / ratio;
			}
		}
	}
	calculate_totalreserve_pages();
}

int init_per_zone_wmark_min(void)
{
	calculate_min_free_kbytes();
	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
	return 0;
}

/* Chapter 8: the tunables of the watermarks and the reserves. */
static int min_free_kbytes_sysctl_handler(struct ctl_table *table,
					  int write, void *buffer,
					  size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);

	if (rc)
		return rc;
	if (write) {
		user_min_free_kbytes = min_free_kbytes;
		setup_per_zone_wmarks();
	}
	return 0;
}

static int watermark_scale_factor_sysctl_handler(struct ctl_table *table,
						 int write, void *buffer,
						 size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);

	if (rc)
		return rc;
	if (write)
		setup_per_zone_wmarks();
	return 0;
}

static int lowmem_reserve_ratio_sysctl_handler(struct ctl_table *table,
					       int write, void *buffer,
					       size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);
	int i;

	if (rc || !write)
		return rc;
	for (i = 0; i < MAX_NR_ZONES; i++)
		if (sysctl_lowmem_reserve_ratio[i] < 1)
			sysctl_lowmem_reserve_ratio[i] = 0;
	setup_per_zone_lowmem_reserve();
	return 0;
}

static struct ctl_table page_alloc_sysctl_table[] = {
	{
		.procname	= "min_free_kbytes",
		.data		= &min_free_kbytes,
		.maxlen		= sizeof(min_free_kbytes),
		.mode		= 0644,
		.proc_handler	= min_free_kbytes_sysctl_handler,
		.extra1		= SYSCTL_ZERO,
	},
	{
		.procname	= "watermark_scale_factor",
		.data		= &watermark_scale_factor,
		.maxlen		= sizeof(watermark_scale_factor),
		.mode		= 0644,
		.proc_handler	= watermark_scale_factor_sysctl_handler,
		.extra1		= SYSCTL_ONE,
		.extra2		= SYSCTL_THREE_THOUSAND,
	},
	{
		.procname	= "lowmem_reserve_ratio",
		.data		= sysctl_lowmem_reserve_ratio,
		.maxlen		= sizeof(sysctl_lowmem_reserve_ratio),
		.mode		= 0644,
		.proc_handler	= lowmem_reserve_ratio_sysctl_handler,
	},
	{ }
};

void page_alloc_sysctl_init(void)
{
	register_sysctl("vm", page_alloc_sysctl_table);
}
