#ifndef _ASM_X86_E820_H
#define _ASM_X86_E820_H
/* The firmware memory map (e820) and what the kernel does with it. */
#include <linux/boot_info.h>
#include <linux/types.h>

#define E820_TYPE_PMEM		7
#define E820_TYPE_PRAM		12
#define E820_TYPE_SOFT_RESERVED	0xefffffff
#define E820_TYPE_RESERVED_KERN	128

/* Physical addresses have at most 52 bits on x86-64. */
#define E820_MAX_ADDR		(1ULL << 52)

extern struct e820_table *e820_table;

void e820__print_table(const char *who);
int e820__update_table(struct e820_table *table);
void e820__memory_setup(void);
void e820__range_update(u64 start, u64 size, enum e820_type old_type,
			enum e820_type new_type);
void e820__range_remove(u64 start, u64 size, enum e820_type old_type,
			bool check_type);
void trim_bios_range(void);
unsigned long e820__end_of_ram_pfn(void);
unsigned long e820__end_of_low_ram_pfn(void);
void e820__memblock_setup(void);
void early_reserve_memory(void);	/* each machine's own */
void setup_memory_map(void);
#endif
