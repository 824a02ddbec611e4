/*
 * Exercise 2.3: exception_frame_rsp(), the stack pointer a handler starts
 * with. Reference solution.
 */
#include "exframe.h"

/* Vectors 8, 10-14, 17, 21, 29 and 30 push an error code. */
#define ERRCODE_MASK	0x60227d00UL

bool exception_has_error_code(unsigned int vector)
{
	return vector < 32 && ((ERRCODE_MASK >> vector) & 1);
}

unsigned long exception_frame_rsp(const struct x86_hw_tss *tss,
				  const gate_desc *gate, unsigned int vector,
				  unsigned int cpl, unsigned long rsp)
{
	unsigned long sp = rsp;

	if (gate->bits.ist)
		sp = tss->ist[gate->bits.ist - 1];
	else if (cpl > 0)
		sp = tss->sp0;
	sp &= ~0xfUL;			/* aligned to 16 bytes */
	sp -= 5 * 8;			/* SS, RSP, RFLAGS, CS, RIP */
	if (exception_has_error_code(vector))
		sp -= 8;
	return sp;
}
