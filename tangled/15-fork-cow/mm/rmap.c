/* mm/rmap.c: anonymous pages' reverse map, and letting go of a page. */
#include <linux/gfp.h>
#include <linux/rmap.h>
#include <linux/slab.h>


struct kmem_cache *anon_vma_cachep;

void put_page(struct page *page)
{
	if (page_ref_count(page) == 1)
		page->mapping = NULL;
	__free_pages(page, 0);
}

void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address)
{
	atomic_set(&page->_mapcount, 0);
	page->mapping = (void *)((unsigned long)vma->anon_vma |
				 PAGE_MAPPING_ANON);
	page->index = linear_page_index(vma, address);
}

struct anon_vma *anon_vma_alloc(void)
{
	struct anon_vma *anon_vma = kmem_cache_alloc(anon_vma_cachep,
						     GFP_KERNEL);

	if (anon_vma) {
		anon_vma->refcount = 1;
		INIT_LIST_HEAD(&anon_vma->head);
	}
	return anon_vma;
}

void put_anon_vma(struct anon_vma *anon_vma)
{
	if (--anon_vma->refcount == 0)
		kmem_cache_free(anon_vma_cachep, anon_vma);
}

void anon_vma_link(struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	vma->anon_vma = anon_vma;
	list_add_tail(&vma->anon_vma_node, &anon_vma->head);
}

void unlink_anon_vmas(struct vm_area_struct *vma)
{
	if (vma->anon_vma)
		list_del(&vma->anon_vma_node);
	vma->anon_vma = NULL;
}
