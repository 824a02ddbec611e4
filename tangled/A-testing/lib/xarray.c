/*
 * lib/xarray.c: the radix tree under the page cache (Linux: lib/xarray.c
 * and lib/radix-tree.c's node cache).
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/xarray.h>

struct kmem_cache *radix_tree_node_cachep;

void radix_tree_init(void)
{
	radix_tree_node_cachep = kmem_cache_create("radix_tree_node",
						   sizeof(struct xa_node), 0,
						   0, NULL);
}

/* The last index a node of this shift covers (ULONG_MAX at the top). */
static unsigned long node_maxindex(unsigned int shift)
{
	if (shift + XA_CHUNK_SHIFT >= BITS_PER_LONG)
		return ULONG_MAX;
	return (XA_CHUNK_SIZE << shift) - 1;
}

static unsigned int get_offset(unsigned long index, struct xa_node *node)
{
	return (index >> node->shift) & XA_CHUNK_MASK;
}

static struct xa_node *xa_alloc_node(unsigned int shift, gfp_t gfp)
{
	struct xa_node *node = kmem_cache_alloc(radix_tree_node_cachep,
						gfp);

	if (node) {
		memset(node, 0, sizeof(*node));
		node->shift = shift;
	}
	return node;
}

/* The leaf that holds index, or NULL if there is none. */
static struct xa_node *xa_leaf(struct xarray *xa, unsigned long index)
{
	struct xa_node *node = xa->xa_head;

	if (!node || index > node_maxindex(node->shift))
		return NULL;
	while (node && node->shift)
		node = node->slots[get_offset(index, node)];
	return node;
}

void *xa_load(struct xarray *xa, unsigned long index)
{
	struct xa_node *leaf = xa_leaf(xa, index);

	return leaf ? leaf->slots[index & XA_CHUNK_MASK] : NULL;
}

/*
 * Free empty nodes from node upwards, then, while the root has only
 * its first slot in use, let that child be the root: the tree is
 * never taller than its highest index needs.
 */
static void xa_shrink(struct xarray *xa, struct xa_node *node)
{
	while (node && !node->count) {
		struct xa_node *parent = node->parent;

		if (parent) {
			parent->slots[node->offset] = NULL;
			parent->count--;
		} else {
			xa->xa_head = NULL;
		}
		kmem_cache_free(radix_tree_node_cachep, node);
		node = parent;
	}
	while ((node = xa->xa_head) && node->shift && node->count == 1 &&
	       node->slots[0]) {
		struct xa_node *child = node->slots[0];

		child->parent = NULL;
		xa->xa_head = child;
		kmem_cache_free(radix_tree_node_cachep, node);
	}
}

/* A taller root, until index fits; the old root's marks go up with it. */
static int xa_expand(struct xarray *xa, unsigned long index, gfp_t gfp)
{
	struct xa_node *head = xa->xa_head, *node;
	unsigned int m;

	if (!head) {
		unsigned int shift = 0;

		while (index > node_maxindex(shift))
			shift += XA_CHUNK_SHIFT;
		head = xa_alloc_node(shift, gfp);
		if (!head)
			return -ENOMEM;
		xa->xa_head = head;
		return 0;
	}
	while (index > node_maxindex(head->shift)) {
		node = xa_alloc_node(head->shift + XA_CHUNK_SHIFT, gfp);
		if (!node)
			return -ENOMEM;
		node->slots[0] = head;
		node->count = 1;
		for (m = 0; m < XA_MAX_MARKS; m++)
			if (head->marks[m])
				node->marks[m] = 1;
		head->parent = node;
		head->offset = 0;
		xa->xa_head = head = node;
	}
	return 0;
}

void *xa_store(struct xarray *xa, unsigned long index, void *entry,
	       gfp_t gfp)
{
	struct xa_node *node, *child;
	unsigned int offset;
	void *old;

	if (!entry)
		return xa_erase(xa, index);
	if (xa_expand(xa, index, gfp))
		return xa_mk_err(-ENOMEM);
	node = xa->xa_head;
	while (node->shift) {
		offset = get_offset(index, node);
		child = node->slots[offset];
		if (!child) {
			child = xa_alloc_node(node->shift - XA_CHUNK_SHIFT,
					      gfp);
			if (!child) {
				xa_shrink(xa, node);
				return xa_mk_err(-ENOMEM);
			}
			child->parent = node;
			child->offset = offset;
			node->slots[offset] = child;
			node->count++;
		}
		node = child;
	}
	offset = index & XA_CHUNK_MASK;
	old = node->slots[offset];
	node->slots[offset] = entry;
	if (!old)
		node->count++;
	return old;
}

void *xa_erase(struct xarray *xa, unsigned long index)
{
	struct xa_node *leaf = xa_leaf(xa, index);
	unsigned int offset = index & XA_CHUNK_MASK, m;
	void *old;

	if (!leaf || !leaf->slots[offset])
		return NULL;
	for (m = 0; m < XA_MAX_MARKS; m++)
		xa_clear_mark(xa, index, m);
	old = leaf->slots[offset];
	leaf->slots[offset] = NULL;
	leaf->count--;
	xa_shrink(xa, leaf);
	return old;
}

/* Set a mark on a present entry, and on every node above it. */
void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node = xa_leaf(xa, index);
	unsigned int offset = index & XA_CHUNK_MASK;

	if (!node || !node->slots[offset])
		return;
	while (node && !(node->marks[mark] & (1UL << offset))) {
		node->marks[mark] |= 1UL << offset;
		offset = node->offset;
		node = node->parent;
	}
}

/* Clear it, and above, as long as a node is left with none marked. */
void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node = xa_leaf(xa, index);
	unsigned int offset = index & XA_CHUNK_MASK;

	while (node) {
		node->marks[mark] &= ~(1UL << offset);
		if (node->marks[mark])
			break;
		offset = node->offset;
		node = node->parent;
	}
}

bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node = xa_leaf(xa, index);

	return node && (node->marks[mark] >> (index & XA_CHUNK_MASK) & 1);
}

/*
 * The first entry at or after *indexp, up to max, that the filter takes
 * (XA_PRESENT: any; a mark: only entries with it, found by following
 * the marked slots down). base is the first index node covers.
 */
static void *xa_find_in(struct xa_node *node, unsigned long base,
			unsigned long *indexp, unsigned long max,
			xa_mark_t filter)
{
	unsigned int offset = 0;
	void *entry;

	if (*indexp > base)
		offset = (*indexp - base) >> node->shift;
	for (; offset < XA_CHUNK_SIZE; offset++) {
		unsigned long first = base + ((unsigned long)offset <<
					      node->shift);

		if (node->shift + XA_CHUNK_SHIFT > BITS_PER_LONG &&
		    offset >= 1UL << (BITS_PER_LONG - node->shift))
			return NULL;	/* the top node's slots past 2^64 */
		if (first > max)
			return NULL;
		entry = node->slots[offset];
		if (!entry)
			continue;
		if (filter != XA_PRESENT &&
		    !(node->marks[filter] >> offset & 1))
			continue;
		if (!node->shift) {
			*indexp = first;
			return entry;
		}
		entry = xa_find_in(entry, first, indexp, max, filter);
		if (entry)
			return entry;
	}
	return NULL;
}

void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max,
	      xa_mark_t filter)
{
	struct xa_node *head = xa->xa_head;

	if (!head || *indexp > max || *indexp > node_maxindex(head->shift))
		return NULL;
	return xa_find_in(head, 0, indexp, max, filter);
}

/* The next one after *indexp: how xa_for_each moves on. */
void *xa_find_after(struct xarray *xa, unsigned long *indexp,
		    unsigned long max, xa_mark_t filter)
{
	unsigned long index = *indexp + 1;
	void *entry;

	if (*indexp >= max)
		return NULL;
	entry = xa_find(xa, &index, max, filter);
	if (entry)
		*indexp = index;
	return entry;
}

/* Every node freed; the entries are the caller's. */
static void xa_destroy_node(struct xa_node *node)
{
	unsigned int i;

	if (node->shift)
		for (i = 0; i < XA_CHUNK_SIZE; i++)
			if (node->slots[i])
				xa_destroy_node(node->slots[i]);
	kmem_cache_free(radix_tree_node_cachep, node);
}

void xa_destroy(struct xarray *xa)
{
	if (xa->xa_head)
		xa_destroy_node(xa->xa_head);
	xa->xa_head = NULL;
}
