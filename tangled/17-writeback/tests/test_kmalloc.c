/* tests/test_kmalloc.c: kmalloc's caches against Linux's, and kfree. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <linux/cpumask.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include "../mm/slab.h"

static bool kmalloc_row(const char *name)
{
	return !strncmp(name, "kmalloc-", 8) ? strncmp(name, "kmalloc-cg-",
						       11) != 0 :
	       !strncmp(name, "dma-kmalloc-", 12);
}

/* Our slabinfo's kmalloc rows, one "name objsize perslab pages" a line */
static void our_rows(char *out, size_t size)
{
	const char *p;
	char name[64];
	unsigned int objsize, perslab, pages;
	size_t n = 0;

	slabinfo_show(test_seq());
	for (p = test_seq_text(); *p; p = strchr(p, '\n') + 1)
		if (sscanf(p, "%63s %*u %*u %u %u %u", name, &objsize,
			   &perslab, &pages) == 4 && kmalloc_row(name))
			n += libc_snprintf(out + n, size - n, "%s %u %u %u\n",
					   name, objsize, perslab, pages);
}

static int check_kmalloc_rows(const char *shape, unsigned int cpus)
{
	static char ours[8192], theirs[8192];
	char path[128], line[512], name[64];
	unsigned int objsize, perslab, pages;
	size_t n = 0;
	int rows = 0;
	FILE *f;

	host_firmware.madt_cpus = cpus > 1 ? cpus : 0;
	host_boot("");
	host_firmware.madt_cpus = 0;
	ck_assert_uint_eq(nr_cpu_ids, cpus);
	our_rows(ours, sizeof(ours));
	libc_snprintf(path, sizeof(path), "tests/linux-6.1/proc/%s/slabinfo",
		      shape);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot read %s", path);
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%63s %*u %*u %u %u %u", name, &objsize,
			   &perslab, &pages) == 4 && kmalloc_row(name)) {
			n += libc_snprintf(theirs + n, sizeof(theirs) - n,
					   "%s %u %u %u\n", name, objsize,
					   perslab, pages);
			rows++;
		}
	fclose(f);
	ck_assert_str_eq(ours, theirs);
	return rows;
}

START_TEST(test_kmalloc_caches_are_linux_on_the_reference_machines)
{
	ck_assert_int_eq(check_kmalloc_rows("m256", 1), 39);
	ck_assert_int_eq(check_kmalloc_rows("m4608-smp2", 2), 39);
}
END_TEST

static size_t smallest_class(size_t size)
{
	static const size_t classes[] = { 8, 16, 32, 64, 96, 128, 192, 256,
					  512, 1024, 2048, 4096, 8192 };
	unsigned int i;

	for (i = 0; classes[i] < size; i++)
		;
	return classes[i];
}

START_TEST(test_every_size_gets_the_smallest_class_that_holds_it)
{
	size_t size, class;

	for (size = 1; size <= KMALLOC_MAX_CACHE_SIZE; size++) {
		char *p = kmalloc(size, GFP_KERNEL);

		class = smallest_class(size);
		ck_assert_msg(ksize(p) == class, "kmalloc(%zu): ksize %zu",
			      size, ksize(p));
		ck_assert_ptr_eq(kmalloc_slab(size, GFP_KERNEL),
			kmalloc_caches[KMALLOC_NORMAL][kmalloc_index(size)]);
		if (!(class & (class - 1)))
			ck_assert_uint_eq((unsigned long)p % class, 0);
		memset(p, 0xab, size);
		kfree(p);
	}
	ck_assert_ptr_eq(kmalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	ck_assert_uint_eq(ksize(kmalloc(8193, GFP_KERNEL)), 16384);
	ck_assert_uint_eq(ksize(kmalloc(1 << 20, GFP_KERNEL)), 1 << 20);
	ck_assert_ptr_null(kmalloc(KMALLOC_MAX_SIZE + 1,
				   GFP_KERNEL | __GFP_NOWARN));
}
END_TEST

START_TEST(test_flags_choose_the_cache_zone_and_pageblock)
{
	char *d = kmalloc(100, GFP_KERNEL | GFP_DMA);
	char *l = kmalloc(20000, GFP_KERNEL | GFP_DMA);
	char *r = kmalloc(100, GFP_KERNEL | __GFP_RECLAIMABLE);
	char *z;
	int i;

	ck_assert_str_eq(virt_to_slab(d)->slab_cache->name,
			 "dma-kmalloc-128");
	ck_assert_uint_eq(page_zonenum(virt_to_page(d)), ZONE_DMA);
	ck_assert_uint_eq(page_zonenum(virt_to_page(l)), ZONE_DMA);
	ck_assert_str_eq(virt_to_slab(r)->slab_cache->name,
			 "kmalloc-rcl-128");
	z = kmalloc(64, GFP_DMA | __GFP_RECLAIMABLE);	/* DMA wins */
	ck_assert_str_eq(virt_to_slab(z)->slab_cache->name, "dma-kmalloc-64");
	ck_assert_int_eq(get_pageblock_migratetype(virt_to_page(r)),
			 MIGRATE_RECLAIMABLE);
	d = kmem_cache_alloc(kmalloc_caches[KMALLOC_DMA][9], GFP_KERNEL);
	ck_assert_uint_eq(page_zonenum(virt_to_page(d)), ZONE_DMA);
	r = kmem_cache_alloc(kmalloc_caches[KMALLOC_RECLAIM][9], GFP_KERNEL);
	ck_assert_int_eq(get_pageblock_migratetype(virt_to_page(r)),
			 MIGRATE_RECLAIMABLE);
	z = kmalloc(64, GFP_KERNEL);
	memset(z, 0x5a, 64);
	kfree(z);
	ck_assert_ptr_eq(kzalloc(64, GFP_KERNEL), z);	/* the same, zeroed */
	for (i = 0; i < 64; i++)
		ck_assert_int_eq(z[i], 0);
	z = kcalloc(1000, 20, GFP_KERNEL);
	ck_assert_uint_eq(ksize(z), 32768);
	for (i = 0; i < 20000; i++)
		ck_assert_int_eq(z[i], 0);
	ck_assert_ptr_null(kcalloc((size_t)1 << 62, 4, GFP_KERNEL));
	ck_assert_ptr_null(kmalloc_array((size_t)-1 / 3 + 1, 3, GFP_KERNEL));
	ck_assert_ptr_nonnull(kmalloc_array((size_t)1 << 16, 8, GFP_KERNEL));
}
END_TEST

START_TEST(test_gfp_atomic_reaches_the_reserves)
{
	while (alloc_pages(GFP_KERNEL | __GFP_NOWARN, 9))
		;
	while (alloc_pages(GFP_KERNEL | __GFP_NOWARN, 0))
		;
	ck_assert_ptr_null(kmalloc(8192, GFP_KERNEL | __GFP_NOWARN));
	ck_assert_ptr_nonnull(kmalloc(8192, GFP_ATOMIC));
}
END_TEST

START_TEST(test_krealloc_grows_in_place_then_moves)
{
	char *p = kmalloc(70, GFP_KERNEL), *q;

	memcpy(p, "seventy", 8);
	ck_assert_ptr_eq(krealloc(p, 96, GFP_KERNEL), p);
	q = krealloc(p, 97, GFP_KERNEL);
	ck_assert_ptr_ne(q, p);
	ck_assert_str_eq(q, "seventy");
	ck_assert_uint_eq(ksize(q), 128);
	ck_assert_ptr_eq(kmalloc(70, GFP_KERNEL), p);	/* p was freed */
	memset(q + 8, 1, 120);
	ck_assert_ptr_eq(krealloc(q, 9, GFP_KERNEL | __GFP_ZERO), q);
	ck_assert_int_eq(q[9], 0);
	ck_assert_int_eq(q[127], 0);
	q = krealloc(q, 40000, GFP_KERNEL);
	ck_assert_str_eq(q, "seventy");
	ck_assert_ptr_eq(krealloc(q, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	ck_assert_uint_eq(ksize(krealloc(NULL, 10, GFP_KERNEL)), 16);
	q = kstrdup("a string", GFP_KERNEL);
	ck_assert_str_eq(q, "a string");
	ck_assert_uint_eq(ksize(q), 16);
	ck_assert_ptr_null(kstrdup(NULL, GFP_KERNEL));
	ck_assert_int_eq(memcmp(kmemdup("\1\2\3", 3, GFP_KERNEL), "\1\2\3",
				3), 0);
}
END_TEST

static int a_global;

static void expect_out(const char *what)
{
	ck_assert_msg(strstr(host_console_output(), what) != NULL,
		      "no \"%s\" in:\n%s", what, host_console_output());
}

START_TEST(test_kfree_refuses_what_kmalloc_did_not_give)
{
	int local = 1;
	unsigned long before;
	char *big = kmalloc(100000, GFP_KERNEL);	/* order 5 */
	struct page *page = alloc_pages(GFP_KERNEL, 2);

	kfree(&local);
	expect_out("virt_to_phys used for non-linear address: 0x");
	kfree(&a_global);
	ck_assert_int_eq(local + a_global, 1);
	host_console_reset();
	before = nr_free_pages();
	kfree(big + 4096);
	expect_out("free_large_kmalloc: object pointer: 0x");
	kfree(page_address(page));
	ck_assert_uint_eq(nr_free_pages(), before);
	kfree(big);
	ck_assert_uint_eq(nr_free_pages(), before + 32);
	host_console_reset();
	kfree(big);
	expect_out("free_large_kmalloc: object pointer: 0x");
	ck_assert_uint_eq(nr_free_pages(), before + 32);
	ck_assert_uint_eq(ksize(big), 0);
	ck_assert_ptr_ne(kmalloc(64, GFP_KERNEL), kmalloc(64, GFP_KERNEL));
}
END_TEST

START_TEST(test_slub_debug_names_bad_frees_of_kmalloc_objects)
{
	char *a, *b;

	host_boot("slub_debug=F,kmalloc-64,kmalloc-128");
	a = kmalloc(64, GFP_KERNEL);
	kfree(a + 8);
	expect_out("BUG kmalloc-64 (Not tainted): Invalid object pointer 0x");
	expect_out("FIX kmalloc-64: Object at 0x");
	kfree(a);
	kfree(a);
	expect_out("BUG kmalloc-64 (Tainted: G    B             ): "
		   "Object already free");
	b = kmalloc(128, GFP_KERNEL);
	kmem_cache_free(kmalloc_caches[KMALLOC_NORMAL][6], b);
	expect_out("cache_from_obj: Wrong slab cache. kmalloc-64 but object "
		   "is from kmalloc-128");
	ck_assert_ptr_eq(kmalloc(128, GFP_KERNEL), b);	/* freed to its own */
	ck_assert_ptr_eq(kmalloc(64, GFP_KERNEL), a);
	ck_assert_ptr_ne(kmalloc(64, GFP_KERNEL), a);
}
END_TEST

START_TEST(test_ksize_leaves_out_what_slub_debug_keeps)
{
	host_boot("slub_debug=U,kmalloc-64");
	ck_assert_uint_eq(kmalloc_caches[KMALLOC_NORMAL][6]->size, 128);
	ck_assert_uint_eq(ksize(kmalloc(50, GFP_KERNEL)), 64);
	host_boot("slub_debug=Z,kmalloc-96");
	ck_assert_uint_eq(ksize(kmalloc(70, GFP_KERNEL)), 96);
	host_boot("slub_debug=P,kmalloc-96");
	ck_assert_uint_eq(ksize(kmalloc(70, GFP_KERNEL)), 96);
	host_boot("");
	ck_assert_uint_eq(ksize(kmalloc(70, GFP_KERNEL)), 96);
}
END_TEST

Suite *kmalloc_suite(void)
{
	Suite *s = suite_create("kmalloc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc,
		test_kmalloc_caches_are_linux_on_the_reference_machines);
	tcase_add_test(tc,
		test_every_size_gets_the_smallest_class_that_holds_it);
	tcase_add_test(tc, test_flags_choose_the_cache_zone_and_pageblock);
	tcase_add_test(tc, test_gfp_atomic_reaches_the_reserves);
	tcase_add_test(tc, test_krealloc_grows_in_place_then_moves);
	tcase_add_test(tc, test_kfree_refuses_what_kmalloc_did_not_give);
	tcase_add_test(tc,
		test_slub_debug_names_bad_frees_of_kmalloc_objects);
	tcase_add_test(tc, test_ksize_leaves_out_what_slub_debug_keeps);
	suite_add_tcase(s, tc);
	return s;
}
