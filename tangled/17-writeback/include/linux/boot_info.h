#ifndef _LINUX_BOOT_INFO_H
#define _LINUX_BOOT_INFO_H
#include <linux/cmdline.h>
#include <linux/types.h>

#define E820_MAX_ENTRIES	128

enum e820_type {
	E820_TYPE_RAM		= 1,
	E820_TYPE_RESERVED	= 2,
	E820_TYPE_ACPI		= 3,
	E820_TYPE_NVS		= 4,
	E820_TYPE_UNUSABLE	= 5,
};

struct e820_entry {
	u64 addr;		/* first byte */
	u64 size;		/* in bytes */
	enum e820_type type;
};

struct e820_table {
	u32 nr_entries;
	struct e820_entry entries[E820_MAX_ENTRIES];
};

#define BOOT_MAX_MODULES	8
#define BOOT_MODULE_CMDLINE	128

struct boot_module {
	u64 start;		/* physical address of the first byte */
	u64 end;		/* physical address after the last byte */
	char cmdline[BOOT_MODULE_CMDLINE];
};

struct boot_info {
	u32 magic;		/* what the loader left in EAX */
	u32 flags;		/* which Multiboot fields were valid */
	u32 mem_lower_kb;	/* memory below 1 MiB */
	u32 mem_upper_kb;	/* memory from 1 MiB to the first hole */
	char loader_name[64];
	struct e820_table e820_table;
	u32 nr_modules;
	struct boot_module modules[BOOT_MAX_MODULES];
	u64 mbi_addr, mbi_size;		/* the Multiboot information */
	u64 mmap_addr, mmap_size;	/* the memory map it points to */
};

extern struct boot_info boot_info;
extern char boot_command_line[COMMAND_LINE_SIZE];
#endif
