/*
 * Exercise 3.4: slow_virt_to_phys() translates a virtual address in
 * software, by walking the page tables as the MMU does.
 */
#ifndef EXERCISE_VIRT2PHYS_H
#define EXERCISE_VIRT2PHYS_H
#include <linux/pgtable.h>

#define NO_PHYS_ADDR	((phys_addr_t)-1)

phys_addr_t slow_virt_to_phys(pgd_t *pgd, unsigned long addr);

#endif
