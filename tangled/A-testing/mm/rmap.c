/* mm/rmap.c: anonymous pages' reverse map, and letting go of a page. */
#include <linux/gfp.h>
#include <linux/rmap.h>
#include <linux/slab.h>
#include <linux/pagemap.h>

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

/*
 * Write-protect and clean the entry at address in vma if it maps page:
 * true if it was writable or dirty (Linux: page_vma_mkclean_one).
 */
static bool page_mkclean_one(struct page *page, struct vm_area_struct *vma,
			     unsigned long address)
{
	pte_t *pte = lookup_pte(vma->vm_mm, address);
	pte_t entry;

	if (!pte || !pte_present(*pte) || pte_pfn(*pte) != page_to_pfn(page))
		return false;
	entry = *pte;
	if (!pte_dirty(entry) && !pte_write(entry))
		return false;
	set_pte(pte, pte_mkclean(pte_wrprotect(entry)));
	flush_tlb_one_user(address);
	return true;
}

/*
 * Write-protect and clean every entry that maps the file page in a
 * shared area: the number of entries that were writable or dirty.
 */
int page_mkclean(struct page *page)
{
	struct address_space *mapping = page->mapping;
	struct vm_area_struct *vma;
	int cleaned = 0;

	if (!page_mapcount(page) || !mapping || PageAnon(page))
		return 0;
	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		unsigned long first = vma->vm_pgoff, address;

		if (!(vma->vm_flags & VM_SHARED) || page->index < first ||
		    page->index >= first + vma_pages(vma))
			continue;
		address = vma->vm_start + ((page->index - first) << PAGE_SHIFT);
		cleaned += page_mkclean_one(page, vma, address);
	}
	return cleaned;
}
