/*
 * Exercise 2.2: load_segment_check(), may code at privilege level cpl
 * load this selector into this segment register? Reference solution.
 */
#include "segload.h"

#define TYPE_RW		0x2	/* readable code, writable data */
#define TYPE_CONFORMING	0x4
#define TYPE_CODE	0x8

static int fault(int vector, unsigned long code, unsigned long *error_code)
{
	*error_code = code;
	return vector;
}

/* SS: a writable data segment at exactly the current privilege level. */
static int check_ss(const struct desc_struct *d, u16 selector,
		    unsigned int cpl, unsigned long *error_code)
{
	unsigned int rpl = selector & 3;
	unsigned long code = selector & ~3u;

	if (rpl != cpl || !d->s || (d->type & TYPE_CODE) ||
	    !(d->type & TYPE_RW) || d->dpl != cpl)
		return fault(X86_TRAP_GP, code, error_code);
	if (!d->p)
		return fault(X86_TRAP_SS, code, error_code);
	return 0;
}

/* DS, ES, FS, GS: data or readable code, no more privileged than allowed. */
static int check_data(const struct desc_struct *d, u16 selector,
		      unsigned int cpl, unsigned long *error_code)
{
	unsigned int rpl = selector & 3;
	unsigned int eff = rpl > cpl ? rpl : cpl;
	unsigned long code = selector & ~3u;
	bool is_code = d->type & TYPE_CODE;

	if (!d->s || (is_code && !(d->type & TYPE_RW)))
		return fault(X86_TRAP_GP, code, error_code);
	if ((!is_code || !(d->type & TYPE_CONFORMING)) && eff > d->dpl)
		return fault(X86_TRAP_GP, code, error_code);
	if (!d->p)
		return fault(X86_TRAP_NP, code, error_code);
	return 0;
}

int load_segment_check(const struct desc_struct *gdt,
		       unsigned int nr_entries, u16 selector,
		       unsigned int cpl, enum seg_reg reg,
		       unsigned long *error_code)
{
	unsigned int index = selector >> 3;

	*error_code = 0;
	if ((selector & ~3u) == 0)	/* the null selector */
		return reg == SEG_SS ? fault(X86_TRAP_GP, 0, error_code) : 0;
	if ((selector & 4) || index >= nr_entries)
		return fault(X86_TRAP_GP, selector & ~3u, error_code);
	if (reg == SEG_SS)
		return check_ss(&gdt[index], selector, cpl, error_code);
	return check_data(&gdt[index], selector, cpl, error_code);
}
