#ifndef _LINUX_DCACHE_H
#define _LINUX_DCACHE_H
/* A name in a directory: the dentry, and the cache that finds it. */
#include <linux/fs.h>
#include <linux/list.h>

struct dentry {
	struct dentry *d_parent;	/* the root is its own parent */
	struct inode *d_inode;		/* NULL: a negative dentry */
	struct super_block *d_sb;
	int d_count;
	unsigned int d_flags;
	struct list_head d_hash;	/* in the cache's hash chain */
	struct list_head d_child;	/* in the parent's d_subdirs */
	struct list_head d_subdirs;	/* the children */
	unsigned int d_len;
	char d_iname[NAME_MAX + 1];
};

#define DCACHE_PINNED	0x1	/* held by the file system (ramfs) */
#define DCACHE_MOUNTED	0x10000	/* something is mounted on it */

extern struct kmem_cache *dentry_cache;

void dcache_init(void);
struct dentry *d_alloc(struct dentry *parent, const char *name,
		       unsigned int len);
struct dentry *d_make_root(struct inode *root);
struct dentry *d_lookup(const struct dentry *parent, const char *name,
			unsigned int len);
void d_instantiate(struct dentry *dentry, struct inode *inode);
void d_pin(struct dentry *dentry);
void d_delete(struct dentry *dentry);
struct dentry *dget(struct dentry *dentry);
void dput(struct dentry *dentry);
int d_path(const struct dentry *dentry, const struct dentry *root,
	   char *buf, int buflen);
bool simple_empty(struct dentry *dentry);
#endif

