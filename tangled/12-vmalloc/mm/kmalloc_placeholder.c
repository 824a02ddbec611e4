/* mm/kmalloc_placeholder.c: kmalloc in whole pages, until chapter 11. */
#include <linux/gfp.h>
#include <linux/mempolicy.h>
#include <linux/mm.h>
#include <linux/slab.h>

void *kmalloc_node(size_t size, gfp_t flags, int node)
{
	unsigned int order = 0;
	struct page *page;

	while ((PAGE_SIZE << order) < size)
		order++;
	page = alloc_pages_node(node, flags | __GFP_COMP, order);
	return page ? page_address(page) : NULL;
}

void kfree(const void *objp)
{
	struct page *page;

	if (!objp)
		return;
	page = compound_head(virt_to_page(objp));
	__free_pages(page, compound_order(page));
}
