/*
 * Exercise 15.1: copy_one_pte() copies one present page-table entry for
 * fork, as Linux 6.1's copy_present_pte() does: copy-on-write.
 */
#ifndef EXERCISE_COPYPTE_H
#define EXERCISE_COPYPTE_H
#include <linux/sched/mm.h>

void copy_one_pte(struct vm_area_struct *dst_vma,
		  struct vm_area_struct *src_vma, pte_t *dst_pte,
		  pte_t *src_pte, unsigned long addr);

#endif
