#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H
/* A program's address space: its areas, its page table, its faults. */
#include <asm/ptrace.h>
#include <linux/err.h>
#include <linux/pgtable.h>
#include <linux/types.h>
#include <linux/list.h>

struct file;
struct mm_struct;

#define VM_NONE		0x00000000
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008
#define VM_MAYREAD	0x00000010
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080
#define VM_GROWSDOWN	0x00000100
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)
#define VM_LOCKED	0x00002000

struct vm_area_struct {
	unsigned long vm_start;		/* the first address of the area */
	unsigned long vm_end;		/* the first address after it */
	struct vm_area_struct *vm_next, *vm_prev;	/* by address */
	struct mm_struct *vm_mm;	/* the address space it is in */
	pgprot_t vm_page_prot;		/* the bits its entries get */
	unsigned long vm_flags;		/* VM_READ, VM_WRITE, ... */
	unsigned long vm_pgoff;		/* where in the file, in pages */
	struct file *vm_file;		/* the file it maps, or NULL */
	struct anon_vma *anon_vma;	/* the list of areas it is on */
	struct list_head anon_vma_node;	/* its place in that list */
	const struct vm_operations_struct *vm_ops;	/* NULL: anonymous */
	struct list_head shared;	/* on its file's i_mmap */
};

enum {
	MM_FILEPAGES,		/* pages of files */
	MM_ANONPAGES,		/* anonymous pages */
	MM_SWAPENTS,		/* entries that name a place in swap */
	MM_SHMEMPAGES,		/* shared memory's pages */
	NR_MM_COUNTERS
};

struct mm_rss_stat {
	long count[NR_MM_COUNTERS];
};

struct mm_struct {
	struct vm_area_struct *mmap;	/* the areas, lowest first */
	int map_count;			/* how many */
	unsigned long mmap_base;	/* mmap places below this */
	unsigned long task_size;	/* the end of the user half */
	pgd_t *pgd;
	unsigned long total_vm;		/* pages in all the areas */
	unsigned long data_vm, exec_vm, stack_vm;	/* total_vm by kind */
	unsigned long hiwater_vm;	/* the most total_vm was (VmPeak) */
	unsigned long hiwater_rss;	/* the most pages it held (VmHWM) */
	struct mm_rss_stat rss_stat;	/* the pages it holds, by kind */
	unsigned long pgtables_bytes;	/* page-table pages, in bytes */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	struct file *exe_file;		/* the program's file */
	char exe[16];			/* its name, for reports */
	int mm_users;			/* tasks that use it */
	struct anon_vma *anon_vma;	/* the family's, made with the first area */
	unsigned long arg_start, arg_end;	/* the argument strings */
	unsigned long env_start, env_end;	/* the environment's */
};

#define TASK_SIZE		TASK_SIZE_MAX
#define _STK_LIM		(8UL << 20)
#define DEFAULT_MAX_MAP_COUNT	65530

extern int sysctl_max_map_count;
extern unsigned long mmap_min_addr;
extern unsigned long stack_guard_gap;
extern unsigned long zero_pfn;

#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)
#define pgd_offset(mm, addr)	pgd_offset_pgd((mm)->pgd, (addr))

static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

static inline unsigned long my_zero_pfn(unsigned long addr)
{
	return zero_pfn;
}

static inline bool is_zero_pfn(unsigned long pfn)
{
	return pfn == zero_pfn;
}

static inline pte_t pte_mkdirty(pte_t pte)
{
	return pte_set_flags(pte, _PAGE_DIRTY);
}

/* The end of the table of the given span that holds addr. */
static inline unsigned long table_end(unsigned long addr,
				      unsigned long span)
{
	return (addr + span) & ~(span - 1);
}

static inline unsigned long get_mm_counter(struct mm_struct *mm,
					   int member)
{
	long v = mm->rss_stat.count[member];

	return v < 0 ? 0 : v;
}

static inline void add_mm_counter(struct mm_struct *mm, int member,
				  long value)
{
	mm->rss_stat.count[member] += value;
}

static inline void inc_mm_counter(struct mm_struct *mm, int member)
{
	add_mm_counter(mm, member, 1);
}

static inline void dec_mm_counter(struct mm_struct *mm, int member)
{
	add_mm_counter(mm, member, -1);
}

static inline unsigned long get_mm_rss(struct mm_struct *mm)
{
	return get_mm_counter(mm, MM_FILEPAGES) +
	       get_mm_counter(mm, MM_ANONPAGES) +
	       get_mm_counter(mm, MM_SHMEMPAGES);
}

static inline void update_hiwater_rss(struct mm_struct *mm)
{
	unsigned long rss = get_mm_rss(mm);

	if (mm->hiwater_rss < rss)
		mm->hiwater_rss = rss;
}

static inline void update_hiwater_vm(struct mm_struct *mm)
{
	if (mm->hiwater_vm < mm->total_vm)
		mm->hiwater_vm = mm->total_vm;
}

typedef unsigned int vm_fault_t;
#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_ERROR		(VM_FAULT_OOM | VM_FAULT_SIGBUS | \
				 VM_FAULT_SIGSEGV)
#define FAULT_FLAG_WRITE	0x01
#define FAULT_FLAG_USER		0x40

struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;		/* page-aligned */
	unsigned int flags;		/* FAULT_FLAG_* */
	pmd_t *pmd;
	pte_t *pte;
	pte_t orig_pte;			/* the entry when the fault began */
	unsigned long pgoff;		/* the page's index in the file */
	struct page *page;		/* the page the fault found */
};

struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
void switch_mm(struct mm_struct *next);
int mm_copy_to(struct mm_struct *mm, unsigned long addr, const void *src,
	       size_t len);
void print_vma_addr(char *buf, size_t size, struct mm_struct *mm,
		    unsigned long ip);

void mmap_init(void);
unsigned long vm_area_active(void);
void setup_zero_page(void);
void arch_pick_mmap_layout(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm,
				     unsigned long addr,
				     struct vm_area_struct **pprev);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end);
struct vm_area_struct *vma_merge(struct mm_struct *mm,
				 struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct file *file,
				 unsigned long pgoff);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);
unsigned long vm_start_gap(const struct vm_area_struct *vma);
unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long addr,
				unsigned long len, unsigned long flags);
pgprot_t vm_get_page_prot(unsigned long vm_flags);
unsigned long do_mmap(struct mm_struct *mm, struct file *file,
		      unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flags,
		      unsigned long pgoff);
void mm_populate(struct mm_struct *mm, unsigned long start,
		 unsigned long len);
int do_munmap(struct mm_struct *mm, unsigned long start, size_t len);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
void exit_mmap(struct mm_struct *mm);

vm_fault_t handle_mm_fault(struct vm_area_struct *vma,
			   unsigned long address, unsigned int flags);
bool do_user_addr_fault(struct pt_regs *regs, unsigned long error_code,
			unsigned long address);
void unmap_page_range(struct mm_struct *mm, unsigned long addr,
		      unsigned long end);
void free_pgtables(struct mm_struct *mm, unsigned long addr,
		   unsigned long end);
void vm_stat_account(struct mm_struct *mm, unsigned long flags,
		     long npages);
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long size);
void flush_tlb_one_user(unsigned long addr);
pte_t *lookup_pte(struct mm_struct *mm, unsigned long addr);
pte_t *get_locked_pte(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *vma_merge_neighbours(struct mm_struct *mm,
					    struct vm_area_struct *vma);
struct vm_area_struct *copy_vma(struct vm_area_struct *vma,
				unsigned long addr, unsigned long len,
				unsigned long pgoff);
int do_madvise(struct mm_struct *mm, unsigned long start, size_t len_in,
	       int behavior);

/* The area that holds addr, or NULL. */
static inline struct vm_area_struct *vma_lookup(struct mm_struct *mm,
						unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	return vma && vma->vm_start <= addr ? vma : NULL;
}

struct anon_vma;
struct task_struct;
extern struct kmem_cache *mm_cachep;
extern unsigned long cow_copies;

void mm_release(struct task_struct *tsk, struct mm_struct *mm);

struct mm_struct *dup_mm(struct mm_struct *oldmm);
struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig);
int copy_page_range(struct vm_area_struct *dst_vma,
		    struct vm_area_struct *src_vma);
void mm_cache_init(void);
void mm_caches_report(const char *name);
struct anon_vma *anon_vma_alloc(void);
void anon_vma_link(struct vm_area_struct *vma, struct anon_vma *anon_vma);
void unlink_anon_vmas(struct vm_area_struct *vma);
int mm_copy_from(struct mm_struct *mm, void *dst, unsigned long addr,
		 size_t len);

#define FOLL_WRITE	0x01	/* the page will be written */

int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
#endif
