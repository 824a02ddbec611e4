/*
 * fs/proc/generic.c: the tree of /proc's entries, the inodes made from
 * them, and a report's text kept for its reader (Linux's single_open
 * and seq_read_iter of fs/seq_file.c).
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include "internal.h"

#define SEQ_BUF_MAX	(4UL << 20)	/* a report longer is ENOMEM */

static unsigned int proc_next_ino = 0xf0000000;	/* PROC_DYNAMIC_FIRST */

struct seq_single {
	struct seq_file m;
	bool vmalloced;			/* buf from vmalloc, not kmalloc */
	int (*show)(struct seq_file *m, void *v);
	void *v;
};

int single_open(struct file *file, int (*show)(struct seq_file *, void *),
		void *data)
{
	struct seq_single *s = kzalloc(sizeof(*s), GFP_KERNEL);

	if (!s)
		return -ENOMEM;
	s->show = show;
	s->v = data;
	file->private_data = s;
	return 0;
}

static void seq_buf_free(struct seq_single *s)
{
	if (s->vmalloced)
		vfree(s->m.buf);
	else
		kfree(s->m.buf);
	s->m.buf = NULL;
}

/* Print the whole report, in a buffer doubled until it fits. */
static int seq_fill(struct seq_single *s)
{
	struct seq_file *m = &s->m;
	int err;

	while (!m->buf) {
		m->size = m->size ? m->size * 2 : PAGE_SIZE;
		if (m->size > SEQ_BUF_MAX)
			return -ENOMEM;
		m->buf = kmalloc(m->size, GFP_KERNEL);	/* Linux: kvmalloc */
		s->vmalloced = !m->buf;
		if (!m->buf && !(m->buf = vmalloc(m->size)))
			return -ENOMEM;
		m->count = 0;
		m->buf[0] = '\0';
		err = s->show(m, s->v);
		if (err || seq_has_overflowed(m))
			seq_buf_free(s);
		if (err) {
			m->size = 0;
			return err;
		}
	}
	return 0;
}

/* The first read prints the report; every read copies from that text. */
ssize_t seq_read_iter(struct file *file, struct iov_iter *to, loff_t *pos)
{
	struct seq_single *s = file->private_data;
	size_t n;
	int err = seq_fill(s);

	if (err)
		return err;
	if (*pos < 0 || (size_t)*pos >= s->m.count)
		return 0;
	n = copy_to_iter(s->m.buf + *pos, s->m.count - *pos, to);
	if (!n)
		return -EFAULT;
	*pos += n;
	return n;
}

int single_release(struct inode *inode, struct file *file)
{
	struct seq_single *s = file->private_data;

	(void)inode;
	seq_buf_free(s);
	kfree(s);
	return 0;
}

static int proc_single_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	return single_open(file, de->single_show, de->data);
}

const struct inode_operations proc_file_inode_operations = { };

const struct file_operations proc_single_file_operations = {
	.llseek = generic_file_llseek,
	.read_iter = seq_read_iter,
	.open = proc_single_open,
	.release = single_release,
};

static struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry)
{
	return proc_lookup_de(dir, dentry, PDE(dir));
}

static int proc_readdir(struct file *file, struct dir_context *ctx)
{
	proc_readdir_de(file, ctx, PDE(file->f_inode));
	return 0;
}

static const struct inode_operations proc_dir_inode_operations = {
	.lookup = proc_lookup,
};

static const struct file_operations proc_dir_operations = {
	.llseek = generic_file_llseek,
	.iterate_shared = proc_readdir,
};

struct inode *proc_get_inode(struct super_block *sb,
			     struct proc_dir_entry *de)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_ino = de->low_ino;
	inode->i_mode = de->mode;
	inode->i_nlink = de->nlink;
	inode->i_op = de->proc_iops;
	inode->i_fop = de->proc_fops;
	inode->i_private = de;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_time(inode);
	return inode;
}

/* A child of de by the dentry's name: the dentry gets its inode. */
struct dentry *proc_lookup_de(struct inode *dir, struct dentry *dentry,
			      struct proc_dir_entry *de)
{
	struct proc_dir_entry *child;
	struct inode *inode;

	list_for_each_entry(child, &de->subdir, subdir_node) {
		if (child->namelen != dentry->d_len ||
		    memcmp(child->name, dentry->d_iname, dentry->d_len))
			continue;
		inode = proc_get_inode(dir->i_sb, child);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		d_instantiate(dentry, inode);
		return NULL;
	}
	return NULL;		/* left negative: no such entry */
}

unsigned int proc_dt_type(umode_t mode)
{
	return S_ISDIR(mode) ? DT_DIR : S_ISLNK(mode) ? DT_LNK : DT_REG;
}

/* "." and "..", at positions 0 and 1 (Linux's dir_emit_dots). */
bool dir_emit_dots(struct file *file, struct dir_context *ctx)
{
	struct dentry *d = file->f_dentry;

	if (ctx->pos == 0) {
		if (!ctx->actor(ctx, ".", 1, 0, d->d_inode->i_ino, DT_DIR))
			return false;
		ctx->pos = 1;
	}
	if (ctx->pos == 1) {
		if (!ctx->actor(ctx, "..", 2, 1,
				d->d_parent->d_inode->i_ino, DT_DIR))
			return false;
		ctx->pos = 2;
	}
	return true;
}

/* The dots, then de's children from position 2 on; 1 once all went. */
int proc_readdir_de(struct file *file, struct dir_context *ctx,
		    struct proc_dir_entry *de)
{
	struct proc_dir_entry *child;
	loff_t i = 2;

	if (!dir_emit_dots(file, ctx))
		return 0;
	list_for_each_entry(child, &de->subdir, subdir_node) {
		if (i++ < ctx->pos)
			continue;
		if (!ctx->actor(ctx, child->name, child->namelen, ctx->pos,
				child->low_ino, proc_dt_type(child->mode)))
			return 0;
		ctx->pos++;
	}
	return 1;
}

static struct proc_dir_entry *proc_create_entry(const char *name,
						umode_t mode,
						struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de;
	size_t len = strlen(name);

	if (len >= sizeof(de->name) || !(de = kzalloc(sizeof(*de),
						       GFP_KERNEL)))
		return NULL;
	if (!parent)
		parent = &proc_root;
	de->low_ino = proc_next_ino++;
	de->mode = mode;
	de->nlink = S_ISDIR(mode) ? 2 : 1;
	de->proc_iops = &proc_file_inode_operations;
	de->parent = parent;
	INIT_LIST_HEAD(&de->subdir);
	de->namelen = len;
	memcpy(de->name, name, len + 1);
	list_add_tail(&de->subdir_node, &parent->subdir);
	if (S_ISDIR(mode))
		parent->nlink++;
	return de;
}

struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de = proc_create_entry(name,
						      S_IFDIR | 0555, parent);

	if (de) {
		de->proc_iops = &proc_dir_inode_operations;
		de->proc_fops = &proc_dir_operations;
	}
	return de;
}

struct proc_dir_entry *proc_create_single_data(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data)
{
	struct proc_dir_entry *de = proc_create_entry(name, S_IFREG |
						      (mode ? mode : 0444),
						      parent);

	if (de) {
		de->proc_fops = &proc_single_file_operations;
		de->single_show = show;
		de->data = data;
	}
	return de;
}

/* A link whose text its inode operations make (Linux: proc_symlink). */
struct proc_dir_entry *proc_create_link(const char *name,
		struct proc_dir_entry *parent,
		const struct inode_operations *iops)
{
	struct proc_dir_entry *de = proc_create_entry(name, S_IFLNK | 0777,
						      parent);

	if (de)
		de->proc_iops = iops;
	return de;
}
