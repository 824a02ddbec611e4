/* arch/host/mmu.c: a software MMU that walks the kernel's page tables. */
#include <asm/host_mmu.h>
#include <asm/processor-flags.h>
#include <asm/ptrace.h>
#include <linux/errno.h>
#include <linux/fault.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <linux/string.h>

struct host_cpu host_cpu;

#define HOST_TLB_ENTRIES	64

struct tlb_entry {
	bool valid;
	bool global;		/* survives CR3 writes */
	bool dirty;		/* the leaf's D bit was set when cached */
	unsigned int shift;	/* page size: 12, 21 or 30 */
	unsigned long va;	/* first address of the page */
	phys_addr_t pa;
	unsigned long perm;	/* _PAGE_RW, _PAGE_USER, _PAGE_NX: effective */
};

static struct tlb_entry tlb[HOST_TLB_ENTRIES];
static unsigned int tlb_next;		/* the next victim */

static struct tlb_entry *tlb_lookup(unsigned long va)
{
	unsigned int i;

	for (i = 0; i < HOST_TLB_ENTRIES; i++)
		if (tlb[i].valid &&
		    (va & ~((1UL << tlb[i].shift) - 1)) == tlb[i].va)
			return &tlb[i];
	return NULL;
}

static void tlb_insert(const struct tlb_entry *e)
{
	tlb[tlb_next] = *e;
	tlb_next = (tlb_next + 1) % HOST_TLB_ENTRIES;
}

void host_invlpg(unsigned long va)
{
	struct tlb_entry *e;

	while ((e = tlb_lookup(va)) != NULL)
		e->valid = false;
}

static void tlb_flush(bool keep_global)
{
	unsigned int i;

	for (i = 0; i < HOST_TLB_ENTRIES; i++)
		if (!(keep_global && tlb[i].global))
			tlb[i].valid = false;
}

void host_flush_tlb_all(void)
{
	tlb_flush(false);
}

bool host_tlb_cached(unsigned long va)
{
	return tlb_lookup(va) != NULL;
}

void host_cpu_reset(void)
{
	memset(&host_cpu, 0, sizeof(host_cpu));
	host_cpu.cr0 = X86_CR0_WP;
	host_cpu.cr4 = X86_CR4_PGE;
	host_cpu.efer = EFER_NX;
	host_cpu.gbpages = true;
	tlb_flush(false);
}

void host_write_cr3(unsigned long cr3)
{
	host_cpu.cr3 = cr3;
	tlb_flush(host_cpu.cr4 & X86_CR4_PGE);
}

unsigned long host_read_cr3(void)
{
	return host_cpu.cr3;
}

static unsigned long *entry_at(phys_addr_t table, unsigned long index)
{
	phys_addr_t pa = table + index * sizeof(unsigned long);

	if (pa + sizeof(unsigned long) > HOST_RAM_END)
		panic("host MMU: page table at %#llx is outside memory",
		      (unsigned long long)table);
	return __va(pa);
}

#define HOST_PHYS_BITS	46

static bool reserved_bits_set(unsigned long e, unsigned int level)
{
	unsigned long rsvd = __PHYSICAL_MASK & ~((1UL << HOST_PHYS_BITS) - 1);

	if (!(host_cpu.efer & EFER_NX))
		rsvd |= _PAGE_NX;
	if (level == 0 && (e & _PAGE_PSE))
		return true;
	if (level == 1 && (e & _PAGE_PSE) && !host_cpu.gbpages)
		return true;
	if (level == 1 && (e & _PAGE_PSE))
		rsvd |= (PUD_SIZE - 1) & ~(2 * PAGE_SIZE - 1);
	if (level == 2 && (e & _PAGE_PSE))
		rsvd |= (PMD_SIZE - 1) & ~(2 * PAGE_SIZE - 1);
	return e & rsvd;
}

#define X86_PF_PRESENT_CLEAR	(1UL << 62)	/* marker, never reported */

struct walk {
	unsigned long *entry[4];	/* the entries used, top down */
	unsigned int levels;
	struct tlb_entry result;
};

static const unsigned int level_shift[] = {
	PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT, PAGE_SHIFT
};

/* Walk the tables for va; 0, or the error-code bits of the failure. */
static unsigned long mmu_walk(unsigned long va, struct walk *w)
{
	phys_addr_t table = host_cpu.cr3 & PTE_PFN_MASK;
	unsigned long and = _PAGE_RW | _PAGE_USER, or = 0, e;
	unsigned int level;

	host_cpu.nr_walks++;
	for (level = 0; level < 4; level++) {
		w->entry[level] = entry_at(table, (va >> level_shift[level]) &
					   (PTRS_PER_PTE - 1));
		e = *w->entry[level];
		w->levels = level + 1;
		if (!(e & _PAGE_PRESENT))
			return X86_PF_PRESENT_CLEAR;
		if (reserved_bits_set(e, level))
			return X86_PF_PROT | X86_PF_RSVD;
		and &= e;
		or |= e & _PAGE_NX;
		if (level == 3 || (level > 0 && (e & _PAGE_PSE)))
			break;
		table = e & PTE_PFN_MASK;
	}
	{
		unsigned int shift = level_shift[level];
		unsigned long size_mask = (1UL << shift) - 1;

		w->result = (struct tlb_entry){
			.valid = true,
			.global = e & _PAGE_GLOBAL,
			.dirty = e & _PAGE_DIRTY,
			.shift = shift,
			.va = va & ~size_mask,
			.pa = e & __PHYSICAL_MASK & ~size_mask,
			.perm = (and & (_PAGE_RW | _PAGE_USER)) | or,
		};
	}
	return 0;
}

static bool access_allowed(unsigned long perm, unsigned int access)
{
	bool write = access & X86_PF_WRITE;

	if ((access & X86_PF_INSTR) && (perm & _PAGE_NX))
		return false;
	if (access & X86_PF_USER)
		return (perm & _PAGE_USER) && (!write || (perm & _PAGE_RW));
	return !write || (perm & _PAGE_RW) || !(host_cpu.cr0 & X86_CR0_WP);
}

static bool mmu_fault(unsigned long va, unsigned int access,
		      unsigned long error)
{
	struct pt_regs regs = {
		.cs = (access & X86_PF_USER) ? 0x33 : 0x10,
		.ip = (access & X86_PF_INSTR) ? va : 0,
		.flags = 0x2,
	};
	unsigned long code = (error & ~X86_PF_PRESENT_CLEAR) | access;

	if (!(host_cpu.efer & EFER_NX))
		code &= ~X86_PF_INSTR;
	regs.orig_ax = code;
	host_cpu.cr2 = va;
	host_cpu.error_code = code;
	host_cpu.nr_faults++;
	host_invlpg(va);
	if (handle_page_fault(&regs, code, va))
		return true;
	if (host_cpu.oops_on_fault) {
		show_fault_oops(&regs, code, va);
		panic("Fatal exception");
	}
	return false;
}

static void set_accessed_dirty(struct walk *w, bool write)
{
	unsigned int i;

	for (i = 0; i < w->levels; i++)
		*w->entry[i] |= _PAGE_ACCESSED;
	if (write) {
		*w->entry[w->levels - 1] |= _PAGE_DIRTY;
		w->result.dirty = true;
	}
}

static unsigned long translate_once(unsigned long va, unsigned int access,
				    phys_addr_t *pa)
{
	bool write = access & X86_PF_WRITE;
	struct tlb_entry *hit = tlb_lookup(va);
	struct walk w;
	unsigned long error;

	if (hit && access_allowed(hit->perm, access) &&
	    (!write || hit->dirty)) {
		host_cpu.nr_tlb_hits++;
		goto found;
	}
	if (hit && !access_allowed(hit->perm, access))
		return X86_PF_PROT;
	error = mmu_walk(va, &w);
	if (error)
		return error;
	if (!access_allowed(w.result.perm, access))
		return X86_PF_PROT;
	set_accessed_dirty(&w, write);
	if (hit)
		*hit = w.result;
	else
		tlb_insert(&w.result);
	hit = tlb_lookup(va);
found:
	*pa = hit->pa + (va & ((1UL << hit->shift) - 1));
	return 0;
}

int host_mmu_translate(unsigned long va, unsigned int access,
		       phys_addr_t *pa)
{
	unsigned long error;
	int tries;

	for (tries = 0; tries < 4; tries++) {
		error = translate_once(va, access, pa);
		if (!error)
			return 0;
		if (!mmu_fault(va, access, error))
			return -EFAULT;
	}
	return -EFAULT;
}

static int mmu_copy(unsigned long va, void *buf, size_t len,
		    unsigned int access, bool to_memory)
{
	unsigned char *p = buf;

	while (len) {
		size_t n = PAGE_SIZE - (va & ~PAGE_MASK);
		phys_addr_t pa;
		int err = host_mmu_translate(va, access, &pa);

		if (err)
			return err;
		if (n > len)
			n = len;
		if (pa + n > HOST_RAM_END)
			panic("host MMU: %#lx maps to %#llx, outside memory", va,
			      (unsigned long long)pa);
		if (to_memory)
			memcpy(__va(pa), p, n);
		else
			memcpy(p, __va(pa), n);
		va += n;
		p += n;
		len -= n;
	}
	return 0;
}

int host_mmu_read(unsigned long va, void *buf, size_t len,
		  unsigned int access)
{
	return mmu_copy(va, buf, len, access & ~X86_PF_WRITE, false);
}

int host_mmu_write(unsigned long va, const void *buf, size_t len,
		   unsigned int access)
{
	return mmu_copy(va, (void *)buf, len, access | X86_PF_WRITE, true);
}

int provoke_page_fault(const char *kind)
{
	char c;

	host_cpu.oops_on_fault = true;
	if (strcmp(kind, "nx") == 0)
		host_mmu_read(PAGE_OFFSET, &c, 1, HOST_ACCESS_FETCH);
	else if (strcmp(kind, "unmapped") == 0)
		host_mmu_read(VMALLOC_START, &c, 1, HOST_ACCESS_READ);
	else if (strcmp(kind, "null") == 0)
		host_mmu_read(0x10, &c, 1, HOST_ACCESS_READ);
	host_cpu.oops_on_fault = false;
	return -1;
}
