/* mm/vmalloc.c: virtually contiguous memory: areas, mappings, purges. */
#include <asm/tlbflush.h>
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/mempolicy.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/panic.h>
#include <linux/pgtable.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

static void vunmap_range_noflush(unsigned long addr, unsigned long end);
static void free_vmap_area_noflush(struct vmap_area *va);
static void flush_tlb_kernel_range(unsigned long start, unsigned long end);

static struct list_head vmap_area_list;		/* busy, by address */
static struct list_head free_vmap_area_list;	/* free, by address */
static struct list_head purge_vmap_area_list;	/* unmapped, not flushed */
static struct kmem_cache *vmap_area_cachep;
static unsigned long vmap_lazy_nr;		/* pages on the purge list */
struct vmalloc_stats vmalloc_stats;

static void insert_vmap_area(struct vmap_area *va, struct list_head *head)
{
	struct list_head *p = head;

	while (p->next != head &&
	       list_entry(p->next, struct vmap_area, list)->va_start <
	       va->va_start)
		p = p->next;
	list_add(&va->list, p);
}

static unsigned long va_fit(const struct vmap_area *va, unsigned long size,
			    unsigned long align, unsigned long vstart)
{
	unsigned long start = round_up(max(va->va_start, vstart), align);

	if (start < va->va_start || start + size > va->va_end ||
	    start + size < start)
		return 0;
	return start;
}

static struct vmap_area *find_vmap_lowest_match(unsigned long size,
						unsigned long align,
						unsigned long vstart)
{
	struct list_head *p;

	for (p = free_vmap_area_list.next; p != &free_vmap_area_list;
	     p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (va_fit(va, size, align, vstart))
			return va;
	}
	return NULL;
}

static int va_clip(struct vmap_area *va, unsigned long start,
		   unsigned long size)
{
	unsigned long end = start + size;
	struct vmap_area *upper;

	if (start == va->va_start && end == va->va_end) {
		list_del(&va->list);
		kmem_cache_free(vmap_area_cachep, va);
	} else if (start == va->va_start) {
		va->va_start = end;
	} else if (end == va->va_end) {
		va->va_end = start;
	} else {
		upper = kmem_cache_alloc(vmap_area_cachep, GFP_KERNEL);
		if (!upper)
			return -ENOMEM;
		upper->va_start = end;
		upper->va_end = va->va_end;
		upper->vm = NULL;
		va->va_end = start;
		list_add(&upper->list, &va->list);
	}
	return 0;
}

static struct vmap_area *alloc_vmap_area(unsigned long size,
					 unsigned long align,
					 unsigned long vstart,
					 unsigned long vend)
{
	struct vmap_area *va, *free;
	bool purged = false;
	unsigned long addr;

	va = kmem_cache_alloc(vmap_area_cachep, GFP_KERNEL);
	if (!va)
		return NULL;
retry:
	free = find_vmap_lowest_match(size, align, vstart);
	addr = free ? va_fit(free, size, align, vstart) : 0;
	if (!free || addr + size - 1 > vend ||
	    va_clip(free, addr, size) < 0) {
		if (!purged) {
			purge_vmap_area_lazy();
			purged = true;
			goto retry;
		}
		pr_warn("vmap allocation for size %lu failed: use "
			"vmalloc=<size> to increase size\n", size);
		kmem_cache_free(vmap_area_cachep, va);
		return NULL;
	}
	va->va_start = addr;
	va->va_end = addr + size;
	va->vm = NULL;
	insert_vmap_area(va, &vmap_area_list);
	return va;
}

static void merge_or_add_vmap_area(struct vmap_area *va)
{
	struct list_head *head = &free_vmap_area_list, *p = head;
	struct vmap_area *prev = NULL, *next = NULL;

	while (p->next != head &&
	       list_entry(p->next, struct vmap_area, list)->va_start <
	       va->va_start)
		p = p->next;
	if (p != head)
		prev = list_entry(p, struct vmap_area, list);
	if (p->next != head)
		next = list_entry(p->next, struct vmap_area, list);
	if (next && next->va_start == va->va_end) {
		next->va_start = va->va_start;
		kmem_cache_free(vmap_area_cachep, va);
		va = next;
	} else {
		list_add(&va->list, p);
	}
	if (prev && prev->va_end == va->va_start) {
		prev->va_end = va->va_end;
		list_del(&va->list);
		kmem_cache_free(vmap_area_cachep, va);
	}
}

static void *vmap_table_page(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);

	return page ? page_address(page) : NULL;
}

static pte_t *vmap_pte_alloc(unsigned long addr)
{
	p4d_t *p4d = p4d_offset(pgd_offset_k(addr), addr);
	pud_t *pud;
	pmd_t *pmd;
	void *table;

	if (p4d_none(*p4d)) {
		if (!(table = vmap_table_page()))
			return NULL;
		set_p4d(p4d, __p4d(__pa(table) | _KERNPG_TABLE));
	}
	pud = pud_offset(p4d, addr);
	if (pud_none(*pud)) {
		if (!(table = vmap_table_page()))
			return NULL;
		set_pud(pud, __pud(__pa(table) | _KERNPG_TABLE));
	}
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd)) {
		if (!(table = vmap_table_page()))
			return NULL;
		set_pmd(pmd, __pmd(__pa(table) | _KERNPG_TABLE));
	}
	return pte_offset_kernel(pmd, addr);
}

static int vmap_pages_range(unsigned long addr, unsigned long end,
			    pgprot_t prot, struct page **pages)
{
	unsigned long start = addr;
	unsigned int i;

	for (i = 0; addr < end; addr += PAGE_SIZE, i++) {
		pte_t *pte = vmap_pte_alloc(addr);

		if (!pte || !pte_none(*pte)) {
			vunmap_range_noflush(start, addr);
			return pte ? -EBUSY : -ENOMEM;
		}
		set_pte(pte, pfn_pte(page_to_pfn(pages[i]), prot));
	}
	return 0;
}

static void vunmap_range_noflush(unsigned long addr, unsigned long end)
{
	unsigned int level;

	for (; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = lookup_address(addr, &level);

		if (pte && level == PG_LEVEL_4K)
			pte_clear(pte);
	}
}

static struct vm_struct *__get_vm_area_node(unsigned long size,
		unsigned long align, unsigned long flags, unsigned long start,
		unsigned long end, int node, gfp_t gfp, const void *caller)
{
	struct vm_struct *area;
	struct vmap_area *va;

	size = PAGE_ALIGN(size);
	if (!size)
		return NULL;
	area = kmalloc_node(sizeof(*area), (gfp & GFP_KERNEL) | __GFP_ZERO,
			    node);
	if (!area)
		return NULL;
	if (!(flags & VM_NO_GUARD))
		size += PAGE_SIZE;
	va = alloc_vmap_area(size, align, start, end);
	if (!va) {
		kfree(area);
		return NULL;
	}
	area->addr = (void *)va->va_start;
	area->size = size;
	area->flags = flags;
	area->caller = caller;
	va->vm = area;
	return area;
}

struct vm_struct *get_vm_area_caller(unsigned long size, unsigned long flags,
				     const void *caller)
{
	return __get_vm_area_node(size, 1, flags, VMALLOC_START, VMALLOC_END,
				  NUMA_NO_NODE, GFP_KERNEL, caller);
}

static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp,
				 pgprot_t prot, int node)
{
	unsigned long addr = (unsigned long)area->addr;
	unsigned long size = get_vm_area_size(area);
	unsigned int nr_pages = size >> PAGE_SHIFT;
	unsigned long array_size = nr_pages * sizeof(struct page *);
	gfp_t nested_gfp = (gfp & GFP_KERNEL) | __GFP_ZERO;

	if (array_size > PAGE_SIZE)
		area->pages = __vmalloc_node(array_size, 1, nested_gfp, node,
					     area->caller);
	else
		area->pages = kmalloc_node(array_size, nested_gfp, node);
	if (!area->pages) {
		pr_warn("vmalloc error: size %lu, failed to allocated page "
			"array size %lu\n", size, array_size);
		goto fail;
	}
	while (area->nr_pages < nr_pages) {
		struct page *page = alloc_pages_node(node, gfp, 0);

		if (!page) {
			pr_warn("vmalloc error: size %lu, page order 0, failed to "
				"allocate pages\n", size);
			goto fail;
		}
		area->pages[area->nr_pages++] = page;
	}
	if (vmap_pages_range(addr, addr + size, prot, area->pages) < 0) {
		pr_warn("vmalloc error: size %lu, failed to map pages\n", size);
		goto fail;
	}
	return area->addr;
fail:
	vfree(area->addr);
	return NULL;
}

void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end, gfp_t gfp,
			   pgprot_t prot, unsigned long vm_flags, int node,
			   const void *caller)
{
	unsigned long real_size = size;
	struct vm_struct *area;
	void *addr;

	size = PAGE_ALIGN(size);
	if (!size || (size >> PAGE_SHIFT) > totalram_pages()) {
		pr_warn("vmalloc error: size %lu, exceeds total pages\n",
			real_size);
		return NULL;
	}
	area = __get_vm_area_node(real_size, align,
				  VM_ALLOC | VM_UNINITIALIZED | vm_flags,
				  start, end, node, gfp, caller);
	if (!area) {
		pr_warn("vmalloc error: size %lu, vm_struct allocation "
			"failed\n", real_size);
		return NULL;
	}
	addr = __vmalloc_area_node(area, gfp, prot, node);
	if (addr)
		area->flags &= ~VM_UNINITIALIZED;
	return addr;
}

void *__vmalloc_node(unsigned long size, unsigned long align, gfp_t gfp,
		     int node, const void *caller)
{
	return __vmalloc_node_range(size, align, VMALLOC_START, VMALLOC_END,
				    gfp, PAGE_KERNEL, 0, node, caller);
}

void *vmalloc(unsigned long size)
{
	return __vmalloc_node(size, 1, GFP_KERNEL, NUMA_NO_NODE,
			      __builtin_return_address(0));
}

void *vzalloc(unsigned long size)
{
	return __vmalloc_node(size, 1, GFP_KERNEL | __GFP_ZERO, NUMA_NO_NODE,
			      __builtin_return_address(0));
}

void *vmalloc_node(unsigned long size, int node)
{
	return __vmalloc_node(size, 1, GFP_KERNEL, node,
			      __builtin_return_address(0));
}

void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot)
{
	unsigned long size = (unsigned long)count << PAGE_SHIFT, addr;
	struct vm_struct *area;

	if (count > totalram_pages())
		return NULL;
	area = get_vm_area_caller(size, flags, __builtin_return_address(0));
	if (!area)
		return NULL;
	addr = (unsigned long)area->addr;
	if (vmap_pages_range(addr, addr + size, prot, pages) < 0) {
		vunmap(area->addr);
		return NULL;
	}
	return area->addr;
}

static struct vmap_area *find_vmap_area(unsigned long addr)
{
	struct list_head *p;

	for (p = vmap_area_list.next; p != &vmap_area_list; p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (addr >= va->va_start && addr < va->va_end)
			return va;
	}
	return NULL;
}

struct vm_struct *find_vm_area(const void *addr)
{
	struct vmap_area *va = find_vmap_area((unsigned long)addr);

	return va ? va->vm : NULL;
}

struct vm_struct *remove_vm_area(const void *addr)
{
	struct vmap_area *va = find_vmap_area((unsigned long)addr);
	struct vm_struct *vm;

	if (!va || !va->vm || va->va_start != (unsigned long)addr)
		return NULL;
	vm = va->vm;
	va->vm = NULL;
	vunmap_range_noflush(va->va_start, va->va_end);
	free_vmap_area_noflush(va);
	return vm;
}

void vfree(const void *addr)
{
	struct vm_struct *vm;
	unsigned int i;

	if (!addr)
		return;
	vm = remove_vm_area(addr);
	if (!vm) {
		WARN(1, "Trying to vfree() nonexistent vm area (%px)\n", addr);
		return;
	}
	for (i = 0; i < vm->nr_pages; i++)
		__free_pages(vm->pages[i], 0);
	if (is_vmalloc_addr(vm->pages))
		vfree(vm->pages);
	else
		kfree(vm->pages);
	kfree(vm);
}

void vunmap(const void *addr)
{
	struct vm_struct *vm;

	if (!addr)
		return;
	vm = remove_vm_area(addr);
	if (!vm) {
		WARN(1, "Trying to vunmap() nonexistent vm area (%px)\n",
		     addr);
		return;
	}
	kfree(vm);
}

bool is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return addr >= VMALLOC_START && addr < VMALLOC_END;
}

struct page *vmalloc_to_page(const void *addr)
{
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)addr, &level);

	if (!is_vmalloc_addr(addr) || !pte || !pte_present(*pte) ||
	    level != PG_LEVEL_4K)
		return NULL;
	return pfn_to_page(pte_pfn(*pte));
}

unsigned long lazy_max_pages(void)
{
	unsigned int log = fls(num_online_cpus());

	return log * (32UL * 1024 * 1024 / PAGE_SIZE);
}

static void free_vmap_area_noflush(struct vmap_area *va)
{
	list_del(&va->list);
	insert_vmap_area(va, &purge_vmap_area_list);
	vmap_lazy_nr += (va->va_end - va->va_start) >> PAGE_SHIFT;
	if (vmap_lazy_nr > lazy_max_pages())
		purge_vmap_area_lazy();
}

void purge_vmap_area_lazy(void)
{
	struct vmap_area *first, *last, *va;

	if (list_empty(&purge_vmap_area_list))
		return;
	first = list_entry(purge_vmap_area_list.next, struct vmap_area, list);
	last = list_entry(purge_vmap_area_list.prev, struct vmap_area, list);
	flush_tlb_kernel_range(first->va_start, last->va_end);
	while (!list_empty(&purge_vmap_area_list)) {
		va = list_entry(purge_vmap_area_list.next, struct vmap_area,
				list);
		list_del(&va->list);
		vmalloc_stats.purged_areas++;
		merge_or_add_vmap_area(va);
	}
	vmalloc_stats.purged_pages += vmap_lazy_nr;
	vmap_lazy_nr = 0;
	vmalloc_stats.purges++;
}

static void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	unsigned long addr;

	if (end - start > 33UL << PAGE_SHIFT) {
		__flush_tlb_all();
		return;
	}
	for (addr = start; addr < end; addr += PAGE_SIZE)
		__flush_tlb_one_kernel(addr);
}

static void show_numa_info(struct seq_file *m, const struct vm_struct *v)
{
	unsigned int counters[MAX_NUMNODES] = { 0 };
	unsigned int nr;

	if (v->flags & VM_UNINITIALIZED)
		return;
	for (nr = 0; nr < v->nr_pages; nr++)
		counters[page_to_nid(v->pages[nr])]++;
	for (nr = 0; nr < MAX_NUMNODES; nr++)
		if (counters[nr])
			seq_printf(m, " N%u=%u", nr, counters[nr]);
}

static void show_vm_area(struct seq_file *m, const struct vm_struct *v)
{
	seq_printf(m, "0x%pK-0x%pK %7ld", v->addr,
		   (const char *)v->addr + v->size, v->size);
	if (v->caller)
		seq_printf(m, " %pS", v->caller);
	if (v->nr_pages)
		seq_printf(m, " pages=%d", v->nr_pages);
	if (v->phys_addr)
		seq_printf(m, " phys=%pa", &v->phys_addr);
	if (v->flags & VM_IOREMAP)
		seq_puts(m, " ioremap");
	if (v->flags & VM_ALLOC)
		seq_puts(m, " vmalloc");
	if (v->flags & VM_MAP)
		seq_puts(m, " vmap");
	if (is_vmalloc_addr(v->pages))
		seq_puts(m, " vpages");
	show_numa_info(m, v);
	seq_putc(m, '\n');
}

void vmallocinfo_show(struct seq_file *m)
{
	struct list_head *p;

	for (p = vmap_area_list.next; p != &vmap_area_list; p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (va->vm)
			show_vm_area(m, va->vm);
	}
	if (list_empty(&vmap_area_list))
		return;
	for (p = purge_vmap_area_list.next; p != &purge_vmap_area_list;
	     p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		seq_printf(m, "0x%pK-0x%pK %7ld unpurged vm_area\n",
			   (void *)va->va_start, (void *)va->va_end,
			   va->va_end - va->va_start);
	}
}

void vmalloc_init(void)
{
	struct vmap_area *free;

	INIT_LIST_HEAD(&vmap_area_list);
	INIT_LIST_HEAD(&free_vmap_area_list);
	INIT_LIST_HEAD(&purge_vmap_area_list);
	vmap_lazy_nr = 0;
	vmalloc_stats.purges = 0;
	vmalloc_stats.purged_areas = 0;
	vmalloc_stats.purged_pages = 0;
	vmalloc_stats.faults = 0;
	vmap_area_cachep = kmem_cache_create("vmap_area",
					     sizeof(struct vmap_area), 0,
					     SLAB_PANIC, NULL);
	free = kmem_cache_alloc(vmap_area_cachep, GFP_KERNEL);
	free->va_start = VMALLOC_START;
	free->va_end = VMALLOC_END + 1;
	free->vm = NULL;
	list_add(&free->list, &free_vmap_area_list);
}
