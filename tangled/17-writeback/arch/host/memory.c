/* arch/host/memory.c: the simulated machine's physical memory. */
#include <asm/host_mmu.h>
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

unsigned char *host_ram;

static const struct e820_entry qemu_4608m[] = {
	{ 0x0000000000, 0x000009fc00, E820_TYPE_RAM },
	{ 0x000009fc00, 0x0000000400, E820_TYPE_RESERVED },
	{ 0x00000f0000, 0x0000010000, E820_TYPE_RESERVED },
	{ 0x0000100000, 0x00bfee0000, E820_TYPE_RAM },
	{ 0x00bffe0000, 0x0000020000, E820_TYPE_RESERVED },
	{ 0x00fffc0000, 0x0000040000, E820_TYPE_RESERVED },
	{ 0x0100000000, 0x0060000000, E820_TYPE_RAM },
	{ 0xfd00000000, 0x0300000000, E820_TYPE_RESERVED },
};

static void host_firmware_memory_map(void)
{
	struct e820_table *t = &boot_info.e820_table;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(qemu_4608m); i++)
		t->entries[i] = qemu_4608m[i];
	t->nr_entries = ARRAY_SIZE(qemu_4608m);
}

void host_memory_init(void)
{
	if (host_ram)
		munmap(host_ram, HOST_RAM_END);
	host_ram = mmap(NULL, HOST_RAM_END, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (host_ram == MAP_FAILED) {
		perror("host: mmap of the simulated memory");
		exit(2);
	}
	host_firmware_memory_map();
	pgt_buf_setup(HOST_PGT_BUF_BASE, HOST_PGT_BUF_PAGES);
}
