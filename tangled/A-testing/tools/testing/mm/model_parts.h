/* tools/testing/mm/model_parts.h: what model.c shares with the parts of
 * the model that have files of their own (model_slab.c). */
#ifndef MM_MODEL_PARTS_H
#define MM_MODEL_PARTS_H
#include <stdbool.h>
#include <stdint.h>
#include <linux/compiler.h>
#include <linux/gfp.h>
#include <linux/mmcheck.h>

enum op_kind { OP_ALLOC, OP_ALLOC_NODE, OP_FREE, OP_DRAIN, OP_POLICY,
	       OP_SYSCTL, OP_KMEM_ALLOC, OP_KMEM_FREE, OP_KMEM_CREATE,
	       OP_KMEM_DESTROY, OP_KMEM_SHRINK };

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
int model_slab_failed(unsigned int order, gfp_t gfp);
int model_recount(int rc);

/* model_slab.c */
void slab_model_begin(unsigned long capacity);
int slab_model_step(const struct op *op);
int slab_model_check(struct mmcheck_slab_counts *counts);
int slab_model_end(void);
#endif
