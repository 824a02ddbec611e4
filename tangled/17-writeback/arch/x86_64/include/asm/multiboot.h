#ifndef _ASM_MULTIBOOT_H
#define _ASM_MULTIBOOT_H
/* Multiboot specification 0.6.96: the parts this kernel uses. */
#define MULTIBOOT_HEADER_MAGIC		0x1BADB002
#define MULTIBOOT_PAGE_ALIGN		0x00000001	/* modules on pages */
#define MULTIBOOT_MEMORY_INFO		0x00000002	/* we want the map */
#define MULTIBOOT_HEADER_FLAGS	(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)
#define MULTIBOOT_BOOTLOADER_MAGIC	0x2BADB002	/* in EAX at entry */

#define MULTIBOOT_INFO_MEMORY		0x00000001	/* mem_lower/upper */
#define MULTIBOOT_INFO_BOOTDEV		0x00000002	/* boot_device */
#define MULTIBOOT_INFO_CMDLINE		0x00000004	/* cmdline */
#define MULTIBOOT_INFO_MODS		0x00000008	/* mods_* */
#define MULTIBOOT_INFO_AOUT_SYMS	0x00000010	/* syms (a.out) */
#define MULTIBOOT_INFO_ELF_SHDR		0x00000020	/* syms (ELF) */
#define MULTIBOOT_INFO_MEM_MAP		0x00000040	/* mmap_* */
#define MULTIBOOT_INFO_DRIVE_INFO	0x00000080	/* drives_* */
#define MULTIBOOT_INFO_CONFIG_TABLE	0x00000100	/* config_table */
#define MULTIBOOT_INFO_LOADER_NAME	0x00000200	/* boot_loader_name */
#define MULTIBOOT_INFO_APM_TABLE	0x00000400	/* apm_table */
#define MULTIBOOT_INFO_VBE		0x00000800	/* vbe_* */
#ifndef __ASSEMBLER__
#include <linux/types.h>
struct multiboot_info {
	u32 flags;
	u32 mem_lower;		/* KiB of memory below 1 MiB */
	u32 mem_upper;		/* KiB of memory from 1 MiB to the first hole */
	u32 boot_device;
	u32 cmdline;		/* physical address of a C string */
	u32 mods_count;
	u32 mods_addr;		/* physical address of mods_count modules */
	u32 syms[4];
	u32 mmap_length;	/* bytes in the memory map */
	u32 mmap_addr;
	u32 drives_length;
	u32 drives_addr;
	u32 config_table;
	u32 boot_loader_name;	/* physical address of a C string */
};

struct multiboot_mmap_entry {
	u32 size;		/* of the rest of this entry */
	u64 addr;
	u64 len;
	u32 type;		/* E820 type: 1 = usable RAM */
} __attribute__((packed));

struct multiboot_module {
	u32 mod_start;
	u32 mod_end;		/* first byte after the module */
	u32 string;		/* physical address of its command line */
	u32 reserved;
};
#endif
#endif
