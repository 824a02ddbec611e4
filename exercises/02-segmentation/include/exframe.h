/*
 * Exercise 2.3: where the processor puts the frame of an exception in
 * 64-bit mode: the current stack, RSP0 of the TSS, or an IST stack.
 */
#ifndef EXERCISE_EXFRAME_H
#define EXERCISE_EXFRAME_H
#include <asm/desc_defs.h>
#include <asm/traps.h>

bool exception_has_error_code(unsigned int vector);
unsigned long exception_frame_rsp(const struct x86_hw_tss *tss,
				  const gate_desc *gate, unsigned int vector,
				  unsigned int cpl, unsigned long rsp);

#endif
