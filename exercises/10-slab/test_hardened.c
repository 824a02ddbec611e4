/*
 * Tests of Exercise 10.3, hardened free pointers: the byte swap, the
 * stored value, and that what is stored reads back only where it was
 * stored. `make grade CH=10` runs them.
 */
#include <check.h>
#include <string.h>
#include "hardened.h"

static const struct ex_cache cache = { 24, 0x0123456789abcdefUL };
static unsigned long mem[4 * 8];	/* four objects of 64 bytes */

static void *obj(int i)
{
	return (char *)mem + 64 * i;
}

static unsigned long stored(int i)
{
	unsigned long v;

	memcpy(&v, (char *)obj(i) + cache.offset, sizeof(v));
	return v;
}

START_TEST(test_swab_reverses_the_bytes)
{
	ck_assert_uint_eq(ex_swab(0x0102030405060708UL),
			  0x0807060504030201UL);
	ck_assert_uint_eq(ex_swab(0xff00000000000000UL), 0xffUL);
	ck_assert_uint_eq(ex_swab(ex_swab(0xfedcba9876543210UL)),
			  0xfedcba9876543210UL);
}
END_TEST

START_TEST(test_freelist_ptr_is_linux_formula)
{
	ck_assert_ptr_eq(freelist_ptr(&cache, (void *)0xffff888000001000UL,
				      0xffff888000002008UL),
			 (void *)0xf6fccde709232210UL);
	ck_assert_ptr_eq(freelist_ptr(&cache, (void *)0,
				      0xffff888000002008UL),
			 (void *)0x0903456709233210UL);
}
END_TEST

START_TEST(test_freelist_ptr_undoes_itself)
{
	void *p = obj(2);
	unsigned long at = 0xffff88800abc1238UL;

	ck_assert_ptr_eq(freelist_ptr(&cache, freelist_ptr(&cache, p, at),
				      at), p);
}
END_TEST

START_TEST(test_what_is_stored_reads_back)
{
	set_freepointer(&cache, obj(0), obj(3));
	set_freepointer(&cache, obj(3), obj(1));
	set_freepointer(&cache, obj(1), NULL);
	ck_assert_ptr_eq(get_freepointer(&cache, obj(0)), obj(3));
	ck_assert_ptr_eq(get_freepointer(&cache, obj(3)), obj(1));
	ck_assert_ptr_eq(get_freepointer(&cache, obj(1)), NULL);
}
END_TEST

START_TEST(test_the_stored_word_is_not_the_pointer)
{
	set_freepointer(&cache, obj(0), obj(3));
	set_freepointer(&cache, obj(1), NULL);
	ck_assert_uint_ne(stored(0), (unsigned long)obj(3));
	ck_assert_uint_ne(stored(1), 0);
	ck_assert_uint_eq(stored(0), (unsigned long)obj(3) ^ cache.random ^
			  ex_swab((unsigned long)obj(0) + cache.offset));
}
END_TEST

START_TEST(test_a_stored_word_copied_elsewhere_reads_wrong)
{
	unsigned long v;

	set_freepointer(&cache, obj(0), obj(3));
	set_freepointer(&cache, obj(1), obj(3));
	ck_assert_uint_ne(stored(0), stored(1));
	v = stored(0);
	memcpy((char *)obj(2) + cache.offset, &v, sizeof(v));
	ck_assert_ptr_ne(get_freepointer(&cache, obj(2)), obj(3));
}
END_TEST

void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_swab_reverses_the_bytes, 1);
	add(test_freelist_ptr_is_linux_formula, 2);
	add(test_freelist_ptr_undoes_itself, 1);
	add(test_what_is_stored_reads_back, 1);
	add(test_the_stored_word_is_not_the_pointer, 2);
	add(test_a_stored_word_copied_elsewhere_reads_wrong, 1);
}
