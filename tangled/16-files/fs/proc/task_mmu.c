/* fs/proc/task_mmu.c: /proc/PID/maps and the memory of /proc/PID/status. */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/seq_file.h>
#include <linux/sprintf.h>

static bool vma_is_heap(struct vm_area_struct *vma)
{
	struct mm_struct *mm = vma->vm_mm;

	return vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk;
}

static bool vma_is_stack(struct vm_area_struct *vma)
{
	unsigned long sp = vma->vm_mm->start_stack;

	return vma->vm_start <= sp && vma->vm_end >= sp;
}

void show_map_vma(struct seq_file *m, struct vm_area_struct *vma)
{
	unsigned long pgoff = vma->vm_file ? vma->vm_pgoff << PAGE_SHIFT : 0;
	unsigned long flags = vma->vm_flags, ino = 0;
	struct file *file = vma->vm_file;
	const char *name = NULL;
	char line[80], path[128];
	int n;

	if (file && file->f_op) {	/* a file of the VFS */
		ino = file->f_inode->i_ino;
		name = file_path(file, path, sizeof(path));
		if (IS_ERR(name))
			name = NULL;
	} else if (file) {
		name = file->f_path;
	}
	n = scnprintf(line, sizeof(line),
		      "%08lx-%08lx %c%c%c%c %08lx %02x:%02x %lu ",
		      vma->vm_start, vma->vm_end,
		      flags & VM_READ ? 'r' : '-',
		      flags & VM_WRITE ? 'w' : '-',
		      flags & VM_EXEC ? 'x' : '-',
		      flags & VM_MAYSHARE ? 's' : 'p',
		      pgoff, 0, 0, ino);
	seq_puts(m, line);
	if (!name && vma_is_heap(vma))
		name = "[heap]";
	else if (!name && vma_is_stack(vma))
		name = "[stack]";
	if (name)
		seq_printf(m, "%*s %s", n < 72 ? 72 - n : 0, "", name);
	seq_putc(m, '\n');
}

void proc_pid_maps(struct seq_file *m, struct task_struct *task)
{
	struct vm_area_struct *vma;

	if (task->mm)
		for (vma = task->mm->mmap; vma; vma = vma->vm_next)
			show_map_vma(m, vma);
}

static void put_kb(struct seq_file *m, const char *name,
		   unsigned long pages)
{
	seq_printf(m, "%s:\t%8lu kB\n", name, pages << (PAGE_SHIFT - 10));
}

void task_mem(struct seq_file *m, struct mm_struct *mm)
{
	unsigned long anon = get_mm_counter(mm, MM_ANONPAGES);
	unsigned long file = get_mm_counter(mm, MM_FILEPAGES);
	unsigned long shmem = get_mm_counter(mm, MM_SHMEMPAGES);
	unsigned long total_rss = anon + file + shmem;
	unsigned long text, lib;

	text = PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK);
	text = min(text, mm->exec_vm << PAGE_SHIFT);
	lib = (mm->exec_vm << PAGE_SHIFT) - text;
	put_kb(m, "VmPeak", max(mm->hiwater_vm, mm->total_vm));
	put_kb(m, "VmSize", mm->total_vm);
	put_kb(m, "VmLck", 0);
	put_kb(m, "VmPin", 0);
	put_kb(m, "VmHWM", max(mm->hiwater_rss, total_rss));
	put_kb(m, "VmRSS", total_rss);
	put_kb(m, "RssAnon", anon);
	put_kb(m, "RssFile", file);
	put_kb(m, "RssShmem", shmem);
	put_kb(m, "VmData", mm->data_vm);
	put_kb(m, "VmStk", mm->stack_vm);
	put_kb(m, "VmExe", text >> PAGE_SHIFT);
	put_kb(m, "VmLib", lib >> PAGE_SHIFT);
	put_kb(m, "VmPTE", mm->pgtables_bytes >> PAGE_SHIFT);
	put_kb(m, "VmSwap", get_mm_counter(mm, MM_SWAPENTS));
}
