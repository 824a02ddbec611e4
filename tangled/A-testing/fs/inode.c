/* fs/inode.c: inodes, and the pages of each inode's address space. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/page_ref.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

struct kmem_cache *inode_cachep;

struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = kmem_cache_alloc(inode_cachep, GFP_KERNEL);

	if (!inode)
		return NULL;
	memset(inode, 0, sizeof(*inode));
	inode->i_sb = sb;
	inode->i_ino = ++sb->s_next_ino;
	inode->i_count = 1;
	inode->i_nlink = 1;
	inode->i_data.host = inode;
	inode->i_mapping = &inode->i_data;
	list_add(&inode->i_sb_list, &sb->s_inodes);
	return inode;
}

/* The last reference: the pages go with the inode. */
void iput(struct inode *inode)
{
	if (--inode->i_count)
		return;
	truncate_inode_pages(&inode->i_data, 0);
	kfree(inode->i_data.pages);
	list_del(&inode->i_sb_list);
	kmem_cache_free(inode_cachep, inode);
}

struct page *find_get_page(struct address_space *mapping,
			   unsigned long index)
{
	if (index >= mapping->nr_slots)
		return NULL;
	return mapping->pages[index];
}

int add_to_page_cache(struct page *page, struct address_space *mapping,
		      unsigned long index)
{
	if (index >= mapping->nr_slots) {
		unsigned long n = max(index + 1, mapping->nr_slots * 2);
		struct page **p = krealloc(mapping->pages, n * sizeof(*p),
					   GFP_KERNEL);

		if (!p)
			return -ENOMEM;
		memset(p + mapping->nr_slots, 0,
		       (n - mapping->nr_slots) * sizeof(*p));
		mapping->pages = p;
		mapping->nr_slots = n;
	}
	if (mapping->pages[index])
		return -EEXIST;
	mapping->pages[index] = page;
	mapping->nrpages++;
	page->mapping = mapping;
	page->index = index;
	return 0;
}

/* Drop the pages wholly past lstart, and zero the tail of a partial one. */
void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	unsigned long index = (lstart + PAGE_SIZE - 1) >> PAGE_SHIFT;
	unsigned long partial = lstart & (PAGE_SIZE - 1);
	struct page *page;

	if (partial && (page = find_get_page(mapping, lstart >> PAGE_SHIFT)))
		memset((char *)page_address(page) + partial, 0,
		       PAGE_SIZE - partial);
	for (; index < mapping->nr_slots; index++) {
		page = mapping->pages[index];
		if (!page)
			continue;
		mapping->pages[index] = NULL;
		mapping->nrpages--;
		put_page(page);		/* the cache's reference */
	}
}

void iov_iter_init(struct iov_iter *i, enum iter_type type, void *base,
		   size_t count)
{
	i->type = type;
	i->base = base;
	i->count = count;
}

size_t copy_to_iter(const void *from, size_t n, struct iov_iter *i)
{
	size_t left;

	n = min(n, i->count);
	if (i->type == ITER_KVEC) {
		memcpy(i->base, from, n);
		left = 0;
	} else {
		left = copy_to_user((void __user *)i->base, from, n);
	}
	n -= left;
	i->base += n;
	i->count -= n;
	return n;
}

size_t copy_from_iter(void *to, size_t n, struct iov_iter *i)
{
	size_t left;

	n = min(n, i->count);
	if (i->type == ITER_KVEC) {
		memcpy(to, i->base, n);
		left = 0;
	} else {
		left = copy_from_user(to, (const void __user *)i->base, n);
	}
	n -= left;
	i->base += n;
	i->count -= n;
	return n;
}

