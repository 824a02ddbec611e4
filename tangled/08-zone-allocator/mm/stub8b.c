#include <linux/gfp.h>
void stub_wmarks(void);
void stub_wmarks(void)
{
	int nid, j, k;
	static const int ratio[MAX_NR_ZONES] = { 256, 256, 32 };
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++) {
			struct zone *z = &NODE_DATA(nid)->node_zones[j];
			unsigned long sum = 0;
			z->_watermark[0] = z->managed_pages / 80;
			z->_watermark[1] = z->_watermark[0] * 5 / 4;
			z->_watermark[2] = z->_watermark[0] * 3 / 2;
			z->lowmem_reserve[j] = 0;
			for (k = j + 1; k < MAX_NR_ZONES; k++) {
				sum += NODE_DATA(nid)->node_zones[k].managed_pages;
				z->lowmem_reserve[k] = ratio[j] ? sum / ratio[j] : 0;
			}
		}
	{
		int nid, j;

		for (nid = 0; nid < MAX_NUMNODES; nid++)
			for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
				zone_pcp_update(&NODE_DATA(nid)->node_zones[j], 0);
	}
}
