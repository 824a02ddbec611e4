#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H
#include <asm/pgtable.h>
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/types.h>

struct page;
struct seq_file;

#define VM_IOREMAP		0x00000001	/* ioremap() and friends */
#define VM_ALLOC		0x00000002	/* vmalloc() */
#define VM_MAP			0x00000004	/* vmap() of given pages */
#define VM_UNINITIALIZED	0x00000020	/* pages not yet mapped */
#define VM_NO_GUARD		0x00000040	/* no guard page */

struct vm_struct {
	void *addr;
	unsigned long size;		/* with the guard page */
	unsigned long flags;
	struct page **pages;
	unsigned int nr_pages;
	phys_addr_t phys_addr;
	const void *caller;
};

struct vmap_area {
	unsigned long va_start;
	unsigned long va_end;		/* one past the last byte */
	struct list_head list;		/* busy, free or purge list */
	struct vm_struct *vm;		/* NULL while free or lazily freed */
};

static inline unsigned long get_vm_area_size(const struct vm_struct *area)
{
	if (!(area->flags & VM_NO_GUARD))
		return area->size - PAGE_SIZE;
	return area->size;
}

struct vmalloc_stats {
	unsigned long purges;		/* purges of the lazily freed areas */
	unsigned long purged_areas;	/* areas those purges freed */
	unsigned long purged_pages;	/* and their pages, guards included */
	unsigned long faults;		/* vmalloc faults resolved */
	unsigned long prealloc_tables;	/* page tables preallocated */
};

extern struct vmalloc_stats vmalloc_stats;

void vmalloc_init(void);
void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
void *vmalloc_node(unsigned long size, int node);
void *__vmalloc_node(unsigned long size, unsigned long align, gfp_t gfp,
		     int node, const void *caller);
void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end, gfp_t gfp,
			   pgprot_t prot, unsigned long vm_flags, int node,
			   const void *caller);
void vfree(const void *addr);
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot);
void vunmap(const void *addr);
struct vm_struct *get_vm_area_caller(unsigned long size, unsigned long flags,
				     const void *caller);
struct vm_struct *find_vm_area(const void *addr);
struct vm_struct *remove_vm_area(const void *addr);
bool is_vmalloc_addr(const void *x);
struct page *vmalloc_to_page(const void *addr);
void purge_vmap_area_lazy(void);
unsigned long lazy_max_pages(void);
void vmallocinfo_show(struct seq_file *m);
#endif
