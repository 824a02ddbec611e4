/* mm/mempolicy.c: memory policies, and the node masks they name. */
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mempolicy.h>
#include <linux/numa_memblks.h>
#include <linux/sched.h>
#include <linux/sprintf.h>
#include <linux/string.h>

int first_node(nodemask_t m)
{
	return next_node_in(MAX_NUMNODES - 1, m);
}

int next_node_in(int node, nodemask_t m)
{
	int i, n;

	for (i = 1; i <= MAX_NUMNODES; i++) {
		n = (node + i) % MAX_NUMNODES;
		if (node_isset(n, m))
			return n;
	}
	return MAX_NUMNODES;
}

static const char *parse_node(const char *s, unsigned long *node)
{
	if (*s < '0' || *s > '9')
		return NULL;
	for (*node = 0; *s >= '0' && *s <= '9'; s++)
		if ((*node = *node * 10 + (*s - '0')) >= MAX_NUMNODES)
			return NULL;
	return s;
}

int nodelist_parse(const char *s, nodemask_t *m)
{
	nodes_clear(*m);
	while (*s) {
		unsigned long a, b;

		s = parse_node(s, &a);
		b = a;
		if (s && *s == '-')
			s = parse_node(s + 1, &b);
		if (!s || a > b || (*s && *s != ','))
			return -EINVAL;
		for (; a <= b; a++)
			node_set(a, *m);
		if (*s == ',' && !*++s)
			return -EINVAL;
	}
	return 0;
}

int nodelist_scnprintf(char *buf, int size, const nodemask_t *m)
{
	int n = 0, a, b;

	buf[0] = '\0';
	for (a = 0; a < MAX_NUMNODES; a = b + 1) {
		if (!node_isset(a, *m)) {
			b = a;
			continue;
		}
		for (b = a; b + 1 < MAX_NUMNODES && node_isset(b + 1, *m);)
			b++;
		n += scnprintf(buf + n, size - n, n ? ",%d" : "%d", a);
		if (b > a)
			n += scnprintf(buf + n, size - n, "-%d", b);
	}
	return n;
}

const char *const policy_modes[MPOL_MAX] = {
	[MPOL_DEFAULT] = "default", [MPOL_PREFERRED] = "prefer",
	[MPOL_BIND] = "bind", [MPOL_INTERLEAVE] = "interleave",
	[MPOL_LOCAL] = "local",
};

static struct mempolicy default_policy = { .mode = MPOL_LOCAL };
static struct mempolicy task_policy;

struct mempolicy *get_task_policy(struct task_struct *p)
{
	return p->mempolicy ? p->mempolicy : &default_policy;
}

int do_set_mempolicy(unsigned short mode, const nodemask_t *nodes)
{
	int nid, any = 0;

	if (mode == MPOL_DEFAULT) {
		current->mempolicy = NULL;
		return 0;
	}
	if (mode > MPOL_LOCAL || !nodes)
		return -EINVAL;
	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		if (!node_isset(nid, *nodes))
			continue;
		if (nid >= nr_online_nodes)
			return -EINVAL;
		any = 1;
	}
	if (mode == MPOL_LOCAL ? any : !any)
		return -EINVAL;
	task_policy.mode = mode;
	task_policy.nodes = *nodes;
	current->mempolicy = &task_policy;
	current->il_prev = MAX_NUMNODES - 1;
	return 0;
}

static int policy_node(gfp_t gfp, struct mempolicy *pol, int nid)
{
	if (pol->mode == MPOL_PREFERRED)
		nid = first_node(pol->nodes);
	return nid;
}

static nodemask_t *policy_nodemask(gfp_t gfp, struct mempolicy *pol)
{
	if (pol->mode == MPOL_BIND && (int)gfp_zone(gfp) >= policy_zone)
		return &pol->nodes;
	return NULL;
}

static int interleave_nodes(struct mempolicy *pol)
{
	int next = next_node_in(current->il_prev, pol->nodes);

	if (next < MAX_NUMNODES)
		current->il_prev = next;
	return next;
}

static struct page *alloc_page_interleave(gfp_t gfp, unsigned int order,
					  int nid)
{
	struct page *page = __alloc_pages(gfp, order, nid, NULL);

	if (page && page_to_nid(page) == nid)
		page_zone(page)->vm_numa_event[NUMA_INTERLEAVE_HIT]++;
	return page;
}

struct page *alloc_pages_policy(gfp_t gfp, unsigned int order,
				struct mempolicy *pol)
{
	if (gfp & __GFP_THISNODE)
		pol = &default_policy;
	if (pol->mode == MPOL_INTERLEAVE)
		return alloc_page_interleave(gfp, order,
					     interleave_nodes(pol));
	return __alloc_pages(gfp, order,
			     policy_node(gfp, pol, numa_node_id()),
			     policy_nodemask(gfp, pol));
}

struct page *alloc_pages_current(gfp_t gfp, unsigned int order)
{
	return alloc_pages_policy(gfp, order, get_task_policy(current));
}

struct page *alloc_pages_node(int nid, gfp_t gfp, unsigned int order)
{
	if (nid == NUMA_NO_NODE)
		nid = numa_node_id();
	return __alloc_pages(gfp, order, nid, NULL);
}
