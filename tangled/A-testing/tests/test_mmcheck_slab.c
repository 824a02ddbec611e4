/* tests/test_mmcheck_slab.c: each slab rule of mmcheck, broken by hand. */
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mmcheck.h>
#include <linux/slab.h>
#include "../mm/slab.h"

#define TEST_OBJECTS	100

static struct kmem_cache *cache;
static void *objs[TEST_OBJECTS];
static unsigned int nr_objs;
static struct slab *partial;	/* the first slab, on the partial list */

static void three_slabs(slab_flags_t flags)
{
	unsigned int i, per_slab;

	cache = kmem_cache_create("mmcheck-test", 1024, 0, flags, NULL);
	ck_assert_ptr_nonnull(cache);
	per_slab = oo_objects(cache->oo);
	ck_assert_uint_gt(oo_order(cache->oo), 0);
	nr_objs = 2 * per_slab + 1;
	ck_assert_uint_le(nr_objs, TEST_OBJECTS);
	for (i = 0; i < nr_objs; i++)
		ck_assert_ptr_nonnull(objs[i] = kmem_cache_alloc(cache,
								 GFP_KERNEL));
	kmem_cache_free(cache, objs[0]);
	kmem_cache_free(cache, objs[1]);
	partial = virt_to_slab(objs[0]);
	if (!flags)
		ck_assert_ptr_eq(cache->node[0]->partial.next,
				 &partial->slab_list);
}

static void expect_slab(unsigned long n, const char *pattern)
{
	host_console_reset();
	ck_assert_uint_eq(mmcheck_slab(true, NULL), n);
	expect_lines_match(host_console_output(), "^mmcheck: ", (int)n);
	if (pattern)
		expect_lines_match(host_console_output(), pattern, 1);
}

START_TEST(test_slabs_of_a_clean_machine_have_no_problems)
{
	struct mmcheck_slab_counts counts;

	expect_slab(0, NULL);
	three_slabs(0);
	ck_assert_uint_eq(mmcheck_slab(true, &counts), 0);
	ck_assert_uint_ge(counts.slabs, 3);
	ck_assert_uint_eq(mmcheck_cache(cache, nr_objs - 2, true), 0);
	host_console_reset();
	ck_assert_uint_eq(mmcheck_cache(cache, nr_objs - 1, true), 1);
	expect_lines_match(host_console_output(), "^mmcheck: cache "
			   "mmcheck-test: [0-9]+ objects in use but the "
			   "caller holds [0-9]+$", 1);
	ck_assert_ptr_eq(strstr(host_console_output(), "nr_"), NULL);
}
END_TEST
START_TEST(test_a_free_that_forgets_to_count)
{
	three_slabs(0);
	partial->inuse++;
	expect_slab(1, "slab pfn 0x[0-9a-f]+: 2 objects on its free list "
		    "but [0-9]+ of [0-9]+ in use$");
	partial->inuse--;
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_an_object_twice_on_a_free_list)
{
	void *second;

	three_slabs(0);
	second = get_freepointer(cache, partial->freelist);
	set_freepointer(cache, second, partial->freelist);
	expect_slab(1, "slab pfn 0x[0-9a-f]+: the slab's free list comes "
		    "back to an object after 2 objects$");
	set_freepointer(cache, second, NULL);
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_a_free_pointer_out_of_the_slab)
{
	void *first;

	three_slabs(0);
	first = partial->freelist;
	partial->freelist = (char *)slab_address(partial) +
			    (PAGE_SIZE << slab_order(partial));
	expect_slab(1, "the slab's free list leaves the slab after 0 "
		    "objects$");
	partial->freelist = (char *)first + 8;
	expect_slab(1, "the slab's free list points between two objects "
		    "after 0 objects$");
	partial->freelist = first;
	expect_slab(0, NULL);
}
END_TEST
START_TEST(test_a_listed_slab_that_is_not_a_slab_page)
{
	three_slabs(0);
	ClearPageSlab(slab_page(partial));
	expect_slab(4, "the partial list of node 0 holds a slab that is not "
		    "a slab page$");
	SetPageSlab(slab_page(partial));
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_a_listed_slab_of_another_cache)
{
	three_slabs(0);
	partial->slab_cache = (struct kmem_cache *)&partial->slab_cache;
	expect_slab(5, "slab pfn 0x[0-9a-f]+ on the partial list of node 0 "
		    "belongs to another cache$");
	expect_lines_match(host_console_output(), "^mmcheck: slab pfn "
			   "0x[0-9a-f]+ belongs to no cache on slab_caches$",
			   1);
	partial->slab_cache = cache;
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_a_slab_of_the_wrong_order)
{
	unsigned int order, objects;
	struct page *page;
	char want[120];

	three_slabs(0);
	page = slab_page(partial);
	order = oo_order(cache->oo);
	objects = oo_objects(cache->oo);
	page[1].compound_order--;
	libc_snprintf(want, sizeof(want), "slab pfn 0x[0-9a-f]+ has order %u "
		      "and %u objects, the cache's are %u and %u$", order - 1,
		      objects, order, objects);
	expect_slab(1, want);
	page[1].compound_order++;
	expect_slab(0, NULL);
}
END_TEST
START_TEST(test_the_node_counters)
{
	struct kmem_cache_node *n;

	three_slabs(0);
	n = cache->node[0];
	n->nr_partial++;
	expect_slab(1, "node 0: nr_partial 2 but the partial list holds 1 "
		    "slabs$");
	n->nr_partial--;
	n->nr_slabs++;
	expect_slab(1, "node 0: nr_slabs 4 but the memory map holds 3$");
	n->nr_slabs--;
	n->total_objects--;
	expect_slab(1, "node 0: total_objects [0-9]+ but its slabs hold "
		    "[0-9]+$");
	n->total_objects++;
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_a_partial_slab_off_its_list)
{
	struct kmem_cache_node *n;

	three_slabs(0);
	n = cache->node[0];
	list_del(&partial->slab_list);
	n->nr_partial--;
	expect_slab(1, "node 0: 1 slabs have free objects and no cpu but 0 "
		    "are on the partial list$");
	list_add(&partial->slab_list, &n->partial);
	n->nr_partial++;
	partial->slab_list.prev = &partial->slab_list;
	expect_slab(1, "the partial list of node 0 has an entry whose prev "
		    "link is wrong after 0 slabs$");
	partial->slab_list.prev = &n->partial;
	expect_slab(0, NULL);
}
END_TEST
START_TEST(test_a_frozen_slab_that_no_cpu_holds)
{
	three_slabs(0);
	partial->frozen = 1;
	expect_slab(3, "slab pfn 0x[0-9a-f]+ on the partial list of node 0 "
		    "is frozen$");
	expect_lines_match(host_console_output(), "1 slabs are frozen but "
			   "cpus hold 0$|2 slabs are frozen but cpus hold 1$",
			   1);
	partial->frozen = 0;
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_the_cpu_slab_counts)
{
	struct slab *slab;

	three_slabs(0);
	slab = cache->cpu_slab[smp_processor_id()].slab;
	ck_assert_ptr_nonnull(slab);
	slab->inuse--;
	expect_slab(1, "slab pfn 0x[0-9a-f]+: [0-9]+ objects on cpu [0-9]+'s "
		    "free list and 0 on its own but [0-9]+ of [0-9]+ in use$");
	slab->inuse++;
	expect_slab(0, NULL);
}
END_TEST

START_TEST(test_a_full_slab_off_the_full_list)
{
	struct slab *full;

	three_slabs(SLAB_STORE_USER);
	full = virt_to_slab(objs[2 * oo_objects(cache->oo) - 1]);
	ck_assert_uint_eq(full->inuse, full->objects);
	list_del(&full->slab_list);
	expect_slab(1, "node 0: 1 slabs are full but 0 are on the full "
		    "list$");
	list_add(&full->slab_list, &cache->node[0]->full);
	expect_slab(0, NULL);
}
END_TEST

Suite *mmcheck_slab_suite(void)
{
	Suite *s = suite_create("mmcheck_slab");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_slabs_of_a_clean_machine_have_no_problems);
	tcase_add_test(tc, test_a_free_that_forgets_to_count);
	tcase_add_test(tc, test_an_object_twice_on_a_free_list);
	tcase_add_test(tc, test_a_free_pointer_out_of_the_slab);
	tcase_add_test(tc, test_a_listed_slab_that_is_not_a_slab_page);
	tcase_add_test(tc, test_a_listed_slab_of_another_cache);
	tcase_add_test(tc, test_a_slab_of_the_wrong_order);
	tcase_add_test(tc, test_the_node_counters);
	tcase_add_test(tc, test_a_partial_slab_off_its_list);
	tcase_add_test(tc, test_a_frozen_slab_that_no_cpu_holds);
	tcase_add_test(tc, test_the_cpu_slab_counts);
	tcase_add_test(tc, test_a_full_slab_off_the_full_list);
	suite_add_tcase(s, tc);
	return s;
}
