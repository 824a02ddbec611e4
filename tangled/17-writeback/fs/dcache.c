/* fs/dcache.c: dentries, and the hash table that finds them by name. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mount.h>
#include <linux/slab.h>
#include <linux/string.h>

#define D_HASH_SIZE	256

struct kmem_cache *dentry_cache;
static struct list_head dentry_hashtable[D_HASH_SIZE];

void dcache_init(void)
{
	unsigned int i;

	dentry_cache = kmem_cache_create("dentry", sizeof(struct dentry), 0,
					 SLAB_PANIC, NULL);
	for (i = 0; i < D_HASH_SIZE; i++)
		INIT_LIST_HEAD(&dentry_hashtable[i]);
}

static struct list_head *d_hash(const struct dentry *parent,
				const char *name, unsigned int len)
{
	unsigned long h = (unsigned long)parent >> 6;

	while (len--)
		h = h * 31 + (unsigned char)*name++;
	return &dentry_hashtable[h % D_HASH_SIZE];
}

struct dentry *d_alloc(struct dentry *parent, const char *name,
		       unsigned int len)
{
	struct dentry *d;

	if (len > NAME_MAX)
		return NULL;
	d = kmem_cache_alloc(dentry_cache, GFP_KERNEL);
	if (!d)
		return NULL;
	memset(d, 0, sizeof(*d));
	memcpy(d->d_iname, name, len);
	d->d_iname[len] = '\0';
	d->d_len = len;
	d->d_count = 1;
	INIT_LIST_HEAD(&d->d_subdirs);
	if (parent) {
		d->d_parent = dget(parent);
		d->d_sb = parent->d_sb;
		list_add(&d->d_child, &parent->d_subdirs);
		list_add(&d->d_hash, d_hash(parent, name, len));
	} else {
		d->d_parent = d;
		INIT_LIST_HEAD(&d->d_child);
		INIT_LIST_HEAD(&d->d_hash);
	}
	return d;
}

struct dentry *d_make_root(struct inode *root)
{
	struct dentry *d = d_alloc(NULL, "/", 1);

	if (!d) {
		iput(root);
		return NULL;
	}
	d->d_sb = root->i_sb;
	d_instantiate(d, root);
	return d;
}

struct dentry *d_lookup(const struct dentry *parent, const char *name,
			unsigned int len)
{
	struct list_head *head = d_hash(parent, name, len);
	struct dentry *d;

	list_for_each_entry(d, head, d_hash)
		if (d->d_parent == parent && d->d_len == len &&
		    !memcmp(d->d_iname, name, len))
			return dget(d);
	return NULL;
}

void d_instantiate(struct dentry *dentry, struct inode *inode)
{
	dentry->d_inode = inode;
}

/* ramfs keeps every name it has: the dentry holds itself. */
void d_pin(struct dentry *dentry)
{
	dentry->d_flags |= DCACHE_PINNED;
	dget(dentry);
}

/* The name is gone: unhash it, and let go of the pin. */
void d_delete(struct dentry *dentry)
{
	list_del_init(&dentry->d_hash);
	if (dentry->d_flags & DCACHE_PINNED) {
		dentry->d_flags &= ~DCACHE_PINNED;
		dput(dentry);
	}
}

struct dentry *dget(struct dentry *dentry)
{
	dentry->d_count++;
	return dentry;
}

void dput(struct dentry *dentry)
{
	while (dentry && --dentry->d_count == 0) {
		struct dentry *parent = dentry->d_parent;

		list_del(&dentry->d_hash);
		list_del(&dentry->d_child);
		if (dentry->d_inode)
			iput(dentry->d_inode);
		kmem_cache_free(dentry_cache, dentry);
		dentry = parent == dentry ? NULL : parent;
	}
}

int d_path(const struct dentry *dentry, const struct dentry *root,
	   char *buf, int buflen)
{
	int end = buflen - 1, len;

	if (buflen < 2)
		return -ERANGE;
	buf[end] = '\0';
	while (dentry != root) {
		if (dentry->d_parent == dentry) {	/* up out of a mount */
			if (!(dentry = choose_mountpoint(dentry)))
				break;
			continue;
		}
		len = dentry->d_len;
		if (end < len + 1)
			return -ENAMETOOLONG;
		end -= len;
		memcpy(buf + end, dentry->d_iname, len);
		buf[--end] = '/';
		dentry = dentry->d_parent;
	}
	if (end == buflen - 1)
		buf[--end] = '/';
	for (len = 0; len < buflen - end; len++)	/* down to the start */
		buf[len] = buf[end + len];
	return buflen - end;
}

bool simple_empty(struct dentry *dentry)
{
	struct dentry *child;

	list_for_each_entry(child, &dentry->d_subdirs, d_child)
		if (child->d_inode && !list_empty(&child->d_hash))
			return false;
	return true;
}

