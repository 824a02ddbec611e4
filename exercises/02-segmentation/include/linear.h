/*
 * Exercise 2.1: from a logical to a linear address, with the checks a
 * 32-bit protected-mode processor makes on the segment.
 */
#ifndef EXERCISE_LINEAR_H
#define EXERCISE_LINEAR_H
#include <asm/desc_defs.h>
#include <asm/traps.h>

enum seg_access {
	SEG_READ,		/* a data read */
	SEG_WRITE,		/* a data write */
	SEG_EXECUTE,		/* an instruction fetch */
};

int segment_linear_address(const struct desc_struct *desc, u32 offset,
			   u32 size, enum seg_access access, bool stack,
			   u32 *linear);

#endif
