/*
 * Tests of Exercise 13.2, virtual runtime: the charge for a weight, the
 * choice of the next entity, the place of a woken sleeper, and two small
 * runs of ticks. The points table at the end says what each test is
 * worth; `make grade CH=13` runs them.
 */
#include <check.h>
#include "vruntime.h"

#define MS		1000000ULL
#define TICK_NS		(4 * MS)		/* HZ=250 */

static struct sched_entity se[4];
static LIST_HEAD(queue);

/* A queue of n entities with these vruntimes, nice 0 unless said. */
static void make_queue(int n, const u64 *vruntime)
{
	int i;

	INIT_LIST_HEAD(&queue);
	for (i = 0; i < n; i++) {
		se[i].weight = NICE_0_LOAD;
		se[i].vruntime = vruntime[i];
		se[i].sum_exec_runtime = 0;
		list_add_tail(&se[i].run_node, &queue);
	}
}

/* One tick: the entity picked runs 4 ms and is charged for it. */
static struct sched_entity *run_tick(void)
{
	struct sched_entity *curr = pick_next_entity(&queue);

	ck_assert_ptr_nonnull(curr);
	curr->sum_exec_runtime += TICK_NS;
	curr->vruntime += calc_delta_fair(TICK_NS, curr);
	return curr;
}

START_TEST(test_nice_0_is_charged_real_time)
{
	struct sched_entity e = { .weight = NICE_0_LOAD };

	ck_assert_uint_eq(calc_delta_fair(TICK_NS, &e), TICK_NS);
	ck_assert_uint_eq(calc_delta_fair(1, &e), 1);
}
END_TEST

START_TEST(test_weights_scale_the_charge)
{
	struct sched_entity heavy = { .weight = 3121 };	/* nice -5 */
	struct sched_entity light = { .weight = 15 };	/* nice 19 */

	ck_assert_uint_eq(calc_delta_fair(TICK_NS, &heavy), 1312399);
	ck_assert_uint_eq(calc_delta_fair(TICK_NS, &light), 273066666);
	ck_assert_uint_eq(calc_delta_fair(1000000 * MS, &light),
			  68266666666666ULL);
}
END_TEST

START_TEST(test_pick_takes_the_smallest_vruntime)
{
	static const u64 v[] = { 500, 200, 300 };

	make_queue(3, v);
	ck_assert_ptr_eq(pick_next_entity(&queue), &se[1]);
	se[2].vruntime = 199;
	ck_assert_ptr_eq(pick_next_entity(&queue), &se[2]);
}
END_TEST

START_TEST(test_pick_gives_ties_to_the_first_queued)
{
	static const u64 v[] = { 200, 100, 100, 100 };

	make_queue(4, v);
	ck_assert_ptr_eq(pick_next_entity(&queue), &se[1]);
}
END_TEST

START_TEST(test_pick_compares_across_the_wrap)
{
	static const u64 v[] = { 5, ~0ULL - 10 };	/* 5 is 16 later */

	make_queue(2, v);
	ck_assert_ptr_eq(pick_next_entity(&queue), &se[1]);
}
END_TEST

START_TEST(test_pick_of_an_empty_queue_is_null)
{
	INIT_LIST_HEAD(&queue);
	ck_assert_ptr_null(pick_next_entity(&queue));
}
END_TEST

START_TEST(test_a_long_sleeper_is_placed_half_a_latency_back)
{
	struct sched_entity e = { .weight = NICE_0_LOAD, .vruntime = 10 * MS };

	place_entity(100 * MS, &e);
	ck_assert_uint_eq(e.vruntime, 97 * MS);
}
END_TEST

START_TEST(test_a_short_sleeper_keeps_its_vruntime)
{
	struct sched_entity e = { .weight = NICE_0_LOAD, .vruntime = 99 * MS };
	struct sched_entity f = { .weight = NICE_0_LOAD, .vruntime = 0 };

	place_entity(100 * MS, &e);
	ck_assert_uint_eq(e.vruntime, 99 * MS);
	place_entity(1 * MS, &f);		/* 1 ms - 3 ms: before 0 */
	ck_assert_uint_eq(f.vruntime, 0);
}
END_TEST

/* Nice 0 against nice 5 (weight 335): 1024 / 1359 of the ticks, 75.4%. */
START_TEST(test_shares_follow_the_weights)
{
	static const u64 v[] = { 0, 0 };
	int i, heavy = 0;

	make_queue(2, v);
	se[1].weight = 335;
	for (i = 0; i < 1000; i++)
		if (run_tick() == &se[0])
			heavy++;
	ck_assert_msg(heavy >= 744 && heavy <= 764,
		      "nice 0 ran %d of 1000 ticks, expected about 754",
		      heavy);
}
END_TEST

/*
 * A task that slept for a second wakes next to one that ran all that
 * time: placed 3 ms behind, it runs first, and then they take turns.
 */
START_TEST(test_a_woken_sleeper_does_not_take_over)
{
	static const u64 v[] = { 1000 * MS };
	struct sched_entity *sleeper = &se[1];
	int i, runner = 0;

	make_queue(1, v);
	sleeper->weight = NICE_0_LOAD;
	sleeper->vruntime = 0;
	place_entity(se[0].vruntime, sleeper);
	list_add_tail(&sleeper->run_node, &queue);
	for (i = 0; i < 20; i++)
		if (run_tick() == &se[0])
			runner++;
	ck_assert_msg(runner == 10,
		      "the runner ran %d of 20 ticks, expected 10", runner);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_nice_0_is_charged_real_time, 1);
	add(test_weights_scale_the_charge, 2);
	add(test_pick_takes_the_smallest_vruntime, 2);
	add(test_pick_gives_ties_to_the_first_queued, 1);
	add(test_pick_compares_across_the_wrap, 1);
	add(test_pick_of_an_empty_queue_is_null, 1);
	add(test_a_long_sleeper_is_placed_half_a_latency_back, 2);
	add(test_a_short_sleeper_keeps_its_vruntime, 1);
	add(test_shares_follow_the_weights, 3);
	add(test_a_woken_sleeper_does_not_take_over, 2);
}
