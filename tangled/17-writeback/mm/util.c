/* mm/util.c: helpers over kmalloc, copies of memory and strings. */
#include <linux/slab.h>
#include <linux/string.h>

void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = __kmalloc_node_track_caller(len, gfp, NUMA_NO_NODE,
					      _RET_IP_);

	if (p)
		memcpy(p, src, len);
	return p;
}

char *kstrdup(const char *s, gfp_t gfp)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	buf = __kmalloc_node_track_caller(len, gfp, NUMA_NO_NODE, _RET_IP_);
	if (buf)
		memcpy(buf, s, len);
	return buf;
}
