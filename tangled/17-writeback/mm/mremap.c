/* mm/mremap.c: mremap: shrinking, growing and moving a mapping. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

static unsigned long mremap_to(struct mm_struct *mm, unsigned long addr,
			       unsigned long old_len,
			       unsigned long new_addr,
			       unsigned long new_len);
static struct vm_area_struct *vma_to_resize(struct mm_struct *mm,
					    unsigned long addr,
					    unsigned long old_len,
					    unsigned long new_len);
static bool vma_expandable(struct vm_area_struct *vma,
			   unsigned long delta);
static unsigned long move_vma(struct vm_area_struct *vma,
			      unsigned long old_addr,
			      unsigned long old_len,
			      unsigned long new_len,
			      unsigned long new_addr);
static unsigned long move_page_tables(struct mm_struct *mm,
				      unsigned long old_addr,
				      unsigned long new_addr,
				      unsigned long len);

long sys_mremap(unsigned long addr, unsigned long old_len,
		unsigned long new_len, unsigned long flags,
		unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long ret;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (offset_in_page(addr))
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len)
		return -EINVAL;
	if (!vma_lookup(mm, addr))
		return -EFAULT;
	if (flags & MREMAP_FIXED)
		return mremap_to(mm, addr, old_len, new_addr, new_len);
	if (old_len >= new_len) {
		if (old_len != new_len &&
		    (ret = do_munmap(mm, addr + new_len, old_len - new_len)))
			return ret;
		return addr;
	}
	vma = vma_to_resize(mm, addr, old_len, new_len);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	if (old_len == vma->vm_end - addr &&
	    vma_expandable(vma, new_len - old_len)) {
		vm_stat_account(mm, vma->vm_flags,
				(new_len - old_len) >> PAGE_SHIFT);
		vma->vm_end = addr + new_len;
		vma_merge_neighbours(mm, vma);
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	new_addr = get_unmapped_area(mm, 0, new_len, 0);
	if (IS_ERR_VALUE(new_addr))
		return new_addr;
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

static struct vm_area_struct *vma_to_resize(struct mm_struct *mm,
					    unsigned long addr,
					    unsigned long old_len,
					    unsigned long new_len)
{
	struct vm_area_struct *vma = vma_lookup(mm, addr);
	unsigned long pgoff;

	if (!vma)
		return ERR_PTR(-EFAULT);
	if (!old_len && !(vma->vm_flags & (VM_SHARED | VM_MAYSHARE)))
		return ERR_PTR(-EINVAL);
	if (old_len > vma->vm_end - addr)
		return ERR_PTR(-EFAULT);
	if (new_len == old_len)
		return vma;
	pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);
	if (pgoff + (new_len >> PAGE_SHIFT) < pgoff)
		return ERR_PTR(-EINVAL);
	return vma;
}

static bool vma_expandable(struct vm_area_struct *vma, unsigned long delta)
{
	unsigned long end = vma->vm_end + delta;

	if (end < vma->vm_end)
		return false;
	if (find_vma_intersection(vma->vm_mm, vma->vm_end, end))
		return false;
	return !IS_ERR_VALUE(get_unmapped_area(vma->vm_mm, vma->vm_start,
					       end - vma->vm_start,
					       MAP_FIXED));
}

static unsigned long mremap_to(struct mm_struct *mm, unsigned long addr,
			       unsigned long old_len,
			       unsigned long new_addr,
			       unsigned long new_len)
{
	struct vm_area_struct *vma;
	unsigned long ret;

	if (offset_in_page(new_addr))
		return -EINVAL;
	if (new_len > mm->task_size || new_addr > mm->task_size - new_len)
		return -EINVAL;
	if (addr + old_len > new_addr && new_addr + new_len > addr)
		return -EINVAL;
	if (mm->map_count + 2 >= sysctl_max_map_count - 3)
		return -ENOMEM;
	ret = do_munmap(mm, new_addr, new_len);
	if (ret)
		return ret;
	if (old_len > new_len) {
		ret = do_munmap(mm, addr + new_len, old_len - new_len);
		if (ret)
			return ret;
		old_len = new_len;
	}
	vma = vma_to_resize(mm, addr, old_len, new_len);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	ret = get_unmapped_area(mm, new_addr, new_len, MAP_FIXED);
	if (IS_ERR_VALUE(ret))
		return ret;
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

static unsigned long move_vma(struct vm_area_struct *vma,
			      unsigned long old_addr,
			      unsigned long old_len,
			      unsigned long new_len,
			      unsigned long new_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long pgoff = vma->vm_pgoff +
			      ((old_addr - vma->vm_start) >> PAGE_SHIFT);
	unsigned long moved;

	if (mm->map_count >= sysctl_max_map_count - 3)
		return -ENOMEM;
	if (!copy_vma(vma, new_addr, new_len, pgoff))
		return -ENOMEM;
	moved = move_page_tables(mm, old_addr, new_addr, old_len);
	if (moved < old_len) {
		move_page_tables(mm, new_addr, old_addr, moved);
		do_munmap(mm, new_addr, new_len);
		return -ENOMEM;
	}
	do_munmap(mm, old_addr, old_len);
	return new_addr;
}

static unsigned long move_page_tables(struct mm_struct *mm,
				      unsigned long old_addr,
				      unsigned long new_addr,
				      unsigned long len)
{
	unsigned long done;

	for (done = 0; done < len; done += PAGE_SIZE) {
		pte_t *old = lookup_pte(mm, old_addr + done), *new;
		pte_t pte;

		if (!old || pte_none(*old))
			continue;
		new = get_locked_pte(mm, new_addr + done);
		if (!new)
			break;
		pte = *old;
		pte_clear(old);
		flush_tlb_one_user(old_addr + done);
		set_pte(new, pte);
	}
	return done;
}
