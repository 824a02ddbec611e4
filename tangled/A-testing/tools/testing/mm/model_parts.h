/* tools/testing/mm/model_parts.h: what model.c shares with the parts of
 * the model that have files of their own (model_slab.c, model_kmalloc.c,
 * model_vmalloc.c). */
#ifndef MM_MODEL_PARTS_H
#define MM_MODEL_PARTS_H
#include <stdbool.h>
#include <stdint.h>
#include <linux/compiler.h>
#include <linux/gfp.h>
#include <linux/mmcheck.h>

enum op_kind { OP_ALLOC, OP_ALLOC_NODE, OP_FREE, OP_DRAIN, OP_POLICY,
	       OP_SYSCTL, OP_KMEM_ALLOC, OP_KMEM_FREE, OP_KMEM_CREATE,
	       OP_KMEM_DESTROY, OP_KMEM_SHRINK, OP_KMALLOC, OP_KZALLOC,
	       OP_KMALLOC_NODE, OP_KREALLOC, OP_KFREE, OP_VMALLOC,
	       OP_VZALLOC, OP_VMALLOC_NODE, OP_VMAP, OP_VFREE };

struct op {
	enum op_kind kind;
	unsigned int order;
	gfp_t gfp;
	int nid;
	unsigned int pick;
	uint8_t arg;
};

/* model.c, for the parts */
__printf(1, 2) int model_fail(const char *fmt, ...);
__printf(1, 2) void model_describe(const char *fmt, ...);
bool model_page_held(unsigned long pfn);
uint64_t model_pattern(unsigned long where, unsigned long serial);
unsigned long model_new_serial(void);
void model_count_alloc(void);
void model_count_failure(void);
int model_slab_failed(unsigned int order, gfp_t gfp);
int model_recount(int rc);
int model_hold_block(struct page *page, unsigned int order);
void model_release_block(struct page *page, unsigned int order);
int model_block_counts(struct page *page, long delta);

/* model_slab.c */
void slab_model_begin(unsigned long capacity);
int slab_model_step(const struct op *op);
int slab_model_check(struct mmcheck_slab_counts *counts);
int slab_model_end(void);
bool addr_live(const void *p);
void addr_add(void *p);
void addr_remove(const void *p);

/* model_kmalloc.c */
void kmalloc_model_begin(unsigned long capacity);
int kmalloc_model_step(const struct op *op);
int kmalloc_model_check(void);
int kmalloc_model_end(void);

/* model_vmalloc.c */
void vmalloc_model_begin(unsigned long capacity);
int vmalloc_model_step(const struct op *op);
int vmalloc_model_check(long tables[MAX_NUMNODES][MAX_NR_ZONES]);
int vmalloc_model_end(void);
#endif
