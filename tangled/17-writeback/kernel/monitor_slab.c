/* kernel/monitor_slab.c: the slab allocator at work, and its mistakes. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../mm/slab.h"

static void show_cache_line(const char *name)
{
	static char buf[8192];
	struct seq_file m = { .buf = buf, .size = sizeof(buf) };
	const char *p, *e;
	size_t len = strlen(name);

	buf[0] = '\0';
	slabinfo_show(&m);
	for (p = buf; *p; p = *e ? e + 1 : e) {
		for (e = p; *e && *e != '\n'; e++)
			;
		if (strncmp(p, name, len) == 0 && p[len] == ' ')
			monitor_printf("%.*s\n", (int)(e - p), p);
	}
}

static void cmd_slabdemo(int argc, char **argv)
{
	struct kmem_cache *s;
	void *obj[40];
	int i;

	(void)argc;
	(void)argv;
	s = kmem_cache_create("demo_700", 700, 0, SLAB_HWCACHE_ALIGN, NULL);
	if (!s)
		return;
	for (i = 0; i < 40; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	monitor_printf("40 objects taken:\n");
	show_cache_line("demo_700");
	for (i = 1; i < 40; i++)
		kmem_cache_free(s, obj[i]);
	monitor_printf("all but one freed:\n");
	show_cache_line("demo_700");
	kmem_cache_shrink(s);
	monitor_printf("shrunk:\n");
	show_cache_line("demo_700");
	kmem_cache_destroy(s);
	kmem_cache_free(s, obj[0]);
	kmem_cache_destroy(s);
	monitor_printf("destroyed when empty\n");
}

static void cmd_slabbug(int argc, char **argv)
{
	slab_flags_t dbg = SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE |
			   SLAB_POISON | SLAB_STORE_USER;
	struct kmem_cache *s, *t;
	char *a, *b;

	if (argc != 2) {
		monitor_printf("usage: slabbug KIND\n");
		return;
	}
	s = kmem_cache_create("bug-64", 64, 0, dbg, NULL);
	t = kmem_cache_create("bug-other", 64, 0, dbg, NULL);
	a = kmem_cache_alloc(s, GFP_KERNEL);
	b = kmem_cache_alloc(s, GFP_KERNEL);
	if (strcmp(argv[1], "redzone") == 0) {
		a[64] = 'x';
		kmem_cache_free(s, a);
	} else if (strcmp(argv[1], "poison") == 0) {
		kmem_cache_free(s, a);
		a[8] = 'x';
		a = kmem_cache_alloc(s, GFP_KERNEL);
	} else if (strcmp(argv[1], "double") == 0) {
		kmem_cache_free(s, a);
		kmem_cache_free(s, a);
	} else if (strcmp(argv[1], "middle") == 0) {
		kmem_cache_free(s, a + 16);
	} else if (strcmp(argv[1], "wrong") == 0) {
		kmem_cache_free(t, a);
		a = kmem_cache_alloc(s, GFP_KERNEL);
	} else if (strcmp(argv[1], "count") == 0) {
		virt_to_slab(a)->inuse += 3;
		kmem_cache_free(s, a);
	} else {
		monitor_printf("slabbug: unknown kind %s\n", argv[1]);
	}
	monitor_printf("after the report, two allocations: %s\n",
		       (a = kmem_cache_alloc(s, GFP_KERNEL)) !=
		       (b = kmem_cache_alloc(s, GFP_KERNEL)) ?
		       "different objects" : "THE SAME OBJECT");
}

const struct monitor_command monitor_slab_commands[] = {
	{ "slabdemo", "slabdemo          a cache at work, in /proc/slabinfo",
	  cmd_slabdemo },
	{ "slabbug", "slabbug KIND      a mistake: redzone poison double "
	  "middle wrong count", cmd_slabbug },
	{ }
};
