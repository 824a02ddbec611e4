#ifndef _LINUX_RMAP_H
#define _LINUX_RMAP_H
/* The reverse map of anonymous pages: from a page to its areas. */
#include <linux/list.h>
#include <linux/page_ref.h>
#include <linux/sched/mm.h>

#define PAGE_MAPPING_ANON	0x1

struct anon_vma {
	int refcount;			/* address spaces that use it */
	struct list_head head;		/* their areas, by anon_vma_node */
};

static inline bool PageAnon(const struct page *page)
{
	return (unsigned long)page->mapping & PAGE_MAPPING_ANON;
}

static inline struct anon_vma *page_anon_vma(const struct page *page)
{
	if (!PageAnon(page))
		return NULL;
	return (void *)((unsigned long)page->mapping - PAGE_MAPPING_ANON);
}

static inline unsigned long linear_page_index(
	const struct vm_area_struct *vma, unsigned long address)
{
	return ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
}

static inline void page_dup_rmap(struct page *page)
{
	atomic_inc_return(&page->_mapcount);
}

static inline void page_remove_rmap(struct page *page)
{
	atomic_dec_return(&page->_mapcount);
}

static inline void get_anon_vma(struct anon_vma *anon_vma)
{
	anon_vma->refcount++;
}

extern struct kmem_cache *anon_vma_cachep;

struct anon_vma *anon_vma_alloc(void);
void put_anon_vma(struct anon_vma *anon_vma);
void anon_vma_link(struct vm_area_struct *vma, struct anon_vma *anon_vma);
void unlink_anon_vmas(struct vm_area_struct *vma);
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
#endif
