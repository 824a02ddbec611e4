/*
 * fs/proc/base.c: /proc/PID, one directory per process, made when a
 * lookup or a listing asks for it and gone with its last user.
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sprintf.h>
#include <linux/string.h>
#include "internal.h"

struct pid_entry {
	const char *name;
	unsigned int len;
	umode_t mode;
	const struct inode_operations *iop;
	const struct file_operations *fop;
	int (*proc_show)(struct seq_file *m, struct task_struct *task);
};

/* Inode numbers: the pid's directory, then its entries after it. */
#define PROC_PID_INO(pid, i)	(0x10000000UL + ((unsigned long)(pid) << 4) \
				 + (i))

static struct task_struct *proc_task(const struct inode *inode)
{
	struct task_struct *task = find_task_by_vpid(inode->i_pid);

	return task && task->exit_state != EXIT_DEAD ? task : NULL;
}

static int proc_single_show(struct seq_file *m, void *v)
{
	struct inode *inode = v;
	const struct pid_entry *p = inode->i_private;
	struct task_struct *task = proc_task(inode);

	if (!task)
		return -ESRCH;
	return p->proc_show(m, task);
}

static int proc_single_open(struct inode *inode, struct file *file)
{
	return single_open(file, proc_single_show, inode);
}

static const struct file_operations proc_pid_single_operations = {
	.llseek = generic_file_llseek,
	.read_iter = seq_read_iter,
	.open = proc_single_open,
	.release = single_release,
};

static int proc_pid_status_show(struct seq_file *m, struct task_struct *task)
{
	proc_pid_status(m, task);
	return 0;
}

static int proc_pid_cmdline_show(struct seq_file *m,
				 struct task_struct *task)
{
	proc_pid_cmdline(m, task, '\0');
	return 0;
}

static int proc_tgid_stat(struct seq_file *m, struct task_struct *task)
{
	proc_pid_stat(m, task);
	return 0;
}

static int proc_pid_maps_show(struct seq_file *m, struct task_struct *task)
{
	proc_pid_maps(m, task);
	return 0;
}

/* /proc/PID/exe: the path of the program the process runs. */
static int proc_exe_link(struct dentry *dentry, char *buf, int buflen)
{
	struct task_struct *task = proc_task(dentry->d_inode);

	if (!task || !task->mm || !task->mm->exe_file)
		return -ENOENT;
	return strscpy(buf, task->mm->exe_file->f_path, buflen);
}

static const struct inode_operations proc_exe_inode_operations = {
	.get_link = proc_exe_link,
};

#define ONE(NAME, MODE, show) \
	{ NAME, sizeof(NAME) - 1, S_IFREG | (MODE), \
	  &proc_file_inode_operations, &proc_pid_single_operations, show }
#define LNK(NAME, iops) \
	{ NAME, sizeof(NAME) - 1, S_IFLNK | 0777, iops, NULL, NULL }

/* Linux 6.1's tgid_base_stuff has 60 or so; these are in its order. */
static const struct pid_entry tgid_base_stuff[] = {
	ONE("status", 0444, proc_pid_status_show),
	ONE("cmdline", 0444, proc_pid_cmdline_show),
	ONE("stat", 0444, proc_tgid_stat),
	ONE("maps", 0444, proc_pid_maps_show),
	LNK("exe", &proc_exe_inode_operations),
};

static struct dentry *proc_tgid_base_lookup(struct inode *dir,
					    struct dentry *dentry)
{
	const struct pid_entry *p;
	struct inode *inode;
	unsigned int i;

	if (!proc_task(dir))
		return NULL;
	for (i = 0; i < ARRAY_SIZE(tgid_base_stuff); i++) {
		p = &tgid_base_stuff[i];
		if (p->len != dentry->d_len ||
		    memcmp(p->name, dentry->d_iname, p->len))
			continue;
		inode = new_inode(dir->i_sb);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		inode->i_ino = PROC_PID_INO(dir->i_pid, i + 1);
		inode->i_mode = p->mode;
		inode->i_op = p->iop;
		inode->i_fop = p->fop;
		inode->i_private = (void *)p;
		inode->i_pid = dir->i_pid;
		inode->i_mtime = inode->i_atime = inode->i_ctime =
			current_time(inode);
		d_instantiate(dentry, inode);
		return NULL;
	}
	return NULL;
}

static int proc_tgid_base_readdir(struct file *file, struct dir_context *ctx)
{
	const struct pid_entry *p;
	pid_t pid = file->f_inode->i_pid;

	if (!proc_task(file->f_inode))
		return -ENOENT;
	if (!dir_emit_dots(file, ctx))
		return 0;
	for (; ctx->pos - 2 < (loff_t)ARRAY_SIZE(tgid_base_stuff); ctx->pos++) {
		p = &tgid_base_stuff[ctx->pos - 2];
		if (!ctx->actor(ctx, p->name, p->len, ctx->pos,
				PROC_PID_INO(pid, ctx->pos - 1),
				proc_dt_type(p->mode)))
			return 0;
	}
	return 0;
}

static const struct inode_operations proc_tgid_base_inode_operations = {
	.lookup = proc_tgid_base_lookup,
};

static const struct file_operations proc_tgid_base_operations = {
	.llseek = generic_file_llseek,
	.iterate_shared = proc_tgid_base_readdir,
};

/* A decimal name without a leading zero, or ~0U (Linux's name_to_int). */
static unsigned int name_to_int(const char *name, unsigned int len)
{
	unsigned long n = 0;

	if (len == 0 || (len > 1 && name[0] == '0'))
		return ~0U;
	while (len--) {
		if (*name < '0' || *name > '9' || n > (~0U - 9) / 10)
			return ~0U;
		n = n * 10 + (*name++ - '0');
	}
	return n;
}

struct dentry *proc_pid_lookup(struct dentry *dentry)
{
	unsigned int tgid = name_to_int(dentry->d_iname, dentry->d_len);
	struct task_struct *task;
	struct inode *inode;

	if (tgid == ~0U || tgid == 0 || !(task = find_task_by_vpid(tgid)) ||
	    task->exit_state == EXIT_DEAD || task->pid != task->tgid)
		return NULL;
	inode = new_inode(dentry->d_parent->d_inode->i_sb);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_ino = PROC_PID_INO(tgid, 0);
	inode->i_mode = S_IFDIR | 0555;
	inode->i_nlink = 2;
	inode->i_op = &proc_tgid_base_inode_operations;
	inode->i_fop = &proc_tgid_base_operations;
	inode->i_pid = tgid;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_time(inode);
	d_instantiate(dentry, inode);
	return NULL;
}

/* The process with the lowest pid at or above nr (Linux's next_tgid). */
static struct task_struct *next_tgid(loff_t nr)
{
	struct task_struct *p, *best = NULL;

	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid >= nr && p->pid == p->tgid &&
		    p->exit_state != EXIT_DEAD && (!best || p->pid < best->pid))
			best = p;
	return best;
}

int proc_pid_readdir(struct file *file, struct dir_context *ctx)
{
	struct task_struct *task;
	char name[16];
	int len;

	while ((task = next_tgid(ctx->pos - FIRST_PROCESS_ENTRY))) {
		ctx->pos = FIRST_PROCESS_ENTRY + task->pid;
		len = scnprintf(name, sizeof(name), "%d", task->pid);
		if (!ctx->actor(ctx, name, len, ctx->pos,
				PROC_PID_INO(task->pid, 0), DT_DIR))
			return 0;
		ctx->pos++;
	}
	return 0;
}
