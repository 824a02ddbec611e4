/*
 * Exercise 2.4: sort_extable(), search_extable() and extable_fixup(), the
 * exception table Linux uses where this chapter uses a catcher. Reference
 * solution.
 */
#include "extable.h"

/*
 * Swap entries a and b. Each offset is relative to its own field, so an
 * entry moving by delta bytes must have delta added to its offsets.
 */
static void swap_ex(struct exception_table_entry *a,
		    struct exception_table_entry *b)
{
	int delta = (int)((char *)b - (char *)a);
	struct exception_table_entry tmp = *a;

	a->insn = b->insn + delta;
	a->fixup = b->fixup + delta;
	a->data = b->data;
	b->insn = tmp.insn - delta;
	b->fixup = tmp.fixup - delta;
	b->data = tmp.data;
}

/* Insertion sort: tables are sorted once, at boot, and are mostly sorted. */
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish)
{
	struct exception_table_entry *i, *j;

	for (i = start + 1; i < finish; i++)
		for (j = i; j > start && ex_to_insn(j - 1) > ex_to_insn(j); j--)
			swap_ex(j - 1, j);
}

const struct exception_table_entry *
search_extable(const struct exception_table_entry *base, size_t num,
	       unsigned long value)
{
	size_t lo = 0, hi = num;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned long insn = ex_to_insn(&base[mid]);

		if (insn == value)
			return &base[mid];
		if (insn < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool extable_fixup(const struct exception_table_entry *base, size_t num,
		   struct pt_regs *regs)
{
	const struct exception_table_entry *e;

	e = search_extable(base, num, regs->ip);
	if (!e)
		return false;
	regs->ip = ex_fixup_addr(e);
	return true;
}
