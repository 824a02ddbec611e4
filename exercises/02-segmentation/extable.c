/*
 * Exercise 2.4: sort_extable(), search_extable() and extable_fixup(), the
 * exception table Linux uses where this chapter uses a catcher. See
 * 4-extable.md; grade it with `make grade CH=2`.
 */
#include "extable.h"

/*
 * Sort the entries start .. finish - 1 by instruction address, lowest
 * first. An entry's offsets are relative to its own position, so an entry
 * that moves must have them adjusted to keep pointing at the same
 * addresses.
 */
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish)
{
	/* Step 1: sort. This stub leaves the table as it is. */
	(void)start;
	(void)finish;
}

/*
 * Find the entry for the instruction at address value in the sorted table
 * base[0 .. num - 1] with a binary search; NULL if there is none.
 */
const struct exception_table_entry *
search_extable(const struct exception_table_entry *base, size_t num,
	       unsigned long value)
{
	/* Step 2: search. This stub finds nothing. */
	(void)base;
	(void)num;
	(void)value;
	return NULL;
}

/*
 * If the sorted table has an entry for regs->ip, send the interrupted
 * code to the entry's fixup address and return true; otherwise leave regs
 * alone and return false.
 */
bool extable_fixup(const struct exception_table_entry *base, size_t num,
		   struct pt_regs *regs)
{
	/* Step 3: use search_extable(). */
	(void)base;
	(void)num;
	(void)regs;
	return false;
}
