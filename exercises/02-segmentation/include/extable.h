/*
 * Exercise 2.4: an exception table in Linux's shape: entries that hold
 * the address of an instruction that may fault and of the code to go on
 * at, each stored as an offset from the entry's own field.
 */
#ifndef EXERCISE_EXTABLE_H
#define EXERCISE_EXTABLE_H
#include <stdbool.h>
#include <stddef.h>
#include <asm/ptrace.h>

struct exception_table_entry {
	int insn;		/* the instruction, relative to &insn */
	int fixup;		/* where to go on, relative to &fixup */
	int data;		/* the handler's type and arguments */
};

static inline unsigned long ex_to_insn(const struct exception_table_entry *x)
{
	return (unsigned long)&x->insn + x->insn;
}

static inline unsigned long ex_fixup_addr(const struct exception_table_entry *x)
{
	return (unsigned long)&x->fixup + x->fixup;
}

void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish);
const struct exception_table_entry *
search_extable(const struct exception_table_entry *base, size_t num,
	       unsigned long value);
bool extable_fixup(const struct exception_table_entry *base, size_t num,
		   struct pt_regs *regs);

#endif
