/*
 * Tests of Exercise 2.3, exception_class() and deliver_exceptions(). The
 * points table at the end says what each test is worth; `make grade
 * CH=2` runs them.
 */
#include <check.h>
#include <stdio.h>

#include "exchain.h"

/* Deliver the vectors given; their number is counted from the list. */
#define CHAIN(...)	chain((const unsigned int[]){ __VA_ARGS__ },	\
			      sizeof((const unsigned int[]){ __VA_ARGS__ }) \
			      / sizeof(unsigned int))

static char text[64];

/* Deliver v[0 .. n - 1], keeping the list as text for the messages. */
static int chain(const unsigned int *v, unsigned int n)
{
	unsigned int i, len = 0;

	for (i = 0; i < n; i++)
		len += snprintf(text + len, sizeof(text) - len, "%s%u",
				i ? ", " : "", v[i]);
	return deliver_exceptions(v, n);
}

#define EXPECT(want, ...)						\
	do {								\
		int got = CHAIN(__VA_ARGS__);				\
									\
		ck_assert_msg(got == (int)(want),			\
			      "vectors %s: got %d, expected %d", text,	\
			      got, (int)(want));			\
	} while (0)

START_TEST(test_every_vector_has_its_class)
{
	unsigned int v;

	for (v = 0; v < 256; v++) {
		enum exc_class want = EXC_BENIGN;

		if (v == 0 || (v >= 10 && v <= 13) || v == 21)
			want = EXC_CONTRIBUTORY;
		else if (v == 14 || v == 20)
			want = EXC_PAGE_FAULT;
		ck_assert_msg(exception_class(v) == want,
			      "vector %u: class %d, expected %d", v,
			      exception_class(v), want);
	}
}
END_TEST

START_TEST(test_one_exception_is_delivered)
{
	EXPECT(X86_TRAP_PF, X86_TRAP_PF);
	EXPECT(X86_TRAP_DF, X86_TRAP_DF);
	EXPECT(32, 32);
}
END_TEST

START_TEST(test_two_contributory_make_a_double_fault)
{
	EXPECT(X86_TRAP_DF, X86_TRAP_GP, X86_TRAP_GP);
	EXPECT(X86_TRAP_DF, X86_TRAP_DE, X86_TRAP_NP);
	EXPECT(X86_TRAP_DF, X86_TRAP_TS, X86_TRAP_SS);
	EXPECT(X86_TRAP_DF, X86_TRAP_CP, X86_TRAP_GP);
	/* a page fault after a contributory one is handled in turn */
	EXPECT(X86_TRAP_PF, X86_TRAP_GP, X86_TRAP_PF);
	EXPECT(X86_TRAP_VE, X86_TRAP_GP, X86_TRAP_VE);
}
END_TEST

START_TEST(test_a_page_fault_then_anything_but_benign)
{
	EXPECT(X86_TRAP_DF, X86_TRAP_PF, X86_TRAP_PF);
	EXPECT(X86_TRAP_DF, X86_TRAP_PF, X86_TRAP_GP);
	EXPECT(X86_TRAP_DF, X86_TRAP_VE, X86_TRAP_DE);
	EXPECT(X86_TRAP_DF, X86_TRAP_PF, X86_TRAP_VE);
	EXPECT(X86_TRAP_DB, X86_TRAP_PF, X86_TRAP_DB);
	EXPECT(X86_TRAP_NMI, X86_TRAP_PF, X86_TRAP_NMI);
}
END_TEST

START_TEST(test_benign_exceptions_never_double_fault)
{
	static const unsigned int benign[] = { 1, 2, 3, 4, 5, 6, 7, 9, 16,
					       17, 18, 19, 32, 255 };
	static const unsigned int all[] = { 0, 3, 10, 13, 14, 20, 21, 32 };
	unsigned int i, j;

	for (i = 0; i < sizeof(benign) / sizeof(benign[0]); i++)
		for (j = 0; j < sizeof(all) / sizeof(all[0]); j++) {
			EXPECT((int)all[j], benign[i], all[j]);
			EXPECT((int)benign[i], all[j], benign[i]);
		}
}
END_TEST

START_TEST(test_a_fault_during_a_double_fault_shuts_down)
{
	/* the chapter's stack overflow: each push faults again */
	EXPECT(EXC_SHUTDOWN, X86_TRAP_PF, X86_TRAP_PF, X86_TRAP_PF);
	EXPECT(EXC_SHUTDOWN, X86_TRAP_GP, X86_TRAP_NP, X86_TRAP_DB);
	EXPECT(EXC_SHUTDOWN, X86_TRAP_DF, X86_TRAP_BP);
}
END_TEST

START_TEST(test_a_chain_goes_on_from_the_exception_pending)
{
	/* breakpoint, then a page fault, then a #GP: page fault and #GP */
	EXPECT(X86_TRAP_DF, X86_TRAP_BP, X86_TRAP_PF, X86_TRAP_GP);
	/* #GP, then a page fault in turn, then another page fault */
	EXPECT(X86_TRAP_DF, X86_TRAP_GP, X86_TRAP_PF, X86_TRAP_PF);
	/* #GP, #DB in turn, #GP again: no two contributory in a row */
	EXPECT(X86_TRAP_GP, X86_TRAP_GP, X86_TRAP_DB, X86_TRAP_GP);
	EXPECT(X86_TRAP_DF, X86_TRAP_PF, X86_TRAP_NMI, X86_TRAP_PF,
	       X86_TRAP_SS);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_every_vector_has_its_class, 2);
	add(test_one_exception_is_delivered, 1);
	add(test_two_contributory_make_a_double_fault, 2);
	add(test_a_page_fault_then_anything_but_benign, 2);
	add(test_benign_exceptions_never_double_fault, 1);
	add(test_a_fault_during_a_double_fault_shuts_down, 2);
	add(test_a_chain_goes_on_from_the_exception_pending, 2);
}
