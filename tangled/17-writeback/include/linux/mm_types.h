#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H
/* struct page: one for every page frame of RAM. */
#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/types.h>

struct address_space;

struct page {
	unsigned long flags;		/* PG_* flags, zone, node, section */
	union {
		struct {
			struct list_head lru;
			struct address_space *mapping;
			unsigned long index;
			unsigned long private;
		};
		unsigned long __words[5];	/* the five words as raw data */
		struct {	/* tail pages of a compound page */
			unsigned long compound_head;	/* the head's address + 1 */
			unsigned char compound_dtor;	/* unused */
			unsigned char compound_order;	/* page[1]: the block's order */
		};
	};
	atomic_t _mapcount;		/* page-table mappings, minus one */
	atomic_t _refcount;		/* users of the page */
	unsigned long memcg_data;	/* room for later */
};

_Static_assert(sizeof(struct page) == 64,
	       "struct page must stay one 64-byte cache line: the memory map "
	       "is 1/64 of RAM, and a section's map is one 2 MiB page");
#endif
