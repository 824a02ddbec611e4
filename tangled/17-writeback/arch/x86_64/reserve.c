/* arch/x86_64/reserve.c: what the x86-64 kernel takes before anything. */
#include <asm/e820.h>
#include <asm/page.h>
#include <asm/sections.h>
#include <linux/boot_info.h>
#include <linux/memblock.h>
#include <linux/sizes.h>

#define LOAD_PHYSICAL_ADDR	0x100000	/* arch/x86_64/kernel.ld */

void early_reserve_memory(void)
{
	u32 i;

	memblock_reserve(LOAD_PHYSICAL_ADDR,
			 __pa_symbol(_end) - LOAD_PHYSICAL_ADDR);
	memblock_reserve(0, SZ_64K);
	memblock_reserve(boot_info.mbi_addr, boot_info.mbi_size);
	memblock_reserve(boot_info.mmap_addr, boot_info.mmap_size);
	for (i = 0; i < boot_info.nr_modules; i++)
		memblock_reserve(boot_info.modules[i].start,
				 boot_info.modules[i].end -
				 boot_info.modules[i].start);
}
