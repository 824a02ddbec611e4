/*
 * Tests of Exercise 10.2, validate_slab(): a sound slab passes, and each
 * kind of damage to its free list is found and placed. `make grade
 * CH=10` runs them.
 */
#include <check.h>
#include <stddef.h>
#include "validate.h"

#define SIZE	48
#define OFFSET	16
#define OBJECTS	10

static unsigned char mem[SIZE * OBJECTS] __attribute__((aligned(64)));
static struct ex_vslab slab;

static void *obj(int i)
{
	return mem + i * SIZE;
}

static void set_fp(int i, void *fp)
{
	*(void **)((unsigned char *)obj(i) + OFFSET) = fp;
}

/* A slab whose free objects are free[0..n-1], in that order. */
static void make_slab(const int *free, int n)
{
	int i;

	slab = (struct ex_vslab){ mem, SIZE, OFFSET, OBJECTS, OBJECTS - n,
				  n ? obj(free[0]) : NULL };
	for (i = 0; i < n; i++)
		set_fp(free[i], i + 1 < n ? obj(free[i + 1]) : NULL);
}

static const int free5[] = { 7, 2, 9, 0, 4 };

START_TEST(test_a_sound_slab_passes)
{
	int index;

	make_slab(free5, 5);
	ck_assert_int_eq(validate_slab(&slab, &index), EX_SLAB_OK);
}
END_TEST

START_TEST(test_a_full_slab_has_no_free_list)
{
	int index;

	make_slab(free5, 0);
	ck_assert_int_eq(validate_slab(&slab, &index), EX_SLAB_OK);
	slab.inuse = OBJECTS - 1;
	ck_assert_int_eq(validate_slab(&slab, &index),
			 EX_WRONG_OBJECT_COUNT);
}
END_TEST

START_TEST(test_a_bad_first_pointer_is_the_freelist)
{
	int index;

	make_slab(free5, 5);
	slab.freelist = mem + SIZE * OBJECTS;		/* just past the end */
	ck_assert_int_eq(validate_slab(&slab, &index),
			 EX_FREEPOINTER_CORRUPT);
	ck_assert_int_eq(index, -1);
}
END_TEST

START_TEST(test_a_pointer_into_an_object_breaks_the_chain)
{
	int index;

	make_slab(free5, 5);
	set_fp(9, (unsigned char *)obj(3) + 8);
	ck_assert_int_eq(validate_slab(&slab, &index), EX_FREECHAIN_CORRUPT);
	ck_assert_int_eq(index, 9);
}
END_TEST

START_TEST(test_a_pointer_out_of_the_slab_breaks_the_chain)
{
	int index;

	make_slab(free5, 5);
	set_fp(2, mem + SIZE * OBJECTS);
	ck_assert_int_eq(validate_slab(&slab, &index), EX_FREECHAIN_CORRUPT);
	ck_assert_int_eq(index, 2);
	set_fp(2, mem - SIZE);
	ck_assert_int_eq(validate_slab(&slab, &index), EX_FREECHAIN_CORRUPT);
	make_slab(free5, 5);
	set_fp(0, mem + 1);		/* object 0 is the fourth free one */
	ck_assert_int_eq(validate_slab(&slab, &index), EX_FREECHAIN_CORRUPT);
	ck_assert_int_eq(index, 0);
}
END_TEST

START_TEST(test_an_object_freed_twice_is_found)
{
	int index;

	make_slab(free5, 5);
	set_fp(4, obj(2));			/* a loop: 7 2 9 0 4 2 ... */
	ck_assert_int_eq(validate_slab(&slab, &index), EX_OBJECT_TWICE);
	ck_assert_int_eq(index, 2);
}
END_TEST

START_TEST(test_a_wrong_count_is_found)
{
	int index;

	make_slab(free5, 5);
	slab.inuse = 4;
	ck_assert_int_eq(validate_slab(&slab, &index),
			 EX_WRONG_OBJECT_COUNT);
	slab.inuse = 6;
	ck_assert_int_eq(validate_slab(&slab, &index),
			 EX_WRONG_OBJECT_COUNT);
	set_fp(0, NULL);			/* the list ends early */
	slab.inuse = 5;
	ck_assert_int_eq(validate_slab(&slab, &index),
			 EX_WRONG_OBJECT_COUNT);
}
END_TEST

void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_sound_slab_passes, 1);
	add(test_a_full_slab_has_no_free_list, 1);
	add(test_a_bad_first_pointer_is_the_freelist, 1);
	add(test_a_pointer_into_an_object_breaks_the_chain, 2);
	add(test_a_pointer_out_of_the_slab_breaks_the_chain, 1);
	add(test_an_object_freed_twice_is_found, 2);
	add(test_a_wrong_count_is_found, 2);
}
