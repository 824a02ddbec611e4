#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H
/* mmap's arguments turned into an area's VM_ flags. */
#include <linux/sched/mm.h>
#include <uapi/asm-generic/mman-common.h>

static inline unsigned long calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

static inline unsigned long calc_vm_flag_bits(unsigned long flags)
{
	return flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0;
}

static inline unsigned long round_hint_to_min(unsigned long hint)
{
	hint &= PAGE_MASK;
	if (hint && hint < mmap_min_addr)
		return PAGE_ALIGN(mmap_min_addr);
	return hint;
}
#endif
