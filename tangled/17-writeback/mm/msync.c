/* mm/msync.c: msync(2), writing back the file pages of a range. */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

long sys_msync(unsigned long start, size_t len, int flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int unmapped_error = 0;
	unsigned long end;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if (offset_in_page(start))
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	/* Holes are skipped and reported at the end; MS_ASYNC stops. */
	vma = find_vma(mm, start);
	for (;;) {
		struct file *file;
		loff_t fstart, fend;
		int error;

		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			if (flags == MS_ASYNC)
				return -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				return -ENOMEM;
			unmapped_error = -ENOMEM;
		}
		if ((flags & MS_INVALIDATE) && (vma->vm_flags & VM_LOCKED))
			return -EBUSY;
		file = vma->vm_file;
		fstart = (start - vma->vm_start) +
			 ((loff_t)vma->vm_pgoff << PAGE_SHIFT);
		fend = fstart + (min(end, vma->vm_end) - start) - 1;
		start = vma->vm_end;
		if ((flags & MS_SYNC) && file && (vma->vm_flags & VM_SHARED)) {
			get_file(file);
			error = vfs_fsync_range(file, fstart, fend, 1);
			fput(file);
			if (error)
				return error;
			if (start >= end)
				return unmapped_error;
		} else if (start >= end) {
			return unmapped_error;
		}
		vma = find_vma(mm, start);
	}
}
