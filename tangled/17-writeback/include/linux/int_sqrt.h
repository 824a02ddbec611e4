#ifndef _LINUX_INT_SQRT_H
#define _LINUX_INT_SQRT_H
unsigned long int_sqrt(unsigned long x);
#endif
