/*
 * Exercise 2.3: what the processor does when a second exception arrives
 * while it delivers a first: both in turn, a double fault, or shutdown.
 */
#ifndef EXERCISE_EXCHAIN_H
#define EXERCISE_EXCHAIN_H
#include <asm/traps.h>
#include <linux/types.h>

/* The three classes of Intel's table of exception pairs. */
enum exc_class {
	EXC_BENIGN,
	EXC_CONTRIBUTORY,
	EXC_PAGE_FAULT,
};

#define EXC_SHUTDOWN	(-1)	/* a triple fault: the processor stops */

enum exc_class exception_class(unsigned int vector);
int deliver_exceptions(const unsigned int *vectors, unsigned int n);

#endif
