/* mm/mmcheck_vmalloc.c: the vmalloc area's ranges against its tables. */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/pgtable.h>
#include <linux/vmalloc.h>

struct vmalloc_check {
	bool verbose;
	unsigned long problems;
	struct list_head *busy, *free, *purge;
	struct list_head *cursor;	/* the first busy area not passed */
};

static __printf(2, 3) void vm_problem(struct vmalloc_check *c,
				      const char *fmt, ...)
{
	char line[160];
	va_list args;

	c->problems++;
	if (!c->verbose)
		return;
	va_start(args, fmt);
	vsnprintf(line, sizeof(line), fmt, args);
	va_end(args);
	pr_err("mmcheck: vmalloc: %s\n", line);
}

static const char *const list_names[] = { "busy", "free", "purge" };

static struct vmap_area *next_range(struct list_head **at,
				    struct list_head **heads, int *which)
{
	struct vmap_area *low = NULL, *va;
	int i;

	for (i = 0; i < 3; i++) {
		if (at[i] == heads[i])
			continue;
		va = list_entry(at[i], struct vmap_area, list);
		if (!low || va->va_start < low->va_start) {
			low = va;
			*which = i;
		}
	}
	if (low)
		at[*which] = at[*which]->next;
	return low;
}

static bool check_range(struct vmalloc_check *c, struct vmap_area *va,
			int which)
{
	if (va->va_start < VMALLOC_START || va->va_end > VMALLOC_END + 1 ||
	    va->va_start >= va->va_end ||
	    ((va->va_start | va->va_end) & ~PAGE_MASK)) {
		vm_problem(c, "%s range %lx-%lx is not whole pages of the "
			   "vmalloc area", list_names[which], va->va_start,
			   va->va_end);
		return false;
	}
	return true;
}

static void check_ranges(struct vmalloc_check *c)
{
	struct list_head *heads[3] = { c->busy, c->free, c->purge };
	struct list_head *at[3] = { c->busy->next, c->free->next,
				    c->purge->next };
	struct vmap_area *va, *prev = NULL;
	int which = 0, prev_which = 0;

	while ((va = next_range(at, heads, &which))) {
		if (!check_range(c, va, which))
			return;
		if (prev && va->va_start < prev->va_end) {
			vm_problem(c, "%s range %lx-%lx overlaps %s range "
				   "%lx-%lx", list_names[which], va->va_start,
				   va->va_end, list_names[prev_which],
				   prev->va_start, prev->va_end);
			return;
		}
		prev = va;
		prev_which = which;
	}
}

static struct page *mapped_page(unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address(addr, &level);

	if (!pte || !pte_present(*pte) || level != PG_LEVEL_4K)
		return NULL;
	return pfn_to_page(pte_pfn(*pte));
}

static void check_busy_area(struct vmalloc_check *c, struct vmap_area *va)
{
	struct vm_struct *vm = va->vm;
	unsigned long addr = va->va_start;
	unsigned int i;

	if (!vm || (unsigned long)vm->addr != addr ||
	    vm->size != va->va_end - addr) {
		vm_problem(c, "busy area %lx-%lx has no vm_struct of its "
			   "range", addr, va->va_end);
		return;
	}
	if (!(vm->flags & VM_NO_GUARD) && mapped_page(va->va_end - PAGE_SIZE))
		vm_problem(c, "area %lx-%lx has its guard page mapped", addr,
			   va->va_end);
	if (!vm->pages || (vm->flags & VM_UNINITIALIZED))
		return;
	for (i = 0; i < vm->nr_pages; i++)
		if (mapped_page(addr + i * PAGE_SIZE) != vm->pages[i])
			vm_problem(c, "area %lx-%lx: page %u of its array is "
				   "not mapped at %lx", addr, va->va_end, i,
				   addr + i * PAGE_SIZE);
}

static void check_mapped(struct vmalloc_check *c, unsigned long addr)
{
	struct vmap_area *va = NULL;

	for (; c->cursor != c->busy; c->cursor = c->cursor->next) {
		va = list_entry(c->cursor, struct vmap_area, list);
		if (addr < va->va_end)
			break;
	}
	if (c->cursor == c->busy || addr < va->va_start)
		vm_problem(c, "page %lx is mapped outside every busy area",
			   addr);
}

static void walk_pmd(struct vmalloc_check *c, pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);
	unsigned int i;

	for (i = 0; i < PTRS_PER_PTE; i++, addr += PAGE_SIZE)
		if (pte_present(pte[i]))
			check_mapped(c, addr);
}

static void walk_tables(struct vmalloc_check *c)
{
	unsigned long addr = VMALLOC_START, end = VMALLOC_END;
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	while (addr < end && addr >= VMALLOC_START) {
		p4d = p4d_offset(pgd_offset_k(addr), addr);
		if (p4d_none(*p4d)) {
			addr = (addr & ~(PGDIR_SIZE - 1)) + PGDIR_SIZE;
			continue;
		}
		pud = pud_offset(p4d, addr);
		if (pud_none(*pud) || pud_large(*pud)) {
			if (!pud_none(*pud))
				vm_problem(c, "a large page at %lx", addr);
			addr = (addr & PUD_MASK) + PUD_SIZE;
			continue;
		}
		pmd = pmd_offset(pud, addr);
		if (!pmd_none(*pmd) && pmd_large(*pmd))
			vm_problem(c, "a large page at %lx", addr);
		else if (!pmd_none(*pmd))
			walk_pmd(c, pmd, addr);
		addr = (addr & PMD_MASK) + PMD_SIZE;
	}
}

unsigned long mmcheck_vmalloc(bool verbose)
{
	struct vmalloc_check c = { .verbose = verbose };
	struct list_head *p;

	vmap_area_lists(&c.busy, &c.free, &c.purge);
	if (!c.busy->next)
		return 0;			/* vmalloc_init has not run */
	check_ranges(&c);
	if (c.problems)
		return c.problems;
	for (p = c.busy->next; p != c.busy; p = p->next)
		check_busy_area(&c, list_entry(p, struct vmap_area, list));
	c.cursor = c.busy->next;
	walk_tables(&c);
	return c.problems;
}
