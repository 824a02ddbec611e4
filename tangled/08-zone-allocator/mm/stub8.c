#include <linux/gfp.h>
#include <linux/nodemask.h>
enum zone_type gfp_zone(gfp_t gfp)
{
	if (gfp & __GFP_DMA) return ZONE_DMA;
	if (gfp & __GFP_DMA32) return ZONE_DMA32;
	if (gfp & __GFP_MOVABLE && gfp & __GFP_HIGHMEM) return ZONE_MOVABLE;
	return ZONE_NORMAL;
}
static struct zonelist nofb[MAX_NUMNODES];
struct zonelist *node_zonelist(int nid, gfp_t gfp)
{
	if (gfp & __GFP_THISNODE) {
		struct zoneref *z = NODE_DATA(nid)->node_zonelists[0]._zonerefs, *o = nofb[nid]._zonerefs;
		for (; z->zone; z++) if (z->zone->node == nid) *o++ = *z;
		o->zone = NULL;
		return &nofb[nid];
	}
	return &NODE_DATA(nid)->node_zonelists[0];
}
struct zoneref *next_zones_zonelist(struct zoneref *z, int hi, nodemask_t *nm)
{
	while (z->zone && (z->zone_idx > hi || (nm && !node_isset(z->zone->node, *nm)))) z++;
	return z;
}
struct zoneref *first_zones_zonelist(struct zonelist *zl, int hi, nodemask_t *nm)
{
	return next_zones_zonelist(zl->_zonerefs, hi, nm);
}
bool __zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
 int hi, unsigned int alloc_flags, long free_pages)
{
	long min = mark;
	free_pages -= (1 << order) - 1;
	if (alloc_flags & ALLOC_HIGH) min -= min / 2;
	if (alloc_flags & ALLOC_HARDER) min -= min / 4;
	if (free_pages <= min + z->lowmem_reserve[hi]) return false;
	if (!order) return true;
	for (unsigned o = order; o < MAX_ORDER; o++) for (int t = 0; t < MIGRATE_PCPTYPES; t++)
		if (!list_empty(&z->free_area[o].free_list[t])) return true;
	return false;
}
