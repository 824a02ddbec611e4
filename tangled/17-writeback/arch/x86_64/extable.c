/* arch/x86_64/extable.c: the exception table, sorted and searched. */
#include <asm/extable.h>
#include <asm/ptrace.h>
#include <linux/types.h>

bool fixup_exception_table(struct pt_regs *regs);

static bool extable_sorted;

static void sort_main_extable(void)
{
	struct exception_table_entry *e;

	for (e = __start___ex_table + 1; e < __stop___ex_table; e++) {
		struct exception_table_entry x = *e, *p = e;

		for (; p > __start___ex_table && p[-1].insn > x.insn; p--)
			*p = p[-1];
		*p = x;
	}
	extable_sorted = true;
}

const struct exception_table_entry *
search_exception_tables(unsigned long addr)
{
	const struct exception_table_entry *lo = __start___ex_table;
	const struct exception_table_entry *hi = __stop___ex_table;

	if (!extable_sorted)
		sort_main_extable();
	while (lo < hi) {
		const struct exception_table_entry *mid = lo + (hi - lo) / 2;

		if (mid->insn == addr)
			return mid;
		if (mid->insn < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool fixup_exception_table(struct pt_regs *regs)
{
	const struct exception_table_entry *e;

	e = search_exception_tables(regs->ip);
	if (!e)
		return false;
	regs->ip = e->fixup;
	return true;
}
