/* kernel/selftest_slab.c: the slab allocator's self-tests (chapter 10). */
#include <linux/kernel.h>
#include <linux/selftest.h>
#include <linux/slab.h>
#include <linux/slub_def.h>
#include <linux/string.h>
#include "../mm/slab.h"


static void test_slab_hands_out_the_object_freed_last(void)
{
	struct kmem_cache *s = kmem_cache_create("st_lifo", 48, 0, 0, NULL);
	void *a, *b;

	EXPECT_TRUE(s != NULL);
	if (!s)
		return;
	a = kmem_cache_alloc(s, GFP_KERNEL);
	b = kmem_cache_alloc(s, GFP_KERNEL);
	EXPECT_TRUE(a && b && a != b);
	EXPECT_EQ((char *)b - (char *)a, 48);
	kmem_cache_free(s, a);
	EXPECT_TRUE(kmem_cache_alloc(s, GFP_KERNEL) == a);
	kmem_cache_free(s, a);
	kmem_cache_free(s, b);
	kmem_cache_destroy(s);
}

static int slab_ctor_calls;

static void slab_test_ctor(void *p)
{
	slab_ctor_calls++;
	memset(p, 0x42, 32);
}

static void test_slab_ctor_runs_once_per_object(void)
{
	struct kmem_cache *s = kmem_cache_create("st_ctor", 32, 0, 0,
						 slab_test_ctor);
	unsigned char *a;

	slab_ctor_calls = 0;
	a = kmem_cache_alloc(s, GFP_KERNEL);
	/* 4096 / 40 (the free pointer after the object), at once */
	EXPECT_EQ(slab_ctor_calls, 102);
	EXPECT_EQ(a[31], 0x42);
	kmem_cache_free(s, a);
	a = kmem_cache_alloc(s, GFP_KERNEL);
	EXPECT_EQ(slab_ctor_calls, 102);
	kmem_cache_free(s, a);
	kmem_cache_destroy(s);
}

static void test_slab_shrink_and_destroy(void)
{
	struct kmem_cache *s = kmem_cache_create("st_shrink", 1024, 0, 0,
						 NULL);
	void *obj[64];
	int i;

	for (i = 0; i < 64; i++)
		obj[i] = kmem_cache_alloc(s, GFP_KERNEL);
	EXPECT_TRUE(s->node[0]->nr_slabs >= 8);
	for (i = 1; i < 64; i++)
		kmem_cache_free(s, obj[i]);
	kmem_cache_shrink(s);
	EXPECT_EQ(s->node[0]->nr_slabs, 1);
	kmem_cache_destroy(s);		/* refused: obj[0] is in use */
	EXPECT_EQ(s->refcount, 1);
	kmem_cache_free(s, obj[0]);
	kmem_cache_destroy(s);
}

static void test_slab_double_free_is_caught(void)
{
	struct kmem_cache *s = kmem_cache_create("st_debug", 64, 0,
			SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE |
			SLAB_POISON | SLAB_STORE_USER, NULL);
	void *a = kmem_cache_alloc(s, GFP_KERNEL), *b, *c;

	kmem_cache_free(s, a);
	kmem_cache_free(s, a);
	b = kmem_cache_alloc(s, GFP_KERNEL);
	c = kmem_cache_alloc(s, GFP_KERNEL);
	EXPECT_TRUE(b && c && b != c);
	kmem_cache_free(s, b);
	kmem_cache_free(s, c);
	kmem_cache_destroy(s);
}

const struct self_test slab_self_tests[] = {
	{ "slab_hands_out_the_object_freed_last",
	  test_slab_hands_out_the_object_freed_last },
	{ "slab_ctor_runs_once_per_object", test_slab_ctor_runs_once_per_object },
	{ "slab_shrink_and_destroy", test_slab_shrink_and_destroy },
	{ "slab_double_free_is_caught", test_slab_double_free_is_caught },
};
const unsigned int nr_slab_self_tests = ARRAY_SIZE(slab_self_tests);
