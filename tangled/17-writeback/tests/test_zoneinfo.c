/* tests/test_zoneinfo.c: /proc/zoneinfo in Linux 6.1's format. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/kernel.h>
#include <linux/mm_internal.h>
#include <linux/sprintf.h>
#include <linux/vmstat.h>

/* tests/test_buddy.c: want lines of text match the pattern */
void expect_lines_match(const char *text, const char *pattern, int want);

#define HEADER		"^Node [0-9]+, zone +[A-Za-z0-9]+$"
#define NAMED_COUNT	"^      [a-z_]+ +[0-9]+$"
#define PROTECTION	"^        protection: \\(([0-9]+, ){4}[0-9]+\\)$"
#define WMARK(name)	"^        " name " +[0-9]+$"

static const struct {
	const char *pattern, *linux_line;
	int want;			/* in our report */
} zoneinfo_lines[] = {
	{ HEADER, "Node 0, zone    DMA32", 5 },
	{ "^  per-node stats$", "  per-node stats", 1 },
	{ NAMED_COUNT, "      nr_inactive_anon 90",
	  43 + 3 * (11 + 6) },
	{ "^  pages free +[0-9]+$", "  pages free     41903", 5 },
	{ WMARK("min"), "        min      414", 5 },
	{ WMARK("managed"), "        managed  48848", 5 },
	{ PROTECTION, "        protection: (0, 182, 182, 182, 182)", 5 },
	{ "^  vm stats threshold: [0-9]+$", "  vm stats threshold: 4", 3 },
	{ "^  node_unreclaimable:  [01]$", "  node_unreclaimable:  0", 3 },
	{ "^  start_pfn: +[0-9]+$", "  start_pfn:           4096", 3 },
};

START_TEST(test_zoneinfo_lines_match_linux)
{
	int i;

	zoneinfo_show(test_seq());
	for (i = 0; i < (int)ARRAY_SIZE(zoneinfo_lines); i++) {
		expect_lines_match(zoneinfo_lines[i].linux_line,
				   zoneinfo_lines[i].pattern, 1);
		expect_lines_match(test_seq_text(),
				   zoneinfo_lines[i].pattern,
				   zoneinfo_lines[i].want);
	}
}
END_TEST

START_TEST(test_zoneinfo_numbers_are_the_zones)
{
	struct zone *z = &NODE_DATA(0)->node_zones[ZONE_DMA32];
	const char *text;
	char want[256];

	zoneinfo_show(test_seq());
	text = test_seq_text();
	snprintf(want, sizeof(want), "Node 0, zone    DMA32\n  pages free "
		 "    %lu\n        boost    0\n        min      %lu\n"
		 "        low      %lu\n        high     %lu\n",
		 zone_free_pages(z), min_wmark_pages(z), low_wmark_pages(z),
		 high_wmark_pages(z));
	ck_assert_ptr_nonnull(strstr(text, want));
	snprintf(want, sizeof(want),
		 "        protection: (0, 0, %ld, %ld, %ld)\n",
		 z->lowmem_reserve[ZONE_NORMAL],
		 z->lowmem_reserve[ZONE_MOVABLE],
		 z->lowmem_reserve[ZONE_DEVICE]);
	ck_assert_ptr_nonnull(strstr(text, want));
	ck_assert_ptr_nonnull(strstr(text,
		"Node 0, zone  Movable\n  pages free     0\n"));
	ck_assert_ptr_nonnull(strstr(text,
		"Node 0, zone   Device\n  pages free     0\n"
		"        boost    0\n        min      0\n"
		"        low      0\n        high     0\n"
		"        spanned  0\n        present  0\n"
		"        managed  0\n        cma      0\n"
		"        protection: (0, 0, 0, 0, 0)\n"));
	ck_assert(strstr(text, "start_pfn:           4096\n"));
	ck_assert_str_eq(host_console_output(), "");
}
END_TEST

Suite *zoneinfo_suite(void)
{
	Suite *s = suite_create("zoneinfo");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_zoneinfo_lines_match_linux);
	tcase_add_test(tc, test_zoneinfo_numbers_are_the_zones);
	suite_add_tcase(s, tc);
	return s;
}
