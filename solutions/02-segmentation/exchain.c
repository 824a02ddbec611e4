/*
 * Exercise 2.3, reference solution: the classes of Intel's table of
 * exception pairs, and a chain of exceptions raised during delivery.
 */
#include "exchain.h"

enum exc_class exception_class(unsigned int vector)
{
	switch (vector) {
	case X86_TRAP_DE:
	case X86_TRAP_TS:
	case X86_TRAP_NP:
	case X86_TRAP_SS:
	case X86_TRAP_GP:
	case X86_TRAP_CP:
		return EXC_CONTRIBUTORY;
	case X86_TRAP_PF:
	case X86_TRAP_VE:
		return EXC_PAGE_FAULT;
	default:
		return EXC_BENIGN;
	}
}

/* Does second, raised while first is delivered, make a double fault? */
static bool makes_double_fault(unsigned int first, unsigned int second)
{
	enum exc_class c1 = exception_class(first);
	enum exc_class c2 = exception_class(second);

	return (c1 == EXC_CONTRIBUTORY && c2 == EXC_CONTRIBUTORY) ||
	       (c1 == EXC_PAGE_FAULT && c2 != EXC_BENIGN);
}

int deliver_exceptions(const unsigned int *vectors, unsigned int n)
{
	unsigned int pending, i;

	if (!n)
		return EXC_SHUTDOWN;
	pending = vectors[0];
	for (i = 1; i < n; i++) {
		if (pending == X86_TRAP_DF)
			return EXC_SHUTDOWN;
		if (makes_double_fault(pending, vectors[i]))
			pending = X86_TRAP_DF;
		else
			pending = vectors[i];	/* handled in turn */
	}
	return pending;
}
