/*
 * Tests of Exercise 7.2, the fragmentation indexes, on the free lists of
 * the reference Linux 6.1 log (tests/linux-6.1/proc/m256/buddyinfo) and
 * on a made-up fragmented zone. The points table at the end says what
 * each test is worth; `make grade CH=7` runs them.
 */
#include <check.h>
#include <string.h>
#include "extfrag.h"

/* DMA32 of Linux 6.1 booted with 256 MiB. */
static const unsigned long dma32[EX_MAX_ORDER] = {
	5, 3, 15, 9, 8, 5, 6, 5, 6, 2, 37
};

/* 356 free frames in 262 blocks, none larger than 8 frames. */
static const unsigned long shards[EX_MAX_ORDER] = { 200, 50, 10, 2 };

static const unsigned long nothing[EX_MAX_ORDER];

static char buf[256];

/* *info for nr_free and order, after filling it with garbage. */
static struct contig_page_info info_of(const unsigned long *nr_free,
				       unsigned int order)
{
	struct contig_page_info info;

	memset(&info, 0x5a, sizeof(info));
	fill_contig_page_info(nr_free, order, &info);
	return info;
}

START_TEST(test_fill_counts_frames_blocks_and_suitable_blocks)
{
	struct contig_page_info info = info_of(dma32, 0);

	ck_assert_uint_eq(info.free_pages, 41903);
	ck_assert_uint_eq(info.free_blocks_total, 101);
	ck_assert_uint_eq(info.free_blocks_suitable, 41903);
	info = info_of(dma32, 3);
	ck_assert_uint_eq(info.free_pages, 41903);
	ck_assert_uint_eq(info.free_blocks_total, 101);
	ck_assert_uint_eq(info.free_blocks_suitable, 5229);
	info = info_of(dma32, 10);
	ck_assert_uint_eq(info.free_blocks_suitable, 37);
	info = info_of(nothing, 4);
	ck_assert_uint_eq(info.free_pages, 0);
	ck_assert_uint_eq(info.free_blocks_total, 0);
	ck_assert_uint_eq(info.free_blocks_suitable, 0);
}
END_TEST

START_TEST(test_unusable_index_is_the_share_in_small_blocks)
{
	static const int want[] = { 0, 561, 842, 955, 1000, 1000 };
	struct contig_page_info info;
	unsigned int o;

	for (o = 0; o < 6; o++) {
		info = info_of(shards, o);
		ck_assert_int_eq(unusable_free_index(o, &info), want[o]);
	}
	info = info_of(dma32, 9);
	ck_assert_int_eq(unusable_free_index(9, &info), 71);
	info = info_of(nothing, 0);
	ck_assert_int_eq(unusable_free_index(0, &info), 1000);
}
END_TEST

START_TEST(test_fragmentation_index_only_for_failing_requests)
{
	static const unsigned long one_frame[EX_MAX_ORDER] = { 1 };
	struct contig_page_info info;

	info = info_of(shards, 3);
	ck_assert_int_eq(__fragmentation_index(3, &info), -1000);
	info = info_of(shards, 4);
	ck_assert_int_eq(__fragmentation_index(4, &info), 912);
	info = info_of(shards, 7);
	ck_assert_int_eq(__fragmentation_index(7, &info), 986);
	info = info_of(shards, 10);
	ck_assert_int_eq(__fragmentation_index(10, &info), 995);
	/* No free block: 0; an order beyond the free lists: 0. */
	info = info_of(nothing, 2);
	ck_assert_int_eq(__fragmentation_index(2, &info), 0);
	info = info_of(shards, 10);
	ck_assert_int_eq(__fragmentation_index(EX_MAX_ORDER, &info), 0);
	/* Linux's integer formula drops below 0 with one free block. */
	info = info_of(one_frame, 1);
	ck_assert_int_eq(__fragmentation_index(1, &info), -500);
}
END_TEST

START_TEST(test_the_unusable_index_line)
{
	const char *line = "Node 0, zone    DMA32 0.000 0.000 0.000 0.001 "
		"0.003 0.006 0.010 0.019 0.034 0.071 0.095 \n";

	ck_assert_int_eq(unusable_show_print(buf, sizeof(buf), 0, "DMA32",
					     dma32), (int)strlen(line));
	ck_assert_str_eq(buf, line);
	unusable_show_print(buf, sizeof(buf), 1, "Normal", shards);
	ck_assert_str_eq(buf, "Node 1, zone   Normal 0.000 0.561 0.842 0.955 "
			 "1.000 1.000 1.000 1.000 1.000 1.000 1.000 \n");
}
END_TEST

START_TEST(test_the_extfrag_index_line)
{
	const char *line = "Node 1, zone   Normal -1.000 -1.000 -1.000 "
		"-1.000  0.912  0.954  0.975  0.986  0.991  0.994  0.995 \n";

	ck_assert_int_eq(extfrag_show_print(buf, sizeof(buf), 1, "Normal",
					    shards), (int)strlen(line));
	ck_assert_str_eq(buf, line);
	extfrag_show_print(buf, sizeof(buf), 0, "DMA", nothing);
	ck_assert_str_eq(buf, "Node 0, zone      DMA  0.000  0.000  0.000 "
			 " 0.000  0.000  0.000  0.000  0.000  0.000  0.000"
			 "  0.000 \n");
}
END_TEST

START_TEST(test_a_short_buffer_stays_terminated)
{
	char small[40];

	memset(small, 'x', sizeof(small));
	ck_assert_int_eq(unusable_show_print(small, 30, 0, "DMA", nothing),
			 13 + 8 + 1 + 6 * EX_MAX_ORDER + 1);
	ck_assert_str_eq(small, "Node 0, zone      DMA 1.000 1");
	ck_assert_int_eq(small[30], 'x');
	ck_assert_int_eq(extfrag_show_print(small, 20, 0, "DMA", nothing),
			 13 + 8 + 1 + 7 * EX_MAX_ORDER + 1);
	ck_assert_str_eq(small, "Node 0, zone      D");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_fill_counts_frames_blocks_and_suitable_blocks, 2);
	add(test_unusable_index_is_the_share_in_small_blocks, 2);
	add(test_fragmentation_index_only_for_failing_requests, 3);
	add(test_the_unusable_index_line, 2);
	add(test_the_extfrag_index_line, 2);
	add(test_a_short_buffer_stays_terminated, 1);
}
