#ifndef _ASM_X86_EXTABLE_H
#define _ASM_X86_EXTABLE_H
/* The exception table: where an instruction that faulted goes on. */

struct exception_table_entry {
	unsigned long insn;		/* the instruction that may fault */
	unsigned long fixup;		/* where to go on if it does */
};

extern struct exception_table_entry __start___ex_table[];
extern struct exception_table_entry __stop___ex_table[];

const struct exception_table_entry *
search_exception_tables(unsigned long addr);
#endif
