/* tests/test_xarray.c: the radix tree under the page cache. */
#include "tests.h"
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/xarray.h>
#include "../mm/slab.h"

/* The tree's nodes out of their cache, the cpu slab's counted too. */
static unsigned long nodes(void)
{
	unsigned long a, total, slabs;

	kmem_cache_shrink(radix_tree_node_cachep);
	get_slabinfo(radix_tree_node_cachep, &a, &total, &slabs);
	return a;
}

/* An entry that says its own index (entries are pointers, not zero). */
static void *item(unsigned long index)
{
	return (void *)(index << 2 | 4);
}

START_TEST(test_xa_dense)
{
	struct xarray xa = XARRAY_INIT(xa);
	unsigned long base = nodes(), i, n = 0;
	void *entry;

	for (i = 0; i < 1000; i++)
		ck_assert_ptr_null(xa_store(&xa, i, item(i), GFP_KERNEL));
	ck_assert_uint_eq(nodes() - base, 16 + 1);	/* leaves and root */
	ck_assert_uint_eq(xa.xa_head->shift, 6);
	for (i = 0; i < 1000; i++)
		ck_assert_ptr_eq(xa_load(&xa, i), item(i));
	ck_assert_ptr_null(xa_load(&xa, 1000));
	ck_assert_ptr_eq(xa_store(&xa, 7, item(8), GFP_KERNEL), item(7));
	ck_assert_ptr_eq(xa_store(&xa, 7, item(7), GFP_KERNEL), item(8));
	xa_for_each(&xa, i, entry) {
		ck_assert_ptr_eq(entry, item(n));
		ck_assert_uint_eq(i, n++);
	}
	ck_assert_uint_eq(n, 1000);
	for (i = 0; i < 1000; i++)
		ck_assert_ptr_eq(xa_erase(&xa, i), item(i));
	ck_assert_ptr_null(xa_erase(&xa, 3));
	ck_assert(xa_empty(&xa));
	ck_assert_uint_eq(nodes(), base);
}
END_TEST

START_TEST(test_xa_sparse_and_huge_indexes)
{
	static const unsigned long idx[] = {
		0, 63, 64, 1UL << 20, 1UL << 40, ULONG_MAX - 1, ULONG_MAX,
	};
	struct xarray xa = XARRAY_INIT(xa);
	unsigned long base = nodes(), i, n = 0;
	void *entry;

	ck_assert_ptr_null(xa_store(&xa, ULONG_MAX, item(1), GFP_KERNEL));
	ck_assert_uint_eq(nodes() - base, 11);	/* 64 bits, 6 a level */
	ck_assert_ptr_eq(xa_erase(&xa, ULONG_MAX), item(1));
	ck_assert_uint_eq(nodes(), base);
	for (i = 0; i < ARRAY_SIZE(idx); i++)
		xa_store(&xa, idx[i], item(i), GFP_KERNEL);
	for (i = 0; i < ARRAY_SIZE(idx); i++)
		ck_assert_ptr_eq(xa_load(&xa, idx[i]), item(i));
	ck_assert_ptr_null(xa_load(&xa, 1));
	ck_assert_ptr_null(xa_load(&xa, (1UL << 40) + 1));
	ck_assert_ptr_null(xa_load(&xa, ULONG_MAX - 2));
	xa_for_each(&xa, i, entry) {	/* in order of index */
		ck_assert_uint_eq(i, idx[n]);
		ck_assert_ptr_eq(entry, item(n++));
	}
	ck_assert_uint_eq(n, ARRAY_SIZE(idx));
	i = 65;
	ck_assert_ptr_eq(xa_find(&xa, &i, ULONG_MAX, XA_PRESENT), item(3));
	ck_assert_uint_eq(i, 1UL << 20);
	i = 65;
	ck_assert_ptr_null(xa_find(&xa, &i, (1UL << 20) - 1, XA_PRESENT));
	xa_destroy(&xa);
	ck_assert_uint_eq(nodes(), base);
}
END_TEST

START_TEST(test_xa_erase_shrinks_the_tree)
{
	struct xarray xa = XARRAY_INIT(xa);
	unsigned long base = nodes();

	xa_store(&xa, 0, item(0), GFP_KERNEL);
	ck_assert_uint_eq(xa.xa_head->shift, 0);
	xa_store(&xa, 5000, item(5000), GFP_KERNEL);
	ck_assert_uint_eq(xa.xa_head->shift, 12);
	ck_assert_uint_eq(nodes() - base, 5);	/* root, two paths of two */
	xa_erase(&xa, 5000);
	ck_assert_uint_eq(xa.xa_head->shift, 0);
	ck_assert_uint_eq(nodes() - base, 1);
	ck_assert_ptr_eq(xa_load(&xa, 0), item(0));
	xa_store(&xa, 5000, item(5000), GFP_KERNEL);
	xa_erase(&xa, 0);	/* the root keeps its height: 5000 needs it */
	ck_assert_uint_eq(xa.xa_head->shift, 12);
	ck_assert_uint_eq(nodes() - base, 3);
	ck_assert_ptr_eq(xa_load(&xa, 5000), item(5000));
	xa_erase(&xa, 5000);
	ck_assert(xa_empty(&xa));
	ck_assert_uint_eq(nodes(), base);
}
END_TEST

START_TEST(test_xa_marks_propagate_up)
{
	struct xarray xa = XARRAY_INIT(xa);
	unsigned long i, n = 0;
	void *entry;

	xa_store(&xa, 100, item(100), GFP_KERNEL);
	xa_store(&xa, 101, item(101), GFP_KERNEL);
	xa_set_mark(&xa, 200, XA_MARK_0);	/* no entry: no mark */
	ck_assert(!xa_marked(&xa, XA_MARK_0));
	xa_set_mark(&xa, 100, XA_MARK_0);
	ck_assert(xa_marked(&xa, XA_MARK_0));
	ck_assert(!xa_marked(&xa, XA_MARK_1));
	xa_store(&xa, 70000, item(70000), GFP_KERNEL);	/* a taller tree */
	ck_assert(xa_marked(&xa, XA_MARK_0));
	xa_set_mark(&xa, 70000, XA_MARK_0);
	xa_set_mark(&xa, 70000, XA_MARK_2);
	ck_assert(xa_get_mark(&xa, 100, XA_MARK_0));
	ck_assert(!xa_get_mark(&xa, 101, XA_MARK_0));
	ck_assert(!xa_get_mark(&xa, 100, XA_MARK_2));
	xa_for_each_marked(&xa, i, entry, XA_MARK_0) {
		ck_assert_ptr_eq(entry, item(i));
		ck_assert_uint_eq(i, n++ ? 70000 : 100);
	}
	ck_assert_uint_eq(n, 2);
	xa_clear_mark(&xa, 100, XA_MARK_0);	/* 70000 keeps the root's */
	ck_assert(xa_marked(&xa, XA_MARK_0));
	xa_erase(&xa, 70000);			/* erased: its marks go */
	ck_assert(!xa_marked(&xa, XA_MARK_0));
	ck_assert(!xa_marked(&xa, XA_MARK_2));
	xa_store(&xa, 70000, item(70000), GFP_KERNEL);
	ck_assert(!xa_get_mark(&xa, 70000, XA_MARK_2));
	xa_destroy(&xa);
}
END_TEST

Suite *xarray_suite(void)
{
	Suite *s = suite_create("xarray");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_xa_dense);
	tcase_add_test(tc, test_xa_sparse_and_huge_indexes);
	tcase_add_test(tc, test_xa_erase_shrinks_the_tree);
	tcase_add_test(tc, test_xa_marks_propagate_up);
	suite_add_tcase(s, tc);
	return s;
}
