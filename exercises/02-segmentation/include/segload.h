/*
 * Exercise 2.2: the privilege checks of loading a segment register, as
 * "mov %ax, %ds" or "mov %ax, %ss" makes them in protected mode.
 */
#ifndef EXERCISE_SEGLOAD_H
#define EXERCISE_SEGLOAD_H
#include <asm/desc_defs.h>
#include <asm/traps.h>

enum seg_reg { SEG_DS, SEG_ES, SEG_FS, SEG_GS, SEG_SS };

int load_segment_check(const struct desc_struct *gdt,
		       unsigned int nr_entries, u16 selector,
		       unsigned int cpl, enum seg_reg reg,
		       unsigned long *error_code);

#endif
