#ifndef _UAPI_LINUX_ELF_H
#define _UAPI_LINUX_ELF_H
/* ELF64: the header, the program headers, the auxiliary vector. */
#include <linux/types.h>

#define EI_NIDENT	16
#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define EI_CLASS	4
#define ELFCLASS64	2
#define EI_DATA		5
#define ELFDATA2LSB	1
#define EI_VERSION	6
#define EV_CURRENT	1
#define ET_EXEC		2
#define ET_DYN		3
#define EM_X86_64	62

typedef struct elf64_hdr {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type, e_machine;
	u32 e_version;
	u64 e_entry, e_phoff, e_shoff;
	u32 e_flags;
	u16 e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf64_Ehdr;

#define PT_LOAD		1
#define PT_INTERP	3
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

typedef struct elf64_phdr {
	u32 p_type, p_flags;
	u64 p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Elf64_Phdr;

#define AT_NULL		0	/* the end of the vector */
#define AT_PHDR		3	/* the program headers in memory */
#define AT_PHENT	4	/* the size of one */
#define AT_PHNUM	5	/* how many */
#define AT_PAGESZ	6
#define AT_BASE		7	/* the interpreter's base: none */
#define AT_FLAGS	8
#define AT_ENTRY	9	/* the program's entry point */
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15	/* a string: "x86_64" */
#define AT_HWCAP	16	/* CPUID leaf 1's EDX */
#define AT_CLKTCK	17	/* times(2)'s ticks per second */
#define AT_SECURE	23	/* set-user-id and the like */
#define AT_RANDOM	25	/* 16 random bytes */
#define AT_EXECFN	31	/* the file name exec was given */
#endif
