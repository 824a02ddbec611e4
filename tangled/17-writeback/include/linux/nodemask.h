#ifndef _LINUX_NODEMASK_H
#define _LINUX_NODEMASK_H
/* Node sets: the round robin, and node lists such as 0,2-3. */
#include <linux/mmzone.h>

int first_node(nodemask_t m);
int next_node_in(int node, nodemask_t m);
int nodelist_parse(const char *s, nodemask_t *m);
int nodelist_scnprintf(char *buf, int size, const nodemask_t *m);
#endif
