/*
 * fs/drop_caches.c: /proc/sys/vm/drop_caches, and the page cache's
 * clean pages dropped on demand.
 */
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sysctl.h>
#include <linux/writeback.h>
#include <asm/irqflags.h>

int sysctl_drop_caches;

/* Out of the cache if nobody else holds it: 1 if it went. */
static unsigned long invalidate_one_page(struct address_space *mapping,
					 struct page *page)
{
	unsigned long flags, dropped = 0;

	get_page(page);			/* cache + ours, and no one else */
	if (!trylock_page(page)) {
		put_page(page);
		return 0;
	}
	if (page->mapping == mapping && !PageDirty(page) &&
	    !PageWriteback(page) && !PagePrivate(page) &&
	    !page_mapcount(page) && page_ref_count(page) == 2) {
		local_irq_save(flags);
		filemap_remove_folio(page);
		local_irq_restore(flags);
		dropped = 1;
	}
	unlock_page(page);
	put_page(page);
	return dropped;
}

/*
 * Drop the clean, unused pages of [start, end]; the others stay. Never
 * sleeps. Returns how many went.
 */
unsigned long invalidate_mapping_pages(struct address_space *mapping,
				       pgoff_t start, pgoff_t end)
{
	unsigned long count = 0, index = start;
	struct page *page;

	while (index <= end &&
	       (page = xa_find(&mapping->i_pages, &index, end,
			       XA_PRESENT))) {
		count += invalidate_one_page(mapping, page);
		if (index++ == end)
			break;
	}
	return count;
}

void drop_pagecache_sb(struct super_block *sb, void *arg)
{
	unsigned long *dropped = arg;
	struct inode *inode;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		if ((inode->i_state & (I_FREEING | I_WILL_FREE)) ||
		    !inode->i_mapping->nrpages)
			continue;
		*dropped += invalidate_mapping_pages(inode->i_mapping, 0,
						     ULONG_MAX);
	}
}

/* Every mounted file system's clean pages: how many went. */
unsigned long drop_pagecache(void)
{
	unsigned long dropped = 0;

	iterate_supers(drop_pagecache_sb, &dropped);
	return dropped;
}

static int drop_caches_sysctl_handler(struct ctl_table *table, int write,
				      void *buffer, size_t *lenp)
{
	static int stfu;
	int ret = proc_dointvec_minmax(table, write, buffer, lenp);

	if (ret || !write)
		return ret;
	if (sysctl_drop_caches & 1)
		drop_pagecache();
	/* & 2: drop_slab(), the shrinkers: this kernel has none */
	if (!stfu)
		pr_info("%s (%d): drop_caches: %d\n", current->comm,
			current->pid, sysctl_drop_caches);
	stfu |= sysctl_drop_caches & 4;
	return 0;
}

static int four = 4;

static struct ctl_table drop_caches_table[] = {
	{
		.procname	= "drop_caches",
		.data		= &sysctl_drop_caches,
		.maxlen		= sizeof(int),
		.mode		= 0200,
		.proc_handler	= drop_caches_sysctl_handler,
		.extra1		= SYSCTL_ONE,
		.extra2		= &four,
	},
	{ }
};

void drop_caches_init(void)
{
	register_sysctl("vm", drop_caches_table);
}
