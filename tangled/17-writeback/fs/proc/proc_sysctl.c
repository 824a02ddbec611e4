/*
 * fs/proc/proc_sysctl.c: /proc/sys/vm, a file for each tunable that
 * chapter 8's tables hold, read and written through its handler.
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/sprintf.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include "internal.h"

#define PROC_SYS_INO	0xe0000000UL	/* + the entry's index */

static int proc_sys_show(struct seq_file *m, void *v)
{
	struct ctl_table *table = v;
	char text[128];
	size_t len = sizeof(text);
	int err = table->proc_handler(table, 0, text, &len);

	if (!err)
		seq_printf(m, "%.*s", (int)len, text);
	return err;
}

static int proc_sys_open(struct inode *inode, struct file *file)
{
	return single_open(file, proc_sys_show, inode->i_private);
}

/* The whole value in one write, "N\n" as Linux takes it; junk is EINVAL. */
static ssize_t proc_sys_write(struct file *file, struct iov_iter *from,
			      loff_t *pos)
{
	struct ctl_table *table = file->f_inode->i_private;
	size_t count = from->count;
	char key[64], text[128];
	int err;

	if (count >= sizeof(text))
		return -EINVAL;
	if (copy_from_iter(text, count, from) != count)
		return -EFAULT;
	text[count] = '\0';
	scnprintf(key, sizeof(key), "vm.%s", table->procname);
	err = sysctl_vm_write(key, text);
	if (err)
		return err;
	*pos += count;
	return count;
}

static const struct file_operations proc_sys_file_operations = {
	.llseek = generic_file_llseek,
	.read_iter = seq_read_iter,
	.write_iter = proc_sys_write,
	.open = proc_sys_open,
	.release = single_release,
};

static struct dentry *proc_sys_lookup(struct inode *dir,
				      struct dentry *dentry)
{
	struct ctl_table *t;
	struct inode *inode;
	unsigned int i;

	for (i = 0; (t = sysctl_table_entry("vm", i)); i++) {
		if (strlen(t->procname) != dentry->d_len ||
		    memcmp(t->procname, dentry->d_iname, dentry->d_len))
			continue;
		inode = new_inode(dir->i_sb);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		inode->i_ino = PROC_SYS_INO + i;
		inode->i_mode = S_IFREG | t->mode;
		inode->i_op = &proc_file_inode_operations;
		inode->i_fop = &proc_sys_file_operations;
		inode->i_private = t;
		inode->i_mtime = inode->i_atime = inode->i_ctime =
			current_time(inode);
		d_instantiate(dentry, inode);
		return NULL;
	}
	return NULL;
}

static int proc_sys_readdir(struct file *file, struct dir_context *ctx)
{
	struct ctl_table *t;

	if (!dir_emit_dots(file, ctx))
		return 0;
	while ((t = sysctl_table_entry("vm", ctx->pos - 2))) {
		if (!ctx->actor(ctx, t->procname, strlen(t->procname),
				ctx->pos, PROC_SYS_INO + ctx->pos - 2, DT_REG))
			return 0;
		ctx->pos++;
	}
	return 0;
}

static const struct inode_operations proc_sys_dir_inode_operations = {
	.lookup = proc_sys_lookup,
};

static const struct file_operations proc_sys_dir_operations = {
	.llseek = generic_file_llseek,
	.iterate_shared = proc_sys_readdir,
};

void proc_sys_init(void)
{
	struct proc_dir_entry *vm = proc_mkdir("vm", proc_mkdir("sys", NULL));

	if (!vm)
		panic("proc_sys_init: no memory");
	vm->proc_iops = &proc_sys_dir_inode_operations;
	vm->proc_fops = &proc_sys_dir_operations;
}
