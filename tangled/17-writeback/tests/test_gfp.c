/* tests/test_gfp.c: GFP flags, their names, gfp_zone, the zonelists. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <linux/gfp.h>
#include <linux/sprintf.h>

START_TEST(test_gfp_values_are_linux_values)
{
	ck_assert_uint_eq(GFP_KERNEL, 0xcc0);
	ck_assert_uint_eq(GFP_ATOMIC, 0xa20);
	ck_assert_uint_eq(GFP_NOWAIT, 0x800);
	ck_assert_uint_eq(GFP_USER, 0x100cc0);
	ck_assert_uint_eq(GFP_HIGHUSER_MOVABLE, 0x100cca);
	ck_assert_uint_eq(GFP_KERNEL_ACCOUNT, 0x400cc0);
	ck_assert_uint_eq(GFP_TRANSHUGE_LIGHT, 0x1c20ca);
	ck_assert_uint_eq(GFP_TRANSHUGE, 0x1c24ca);
	ck_assert_uint_eq(__GFP_THISNODE | __GFP_NOWARN, 0x202000);
}
END_TEST

static const char *gfp_name(gfp_t gfp)
{
	static char buf[256];

	snprintf(buf, sizeof(buf), "%pGg", &gfp);
	return buf;
}

START_TEST(test_pGg_prints_linux_names)
{
	char want[64];

	ck_assert_str_eq(gfp_name(GFP_KERNEL), "GFP_KERNEL");
	ck_assert_str_eq(gfp_name(GFP_KERNEL | __GFP_NOWARN),
			 "GFP_KERNEL|__GFP_NOWARN");
	ck_assert_str_eq(gfp_name(GFP_ATOMIC | __GFP_DMA),
			 "GFP_ATOMIC|GFP_DMA");
	ck_assert_str_eq(gfp_name(GFP_HIGHUSER_MOVABLE | __GFP_ZERO),
			 "GFP_HIGHUSER_MOVABLE|__GFP_ZERO");
	ck_assert_str_eq(gfp_name(GFP_NOWAIT | __GFP_NOWARN),
			 "GFP_NOWAIT|__GFP_NOWARN");
	ck_assert_str_eq(gfp_name(__GFP_HIGH), "__GFP_HIGH");
	ck_assert_str_eq(gfp_name(0), "");
	libc_snprintf(want, sizeof(want), "%#x", ~__GFP_BITS_MASK);
	ck_assert_str_eq(gfp_name(~__GFP_BITS_MASK), want);
	libc_snprintf(want, sizeof(want), "__GFP_HIGH|%#x", ~__GFP_BITS_MASK);
	ck_assert_str_eq(gfp_name(~__GFP_BITS_MASK | __GFP_HIGH), want);
}
END_TEST

START_TEST(test_gfp_zone_table)
{
	ck_assert_int_eq(gfp_zone(GFP_KERNEL), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(GFP_DMA), ZONE_DMA);
	ck_assert_int_eq(gfp_zone(GFP_DMA32), ZONE_DMA32);
	ck_assert_int_eq(gfp_zone(GFP_USER), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(GFP_HIGHUSER), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(__GFP_MOVABLE), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(GFP_HIGHUSER_MOVABLE), ZONE_MOVABLE);
	ck_assert_int_eq(gfp_zone(__GFP_MOVABLE | __GFP_DMA), ZONE_DMA);
	ck_assert_int_eq(gfp_zone(__GFP_MOVABLE | __GFP_DMA32), ZONE_DMA32);
}
END_TEST

static int walk(int nid, gfp_t gfp, const nodemask_t *nodes, char *out)
{
	struct zonelist *zl = node_zonelist(nid, gfp);
	struct zoneref *z;
	struct zone *zone;
	int n = 0;

	out[0] = '\0';
	for_each_zone_zonelist_nodemask(zone, z, zl, gfp_zone(gfp), nodes) {
		sprintf(out + strlen(out), "%s%d:%s", n ? " " : "",
			zonelist_node_idx(z), zone->name);
		n++;
	}
	return n;
}

START_TEST(test_zonelist_walks)
{
	nodemask_t only0;
	char out[128];

	host_firmware.numa_split = 0x80000000;
	host_boot("");
	walk(1, GFP_KERNEL, NULL, out);
	ck_assert_str_eq(out, "1:Normal 1:DMA32 0:DMA32 0:DMA");
	walk(1, GFP_DMA32, NULL, out);
	ck_assert_str_eq(out, "1:DMA32 0:DMA32 0:DMA");
	walk(0, GFP_KERNEL, NULL, out);
	ck_assert_str_eq(out, "0:DMA32 0:DMA 1:Normal 1:DMA32");
	walk(1, GFP_KERNEL | __GFP_THISNODE, NULL, out);
	ck_assert_str_eq(out, "1:Normal 1:DMA32");
	walk(0, GFP_DMA | __GFP_THISNODE, NULL, out);
	ck_assert_str_eq(out, "0:DMA");
	nodes_clear(only0);
	node_set(0, only0);
	walk(1, GFP_KERNEL, &only0, out);
	ck_assert_str_eq(out, "0:DMA32 0:DMA");
}
END_TEST

Suite *gfp_suite(void)
{
	Suite *s = suite_create("gfp");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_gfp_values_are_linux_values);
	tcase_add_test(tc, test_pGg_prints_linux_names);
	tcase_add_test(tc, test_gfp_zone_table);
	tcase_add_test(tc, test_zonelist_walks);
	suite_add_tcase(s, tc);
	return s;
}
