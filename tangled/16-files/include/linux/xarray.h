#ifndef _LINUX_XARRAY_H
#define _LINUX_XARRAY_H
/* A sparse array of pointers by an unsigned long index: a radix tree. */
#include <linux/gfp.h>
#include <linux/types.h>

#ifndef ULONG_MAX
#define ULONG_MAX	(~0UL)
#endif
#ifndef BITS_PER_LONG
#define BITS_PER_LONG	64
#endif

#define XA_CHUNK_SHIFT		6
#define XA_CHUNK_SIZE		(1UL << XA_CHUNK_SHIFT)
#define XA_CHUNK_MASK		(XA_CHUNK_SIZE - 1)
#define XA_MAX_MARKS		3

typedef unsigned int xa_mark_t;
#define XA_MARK_0		0U
#define XA_MARK_1		1U
#define XA_MARK_2		2U
#define XA_PRESENT		8U	/* any entry, marked or not */

/* One level of the tree: 64 slots, children or (at shift 0) entries. */
struct xa_node {
	unsigned char shift;		/* index bits below this level */
	unsigned char offset;		/* our slot in the parent */
	unsigned char count;		/* slots in use */
	struct xa_node *parent;
	void *slots[XA_CHUNK_SIZE];
	unsigned long marks[XA_MAX_MARKS];	/* a bit per slot */
};

struct xarray {
	struct xa_node *xa_head;	/* NULL when empty */
};

#define XARRAY_INIT(name)	{ NULL }

static inline void xa_init(struct xarray *xa)
{
	xa->xa_head = NULL;
}

static inline bool xa_empty(const struct xarray *xa)
{
	return !xa->xa_head;
}

/* An error, in place of an entry: xa_store's answer when it cannot. */
static inline void *xa_mk_err(long err)
{
	return (void *)((err << 2) | 2);
}

static inline bool xa_is_err(const void *entry)
{
	return ((unsigned long)entry & 3) == 2 &&
	       (long)entry >= (long)xa_mk_err(-4095);
}

static inline int xa_err(void *entry)
{
	return xa_is_err(entry) ? (int)((long)entry >> 2) : 0;
}

void *xa_load(struct xarray *xa, unsigned long index);
void *xa_store(struct xarray *xa, unsigned long index, void *entry,
	       gfp_t gfp);
void *xa_erase(struct xarray *xa, unsigned long index);
void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max,
	      xa_mark_t filter);
void *xa_find_after(struct xarray *xa, unsigned long *indexp,
		    unsigned long max, xa_mark_t filter);
void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_destroy(struct xarray *xa);

/* Is any entry of the array marked? The root's bits say. */
static inline bool xa_marked(const struct xarray *xa, xa_mark_t mark)
{
	return xa->xa_head && xa->xa_head->marks[mark];
}

#define xa_for_each_range(xa, index, entry, start, last)		\
	for (index = (start),						\
	     entry = xa_find(xa, &index, last, XA_PRESENT); entry;	\
	     entry = xa_find_after(xa, &index, last, XA_PRESENT))

#define xa_for_each_start(xa, index, entry, start)			\
	xa_for_each_range(xa, index, entry, start, ULONG_MAX)

#define xa_for_each(xa, index, entry)					\
	xa_for_each_start(xa, index, entry, 0)

#define xa_for_each_marked(xa, index, entry, filter)			\
	for (index = 0, entry = xa_find(xa, &index, ULONG_MAX, filter);	\
	     entry; entry = xa_find_after(xa, &index, ULONG_MAX, filter))

/* The nodes' cache, and how many nodes are out (for the leak checks). */
extern struct kmem_cache *radix_tree_node_cachep;
void radix_tree_init(void);
#endif
