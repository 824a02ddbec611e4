/*
 * Exercise 2.1: segment_linear_address(), the logical-to-linear
 * translation of 32-bit protected mode, with its limit and type checks.
 * Reference solution.
 */
#include "linear.h"

#define TYPE_RW		0x2	/* readable code, writable data */
#define TYPE_EC		0x4	/* expand-down data, conforming code */
#define TYPE_CODE	0x8

/* May this kind of access use a segment of this type? */
static bool type_allows(const struct desc_struct *desc,
			enum seg_access access, bool stack)
{
	bool code = desc->type & TYPE_CODE;

	if (!desc->s)
		return false;
	if (stack)
		return !code && (desc->type & TYPE_RW);
	switch (access) {
	case SEG_EXECUTE:
		return code;
	case SEG_READ:
		return !code || (desc->type & TYPE_RW);
	case SEG_WRITE:
		return !code && (desc->type & TYPE_RW);
	}
	return false;
}

/* Do the bytes offset .. offset + size - 1 lie inside the segment? */
static bool within_limit(const struct desc_struct *desc, u32 offset,
			 u32 size)
{
	u64 first = offset, last = (u64)offset + size - 1;
	u64 limit = get_desc_limit(desc);
	bool code = desc->type & TYPE_CODE;

	if (desc->g)
		limit = (limit << 12) | 0xfff;
	if (code || !(desc->type & TYPE_EC))
		return last <= limit;
	/* expand-down: from limit + 1 up to the top the B flag sets */
	return first > limit && last <= (desc->d ? 0xffffffffULL : 0xffffULL);
}

int segment_linear_address(const struct desc_struct *desc, u32 offset,
			   u32 size, enum seg_access access, bool stack,
			   u32 *linear)
{
	if (!desc->p)
		return stack ? X86_TRAP_SS : X86_TRAP_NP;
	if (!type_allows(desc, access, stack))
		return X86_TRAP_GP;
	if (!within_limit(desc, offset, size))
		return stack ? X86_TRAP_SS : X86_TRAP_GP;
	*linear = (u32)(get_desc_base(desc) + offset);
	return 0;
}
