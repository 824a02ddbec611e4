/* arch/host/reserve.c: what the simulated machine's kernel has taken. */
#include <asm/e820.h>
#include <asm/host_mmu.h>
#include <linux/memblock.h>

void early_reserve_memory(void)
{
	memblock_reserve(HOST_PGT_BUF_BASE, HOST_PGT_BUF_PAGES * PAGE_SIZE);
}
