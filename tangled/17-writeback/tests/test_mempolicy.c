/* tests/test_mempolicy.c: node lists, policies, and NUMA counters. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/mempolicy.h>
#include <linux/monitor.h>
#include <linux/sched.h>
#include <linux/start_kernel.h>

START_TEST(test_nodelist_parse_and_print)
{
	static const char *const bad[] = { "", "a", "3-1", "1,", "0-64",
					   "1;2" };
	nodemask_t m;
	char buf[64];
	size_t i;

	ck_assert_int_eq(nodelist_parse("0,2-3,5", &m), 0);
	ck_assert(node_isset(0, m) && !node_isset(1, m) && node_isset(3, m));
	ck_assert_int_eq(first_node(m), 0);
	ck_assert_int_eq(next_node_in(3, m), 5);
	ck_assert_int_eq(next_node_in(5, m), 0);
	nodelist_scnprintf(buf, sizeof(buf), &m);
	ck_assert_str_eq(buf, "0,2-3,5");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(nodelist_parse(bad[i], &m) != 0 || !*bad[i],
			      "accepted \"%s\"", bad[i]);
}
END_TEST

static void boot_two_nodes(void)
{
	int nid, j;

	host_firmware.numa_split = 0x80000000;
	host_boot("");
	host_console_reset();
	host_console_set_input("");
	/* the tests count their own pages, not the boot's (chapter 10's) */
	for (nid = 0; nid < 2; nid++)
		for (j = 0; j < MAX_NR_ZONES; j++)
			memset(NODE_DATA(nid)->node_zones[j].vm_numa_event, 0,
			       sizeof(NODE_DATA(nid)->node_zones[j]
					      .vm_numa_event));
}

static void boot_one_node(void)
{
	host_firmware.numa_split = 0;
	do_set_mempolicy(MPOL_DEFAULT, NULL);
}

static unsigned long event(int nid, int zt, int item)
{
	return NODE_DATA(nid)->node_zones[zt].vm_numa_event[item];
}

START_TEST(test_policies_check_their_nodes)
{
	nodemask_t m;

	ck_assert_int_eq(nr_cpu_ids, 2);
	ck_assert_int_eq(cpu_to_node(1), 1);
	nodes_clear(m);
	ck_assert_int_eq(do_set_mempolicy(MPOL_BIND, &m), -EINVAL);
	node_set(2, m);
	ck_assert_int_eq(do_set_mempolicy(MPOL_INTERLEAVE, &m), -EINVAL);
	ck_assert_ptr_null(current->mempolicy);
	nodelist_parse("1", &m);
	ck_assert_int_eq(do_set_mempolicy(MPOL_LOCAL, &m), -EINVAL);
	nodes_clear(m);
	ck_assert_int_eq(do_set_mempolicy(MPOL_LOCAL, &m), 0);
	ck_assert_int_eq(current->mempolicy->mode, MPOL_LOCAL);
	nodelist_parse("1", &m);
	ck_assert_int_eq(do_set_mempolicy(MPOL_BIND, &m), 0);
	ck_assert_int_eq(current->mempolicy->mode, MPOL_BIND);
	ck_assert_int_eq(do_set_mempolicy(MPOL_DEFAULT, NULL), 0);
	ck_assert_ptr_null(current->mempolicy);
}
END_TEST

START_TEST(test_local_and_interleave)
{
	struct page *p[6];
	nodemask_t m;
	int i;

	p[0] = alloc_pages(GFP_KERNEL, 0);
	ck_assert_int_eq(page_to_nid(p[0]), 0);
	ck_assert_uint_eq(event(0, ZONE_DMA32, NUMA_HIT), 1);
	ck_assert_uint_eq(event(0, ZONE_DMA32, NUMA_LOCAL), 1);
	__free_pages(p[0], 0);
	nodelist_parse("0-1", &m);
	do_set_mempolicy(MPOL_INTERLEAVE, &m);
	for (i = 0; i < 6; i++) {
		p[i] = alloc_pages(GFP_KERNEL, 0);
		ck_assert_int_eq(page_to_nid(p[i]), i % 2);
	}
	ck_assert_uint_eq(event(0, ZONE_DMA32, NUMA_INTERLEAVE_HIT), 3);
	ck_assert_uint_eq(event(1, ZONE_NORMAL, NUMA_INTERLEAVE_HIT), 3);
	ck_assert_uint_eq(event(1, ZONE_NORMAL, NUMA_OTHER), 3);
	for (i = 0; i < 6; i++)
		__free_pages(p[i], 0);
}
END_TEST

static unsigned long take_until(gfp_t gfp, int nid, struct list_head *l)
{
	struct page *page;
	unsigned long n = 0;

	while ((page = alloc_pages(gfp, 0)) != NULL) {
		list_add(&page->lru, l);
		n++;
		if (page_to_nid(page) != nid)
			break;
	}
	return n;
}

START_TEST(test_bind_fails_and_preferred_falls_back)
{
	unsigned long free0 = NODE_DATA(0)->node_zones[ZONE_DMA32].
			      managed_pages;
	struct list_head taken;
	nodemask_t m;

	INIT_LIST_HEAD(&taken);
	nodelist_parse("1", &m);
	do_set_mempolicy(MPOL_BIND, &m);
	ck_assert_uint_gt(take_until(GFP_KERNEL, 1, &taken), 400000);
	ck_assert_uint_gt(zone_free_pages(&NODE_DATA(0)->node_zones[
		ZONE_DMA32]), free0 - 1000);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"order:0, mode:0xcc0(GFP_KERNEL), nodemask=1\n"));
	ck_assert_ptr_null(alloc_pages_node(1, GFP_KERNEL | __GFP_THISNODE |
					    __GFP_NOWARN, 0));
	do_set_mempolicy(MPOL_PREFERRED, &m);
	take_until(GFP_KERNEL, 1, &taken);
	ck_assert_uint_eq(event(0, ZONE_DMA32, NUMA_MISS), 1);
	ck_assert_uint_eq(event(1, ZONE_NORMAL, NUMA_FOREIGN), 1);
	give_back_pages(&taken, 0);
}
END_TEST

static void run_monitor(void *arg)
{
	monitor_run();
}

START_TEST(test_numactl_interleave_at_the_monitor)
{
	host_console_set_input("numactl --interleave=0,1 alloc 4\n"
			       "numastat\n");
	host_catch_exit(run_monitor, NULL);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"alloc: 4 of 4 blocks of order 0 (GFP_KERNEL)\n"
		"  Node 0, zone    DMA32: 2\n  Node 1, zone   Normal: 2\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"interleave_hit" "            2" "          2\n"));
	ck_assert_ptr_null(current->mempolicy);
}
END_TEST

Suite *mempolicy_suite(void)
{
	Suite *s = suite_create("mempolicy");
	TCase *lists = tcase_create("node lists");
	TCase *tc = tcase_create("two nodes");

	tcase_add_test(lists, test_nodelist_parse_and_print);
	suite_add_tcase(s, lists);
	tcase_add_checked_fixture(tc, boot_two_nodes, boot_one_node);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_policies_check_their_nodes);
	tcase_add_test(tc, test_local_and_interleave);
	tcase_add_test(tc, test_bind_fails_and_preferred_falls_back);
	tcase_add_test(tc, test_numactl_interleave_at_the_monitor);
	suite_add_tcase(s, tc);
	return s;
}
