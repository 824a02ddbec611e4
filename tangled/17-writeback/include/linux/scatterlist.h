#ifndef _LINUX_SCATTERLIST_H
#define _LINUX_SCATTERLIST_H
/* Pieces of memory by page, offset and length. */
#include <linux/mm.h>

struct scatterlist {
	struct page *page;
	unsigned int offset;
	unsigned int length;
	unsigned int nents;	/* entries in this list, from here */
};

static inline void sg_set_page(struct scatterlist *sg, struct page *page,
			       unsigned int len, unsigned int offset)
{
	sg->page = page;
	sg->offset = offset;
	sg->length = len;
}

static inline void sg_init_table(struct scatterlist *sg, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		sg[i] = (struct scatterlist){ .nents = n - i };
}

/* One piece of the direct map that does not cross a page. */
static inline void sg_init_one(struct scatterlist *sg, const void *buf,
			       unsigned int len)
{
	sg_init_table(sg, 1);
	sg_set_page(sg, virt_to_page(buf), len,
		    (unsigned long)buf & (PAGE_SIZE - 1));
}

static inline phys_addr_t sg_phys(const struct scatterlist *sg)
{
	return page_to_pfn(sg->page) * PAGE_SIZE + sg->offset;
}
#endif
