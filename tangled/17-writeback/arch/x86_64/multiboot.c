/* arch/x86_64/multiboot.c: copy the Multiboot information. */
#include <asm/multiboot.h>
#include <asm/setup.h>
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/string.h>

#define EARLY_IDENTITY_MAP_END	0x40000000UL	/* 1 GiB */

/* A pointer to physical memory, or NULL where the early map ends. */
static const void *early_phys(u64 phys, u64 len)
{
	if (phys + len > EARLY_IDENTITY_MAP_END || phys + len < phys)
		return NULL;
	return (const void *)(uintptr_t)phys;
}

static void copy_string(char *dst, size_t size, u32 phys)
{
	const char *src = early_phys(phys, 1);

	strscpy(dst, src ? src : "", size);
}

static void copy_cmdline(u32 phys)
{
	const char *s = early_phys(phys, 1);

	if (!s)
		return;
	while (*s && *s != ' ')		/* the image's file name */
		s++;
	while (*s == ' ')
		s++;
	strscpy(boot_command_line, s, COMMAND_LINE_SIZE);
}

static void copy_mmap(const struct multiboot_info *mbi)
{
	struct e820_table *table = &boot_info.e820_table;
	const struct multiboot_mmap_entry *e;
	u32 off = 0;

	while (off + sizeof(*e) <= mbi->mmap_length &&
	       table->nr_entries < E820_MAX_ENTRIES) {
		e = early_phys(mbi->mmap_addr + off, sizeof(*e));
		if (!e)
			break;
		table->entries[table->nr_entries].addr = e->addr;
		table->entries[table->nr_entries].size = e->len;
		table->entries[table->nr_entries].type = e->type;
		table->nr_entries++;
		off += e->size + sizeof(e->size);
	}
}

static void copy_modules(const struct multiboot_info *mbi)
{
	const struct multiboot_module *mod;
	u32 i;

	mod = early_phys(mbi->mods_addr, mbi->mods_count * sizeof(*mod));
	for (i = 0; mod && i < mbi->mods_count && i < BOOT_MAX_MODULES; i++) {
		struct boot_module *m = &boot_info.modules[i];

		m->start = mod[i].mod_start;
		m->end = mod[i].mod_end;
		copy_string(m->cmdline, sizeof(m->cmdline), mod[i].string);
		boot_info.nr_modules++;
	}
}

void copy_bootdata(u32 magic, u32 info)
{
	const struct multiboot_info *mbi = early_phys(info, sizeof(*mbi));

	boot_info.magic = magic;
	if (!mbi)
		return;
	boot_info.flags = mbi->flags;
	boot_info.mbi_addr = info;
	boot_info.mbi_size = sizeof(*mbi);
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP) {
		boot_info.mmap_addr = mbi->mmap_addr;
		boot_info.mmap_size = mbi->mmap_length;
	}
	if (mbi->flags & MULTIBOOT_INFO_MEMORY) {
		boot_info.mem_lower_kb = mbi->mem_lower;
		boot_info.mem_upper_kb = mbi->mem_upper;
	}
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		copy_cmdline(mbi->cmdline);
	if (mbi->flags & MULTIBOOT_INFO_LOADER_NAME)
		copy_string(boot_info.loader_name,
			    sizeof(boot_info.loader_name),
			    mbi->boot_loader_name);
	if (mbi->flags & MULTIBOOT_INFO_MODS)
		copy_modules(mbi);
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
		copy_mmap(mbi);
}
