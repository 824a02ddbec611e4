#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H
/* A program's address space: its page table and what is mapped there. */
#include <linux/pgtable.h>
#include <linux/types.h>

#define MM_MAX_REGIONS	8

struct mm_region {
	unsigned long start, end;	/* page-aligned, end excluded */
};

struct mm_struct {
	pgd_t *pgd;
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long nr_pages;		/* pages mapped, tables excluded */
	unsigned int nr_regions;
	struct mm_region regions[MM_MAX_REGIONS];
	char exe[16];			/* the file's name, for reports */
};

struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
int mm_map_pages(struct mm_struct *mm, unsigned long start,
		 unsigned long end, pgprot_t prot);
int mm_copy_to(struct mm_struct *mm, unsigned long addr, const void *src,
	       size_t len);
void print_vma_addr(char *buf, size_t size, struct mm_struct *mm,
		    unsigned long ip);
void switch_mm(struct mm_struct *next);
#endif
