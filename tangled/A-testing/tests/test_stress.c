/* tests/test_stress.c: the stress run's samples, for its figure. */
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>

#define SAMPLE	"^stress: step [0-9]+ free [0-9]+ min [0-9]+ low [0-9]+ " \
		"high [0-9]+$"

START_TEST(test_stress_prints_a_sample_every_n_steps)
{
	struct zone *top = first_zones_zonelist(node_zonelist(numa_node_id(),
							      GFP_KERNEL),
						gfp_zone(GFP_KERNEL),
						NULL)->zone;
	struct mm_stress r;
	char last[128];

	mm_stress_sample_every = 100;
	mm_stress(1000, 1, &r);
	mm_stress_sample_every = 0;
	expect_lines_match(host_console_output(), SAMPLE, 10);
	libc_snprintf(last, sizeof(last), "^stress: step 1000 free [0-9]+ "
		      "min %lu low %lu high %lu$", min_wmark_pages(top),
		      low_wmark_pages(top), high_wmark_pages(top));
	expect_lines_match(host_console_output(), last, 1);
	ck_assert_uint_eq(r.bad_patterns + r.problems, 0);
	host_console_reset();
	mm_stress(1000, 1, &r);
	expect_lines_match(host_console_output(), "^stress: step ", 0);
}
END_TEST

Suite *stress_suite(void)
{
	Suite *s = suite_create("stress");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_stress_prints_a_sample_every_n_steps);
	suite_add_tcase(s, tc);
	return s;
}
