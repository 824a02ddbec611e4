#ifndef _LINUX_PAGE_FLAGS_H
#define _LINUX_PAGE_FLAGS_H
/* The page flags: one bit per property, in the low bits of page->flags. */
#include <linux/mm_types.h>

enum pageflags {
	PG_locked,		/* being read or written; wait for it */
	PG_referenced,		/* used recently (for reclaim) */
	PG_uptodate,		/* contents valid */
	PG_dirty,		/* changed since read from its file */
	PG_lru,			/* on an LRU list */
	PG_active,		/* on the active LRU list */
	PG_workingset,
	PG_waiters,
	PG_error,
	PG_slab,		/* belongs to the slab allocator */
	PG_owner_priv_1,
	PG_arch_1,
	PG_reserved,		/* never to be given to the page allocator */
	PG_private,		/* page->private is in use */
	PG_private_2,
	PG_writeback,		/* being written back */
	PG_head,		/* first page of a compound page */
	PG_mappedtodisk,
	PG_reclaim,		/* to be reclaimed soon */
	PG_swapbacked,		/* anonymous: backed by swap */
	PG_unevictable,
	PG_mlocked,
	__NR_PAGEFLAGS
};

#define PAGEFLAG(uname, lname)						\
static inline int Page##uname(const struct page *page)			\
{									\
	return (page->flags >> PG_##lname) & 1;				\
}									\
static inline void SetPage##uname(struct page *page)			\
{									\
	page->flags |= 1UL << PG_##lname;				\
}									\
static inline void ClearPage##uname(struct page *page)		\
{									\
	page->flags &= ~(1UL << PG_##lname);				\
}

PAGEFLAG(Locked, locked)
PAGEFLAG(Referenced, referenced)
PAGEFLAG(Dirty, dirty)
PAGEFLAG(LRU, lru)
PAGEFLAG(Active, active)
PAGEFLAG(Slab, slab)
PAGEFLAG(Reserved, reserved)
PAGEFLAG(Private, private)
PAGEFLAG(Head, head)

#define PAGE_TYPE_BASE	0xf0000000u
#define PG_buddy	0x00000080u

static inline int PageBuddy(const struct page *page)
{
	unsigned int type = (unsigned int)page->_mapcount.counter;

	return (type & (PAGE_TYPE_BASE | PG_buddy)) == PAGE_TYPE_BASE;
}

static inline void __SetPageBuddy(struct page *page)
{
	page->_mapcount.counter &= ~(int)PG_buddy;
}

static inline void __ClearPageBuddy(struct page *page)
{
	page->_mapcount.counter |= (int)PG_buddy;
}
#endif
