/*
 * Exercise 3.1: split_large_page() turns one 2 MiB or 1 GiB mapping into
 * a table of 512 smaller ones with the same flags, as Linux's
 * arch/x86/mm/pat/set_memory.c does before it changes part of a large page.
 */
#ifndef EXERCISE_SPLIT_H
#define EXERCISE_SPLIT_H
#include <linux/pgtable.h>

int split_large_page(pte_t *kpte, unsigned int level, unsigned long address);

#endif
