#ifndef _LINUX_MEMPOLICY_H
#define _LINUX_MEMPOLICY_H
/* Memory policies: which node an allocation should come from. */
#include <linux/gfp.h>
#include <linux/nodemask.h>

enum {
	MPOL_DEFAULT,
	MPOL_PREFERRED,
	MPOL_BIND,
	MPOL_INTERLEAVE,
	MPOL_LOCAL,
	MPOL_MAX,
};

struct mempolicy {
	unsigned short mode;
	nodemask_t nodes;
};

extern const char *const policy_modes[MPOL_MAX];
extern int policy_zone;
struct task_struct;

struct mempolicy *get_task_policy(struct task_struct *p);
int do_set_mempolicy(unsigned short mode, const nodemask_t *nodes);
struct page *alloc_pages_policy(gfp_t gfp, unsigned int order,
				struct mempolicy *pol);
struct page *alloc_pages_node(int nid, gfp_t gfp, unsigned int order);
#endif
