#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H
/* The per-process reports of /proc, printed into a seq_file. */
#include <linux/seq_file.h>

struct mm_struct;
struct task_struct;
struct vm_area_struct;

void show_map_vma(struct seq_file *m, struct vm_area_struct *vma);
void proc_pid_maps(struct seq_file *m, struct task_struct *task);
void task_mem(struct seq_file *m, struct mm_struct *mm);
void proc_pid_status(struct seq_file *m, struct task_struct *task);
int proc_pid_show(struct seq_file *m, const char *path);
void proc_pid_stat(struct seq_file *m, struct task_struct *task);
void proc_pid_cmdline(struct seq_file *m, struct task_struct *task,
		      char nul);

/* When set, do_exit calls it before the task's memory goes. */
extern void (*task_exit_report)(struct task_struct *tsk);
#endif
