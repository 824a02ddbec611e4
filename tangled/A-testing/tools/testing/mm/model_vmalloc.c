/* tools/testing/mm/model_vmalloc.c: the vmalloc operations of the model. */
#include <stdio.h>
#include <string.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/pgtable.h>
#include <linux/vmalloc.h>
#include "model.h"
#include "model_parts.h"

#define VM_AREAS	64
#define VM_MAX_PAGES	324

struct model_area {
	unsigned long addr, size;	/* size: the bytes asked for */
	unsigned int nr_pages;
	unsigned long serial;
	bool vmapped;			/* by vmap, of the test's pages */
	struct page *pages[VM_MAX_PAGES];
};

struct vm_census {
	unsigned long busy, busy_pages, mapped;
	long tables[MAX_NUMNODES][MAX_NR_ZONES];
};

static struct model_area areas[VM_AREAS];
static unsigned int nr_areas, area_capacity;
static struct vm_census at_begin;
static const char zero_page[PAGE_SIZE];
static unsigned long area_size(const struct op *op, unsigned int *pages)
{
	unsigned int b3 = op->pick & 0xff;

	*pages = op->arg < 192 ? 1 + op->arg / 48 :
		 op->arg < 248 ? 5 + op->arg - 192 :
		 100 + (op->arg - 248) * 32;
	return ((unsigned long)*pages << PAGE_SHIFT) -
	       (b3 & 3 ? b3 * 15 : 0);
}

static unsigned long area_end(const struct model_area *a)
{
	return a->addr + ((a->nr_pages + 1UL) << PAGE_SHIFT);
}
static void count_table(struct vm_census *c, const void *table)
{
	struct zone *z = page_zone(virt_to_page(table));

	c->tables[z->node][zone_idx(z)]++;
}

static void census_pud(struct vm_census *c, pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned int i, j;

	count_table(c, pmd);
	for (i = 0; i < PTRS_PER_PMD; i++) {
		pte_t *pte;

		if (pmd_none(pmd[i]) || pmd_large(pmd[i]))
			continue;
		pte = pte_offset_kernel(&pmd[i], addr + i * PMD_SIZE);
		count_table(c, pte);
		for (j = 0; j < PTRS_PER_PTE; j++)
			c->mapped += pte_present(pte[j]);
	}
}
static unsigned long busy_areas(unsigned long *pages)
{
	struct list_head *busy, *free, *purge, *p;
	unsigned long n = 0;

	vmap_area_lists(&busy, &free, &purge);
	for (p = busy->next; p != busy; p = p->next, n++) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (pages)
			*pages += (va->va_end - va->va_start) >> PAGE_SHIFT;
	}
	return n;
}

static void take_census(struct vm_census *c)
{
	unsigned long addr;
	unsigned int i;

	memset(c, 0, sizeof(*c));
	c->busy = busy_areas(&c->busy_pages);
	for (addr = VMALLOC_START; addr < VMALLOC_END; addr += PGDIR_SIZE) {
		p4d_t *p4d = p4d_offset(pgd_offset_k(addr), addr);
		pud_t *pud;

		if (p4d_none(*p4d))
			continue;
		pud = pud_offset(p4d, addr);
		count_table(c, pud);
		for (i = 0; i < PTRS_PER_PUD; i++)
			if (!pud_none(pud[i]) && !pud_large(pud[i]))
				census_pud(c, &pud[i], addr + i * PUD_SIZE);
	}
}
static int check_apart(const struct model_area *a)
{
	unsigned long end = area_end(a);
	struct list_head *busy, *free, *purge, *p;
	unsigned int i;

	for (i = 0; i < nr_areas; i++)
		if (areas[i].addr < end && a->addr < area_end(&areas[i]))
			return model_fail("area %#lx-%#lx overlaps the test's "
					  "area %#lx", a->addr, end,
					  areas[i].addr);
	vmap_area_lists(&busy, &free, &purge);
	for (p = busy->next; p != busy; p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (va->va_start != a->addr && va->va_start < end &&
		    a->addr < va->va_end)
			return model_fail("area %#lx-%#lx overlaps the busy "
					  "area %#lx-%#lx", a->addr, end,
					  va->va_start, va->va_end);
	}
	return MODEL_OK;
}
static int check_mapped_pages(const struct model_area *a)
{
	unsigned int i;

	for (i = 0; i < a->nr_pages; i++) {
		void *addr = (void *)a->addr + ((unsigned long)i << PAGE_SHIFT);

		if (vmalloc_to_page(addr) != a->pages[i])
			return model_fail("area %#lx: vmalloc_to_page(%p) is "
					  "not its page %u, pfn %#lx", a->addr,
					  addr, i, page_to_pfn(a->pages[i]));
	}
	return MODEL_OK;
}

static int check_new_area(const struct model_area *a)
{
	struct vm_struct *vm = find_vm_area((void *)a->addr);
	unsigned long end = area_end(a);

	if ((a->addr & ~PAGE_MASK) || !is_vmalloc_addr((void *)a->addr) ||
	    !vm || (unsigned long)vm->addr != a->addr ||
	    vm->size != end - a->addr)
		return model_fail("area %#lx of %u pages is not whole pages "
				  "of the vmalloc range and one guard page",
				  a->addr, a->nr_pages);
	if (vmalloc_to_page((void *)(end - PAGE_SIZE)))
		return model_fail("area %#lx: its guard page is mapped",
				  a->addr);
	return check_apart(a) ?: check_mapped_pages(a);
}
static void *page_word(const struct model_area *a, unsigned int i,
		       unsigned long *va)
{
	unsigned long off = (unsigned long)i << PAGE_SHIFT;
	unsigned long end = off + PAGE_SIZE < a->size ? off + PAGE_SIZE :
			    a->size;

	*va = a->addr + end - 8;
	return (char *)page_address(a->pages[i]) + ((end - 8) & ~PAGE_MASK);
}

static int write_words(const struct model_area *a)
{
	unsigned long va, last;
	unsigned int i;
	uint64_t w, got;
	void *direct;

	for (i = 0; i < a->nr_pages; i++) {
		va = a->addr + ((unsigned long)i << PAGE_SHIFT);
		w = model_pattern(va, a->serial);
		if (host_mmu_write(va, &w, 8, HOST_ACCESS_WRITE) < 0)
			return model_fail("area %#lx: writing %#lx faults",
					  a->addr, va);
		memcpy(&got, page_address(a->pages[i]), 8);
		if (got != w)
			return model_fail("area %#lx: a word written at %#lx "
					  "is not on pfn %#lx", a->addr, va,
					  page_to_pfn(a->pages[i]));
		direct = page_word(a, i, &last);
		w = model_pattern(last, a->serial);
		memcpy(direct, &w, 8);
	}
	return MODEL_OK;
}
static int check_words(const struct model_area *a)
{
	unsigned long va, last;
	unsigned int i;
	uint64_t got, end;

	for (i = 0; i < a->nr_pages; i++) {
		va = a->addr + ((unsigned long)i << PAGE_SHIFT);
		memcpy(&end, page_word(a, i, &last), 8);
		if (host_mmu_read(va, &got, 8, HOST_ACCESS_READ) < 0 ||
		    got != model_pattern(va, a->serial) ||
		    end != model_pattern(last, a->serial))
			return model_fail("area %#lx: page %u's pattern was "
					  "overwritten", a->addr, i);
	}
	return MODEL_OK;
}

static int check_zero(const struct model_area *a)
{
	unsigned long left = a->size;
	unsigned int i;

	for (i = 0; i < a->nr_pages; i++, left -= PAGE_SIZE)
		if (memcmp(page_address(a->pages[i]), zero_page,
			   left < PAGE_SIZE ? left : PAGE_SIZE))
			return model_fail("vzalloc area %#lx: page %u is not "
					  "zero", a->addr, i);
	return MODEL_OK;
}
static int free_area(unsigned int k);

static int area_failed(unsigned long busy)
{
	model_count_failure();
	if (busy_areas(NULL) != busy)
		return model_fail("a failed request left %lu busy areas, "
				  "there were %lu", busy_areas(NULL), busy);
	return MODEL_OK;
}
static int do_vmalloc(const struct op *op)
{
	struct model_area *a = &areas[nr_areas];
	unsigned long busy = busy_areas(NULL);
	struct vm_struct *vm;
	unsigned int i;
	void *p;
	int rc;

	if (nr_areas == area_capacity)
		return free_area(op->pick % nr_areas);
	a->size = area_size(op, &a->nr_pages);
	if (op->kind == OP_VZALLOC) {
		model_describe("vzalloc(%lu)", a->size);
		p = vzalloc(a->size);
	} else if (op->kind == OP_VMALLOC_NODE) {
		model_describe("vmalloc_node(%lu, %d)", a->size, op->nid);
		p = vmalloc_node(a->size, op->nid);
	} else {
		model_describe("vmalloc(%lu)", a->size);
		p = vmalloc(a->size);
	}
	model_count_alloc();
	if (!p)
		return area_failed(busy);
	a->addr = (unsigned long)p;
	a->vmapped = false;
	a->serial = model_new_serial();
	vm = find_vm_area(p);
	if (!vm || vm->nr_pages != a->nr_pages)
		return model_fail("area %p: no vm_struct of %u pages", p,
				  a->nr_pages);
	for (i = 0; i < a->nr_pages; i++)
		a->pages[i] = vm->pages[i];
	rc = check_new_area(a);
	for (i = 0; i < a->nr_pages && !rc; i++)
		rc = model_hold_block(a->pages[i], 0);
	if (!rc && op->kind == OP_VZALLOC)
		rc = check_zero(a);
	rc = rc ?: write_words(a);
	nr_areas += !rc;
	return rc;
}
static bool take_pages(struct model_area *a, gfp_t gfp, int *rc)
{
	unsigned int i;

	for (i = 0; i < a->nr_pages; i++) {
		a->pages[i] = alloc_pages(gfp, 0);
		model_count_alloc();
		if (!a->pages[i])
			break;
		*rc = model_hold_block(a->pages[i], 0);
		if (*rc)
			return false;
	}
	if (i == a->nr_pages)
		return true;
	*rc = model_slab_failed(0, gfp);
	while (i--) {
		model_release_block(a->pages[i], 0);
		__free_pages(a->pages[i], 0);
	}
	return false;
}
static int do_vmap(const struct op *op)
{
	gfp_t gfp = GFP_KERNEL | (op->gfp & __GFP_DMA32);
	struct model_area *a = &areas[nr_areas];
	unsigned long busy = busy_areas(NULL);
	unsigned int i;
	void *p;
	int rc;

	if (nr_areas == area_capacity)
		return free_area(op->pick % nr_areas);
	a->size = area_size(op, &a->nr_pages);
	model_describe("vmap(%u pages, gfp %#x)", a->nr_pages, gfp);
	if (!take_pages(a, gfp, &rc))
		return rc;
	p = vmap(a->pages, a->nr_pages, VM_MAP, PAGE_KERNEL);
	model_count_alloc();
	if (!p) {
		for (i = 0; i < a->nr_pages; i++) {
			model_release_block(a->pages[i], 0);
			__free_pages(a->pages[i], 0);
		}
		return area_failed(busy);
	}
	a->addr = (unsigned long)p;
	a->vmapped = true;
	a->serial = model_new_serial();
	rc = check_new_area(a) ?: write_words(a);
	nr_areas += !rc;
	return rc;
}
static int free_area(unsigned int k)
{
	struct model_area *a = &areas[k];
	unsigned long addr, end = area_end(a), purges = vmalloc_stats.purges;
	unsigned int i;
	int rc;

	model_describe("%s(%#lx), %lu bytes", a->vmapped ? "vunmap" : "vfree",
		       a->addr, a->size);
	rc = check_words(a) ?: check_mapped_pages(a);
	if (rc)
		return rc;
	if (a->vmapped)
		vunmap((void *)a->addr);
	else
		vfree((void *)a->addr);
	for (addr = a->addr; addr < end; addr += PAGE_SIZE)
		if (vmalloc_to_page((void *)addr))
			return model_fail("%#lx is still mapped", addr);
		else if (purges != vmalloc_stats.purges &&
			 host_tlb_cached(addr))
			return model_fail("%#lx is in the TLB after the purge",
					  addr);
	if (find_vm_area((void *)a->addr))
		return model_fail("the area is still busy");
	for (i = 0; i < a->nr_pages; i++) {
		model_release_block(a->pages[i], 0);
		if (a->vmapped)
			__free_pages(a->pages[i], 0);
	}
	if (k != --nr_areas)
		*a = areas[nr_areas];
	return MODEL_OK;
}
int vmalloc_model_step(const struct op *op)
{
	const char *out;
	int rc = MODEL_OK;

	if (op->kind == OP_VFREE) {
		model_describe("vfree: nothing to free");
		if (nr_areas)
			rc = free_area(op->pick % nr_areas);
	} else if (op->kind == OP_VMAP) {
		rc = do_vmap(op);
	} else {
		rc = do_vmalloc(op);
	}
	out = host_console_output();
	if (!rc && (strstr(out, "BUG ") || strstr(out, "WARNING:")))
		rc = model_fail("the kernel reported: %.200s", out);
	host_console_reset();
	return model_recount(rc);
}
int vmalloc_model_check(long tables[MAX_NUMNODES][MAX_NR_ZONES])
{
	unsigned long bad = mmcheck_vmalloc(false);
	struct vm_census now;
	unsigned int i;
	int n, z, rc;

	if (bad) {
		host_console_reset();
		mmcheck_vmalloc(true);
		return model_fail("mmcheck: %lu vmalloc problems:\n%s", bad,
				  host_console_output());
	}
	for (i = 0; i < nr_areas; i++) {
		if (!find_vm_area((void *)areas[i].addr))
			return model_fail("the test's area %#lx is not busy",
					  areas[i].addr);
		rc = check_mapped_pages(&areas[i]);
		if (rc)
			return rc;
	}
	take_census(&now);
	for (n = 0; n < MAX_NUMNODES; n++)
		for (z = 0; z < MAX_NR_ZONES; z++)
			tables[n][z] = now.tables[n][z] - at_begin.tables[n][z];
	return MODEL_OK;
}
void vmalloc_model_begin(unsigned long cap)
{
	area_capacity = cap < VM_AREAS ? cap : VM_AREAS;
	nr_areas = 0;
	take_census(&at_begin);
}

int vmalloc_model_end(void)
{
	struct vm_census now;
	int rc = MODEL_OK;

	while (nr_areas && !rc)
		rc = free_area(nr_areas - 1);
	if (rc)
		return rc;
	model_describe("the end: every area freed");
	take_census(&now);
	if (now.busy != at_begin.busy || now.mapped != at_begin.mapped ||
	    now.busy_pages != at_begin.busy_pages)
		return model_fail("%lu busy areas of %lu pages and %lu pages "
				  "mapped; %lu, %lu and %lu at the start",
				  now.busy, now.busy_pages, now.mapped,
				  at_begin.busy, at_begin.busy_pages,
				  at_begin.mapped);
	return model_recount(MODEL_OK);
}
