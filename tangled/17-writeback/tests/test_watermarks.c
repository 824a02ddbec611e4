/* tests/test_watermarks.c: min_free_kbytes, watermarks, reserves. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm_internal.h>
#include <linux/sysctl.h>

struct linux_zone {
	unsigned long managed;		/* at the end, in /proc/zoneinfo */
	unsigned long min, low, high;
	long protection[MAX_NR_ZONES];
};

struct linux_machine {
	const char *name;
	int nodes;
	int kernel_nid, kernel_zone;	/* where the image lay */
	int plain_min_free_kbytes;	/* 0: not in the log */
	int min_free_kbytes;		/* what /proc/sys/vm shows */
	struct linux_zone zone[2][MAX_NR_ZONES];
};

/* initrd, decrypted, init, two gaps: freed late in the boot */
#define FREED_LATE_KB	(1008 + 2036 + 2824 + 2040 + 1108)

static const struct linux_machine linux_machines[] = {
	{ "m128", 1, 0, ZONE_DMA32, 1080, 1080, { {
		{ 3840, 56, 70, 84, { 0, 56, 56, 56, 56 } },
		{ 16640, 213, 266, 319, { 0, 0, 0, 0, 0 } },
	} } },
	{ "m256", 1, 0, ZONE_DMA32, 1796, 1796, { {
		{ 3840, 34, 42, 50, { 0, 182, 182, 182, 182 } },
		{ 48848, 414, 517, 620, { 0, 0, 0, 0, 0 } },
	} } },
	{ "m4608", 1, 0, ZONE_DMA32, 0, 67584, { {
		{ 3840, 57, 71, 85, { 0, 2938, 4389, 4389, 4389 } },
		{ 754602, 11274, 14092, 16910, { 0, 0, 1450, 1450, 1450 } },
		{ 371333, 5564, 6955, 8346, { 0, 0, 0, 0, 0 } },
	} } },
	{ "numa2", 2, 1, ZONE_DMA32, 0, 90112, {
		{ { 3840, 86, 107, 128, { 0, 1999, 1999, 1999, 1999 } },
		  { 511891, 11514, 14392, 17270, { 0, 0, 0, 0, 0 } } },
		{ { 0, 0, 0, 0, { 0, 0, 0, 0, 0 } },
		  { 234410, 5222, 6527, 7832, { 0, 0, 990, 990, 990 } },
		  { 253638, 5705, 7131, 8557, { 0, 0, 0, 0, 0 } } },
	} },
};

static pg_data_t hand_nodes[2];
static const int default_ratios[MAX_NR_ZONES] = { 256, 256, 32, 0, 0 };

static void hand_machine(const struct linux_machine *m, bool late)
{
	int nid, j;

	memset(node_data, 0, MAX_NUMNODES * sizeof(node_data[0]));
	memset(hand_nodes, 0, sizeof(hand_nodes));
	for (nid = 0; nid < m->nodes; nid++) {
		pg_data_t *pgdat = &hand_nodes[nid];

		pgdat->node_id = nid;
		node_data[nid] = pgdat;
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *z = &pgdat->node_zones[j];

			z->zone_pgdat = pgdat;
			z->node = nid;
			z->managed_pages = m->zone[nid][j].managed;
			z->present_pages = z->managed_pages;
		}
	}
	if (!late)
		hand_nodes[m->kernel_nid].node_zones[m->kernel_zone]
			.managed_pages -= FREED_LATE_KB / 4;
	min_free_kbytes = 1024;
	user_min_free_kbytes = -1;
	watermark_scale_factor = 10;
	memcpy(sysctl_lowmem_reserve_ratio, default_ratios,
	       sizeof(default_ratios));
}

static void expect_linux_numbers(const struct linux_machine *m)
{
	int nid, j, k;

	ck_assert_int_eq(min_free_kbytes, m->min_free_kbytes);
	for (nid = 0; nid < m->nodes; nid++) {
		for (j = 0; j < MAX_NR_ZONES; j++) {
			const struct linux_zone *lz = &m->zone[nid][j];
			struct zone *z = &hand_nodes[nid].node_zones[j];

			ck_assert_uint_eq(min_wmark_pages(z), lz->min);
			ck_assert_uint_eq(low_wmark_pages(z), lz->low);
			ck_assert_uint_eq(high_wmark_pages(z), lz->high);
			for (k = 0; k < MAX_NR_ZONES; k++)
				ck_assert_int_eq(z->lowmem_reserve[k],
						 lz->protection[k]);
		}
	}
}

START_TEST(test_linux_machines_get_linux_numbers)
{
	const struct linux_machine *m = &linux_machines[_i];

	hand_machine(m, false);
	init_per_zone_wmark_min();
	if (m->plain_min_free_kbytes)
		ck_assert_int_eq(min_free_kbytes, m->plain_min_free_kbytes);
	else
		ck_assert_int_lt(min_free_kbytes, m->min_free_kbytes);
	hugepage_init_min_free_kbytes();
	expect_linux_numbers(m);
}
END_TEST

START_TEST(test_final_counts_give_other_numbers)
{
	const struct linux_machine *m = &linux_machines[1];
	int j;

	hand_machine(m, true);
	min_free_kbytes = m->min_free_kbytes;
	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
	ck_assert_uint_eq(min_wmark_pages(&hand_nodes[0].node_zones[0]), 32);
	ck_assert_int_eq(hand_nodes[0].node_zones[0].lowmem_reserve[1], 190);
	for (j = 0; j < MAX_NR_ZONES; j++)
		hand_nodes[0].node_zones[j]._watermark[WMARK_HIGH] = 0;
	ck_assert_int_eq(calculate_min_free_kbytes(), 1836);
}
END_TEST

START_TEST(test_min_free_kbytes_bounds_and_user_value)
{
	struct linux_machine m = { .name = "tiny", .nodes = 1 };

	m.zone[0][ZONE_DMA].managed = 100 + FREED_LATE_KB / 4;
	hand_machine(&m, false);
	ck_assert_int_eq(calculate_min_free_kbytes(), 128);
	hand_nodes[0].node_zones[ZONE_NORMAL].managed_pages = 1UL << 32;
	ck_assert_int_eq(calculate_min_free_kbytes(), 262144);
	hand_nodes[0].node_zones[ZONE_NORMAL].managed_pages = 0;
	ck_assert_int_eq(sysctl_vm_write("vm.min_free_kbytes", "4096"), 0);
	ck_assert_int_eq(user_min_free_kbytes, 4096);
	ck_assert_int_eq(calculate_min_free_kbytes(), 4096);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"min_free_kbytes is not updated to 0 because user defined "
		"value 4096 is preferred"));
}
END_TEST

static struct zone check_zone;
static struct page check_pages[MAX_ORDER];

static void zone_with_blocks(const unsigned long *nr_free, int mt)
{
	int o, t;

	memset(&check_zone, 0, sizeof(check_zone));
	for (o = 0; o < MAX_ORDER; o++) {
		for (t = 0; t < MIGRATE_TYPES; t++)
			INIT_LIST_HEAD(&check_zone.free_area[o].free_list[t]);
		check_zone.free_area[o].nr_free = nr_free[o];
		if (nr_free[o])
			list_add(&check_pages[o].lru,
				 &check_zone.free_area[o].free_list[mt]);
	}
	check_zone.vm_stat[NR_FREE_PAGES] = zone_free_pages(&check_zone);
}

START_TEST(test_order_0_check_and_privileges)
{
	unsigned long nr[MAX_ORDER] = { 1000 };
	struct zone *z = &check_zone;

	zone_with_blocks(nr, MIGRATE_MOVABLE);
	ck_assert(zone_watermark_ok(z, 0, 999, 0, 0));
	ck_assert(!zone_watermark_ok(z, 0, 1000, 0, 0));
	z->lowmem_reserve[1] = 100;
	ck_assert(zone_watermark_ok(z, 0, 899, 1, 0));
	ck_assert(!zone_watermark_ok(z, 0, 900, 1, 0));
	ck_assert(!zone_watermark_ok(z, 0, 2000, 0, 0));
	ck_assert(zone_watermark_ok(z, 0, 1998, 0, ALLOC_MIN_RESERVE));
	ck_assert(!zone_watermark_ok(z, 0, 1999, 0, ALLOC_MIN_RESERVE));
	ck_assert(!zone_watermark_ok(z, 0, 1000, 0, ALLOC_NON_BLOCK));
	ck_assert(zone_watermark_ok(z, 0, 2664, 0,
				    ALLOC_MIN_RESERVE | ALLOC_NON_BLOCK));
	ck_assert(!zone_watermark_ok(z, 0, 2665, 0,
				     ALLOC_MIN_RESERVE | ALLOC_NON_BLOCK));
	ck_assert(zone_watermark_ok(z, 0, 1998, 0, ALLOC_OOM));
	ck_assert(!zone_watermark_ok(z, 0, 1999, 0, ALLOC_OOM));
	ck_assert(zone_watermark_ok(z, 0, 3996, 0,
				    ALLOC_MIN_RESERVE | ALLOC_OOM));
	ck_assert(!zone_watermark_ok(z, 0, 3997, 0,
				     ALLOC_MIN_RESERVE | ALLOC_OOM));
}
END_TEST

START_TEST(test_highatomic_reserve)
{
	unsigned long nr[MAX_ORDER] = { 1000 };
	struct zone *z = &check_zone;

	zone_with_blocks(nr, MIGRATE_MOVABLE);
	z->nr_reserved_highatomic = 512;
	ck_assert(!zone_watermark_ok(z, 0, 500, 0, 0));
	ck_assert(zone_watermark_ok(z, 0, 487, 0, 0));
	ck_assert(zone_watermark_ok(z, 0, 500, 0, ALLOC_NON_BLOCK));
	nr[0] = 0;
	nr[4] = 100;
	zone_with_blocks(nr, MIGRATE_HIGHATOMIC);
	ck_assert(!zone_watermark_ok(z, 4, 10, 0, 0));
	ck_assert(!zone_watermark_ok(z, 4, 10, 0, ALLOC_NON_BLOCK));
	ck_assert(zone_watermark_ok(z, 4, 10, 0, ALLOC_HIGHATOMIC));
}
END_TEST

START_TEST(test_order_check_old_and_new)
{
	unsigned long nr[MAX_ORDER] = { 1000, 0, 0, 1 };
	struct zone *z = &check_zone;

	zone_with_blocks(nr, MIGRATE_MOVABLE);
	ck_assert(zone_watermark_ok(z, 3, 100, 0, 0));
	ck_assert(!zone_watermark_ok_per_order(z, 3, 100, 0, 0,
					       zone_free_pages(z)));
	ck_assert(!zone_watermark_ok(z, 4, 100, 0, 0));
	nr[3] = 0;
	zone_with_blocks(nr, MIGRATE_MOVABLE);
	ck_assert(zone_watermark_ok(z, 0, 100, 0, 0));
	ck_assert(zone_watermark_ok_per_order(z, 0, 100, 0, 0, 1000));
	ck_assert(!zone_watermark_ok(z, 1, 100, 0, 0));
	ck_assert(!zone_watermark_ok_per_order(z, 1, 100, 0, 0, 1000));
}
END_TEST

START_TEST(test_old_rule_wants_shares)
{
	unsigned long nr[MAX_ORDER] = { 2000, 0, 0, 40 };
	struct zone *z = &check_zone;
	long free;

	zone_with_blocks(nr, MIGRATE_MOVABLE);
	free = zone_free_pages(z);
	ck_assert_int_eq(free, 2320);
	ck_assert(zone_watermark_ok_per_order(z, 3, 500, 0, 0, free));
	ck_assert(!zone_watermark_ok_per_order(z, 3, 1000, 0, 0, free));
	ck_assert(zone_watermark_ok(z, 3, 500, 0, 0));
	ck_assert(zone_watermark_ok(z, 3, 1000, 0, 0));
}
END_TEST

START_TEST(test_sysctl_recomputes_what_linux_does)
{
	struct zone *dma = &hand_nodes[0].node_zones[ZONE_DMA];
	struct zone *dma32 = &hand_nodes[0].node_zones[ZONE_DMA32];
	char buf[64];

	hand_machine(&linux_machines[1], false);
	init_per_zone_wmark_min();
	ck_assert_int_eq(sysctl_vm_write("vm.min_free_kbytes", "3592"), 0);
	ck_assert_uint_eq(min_wmark_pages(dma32), 829);
	ck_assert_int_eq(dma->lowmem_reserve[ZONE_DMA32], 182);
	ck_assert_int_eq(sysctl_vm_write("vm.watermark_scale_factor", "100"),
			 0);
	ck_assert_uint_eq(low_wmark_pages(dma32), 829 + 465);
	ck_assert_int_eq(sysctl_vm_write("vm.lowmem_reserve_ratio",
					 "128, 256 32 0"), 0);
	ck_assert_int_eq(dma->lowmem_reserve[ZONE_DMA32], 364);
	ck_assert_uint_eq(low_wmark_pages(dma32), 829 + 465);
	ck_assert_int_eq(sysctl_vm_write("vm.lowmem_reserve_ratio", "-5"), 0);
	ck_assert_int_eq(dma->lowmem_reserve[ZONE_DMA32], 0);
	sysctl_vm_read("vm.lowmem_reserve_ratio", buf, sizeof(buf));
	ck_assert_str_eq(buf, "0\t256\t32\t0\t0");
}
END_TEST

START_TEST(test_sysctl_refuses_bad_values)
{
	char buf[64];

	hand_machine(&linux_machines[1], false);
	init_per_zone_wmark_min();
	ck_assert_int_eq(sysctl_vm_write("vm.watermark_scale_factor", "3001"),
			 -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.watermark_scale_factor", "x"),
			 -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.min_free_kbytes", "-1"),
			 -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.lowmem_reserve_ratio",
					 "1 2 3 4 5 6"), -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.nosuch", "1"), -ENOENT);
	ck_assert_int_eq(sysctl_vm_write("kernel.min_free_kbytes", "1"),
			 -ENOENT);
	ck_assert_int_eq(watermark_scale_factor, 10);
	ck_assert_int_eq(min_free_kbytes, 1796);
	sysctl_vm_read("vm.lowmem_reserve_ratio", buf, sizeof(buf));
	ck_assert_str_eq(buf, "256\t256\t32\t0\t0");
}
END_TEST

START_TEST(test_sysctl_on_the_command_line)
{
	host_boot("sysctl.vm.min_free_kbytes=5000 "
		  "sysctl.vm.lowmem_reserve_ratio=64,64,32,0");
	ck_assert_int_eq(min_free_kbytes, 5000);
	ck_assert_int_eq(user_min_free_kbytes, 5000);
	ck_assert_int_eq(sysctl_lowmem_reserve_ratio[ZONE_DMA], 64);
	ck_assert_int_eq(NODE_DATA(0)->node_zones[ZONE_DMA]
			 .lowmem_reserve[ZONE_DMA32],
			 NODE_DATA(0)->node_zones[ZONE_DMA32].managed_pages /
			 64);
	user_min_free_kbytes = -1;
	memcpy(sysctl_lowmem_reserve_ratio, default_ratios,
	       sizeof(default_ratios));
}
END_TEST

static int test_values[2] = { 5, 6 };
static const int test_min = 5, test_max = 7;

static struct ctl_table test_table[] = {
	{
		.procname	= "test_pair",
		.data		= test_values,
		.maxlen		= sizeof(test_values),
		.mode		= 0644,
		.proc_handler	= proc_dointvec_minmax,
		.extra1		= (void *)&test_min,
		.extra2		= (void *)&test_max,
	},
	{
		.procname	= "test_readonly",
		.data		= &test_values[0],
		.maxlen		= sizeof(int),
		.mode		= 0444,
		.proc_handler	= proc_dointvec_minmax,
	},
	{ }
};

START_TEST(test_sysctl_tables_are_found_by_name)
{
	struct ctl_table_header *head = register_sysctl("vm", test_table);
	char buf[64];

	ck_assert_ptr_nonnull(head);
	ck_assert_ptr_eq(register_sysctl("vm", test_table), head);
	ck_assert_int_eq(sysctl_vm_read("vm.test_pair", buf, sizeof(buf)), 3);
	ck_assert_str_eq(buf, "5\t6");
	ck_assert_int_eq(sysctl_vm_write("vm.test_pair", "7 5"), 0);
	ck_assert_int_eq(test_values[0], 7);
	ck_assert_int_eq(test_values[1], 5);
	ck_assert_int_eq(sysctl_vm_write("vm.test_pair", "6 8"), -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.test_pair", "6 6 6"), -EINVAL);
	ck_assert_int_eq(test_values[0], 7);
	ck_assert_int_eq(sysctl_vm_write("vm.test_readonly", "5"), -EPERM);
	ck_assert_int_eq(sysctl_vm_read("vm.test_readonly", buf,
					sizeof(buf)), 1);
	ck_assert_str_eq(buf, "7");
	host_boot("sysctl.vm.test_pair=5,7 sysctl.vm.test_readonly=6");
	ck_assert_int_eq(test_values[0], 5);
	ck_assert_int_eq(test_values[1], 7);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"Failed to set sysctl parameter 'sysctl.vm.test_readonly=6'"));
}
END_TEST

Suite *watermarks_suite(void)
{
	Suite *s = suite_create("watermarks");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_loop_test(tc, test_linux_machines_get_linux_numbers, 0,
			    ARRAY_SIZE(linux_machines));
	tcase_add_test(tc, test_final_counts_give_other_numbers);
	tcase_add_test(tc, test_min_free_kbytes_bounds_and_user_value);
	tcase_add_test(tc, test_order_0_check_and_privileges);
	tcase_add_test(tc, test_highatomic_reserve);
	tcase_add_test(tc, test_order_check_old_and_new);
	tcase_add_test(tc, test_old_rule_wants_shares);
	tcase_add_test(tc, test_sysctl_recomputes_what_linux_does);
	tcase_add_test(tc, test_sysctl_refuses_bad_values);
	tcase_add_test(tc, test_sysctl_on_the_command_line);
	tcase_add_test(tc, test_sysctl_tables_are_found_by_name);
	suite_add_tcase(s, tc);
	return s;
}
