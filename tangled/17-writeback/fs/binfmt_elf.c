/* fs/binfmt_elf.c: loading a static ELF64 executable and its stack. */
#include <asm/timex.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mman.h>
#include <linux/pgtable.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <uapi/linux/elf.h>

#define ELF_PLATFORM	"x86_64"
#define ELF_TABLE_MAX	(1 + BINPRM_MAX_ARGS + 1 + BINPRM_MAX_ARGS + 1 + 2 * 18)

static int elf_check_header(const struct linux_binprm *bprm,
			    const Elf64_Ehdr *eh)
{
	const char *why = NULL;

	if (bprm->size < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG))
		why = "not an ELF file";
	else if (eh->e_ident[EI_CLASS] != ELFCLASS64 ||
		 eh->e_ident[EI_DATA] != ELFDATA2LSB ||
		 eh->e_ident[EI_VERSION] != EV_CURRENT)
		why = "not a little-endian ELF64 file";
	else if (eh->e_machine != EM_X86_64)
		why = "not for x86-64";
	else if (eh->e_type != ET_EXEC)
		why = "not a static executable (ET_EXEC)";
	else if (eh->e_phentsize != sizeof(Elf64_Phdr) || !eh->e_phnum ||
		 eh->e_phnum > 65536 / sizeof(Elf64_Phdr) ||
		 eh->e_phoff > bprm->size ||
		 bprm->size - eh->e_phoff < eh->e_phnum * sizeof(Elf64_Phdr))
		why = "bad program headers";
	if (why)
		pr_info("%s: %s: -ENOEXEC\n", bprm->filename, why);
	return why ? -ENOEXEC : 0;
}

static unsigned long elf_prot(u32 p_flags)
{
	return (p_flags & PF_R ? PROT_READ : 0) |
	       (p_flags & PF_W ? PROT_WRITE : 0) |
	       (p_flags & PF_X ? PROT_EXEC : 0);
}

static int elf_map(struct linux_binprm *bprm, const Elf64_Phdr *ph)
{
	unsigned long start = ph->p_vaddr & PAGE_MASK;
	unsigned long pad = ph->p_vaddr - start;
	unsigned long file_end = PAGE_ALIGN(ph->p_vaddr + ph->p_filesz);
	unsigned long end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	unsigned long prot = elf_prot(ph->p_flags);
	struct mm_struct *mm = bprm->mm;
	long addr = 0;

	if (ph->p_filesz > ph->p_memsz || ph->p_offset > bprm->size ||
	    bprm->size - ph->p_offset < ph->p_filesz ||
	    ph->p_memsz > TASK_SIZE_MAX || end > STACK_TOP - STACK_SIZE ||
	    end <= start || start < PAGE_SIZE || ph->p_offset < pad ||
	    offset_in_page(ph->p_offset - pad)) {
		pr_info("%s: a segment outside the file or the user half: "
			"-ENOEXEC\n", bprm->filename);
		return -ENOEXEC;
	}
	if (!mm->exe_file && !(mm->exe_file = file_alloc(bprm->filename)))
		return -ENOMEM;
	if (file_end > start)
		addr = do_mmap(mm, mm->exe_file, start, file_end - start, prot,
			       MAP_FIXED | MAP_PRIVATE,
			       (ph->p_offset - pad) >> PAGE_SHIFT);
	if (!IS_ERR_VALUE(addr) && end > file_end)
		addr = do_mmap(mm, NULL, file_end, end - file_end, prot,
			       MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (IS_ERR_VALUE(addr))
		return addr;
	return mm_copy_to(mm, start, bprm->data + ph->p_offset - pad,
			  pad + ph->p_filesz);
}

static unsigned long push_bytes(struct linux_binprm *bprm, const void *src,
				size_t len)
{
	bprm->p -= len;
	if (bprm->p < bprm->stack_low ||
	    mm_copy_to(bprm->mm, bprm->p, src, len))
		bprm->err = -E2BIG;
	return bprm->p;
}

static unsigned long push_string(struct linux_binprm *bprm, const char *s)
{
	return push_bytes(bprm, s, strlen(s) + 1);
}

static void push_strings(struct linux_binprm *bprm, int n,
			 const char *const *strs, unsigned long *addrs)
{
	while (n-- > 0)
		addrs[n] = push_string(bprm, strs[n]);
}

static int setup_arg_pages(struct linux_binprm *bprm)
{
	struct mm_struct *mm = bprm->mm;
	u64 zero = 0;
	long addr;

	bprm->stack_low = STACK_TOP - STACK_SIZE;
	addr = do_mmap(mm, NULL, bprm->stack_low, STACK_SIZE,
		       PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE |
		       MAP_ANONYMOUS | MAP_GROWSDOWN, 0);
	if (IS_ERR_VALUE(addr))
		return addr;
	mm->start_stack = STACK_TOP;
	bprm->p = STACK_TOP;
	push_bytes(bprm, &zero, sizeof(zero));
	bprm->exec = push_string(bprm, bprm->filename);
	mm->env_end = bprm->p;
	push_strings(bprm, bprm->envc, bprm->envp, bprm->env_addr);
	mm->env_start = mm->arg_end = bprm->p;
	push_strings(bprm, bprm->argc, bprm->argv, bprm->arg_addr);
	mm->arg_start = bprm->p;
	return bprm->err;
}

static void get_random_bytes(void *buf, size_t len)
{
	static u64 state;
	unsigned char *p = buf;

	state ^= random_get_entropy() | 1;
	while (len--) {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		*p++ = state >> 56;
	}
}

static int create_elf_tables(struct linux_binprm *bprm,
			     const Elf64_Ehdr *eh)
{
	u64 table[ELF_TABLE_MAX];
	unsigned char random[16];
	unsigned long platform, u_random;
	unsigned int n = 0, i;

	platform = push_string(bprm, ELF_PLATFORM);
	get_random_bytes(random, sizeof(random));
	u_random = push_bytes(bprm, random, sizeof(random));
	table[n++] = bprm->argc;
	for (i = 0; i < bprm->argc; i++)
		table[n++] = bprm->arg_addr[i];
	table[n++] = 0;
	for (i = 0; i < bprm->envc; i++)
		table[n++] = bprm->env_addr[i];
	table[n++] = 0;
	#define NEW_AUX_ENT(id, val) \
		do { table[n++] = (id); table[n++] = (val); } while (0)
	NEW_AUX_ENT(AT_HWCAP, 0);
	NEW_AUX_ENT(AT_PAGESZ, PAGE_SIZE);
	NEW_AUX_ENT(AT_CLKTCK, 100);
	NEW_AUX_ENT(AT_PHDR, bprm->phdr_addr);
	NEW_AUX_ENT(AT_PHENT, sizeof(Elf64_Phdr));
	NEW_AUX_ENT(AT_PHNUM, eh->e_phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, eh->e_entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_EUID, 0);
	NEW_AUX_ENT(AT_GID, 0);
	NEW_AUX_ENT(AT_EGID, 0);
	NEW_AUX_ENT(AT_SECURE, 0);
	NEW_AUX_ENT(AT_RANDOM, u_random);
	NEW_AUX_ENT(AT_EXECFN, bprm->exec);
	NEW_AUX_ENT(AT_PLATFORM, platform);
	NEW_AUX_ENT(AT_NULL, 0);
	#undef NEW_AUX_ENT
	bprm->p = (bprm->p - n * sizeof(u64)) & ~15UL;
	if (bprm->p < bprm->stack_low ||
	    mm_copy_to(bprm->mm, bprm->p, table, n * sizeof(u64)))
		return -E2BIG;
	return bprm->err;
}

int load_elf_binary(struct linux_binprm *bprm)
{
	const Elf64_Ehdr *eh = (const void *)bprm->data;
	const Elf64_Phdr *ph;
	struct mm_struct *mm = bprm->mm;
	unsigned int i;
	int err = elf_check_header(bprm, eh);

	if (err)
		return err;
	ph = (const void *)(bprm->data + eh->e_phoff);
	mm->start_code = ~0UL;
	for (i = 0; i < eh->e_phnum; i++, ph++) {
		unsigned long end = ph->p_vaddr + ph->p_memsz;

		if (ph->p_type == PT_INTERP) {
			pr_info("%s: needs an interpreter: -ENOEXEC\n",
				bprm->filename);
			return -ENOEXEC;
		}
		if (ph->p_type != PT_LOAD)
			continue;
		if ((err = elf_map(bprm, ph)))
			return err;
		if (ph->p_offset == 0)
			bprm->phdr_addr = ph->p_vaddr + eh->e_phoff;
		if (ph->p_flags & PF_X) {
			mm->start_code = min(mm->start_code, (unsigned long)ph->p_vaddr);
			mm->end_code = max(mm->end_code, end);
		} else if (ph->p_flags & PF_W) {
			mm->start_data = ph->p_vaddr;
			mm->end_data = end;
		}
		mm->brk = max(mm->brk, end);
	}
	mm->start_brk = mm->brk = PAGE_ALIGN(mm->brk);
	bprm->entry = eh->e_entry;
	if ((err = setup_arg_pages(bprm)))
		return err;
	return create_elf_tables(bprm, eh);
}
