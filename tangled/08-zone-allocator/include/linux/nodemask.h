#ifndef _LINUX_NODEMASK_H
#define _LINUX_NODEMASK_H
/* Sets of nodes: a bitmap of MAX_NUMNODES bits. */
#include <linux/kernel.h>
#include <linux/numa.h>
#include <linux/types.h>

typedef struct {
	unsigned long bits[(MAX_NUMNODES + 63) / 64];
} nodemask_t;

static inline void node_set(int node, nodemask_t *m)
{
	m->bits[node / 64] |= 1UL << (node % 64);
}

static inline bool node_isset(int node, nodemask_t m)
{
	return m.bits[node / 64] >> (node % 64) & 1;
}

static inline void nodes_clear(nodemask_t *m)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(m->bits); i++)
		m->bits[i] = 0;
}

int first_node(nodemask_t m);
int next_node_in(int node, nodemask_t m);
int nodelist_parse(const char *s, nodemask_t *m);
int nodelist_scnprintf(char *buf, int size, const nodemask_t *m);
#endif
