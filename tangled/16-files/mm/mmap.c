/*
 * mm/mmap.c: a program's areas (finding, linking, merging, splitting),
 * where a new one goes, and mmap, munmap, brk and stack growth.
 */
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include "slab.h"
#include <linux/fdtable.h>
#include <linux/fs.h>

int sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
unsigned long mmap_min_addr = 65536;
unsigned long stack_guard_gap = 256UL << PAGE_SHIFT;

static unsigned long unmapped_area_topdown(struct mm_struct *mm,
					   unsigned long len,
					   unsigned long low,
					   unsigned long high);
static unsigned long mmap_region(struct mm_struct *mm, struct file *file,
				 unsigned long addr, unsigned long len,
				 unsigned long vm_flags, unsigned long pgoff);
static void remove_vma(struct mm_struct *mm, struct vm_area_struct *vma);
static int do_brk_flags(struct mm_struct *mm, unsigned long addr,
			unsigned long len);

static struct kmem_cache *vm_area_cachep;

void mmap_init(void)
{
	vm_area_cachep = kmem_cache_create("vm_area_struct",
					   sizeof(struct vm_area_struct), 0,
					   SLAB_PANIC, NULL);
}

static struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kmem_cache_alloc(vm_area_cachep,
						      GFP_KERNEL);

	if (!vma)
		return NULL;
	if (!mm->anon_vma && !(mm->anon_vma = anon_vma_alloc())) {
		kmem_cache_free(vm_area_cachep, vma);
		return NULL;
	}
	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = mm;
	anon_vma_link(vma, mm->anon_vma);
	return vma;
}

struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig)
{
	struct vm_area_struct *new = kmem_cache_alloc(vm_area_cachep,
						      GFP_KERNEL);

	if (new) {
		*new = *orig;
		new->vm_next = new->vm_prev = NULL;
		new->anon_vma = NULL;
		if (orig->anon_vma)
			anon_vma_link(new, orig->anon_vma);
		if (new->vm_file && new->vm_file->f_op) {
			get_file(new->vm_file);
			list_add_tail(&new->shared,
				      &new->vm_file->f_mapping->i_mmap);
		}
	}
	return new;
}

static void vm_area_free(struct vm_area_struct *vma)
{
	if (vma->vm_file && vma->vm_file->f_op) {
		list_del(&vma->shared);
		fput(vma->vm_file);
	}
	unlink_anon_vmas(vma);
	kmem_cache_free(vm_area_cachep, vma);
}

unsigned long vm_area_active(void)
{
	unsigned long active, total, slabs;

	kmem_cache_shrink(vm_area_cachep);	/* the cpu slab's too */
	get_slabinfo(vm_area_cachep, &active, &total, &slabs);
	return active;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr)
			return vma;
	return NULL;
}

struct vm_area_struct *find_vma_prev(struct mm_struct *mm,
				     unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma, *prev = NULL;

	for (vma = mm->mmap; vma && vma->vm_end <= addr; vma = vma->vm_next)
		prev = vma;
	*pprev = prev;
	return vma;
}

struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	return vma && vma->vm_start < end ? vma : NULL;
}

static void vma_link(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = NULL, *next = mm->mmap;

	while (next && next->vm_start < vma->vm_start) {
		prev = next;
		next = next->vm_next;
	}
	vma->vm_prev = prev;
	vma->vm_next = next;
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	if (next)
		next->vm_prev = vma;
	mm->map_count++;
}

static void vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_prev)
		vma->vm_prev->vm_next = vma->vm_next;
	else
		mm->mmap = vma->vm_next;
	if (vma->vm_next)
		vma->vm_next->vm_prev = vma->vm_prev;
	mm->map_count--;
}

static bool can_merge(const struct vm_area_struct *vma,
		      unsigned long vm_flags, struct file *file)
{
	return !vma->vm_file && !file && vma->vm_flags == vm_flags;
}

struct vm_area_struct *vma_merge(struct mm_struct *mm,
				 struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct file *file,
				 unsigned long pgoff)
{
	struct vm_area_struct *next = prev ? prev->vm_next : mm->mmap;
	bool below = prev && prev->vm_end == addr &&
		     can_merge(prev, vm_flags, file) &&
		     prev->vm_pgoff + vma_pages(prev) == pgoff;
	bool above = next && next->vm_start == end &&
		     can_merge(next, vm_flags, file) &&
		     pgoff + ((end - addr) >> PAGE_SHIFT) == next->vm_pgoff;

	if (below && above) {
		prev->vm_end = next->vm_end;
		vma_unlink(mm, next);
		vm_area_free(next);
		return prev;
	}
	if (below) {
		prev->vm_end = end;
		return prev;
	}
	if (above) {
		next->vm_start = addr;
		next->vm_pgoff = pgoff;
		return next;
	}
	return NULL;
}

int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below)
{
	struct vm_area_struct *new;

	if (mm->map_count >= sysctl_max_map_count)
		return -ENOMEM;
	new = vm_area_dup(vma);
	if (!new)
		return -ENOMEM;
	if (new_below) {
		new->vm_end = addr;
		vma->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_start = addr;
	} else {
		new->vm_start = addr;
		new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_end = addr;
	}
	vma_link(mm, new);
	return 0;
}

struct vm_area_struct *vma_merge_neighbours(struct mm_struct *mm,
					    struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = vma->vm_prev, *next = vma->vm_next;

	if (next && next->vm_start == vma->vm_end &&
	    can_merge(next, vma->vm_flags, vma->vm_file) &&
	    vma->vm_pgoff + vma_pages(vma) == next->vm_pgoff) {
		vma->vm_end = next->vm_end;
		vma_unlink(mm, next);
		vm_area_free(next);
	}
	if (prev && prev->vm_end == vma->vm_start &&
	    can_merge(prev, vma->vm_flags, vma->vm_file) &&
	    prev->vm_pgoff + vma_pages(prev) == vma->vm_pgoff) {
		prev->vm_end = vma->vm_end;
		vma_unlink(mm, vma);
		vm_area_free(vma);
		vma = prev;
	}
	return vma;
}

struct vm_area_struct *copy_vma(struct vm_area_struct *vma,
				unsigned long addr, unsigned long len,
				unsigned long pgoff)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *new, *prev;

	find_vma_prev(mm, addr, &prev);
	new = vma_merge(mm, prev, addr, addr + len, vma->vm_flags,
			vma->vm_file, pgoff);
	if (!new) {
		new = vm_area_dup(vma);
		if (!new)
			return NULL;
		new->vm_start = addr;
		new->vm_end = addr + len;
		new->vm_pgoff = pgoff;
		vma_link(mm, new);
	}
	vm_stat_account(mm, vma->vm_flags, len >> PAGE_SHIFT);
	return new;
}

void vm_stat_account(struct mm_struct *mm, unsigned long flags,
		     long npages)
{
	mm->total_vm += npages;
	if ((flags & (VM_EXEC | VM_WRITE | VM_GROWSDOWN)) == VM_EXEC)
		mm->exec_vm += npages;
	else if (flags & VM_GROWSDOWN)
		mm->stack_vm += npages;
	else if ((flags & (VM_WRITE | VM_SHARED | VM_GROWSDOWN)) == VM_WRITE)
		mm->data_vm += npages;
}

#define SIZE_128M	(128UL << 20)

static unsigned long mmap_base(unsigned long task_size)
{
	unsigned long gap = _STK_LIM + stack_guard_gap;
	unsigned long gap_min = SIZE_128M, gap_max = task_size / 6 * 5;

	if (gap < gap_min)
		gap = gap_min;
	else if (gap > gap_max)
		gap = gap_max;
	return PAGE_ALIGN(task_size - gap);
}

void arch_pick_mmap_layout(struct mm_struct *mm)
{
	mm->mmap_base = mmap_base(mm->task_size);
}

unsigned long vm_start_gap(const struct vm_area_struct *vma)
{
	unsigned long start = vma->vm_start;

	if (vma->vm_flags & VM_GROWSDOWN) {
		start -= stack_guard_gap;
		if (start > vma->vm_start)	/* wrapped around 0 */
			start = 0;
	}
	return start;
}

static unsigned long unmapped_area_topdown(struct mm_struct *mm,
					   unsigned long len,
					   unsigned long low,
					   unsigned long high)
{
	struct vm_area_struct *vma = mm->mmap;
	unsigned long gap_start = 0, best = -ENOMEM;

	for (;;) {
		unsigned long end = vma ? vm_start_gap(vma) : mm->task_size;
		unsigned long lo = max(gap_start, low), hi = min(end, high);

		if (hi > lo && hi - lo >= len)
			best = hi - len;
		if (!vma || vma->vm_end >= high)
			return best;
		gap_start = vma->vm_end;
		vma = vma->vm_next;
	}
}

unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long addr,
				unsigned long len, unsigned long flags)
{
	struct vm_area_struct *vma;

	if (len > mm->task_size)
		return -ENOMEM;
	if (flags & MAP_FIXED)
		goto check;
	if (addr) {
		addr &= PAGE_MASK;
		vma = find_vma(mm, addr);
		if (addr <= mm->task_size - len &&
		    (!vma || addr + len <= vm_start_gap(vma)))
			goto check;
	}
	addr = unmapped_area_topdown(mm, len, PAGE_SIZE, mm->mmap_base);
	if (IS_ERR_VALUE(addr))
		return addr;
check:
	if (addr > mm->task_size - len)
		return -ENOMEM;
	if (offset_in_page(addr))
		return -EINVAL;
	if (addr < mmap_min_addr)
		return -EPERM;
	return addr;
}

pgprot_t vm_get_page_prot(unsigned long vm_flags)
{
	pteval_t v = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;

	if (!(vm_flags & VM_ACCESS_FLAGS))
		return __pgprot(0);			/* PAGE_NONE */
	if ((vm_flags & (VM_WRITE | VM_SHARED)) == (VM_WRITE | VM_SHARED))
		v |= _PAGE_RW;				/* PAGE_SHARED */
	if (!(vm_flags & VM_EXEC))
		v |= _PAGE_NX;
	return __pgprot(v);
}

unsigned long do_mmap(struct mm_struct *mm, struct file *file,
		      unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flags,
		      unsigned long pgoff)
{
	unsigned long vm_flags;

	if (!len)
		return -EINVAL;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	if (!(flags & MAP_FIXED))
		addr = round_hint_to_min(addr);
	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (mm->map_count > sysctl_max_map_count)
		return -ENOMEM;
	addr = get_unmapped_area(mm, addr, len, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if ((flags & MAP_FIXED_NOREPLACE) &&
	    find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;
	vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) |
		   VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (file && file->f_op) {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			if ((prot & PROT_WRITE) && !(file->f_mode & FMODE_WRITE))
				return -EACCES;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			if (!(file->f_mode & FMODE_WRITE))
				vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
			/* fall through */
		case MAP_PRIVATE:
			if (!(file->f_mode & FMODE_READ))
				return -EACCES;
			if (!file->f_op->mmap)
				return -ENODEV;
			if (vm_flags & VM_GROWSDOWN)
				return -EINVAL;
			break;
		default:
			return -EINVAL;
		}
	} else {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			if (file || (vm_flags & VM_GROWSDOWN))
				return -EINVAL;
			pgoff = 0;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			break;
		case MAP_PRIVATE:
			if (!file)
				pgoff = addr >> PAGE_SHIFT;
			break;
		default:
			return -EINVAL;
		}
	}
	addr = mmap_region(mm, file, addr, len, vm_flags, pgoff);
	if (!IS_ERR_VALUE(addr) &&
	    (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE)
		mm_populate(mm, addr, len);
	return addr;
}

static unsigned long mmap_region(struct mm_struct *mm, struct file *file,
				 unsigned long addr, unsigned long len,
				 unsigned long vm_flags, unsigned long pgoff)
{
	struct vm_area_struct *vma, *prev;

	if (do_munmap(mm, addr, len))
		return -ENOMEM;
	find_vma_prev(mm, addr, &prev);
	vma = vma_merge(mm, prev, addr, addr + len, vm_flags, file, pgoff);
	if (!vma) {
		vma = vm_area_alloc(mm);
		if (!vma)
			return -ENOMEM;
		vma->vm_start = addr;
		vma->vm_end = addr + len;
		vma->vm_flags = vm_flags;
		vma->vm_page_prot = vm_get_page_prot(vm_flags);
		vma->vm_pgoff = pgoff;
		if (file && file->f_op) {	/* a file of the VFS */
			int err = file->f_op->mmap(file, vma);

			if (err) {
				vm_area_free(vma);
				return err;
			}
			get_file(file);
			list_add_tail(&vma->shared, &file->f_mapping->i_mmap);
		}
		vma->vm_file = file;
		vma_link(mm, vma);
	}
	vm_stat_account(mm, vm_flags, len >> PAGE_SHIFT);
	return addr;
}

void mm_populate(struct mm_struct *mm, unsigned long start,
		 unsigned long len)
{
	unsigned long addr;

	for (addr = start; addr < start + len; addr += PAGE_SIZE) {
		struct vm_area_struct *vma = find_vma(mm, addr);

		if (!vma || vma->vm_start > addr)
			break;
		if (!(vma->vm_flags & VM_ACCESS_FLAGS))
			continue;
		if (handle_mm_fault(vma, addr, vma->vm_flags & VM_WRITE ?
				    FAULT_FLAG_WRITE : 0) & VM_FAULT_ERROR)
			break;
	}
}

int do_munmap(struct mm_struct *mm, unsigned long start, size_t len)
{
	struct vm_area_struct *vma, *last, *next;
	unsigned long end;

	if (offset_in_page(start) || start > mm->task_size ||
	    len > mm->task_size - start)
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end == start)
		return -EINVAL;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		return 0;
	update_hiwater_vm(mm);
	if (start > vma->vm_start && split_vma(mm, vma, start, 0))
		return -ENOMEM;
	last = find_vma(mm, end);
	if (last && end > last->vm_start && split_vma(mm, last, end, 1))
		return -ENOMEM;
	vma = find_vma(mm, start);
	unmap_page_range(mm, start, end);
	while (vma && vma->vm_start < end) {
		next = vma->vm_next;
		remove_vma(mm, vma);
		vma = next;
	}
	free_pgtables(mm, start, end);
	return 0;
}

static void remove_vma(struct mm_struct *mm, struct vm_area_struct *vma)
{
	vm_stat_account(mm, vma->vm_flags, -(long)vma_pages(vma));
	vma_unlink(mm, vma);
	vm_area_free(vma);
}

static int do_brk_flags(struct mm_struct *mm, unsigned long addr,
			unsigned long len)
{
	unsigned long flags = MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS;

	if (len > mm->task_size || addr > mm->task_size - len)
		return -ENOMEM;
	return IS_ERR_VALUE(do_mmap(mm, NULL, addr, len,
				    PROT_READ | PROT_WRITE, flags, 0)) ?
		-ENOMEM : 0;
}

long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk, oldbrk = PAGE_ALIGN(mm->brk);
	struct vm_area_struct *next;

	if (brk < mm->start_brk)
		return mm->brk;
	newbrk = PAGE_ALIGN(brk);
	if (newbrk < brk)			/* wrapped around */
		return mm->brk;
	if (oldbrk == newbrk)
		goto success;
	if (brk <= mm->brk) {
		if (do_munmap(mm, newbrk, oldbrk - newbrk))
			return mm->brk;
		goto success;
	}
	next = find_vma(mm, oldbrk);
	if (next && newbrk + PAGE_SIZE > vm_start_gap(next))
		return mm->brk;
	if (do_brk_flags(mm, oldbrk, newbrk - oldbrk))
		return mm->brk;
success:
	mm->brk = brk;
	return brk;
}

int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev = vma->vm_prev;
	unsigned long grow;

	address &= PAGE_MASK;
	if (address < mmap_min_addr)
		return -EPERM;
	if (prev && !(prev->vm_flags & VM_GROWSDOWN) &&
	    (prev->vm_flags & VM_ACCESS_FLAGS) &&
	    address - prev->vm_end < stack_guard_gap)
		return -ENOMEM;
	if (address >= vma->vm_start)
		return 0;
	if (vma->vm_end - address > _STK_LIM)	/* acct_stack_growth */
		return -ENOMEM;
	grow = (vma->vm_start - address) >> PAGE_SHIFT;
	vma->vm_start = address;
	vma->vm_pgoff -= grow;
	vm_stat_account(vma->vm_mm, vma->vm_flags, grow);
	return 0;
}

void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap, *next;

	update_hiwater_vm(mm);
	for (; vma; vma = next) {
		next = vma->vm_next;
		unmap_page_range(mm, vma->vm_start, vma->vm_end);
		remove_vma(mm, vma);
	}
	free_pgtables(mm, 0, mm->task_size);
}

long sys_mmap(unsigned long addr, unsigned long len, unsigned long prot,
	      unsigned long flags, unsigned long fd, unsigned long off)
{
	if (offset_in_page(off))
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS)) {
		struct file *file = fget(fd);

		if (!file)
			return -EBADF;
		return do_mmap(current->mm, file, addr, len, prot, flags,
			       off >> PAGE_SHIFT);
	}
	return do_mmap(current->mm, NULL, addr, len, prot, flags,
		       off >> PAGE_SHIFT);
}

long sys_munmap(unsigned long addr, size_t len)
{
	return do_munmap(current->mm, addr, len);
}
