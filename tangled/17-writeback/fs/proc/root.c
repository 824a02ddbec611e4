/*
 * fs/proc/root.c: /proc's root directory, its super block and its type,
 * and the reports of earlier chapters entered in its tree. (Linux has
 * each subsystem enter its own files; here one function does.)
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mount.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sprintf.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include "internal.h"

#define PROC_SUPER_MAGIC	0x9fa0

static struct super_block proc_sb = {
	.s_magic = PROC_SUPER_MAGIC,
	.s_type = "proc",
	.s_time_gran = 1,
};

static struct dentry *proc_root_lookup(struct inode *dir,
				       struct dentry *dentry)
{
	struct dentry *res = proc_pid_lookup(dentry);

	if (IS_ERR(res) || dentry->d_inode)
		return res;
	return proc_lookup_de(dir, dentry, &proc_root);
}

/* The entries, then one directory per process from position 256 on. */
static int proc_root_readdir(struct file *file, struct dir_context *ctx)
{
	if (ctx->pos < FIRST_PROCESS_ENTRY) {
		if (!proc_readdir_de(file, ctx, &proc_root))
			return 0;
		ctx->pos = FIRST_PROCESS_ENTRY;
	}
	return proc_pid_readdir(file, ctx);
}

static const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_root_lookup,
};

static const struct file_operations proc_root_operations = {
	.llseek = generic_file_llseek,
	.iterate_shared = proc_root_readdir,
};

struct proc_dir_entry proc_root = {
	.low_ino = PROC_ROOT_INO,
	.mode = S_IFDIR | 0555,
	.nlink = 2,
	.proc_iops = &proc_root_inode_operations,
	.proc_fops = &proc_root_operations,
	.parent = &proc_root,
	.subdir = LIST_HEAD_INIT(proc_root.subdir),
	.namelen = 5,
	.name = "/proc",
};

/* Every mount of "proc" shows the one tree (Linux: one per pid space). */
static struct dentry *proc_mount(struct file_system_type *type, int flags,
				 const char *dev_name, void *data)
{
	return dget(proc_sb.s_root);
}

static struct file_system_type proc_fs_type = {
	.name = "proc",
	.mount = proc_mount,
};

/* /proc/self: a link to the reader's own directory. */
static int proc_self_get_link(struct dentry *dentry, char *buf, int buflen)
{
	return scnprintf(buf, buflen, "%d", current->tgid);
}

static const struct inode_operations proc_self_inode_operations = {
	.get_link = proc_self_get_link,
};

static int buddyinfo_show(struct seq_file *m, void *v)
{
	frag_show(m);
	return 0;
}

static int pagetypeinfo_show_one(struct seq_file *m, void *v)
{
	pagetypeinfo_show(m);
	return 0;
}

static int zoneinfo_show_one(struct seq_file *m, void *v)
{
	zoneinfo_show(m);
	return 0;
}

static int slabinfo_show_one(struct seq_file *m, void *v)
{
	slabinfo_show(m);
	return 0;
}

static int vmallocinfo_show_one(struct seq_file *m, void *v)
{
	vmallocinfo_show(m);
	return 0;
}

void proc_root_init(void)
{
	struct inode *root;

	INIT_LIST_HEAD(&proc_sb.s_inodes);
	INIT_LIST_HEAD(&proc_root.subdir);	/* a host test boots again */
	if (!proc_sb.s_dev)
		get_anon_bdev(&proc_sb.s_dev);
	proc_root.nlink = 2;
	root = proc_get_inode(&proc_sb, &proc_root);
	if (!root || !(proc_sb.s_root = d_make_root(root)))
		panic("proc_root_init: no memory");
	proc_create_single("buddyinfo", 0444, NULL, buddyinfo_show);
	proc_create_single("pagetypeinfo", 0400, NULL, pagetypeinfo_show_one);
	proc_create_single("zoneinfo", 0444, NULL, zoneinfo_show_one);
	proc_create_single("slabinfo", 0400, NULL, slabinfo_show_one);
	proc_create_single("vmallocinfo", 0400, NULL, vmallocinfo_show_one);
	proc_create_single("meminfo", 0444, NULL, meminfo_proc_show);
	proc_create_single("vmstat", 0444, NULL, vmstat_show);
	proc_create_single("mounts", 0444, NULL, mounts_show);
	proc_create_single("filesystems", 0444, NULL, filesystems_proc_show);
	proc_create_link("self", NULL, &proc_self_inode_operations);
	proc_sys_init();
	register_filesystem(&proc_fs_type);
}
