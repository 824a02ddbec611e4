/* mm/madvise.c: madvise: advice about a range, and MADV_DONTNEED. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_SEQUENTIAL:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_FREE:
		return true;
	default:
		return false;
	}
}

static int madvise_vma_behavior(struct vm_area_struct *vma,
				unsigned long start, unsigned long end,
				int behavior)
{
	if (behavior == MADV_DONTNEED || behavior == MADV_FREE)
		zap_page_range(vma, start, end - start);
	return 0;
}

int do_madvise(struct mm_struct *mm, unsigned long start, size_t len_in,
	       int behavior)
{
	unsigned long end, tmp;
	struct vm_area_struct *vma;
	int unmapped_error = 0;
	size_t len;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	if (offset_in_page(start))
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	if (len_in && !len)
		return -EINVAL;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	for (vma = find_vma(mm, start);; vma = find_vma(mm, start)) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				break;
		}
		tmp = min(vma->vm_end, end);
		madvise_vma_behavior(vma, start, tmp, behavior);
		start = tmp;
		if (start >= end)
			break;
	}
	return unmapped_error;
}

long sys_madvise(unsigned long start, size_t len, int behavior)
{
	return do_madvise(current->mm, start, len, behavior);
}
