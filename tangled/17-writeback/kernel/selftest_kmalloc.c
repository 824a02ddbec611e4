/* kernel/selftest_kmalloc.c: kmalloc's self-tests (chapter 11). */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/selftest.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../mm/slab.h"


static void test_kmalloc_sizes_get_their_classes(void)
{
	static const size_t size[] = { 1, 8, 9, 64, 65, 96, 97, 129, 192,
				       193, 2048, 8192, 8193, 20000 };
	static const size_t want[] = { 8, 8, 16, 64, 96, 96, 128, 192, 192,
				       256, 2048, 8192, 16384, 32768 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(size); i++) {
		void *p = kmalloc(size[i], GFP_KERNEL);

		EXPECT_EQ(ksize(p), want[i]);
		kfree(p);
	}
	EXPECT_TRUE(kmalloc(0, GFP_KERNEL) == ZERO_SIZE_PTR);
}

static void test_kmalloc_large_is_a_compound_page(void)
{
	unsigned long before = nr_free_pages();
	char *p = kmalloc(100000, GFP_KERNEL);
	struct page *page = virt_to_page(p);

	EXPECT_TRUE(PageHead(page) && !PageSlab(page));
	EXPECT_EQ(compound_order(page), 5);
	EXPECT_TRUE(compound_head(virt_to_page(p + 99999)) == page);
	kfree(p);
	EXPECT_EQ(nr_free_pages(), before);
}

static int kmalloc_selftest_global;

static void test_kmalloc_flags_pick_the_cache(void)
{
	void *d = kmalloc(64, GFP_KERNEL | GFP_DMA);
	void *r = kmalloc(64, GFP_KERNEL | __GFP_RECLAIMABLE);

	EXPECT_TRUE(virt_to_slab(d)->slab_cache ==
		    kmalloc_caches[KMALLOC_DMA][6]);
	EXPECT_EQ(page_zonenum(virt_to_page(d)), ZONE_DMA);
	EXPECT_TRUE(virt_to_slab(r)->slab_cache ==
		    kmalloc_caches[KMALLOC_RECLAIM][6]);
	kfree(d);
	kfree(r);
	kfree(&kmalloc_selftest_global);	/* refused, with a warning */
	EXPECT_EQ(kmalloc_selftest_global, 0);
}

const struct self_test kmalloc_self_tests[] = {
	{ "kmalloc_sizes_get_their_classes", test_kmalloc_sizes_get_their_classes },
	{ "kmalloc_large_is_a_compound_page",
	  test_kmalloc_large_is_a_compound_page },
	{ "kmalloc_flags_pick_the_cache", test_kmalloc_flags_pick_the_cache },
};
const unsigned int nr_kmalloc_self_tests = ARRAY_SIZE(kmalloc_self_tests);
