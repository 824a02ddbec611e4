#ifndef _LINUX_OVERFLOW_H
#define _LINUX_OVERFLOW_H
/* Arithmetic that says when it wraps around. */

/* *d = a * b; true when the product does not fit in *d's type */
#define check_mul_overflow(a, b, d)	__builtin_mul_overflow(a, b, d)
#endif
