/* tests/test_slab.c: slab orders against Linux's, caches, slub_debug. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/cpumask.h>
#include <linux/reboot.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/slub_def.h>
#include "../mm/slab.h"

static int check_orders(const char *shape, unsigned int cpus)
{
	char path[128], line[512], name[64];
	unsigned int objsize, perslab, pages, rows = 0;
	FILE *f;

	libc_snprintf(path, sizeof(path), "tests/linux-6.1/proc/%s/slabinfo",
		      shape);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot read %s", path);
	nr_cpu_ids = cpus;
	while (fgets(line, sizeof(line), f)) {
		int order;

		if (sscanf(line, "%63s %*u %*u %u %u %u", name, &objsize,
			   &perslab, &pages) != 4)
			continue;
		order = calculate_order(objsize);
		ck_assert_msg(1u << order == pages &&
			      (4096u << order) / objsize == perslab,
			      "%s %s: %u objects of %u pages, ours %u of %u",
			      shape, name, perslab, pages,
			      (4096u << order) / objsize, 1u << order);
		rows++;
	}
	fclose(f);
	nr_cpu_ids = 1;
	return rows;
}

START_TEST(test_orders_are_linux_on_the_reference_machines)
{
	ck_assert_int_eq(check_orders("m256", 1), 145);
	ck_assert_int_eq(check_orders("m4608-smp2", 2), 145);
}
END_TEST

static const char *slabinfo_line(const char *name)
{
	static char line[256];
	const char *p, *e;

	slabinfo_show(test_seq());
	for (p = test_seq_text(); (p = strstr(p, name)) != NULL; p++)
		if ((p == test_seq_text() || p[-1] == '\n') &&
		    p[strlen(name)] == ' ')
			break;
	if (!p)
		return "";
	e = strchr(p, '\n');
	libc_snprintf(line, sizeof(line), "%.*s", (int)(e - p), p);
	return line;
}

START_TEST(test_slabinfo_counts_objects_and_slabs)
{
	struct kmem_cache *s = kmem_cache_create("t_counts", 256, 0,
						 SLAB_HWCACHE_ALIGN, NULL);
	void *obj[20];
	int i;

	for (i = 0; i < 20; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	ck_assert_str_eq(slabinfo_line("t_counts"),
			 "t_counts              32     32    256   16    1 "
			 ": tunables    0    0    0 : slabdata      2      2"
			 "      0");
	for (i = 0; i < 16; i++)
		kmem_cache_free(s, obj[i]);
	for (i = 16; i < 20; i++)
		kmem_cache_free(s, obj[i]);
	kmem_cache_shrink(s);
	ck_assert_str_eq(slabinfo_line("t_counts"),
			 "t_counts               0      0    256   16    1 "
			 ": tunables    0    0    0 : slabdata      0      0"
			 "      0");
	kmem_cache_destroy(s);
}
END_TEST

START_TEST(test_slabinfo_header_and_boot_caches)
{
	slabinfo_show(test_seq());
	ck_assert_int_eq(strncmp(test_seq_text(),
		"slabinfo - version: 2.1\n# name            <active_objs> "
		"<num_objs> <objsize> <objperslab> <pagesperslab> : tunables "
		"<limit> <batchcount> <sharedfactor> : slabdata <active_slabs> "
		"<num_slabs> <sharedavail>\n", 204), 0);
	ck_assert_str_eq(slabinfo_line("kmem_cache_node") + 31,
			 "     64   64    1 : tunables    0    0    0 : "
			 "slabdata      1      1      0");
}
END_TEST

START_TEST(test_a_partial_slab_comes_before_a_new_one)
{
	struct kmem_cache *s = kmem_cache_create("t_1k", 1024, 0, 0, NULL);
	void *obj[16];
	int i;

	for (i = 0; i < 16; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	ck_assert_uint_eq(oo_objects(s->oo), 8);
	ck_assert_uint_eq(s->node[0]->nr_slabs, 2);
	ck_assert_uint_eq(s->node[0]->nr_partial, 0);
	kmem_cache_free(s, obj[3]);
	ck_assert_uint_eq(s->node[0]->nr_partial, 1);
	ck_assert_ptr_eq(kmem_cache_alloc(s, GFP_KERNEL), obj[3]);
	ck_assert_uint_eq(s->node[0]->nr_slabs, 2);
	ck_assert_uint_eq(s->node[0]->nr_partial, 0);
	ck_assert_ptr_eq(s->cpu_slab[0].slab, virt_to_slab(obj[3]));
}
END_TEST

static struct kmem_cache *debug_cache(const char *name)
{
	return kmem_cache_create(name, 64, 0, SLAB_CONSISTENCY_CHECKS |
				 SLAB_RED_ZONE | SLAB_POISON |
				 SLAB_STORE_USER, NULL);
}

static void expect_report(const char *what)
{
	ck_assert_msg(strstr(host_console_output(), what) != NULL,
		      "no \"%s\" in:\n%s", what, host_console_output());
}

START_TEST(test_slub_debug_catches_each_mistake)
{
	struct kmem_cache *s = debug_cache("t_dbg"), *t = debug_cache("t_o");
	char *a = kmem_cache_alloc(s, GFP_KERNEL), *b, *c;

	a[64] = 1;
	kmem_cache_free(s, a);
	expect_report("BUG t_dbg (Not tainted): Right Redzone overwritten");
	expect_report("FIX t_dbg: Restoring Right Redzone");
	expect_report(": 01 cc cc cc cc cc cc cc                          "
		      "........\n");
	kmem_cache_free(s, a);		/* restored: this free is done */
	kmem_cache_free(s, a);
	expect_report("BUG t_dbg (Tainted: G    B             ): "
		      "Object already free");
	a = kmem_cache_alloc(s, GFP_KERNEL);
	kmem_cache_free(s, a + 8);
	expect_report("Invalid object pointer");
	kmem_cache_free(s, a);
	a[3] = 0;
	b = kmem_cache_alloc(s, GFP_KERNEL);
	expect_report("BUG t_dbg (Tainted: G    B             ): "
		      "Poison overwritten");
	c = kmem_cache_alloc(s, GFP_KERNEL);
	kmem_cache_free(t, c);
	expect_report("Wrong slab cache. t_o but object is from t_dbg");
	kmem_cache_free(s, page_address(alloc_pages(GFP_KERNEL, 0)));
	expect_report("virt_to_cache: Object is not a Slab page!");
	ck_assert_ptr_ne(b, c);
	ck_assert_ptr_ne(kmem_cache_alloc(s, GFP_KERNEL),
			 kmem_cache_alloc(s, GFP_KERNEL));
}
END_TEST

static void no_ctor(void *p)
{
	(void)p;
}

START_TEST(test_layouts_follow_the_flags)
{
	struct kmem_cache *s = kmem_cache_create("t_24", 24, 0,
						 SLAB_HWCACHE_ALIGN, NULL);
	char *a, *b;

	a = kmem_cache_alloc(s, GFP_KERNEL);
	b = kmem_cache_alloc(s, GFP_KERNEL);
	ck_assert_int_eq(b - a, 32);
	ck_assert_uint_eq(s->offset, 8);	/* the middle of 24 bytes */
	s = kmem_cache_create("t_ctor", 24, 0, 0, no_ctor);
	ck_assert_uint_eq(s->offset, 24);
	ck_assert_uint_eq(s->size, 32);
	s = kmem_cache_create("t_fpzu", 64, 64, SLAB_CONSISTENCY_CHECKS |
			      SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER,
			      NULL);
	ck_assert_uint_eq(s->red_left_pad, 64);
	ck_assert_uint_eq(s->inuse, 72);
	ck_assert_uint_eq(s->offset, 72);
	ck_assert_uint_eq(s->size, 256);
	ck_assert_uint_eq(s->flags & __OBJECT_POISON, __OBJECT_POISON);
}
END_TEST

START_TEST(test_big_slabs_are_compound_and_reclaimable_ones_apart)
{
	struct kmem_cache *s = kmem_cache_create("t_2k", 2048, 0,
						 SLAB_RECLAIM_ACCOUNT, NULL);
	char *obj[8];
	int i;

	for (i = 0; i < 8; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	ck_assert_uint_eq(oo_order(s->oo), 2);	/* 8 objects, one CPU */
	ck_assert_ptr_eq(virt_to_slab(obj[7]), virt_to_slab(obj[0]));
	ck_assert_ptr_ne(virt_to_page(obj[7]), virt_to_page(obj[0]));
	ck_assert(PageHead(slab_page(virt_to_slab(obj[0]))));
	ck_assert_int_eq(get_pageblock_migratetype(virt_to_page(obj[0])),
			 MIGRATE_RECLAIMABLE);
	for (i = 0; i < 8; i++)
		kmem_cache_free(s, obj[i]);
	kmem_cache_destroy(s);
}
END_TEST

START_TEST(test_slub_debug_boot_option)
{
	struct kmem_cache *s;

	host_boot("slub_debug=FZ,t_a,t_b");
	s = kmem_cache_create("t_a", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags, SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE);
	s = kmem_cache_create("t_b", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags, SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE);
	s = kmem_cache_create("t_", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags, 0);
	s = kmem_cache_create("t_c", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags, 0);
	host_boot("slub_debug");
	s = kmem_cache_create("t_c", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags & SLAB_DEBUG_FLAGS, SLAB_DEBUG_FLAGS);
	host_boot("slub_debug=pX");
	ck_assert_ptr_nonnull(strstr(host_console_output(),
			      "slub_debug option 'X' unknown. skipped"));
	s = kmem_cache_create("t_c", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags & SLAB_DEBUG_FLAGS, SLAB_POISON);
	host_boot("slub_debug=-");
	s = kmem_cache_create("t_c", 64, 0, 0, NULL);
	ck_assert_uint_eq(s->flags, 0);
}
END_TEST

START_TEST(test_empty_slabs_beyond_min_partial_go_back)
{
	struct kmem_cache *s = kmem_cache_create("t_4k", 4096, 0, 0, NULL);
	void *obj[80];
	int i;

	ck_assert_uint_eq(s->min_partial, 6);
	ck_assert_uint_eq(kmem_cache_create("t_64", 64, 0, 0,
					    NULL)->min_partial, 5);
	ck_assert_uint_eq(kmem_cache_create("t_16k", 16384, 0, 0,
					    NULL)->min_partial, 7);
	for (i = 0; i < 80; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	ck_assert_uint_eq(s->node[0]->nr_slabs, 10);
	for (i = 0; i < 80; i++)
		kmem_cache_free(s, obj[i]);
	ck_assert_uint_eq(s->node[0]->nr_partial, 5);
	ck_assert_uint_eq(s->node[0]->nr_slabs, 6);
	kmem_cache_shrink(s);
	ck_assert_uint_eq(s->node[0]->nr_slabs, 0);
}
END_TEST

static void create_impossible_cache(void *arg)
{
	(void)arg;
	kmem_cache_create(NULL, 64, 0, SLAB_PANIC, NULL);
}

START_TEST(test_slab_panic_panics)
{
	ck_assert_int_eq(host_catch_exit(create_impossible_cache, NULL),
			 KERNEL_EXIT_PANIC);
	expect_report("kmem_cache_create: Failed to create slab '(null)'. "
		      "Error -22");
}
END_TEST

START_TEST(test_destroy_with_objects_refuses_and_lists_them)
{
	struct kmem_cache *s = kmem_cache_create("t_live", 64, 0,
						 SLAB_STORE_USER, NULL);
	void *a = kmem_cache_alloc(s, GFP_KERNEL);

	kmem_cache_destroy(s);
	expect_report("BUG t_live (Not tainted): Objects remaining in "
		      "t_live on __kmem_cache_shutdown()");
	expect_report("Object 0x");
	expect_report("Allocated in 0x");
	expect_report("kmem_cache_destroy t_live: Slab cache still has "
		      "objects when called from 0x");
	expect_report("WARNING: CPU: 0 PID: 0 at ");
	ck_assert_int_eq(strncmp(slabinfo_line("t_live") + 18,
				 "     1     36    112", 20), 0);
	kmem_cache_free(s, a);
	kmem_cache_destroy(s);
	ck_assert_str_eq(slabinfo_line("t_live"), "");
}
END_TEST

START_TEST(test_a_wrong_object_count_is_set_right)
{
	struct kmem_cache *s = debug_cache("t_cnt");
	char *a = kmem_cache_alloc(s, GFP_KERNEL);

	kmem_cache_alloc(s, GFP_KERNEL);
	virt_to_slab(a)->inuse = 5;
	kmem_cache_free(s, a);
	expect_report("Wrong object count. Counter is 5 but counted were 2");
	expect_report("FIX t_cnt: Object count adjusted");
	ck_assert_uint_eq(virt_to_slab(a)->inuse, 1);
}
END_TEST

Suite *slab_suite(void)
{
	Suite *s = suite_create("slab");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_orders_are_linux_on_the_reference_machines);
	tcase_add_test(tc, test_slabinfo_counts_objects_and_slabs);
	tcase_add_test(tc, test_slabinfo_header_and_boot_caches);
	tcase_add_test(tc, test_a_partial_slab_comes_before_a_new_one);
	tcase_add_test(tc, test_slub_debug_catches_each_mistake);
	tcase_add_test(tc, test_layouts_follow_the_flags);
	tcase_add_test(tc,
		       test_big_slabs_are_compound_and_reclaimable_ones_apart);
	tcase_add_test(tc, test_slub_debug_boot_option);
	tcase_add_test(tc, test_destroy_with_objects_refuses_and_lists_them);
	tcase_add_test(tc, test_a_wrong_object_count_is_set_right);
	tcase_add_test(tc, test_empty_slabs_beyond_min_partial_go_back);
	tcase_add_test(tc, test_slab_panic_panics);
	suite_add_tcase(s, tc);
	return s;
}
