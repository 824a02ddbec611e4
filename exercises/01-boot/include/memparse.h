/*
 * Exercise 1.1: memparse() reads a size such as "64M" or "0x1000" from
 * the kernel command line, as Linux's lib/cmdline.c does.
 */
#ifndef EXERCISE_MEMPARSE_H
#define EXERCISE_MEMPARSE_H

unsigned long long memparse(const char *ptr, char **retptr);

#endif
