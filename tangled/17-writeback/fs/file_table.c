/* fs/file_table.c: open files, and their reference counts. */
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>



struct kmem_cache *filp_cachep;

struct file *alloc_file(struct dentry *dentry, unsigned int flags)
{
	struct file *f = kmem_cache_alloc(filp_cachep, GFP_KERNEL);

	if (!f)
		return NULL;
	memset(f, 0, sizeof(*f));
	f->f_count = 1;
	f->f_flags = flags;
	f->f_mode = (flags & O_ACCMODE) == 0 ? FMODE_READ :
		    (flags & O_ACCMODE) == 1 ? FMODE_WRITE :
		    (flags & O_ACCMODE) == 2 ? FMODE_READ | FMODE_WRITE : 0;
	f->f_dentry = dget(dentry);
	f->f_inode = dentry->d_inode;
	f->f_op = f->f_inode->i_fop;
	f->f_mapping = f->f_inode->i_mapping;
	file_ra_state_init(&f->f_ra, f->f_mapping);
	f->f_wb_err = errseq_sample(&f->f_mapping->wb_err);
	if (f->f_mapping->a_ops && f->f_mapping->a_ops->direct_IO)
		f->f_mode |= FMODE_CAN_ODIRECT;
	return f;
}

void get_file(struct file *file)
{
	file->f_count++;
}

void fput(struct file *file)
{
	if (--file->f_count)
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_inode, file);
	dput(file->f_dentry);
	kmem_cache_free(filp_cachep, file);
}
