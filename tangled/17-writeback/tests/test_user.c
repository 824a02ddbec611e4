/* tests/test_user.c: the initramfs's parser and the ELF loader's checks. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/initramfs.h>
#include <linux/pgtable.h>
#include <linux/sched/mm.h>
#include <uapi/linux/elf.h>

#define NAME_OFFSET	110		/* a newc header's length */

static char cpio[8192];
static size_t cpio_len;

static void put_entry(char magic, const char *name, unsigned long mode,
		      const char *data, size_t size, unsigned long chksum)
{
	size_t namesize = strlen(name) + 1;

	cpio_len += libc_snprintf(cpio + cpio_len, sizeof(cpio) - cpio_len,
				  "07070%c%08X%08lX%08X%08X%08X%08X%08zX"
				  "%08X%08X%08X%08X%08zX%08lX", magic, 1,
				  mode, 0, 0, 1, 0, size, 0, 0, 0, 0,
				  namesize, chksum);
	memcpy(cpio + cpio_len, name, namesize);
	cpio_len += namesize;
	while (cpio_len % 4)
		cpio[cpio_len++] = '\0';
	memcpy(cpio + cpio_len, data, size);
	cpio_len += size;
	while (cpio_len % 4)
		cpio[cpio_len++] = '\0';
}

static void put_file(const char *name, const char *data, size_t size)
{
	put_entry('1', name, 0100755, data, size, 0);
}

static void put_trailer(void)
{
	put_entry('1', "TRAILER!!!", 0, "", 0, 0);
}

static void expect_refused(size_t len, const char *why)
{
	host_console_reset();
	ck_assert_int_eq(unpack_to_rootfs(cpio, len), -EINVAL);
	ck_assert_ptr_nonnull(strstr(host_console_output(), why));
}
START_TEST(test_initramfs_files_of_every_padding_are_found)
{
	static const char names[][16] = { "bin/a", "bin/ab", "bin/abc",
					   "bin/abcd", "bin/abcde" };
	const struct initramfs_file *f;
	char path[32];
	int i;

	cpio_len = 0;
	put_entry('1', "bin", 040755, "", 0, 0);
	for (i = 0; i < 5; i++)
		put_file(names[i], "0123456789AB", i * 3);
	put_trailer();
	ck_assert_int_eq(unpack_to_rootfs(cpio, cpio_len), 0);
	ck_assert_ptr_null(initramfs_lookup("/bin"));
	for (i = 0; i < 5; i++) {
		libc_snprintf(path, sizeof(path), "/%s", names[i]);
		f = initramfs_lookup(path);
		ck_assert_ptr_nonnull(f);
		ck_assert_uint_eq(f->size, i * 3);
		ck_assert_int_eq(memcmp(f->data, "0123456789AB", i * 3), 0);
	}
}
END_TEST

START_TEST(test_initramfs_cut_short_anywhere_is_refused)
{
	size_t len, end;

	cpio_len = 0;
	put_file("bin/short", "some bytes", 10);
	len = cpio_len;
	put_trailer();
	end = len + NAME_OFFSET + sizeof("TRAILER!!!");	/* its name read */
	for (len = 1; len < end; len++) {
		host_console_reset();
		ck_assert_int_eq(unpack_to_rootfs(cpio, len), -EINVAL);
	}
	cpio_len = 0;
	put_file("bin/short", "some bytes", 10);
	expect_refused(cpio_len, "no TRAILER!!!");
}
END_TEST

START_TEST(test_initramfs_bad_magic_and_digits_are_refused)
{
	cpio_len = 0;
	put_file("bin/magic", "x", 1);
	put_trailer();
	cpio[5] = '7';				/* 070707: the old format */
	expect_refused(cpio_len, "no cpio newc header at offset 0");
	cpio[5] = '1';
	cpio[6 + 8 * 6 + 3] = 'g';		/* the file size's digits */
	expect_refused(cpio_len, "no cpio newc header at offset 0");
}
END_TEST

START_TEST(test_initramfs_checksums_are_checked)
{
	cpio_len = 0;
	put_entry('2', "bin/sum", 0100644, "abc", 3, 'a' + 'b' + 'c');
	put_trailer();
	ck_assert_int_eq(unpack_to_rootfs(cpio, cpio_len), 0);
	ck_assert_ptr_nonnull(initramfs_lookup("/bin/sum"));
	cpio_len = 0;
	put_entry('2', "bin/badsum", 0100644, "abc", 3, 'a' + 'b' + 'd');
	put_trailer();
	expect_refused(cpio_len, "checksum mismatch at offset 0");
	ck_assert_ptr_null(initramfs_lookup("/bin/badsum"));
}
END_TEST

START_TEST(test_initramfs_name_without_null_is_refused)
{
	cpio_len = 0;
	put_file("bin/nonul", "x", 1);
	put_trailer();
	cpio[NAME_OFFSET + strlen("bin/nonul")] = '!';
	expect_refused(cpio_len, "bad file name at offset 0");
	cpio_len = 0;
	put_file("bin/nonul", "x", 1);
	put_trailer();
	memcpy(cpio + 6 + 8 * 11, "00000000", 8);	/* namesize 0 */
	expect_refused(cpio_len, "bad file name at offset 0");
}
END_TEST
#define ELF_BASE	0x400000UL

static struct {
	Elf64_Ehdr eh;
	Elf64_Phdr ph[2];
	unsigned char code[16];
} elf;

static void make_elf(void)
{
	memset(&elf, 0, sizeof(elf));
	memcpy(elf.eh.e_ident, ELFMAG, SELFMAG);
	elf.eh.e_ident[EI_CLASS] = ELFCLASS64;
	elf.eh.e_ident[EI_DATA] = ELFDATA2LSB;
	elf.eh.e_ident[EI_VERSION] = EV_CURRENT;
	elf.eh.e_type = ET_EXEC;
	elf.eh.e_machine = EM_X86_64;
	elf.eh.e_version = EV_CURRENT;
	elf.eh.e_entry = ELF_BASE + offsetof(typeof(elf), code);
	elf.eh.e_phoff = offsetof(typeof(elf), ph);
	elf.eh.e_ehsize = sizeof(elf.eh);
	elf.eh.e_phentsize = sizeof(Elf64_Phdr);
	elf.eh.e_phnum = 1;
	elf.ph[0].p_type = PT_LOAD;
	elf.ph[0].p_flags = PF_R | PF_X;
	elf.ph[0].p_vaddr = ELF_BASE;
	elf.ph[0].p_filesz = sizeof(elf);
	elf.ph[0].p_memsz = sizeof(elf) + 100;
	elf.ph[0].p_align = PAGE_SIZE;
}

static int load(unsigned long size)
{
	static const char *const argv[] = { "/bin/t", NULL };
	struct linux_binprm bprm = {
		.filename = "/bin/t", .data = (const void *)&elf,
		.size = size, .argc = 1, .argv = argv,
	};
	int ret;

	bprm.mm = mm_alloc();
	ck_assert_ptr_nonnull(bprm.mm);
	host_console_reset();
	ret = load_elf_binary(&bprm);
	if (ret == 0) {
		ck_assert_uint_eq(bprm.entry, elf.eh.e_entry);
		ck_assert_uint_eq(bprm.p % 16, 0);
		ck_assert_uint_eq(bprm.mm->brk,
				  PAGE_ALIGN(ELF_BASE + sizeof(elf) + 100));
	}
	mmput(bprm.mm);
	return ret;
}

static void expect_noexec(unsigned long size, const char *why)
{
	ck_assert_int_eq(load(size), -ENOEXEC);
	ck_assert_ptr_nonnull(strstr(host_console_output(), why));
}

START_TEST(test_elf_the_smallest_executable_loads)
{
	make_elf();
	ck_assert_int_eq(load(sizeof(elf)), 0);
}
END_TEST

START_TEST(test_elf_each_bad_header_field_is_refused)
{
	make_elf();
	expect_noexec(sizeof(elf.eh) - 1, "not an ELF file");
	elf.eh.e_ident[1] = 'e';
	expect_noexec(sizeof(elf), "not an ELF file");
	make_elf();
	elf.eh.e_ident[EI_CLASS] = 1;
	expect_noexec(sizeof(elf), "not a little-endian ELF64 file");
	make_elf();
	elf.eh.e_ident[EI_DATA] = 2;
	expect_noexec(sizeof(elf), "not a little-endian ELF64 file");
	make_elf();
	elf.eh.e_ident[EI_VERSION] = 0;
	expect_noexec(sizeof(elf), "not a little-endian ELF64 file");
	make_elf();
	elf.eh.e_machine = 3;
	expect_noexec(sizeof(elf), "not for x86-64");
	make_elf();
	elf.eh.e_type = ET_DYN;
	expect_noexec(sizeof(elf), "not a static executable");
}
END_TEST

START_TEST(test_elf_bad_program_headers_are_refused)
{
	make_elf();
	elf.eh.e_phentsize = 32;
	expect_noexec(sizeof(elf), "bad program headers");
	make_elf();
	elf.eh.e_phnum = 0;
	expect_noexec(sizeof(elf), "bad program headers");
	make_elf();
	elf.eh.e_phoff = sizeof(elf) - 8;
	expect_noexec(sizeof(elf), "bad program headers");
	make_elf();
	elf.eh.e_phnum = 2;
	elf.ph[1].p_type = PT_INTERP;
	expect_noexec(sizeof(elf), "needs an interpreter");
}
END_TEST

START_TEST(test_elf_bad_segments_are_refused)
{
	static const char why[] = "a segment outside the file or the user half";

	make_elf();
	elf.ph[0].p_filesz = sizeof(elf) + 1;
	expect_noexec(sizeof(elf), why);
	make_elf();
	elf.ph[0].p_memsz = 8;
	elf.ph[0].p_filesz = 16;
	expect_noexec(sizeof(elf), why);
	make_elf();
	elf.ph[0].p_offset = sizeof(elf) + PAGE_SIZE;
	elf.ph[0].p_filesz = 0;
	expect_noexec(sizeof(elf), why);
	make_elf();
	elf.ph[0].p_vaddr = TASK_SIZE_MAX - 64;		/* past the top */
	expect_noexec(sizeof(elf), why);
	make_elf();
	elf.ph[0].p_vaddr = STACK_TOP - STACK_SIZE;	/* on the stack */
	expect_noexec(sizeof(elf), why);
	make_elf();
	elf.ph[0].p_vaddr = 0;
	expect_noexec(sizeof(elf), why);
}
END_TEST

Suite *user_suite(void)
{
	Suite *s = suite_create("user");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_initramfs_files_of_every_padding_are_found);
	tcase_add_test(tc, test_initramfs_cut_short_anywhere_is_refused);
	tcase_add_test(tc, test_initramfs_bad_magic_and_digits_are_refused);
	tcase_add_test(tc, test_initramfs_checksums_are_checked);
	tcase_add_test(tc, test_initramfs_name_without_null_is_refused);
	tcase_add_test(tc, test_elf_the_smallest_executable_loads);
	tcase_add_test(tc, test_elf_each_bad_header_field_is_refused);
	tcase_add_test(tc, test_elf_bad_program_headers_are_refused);
	tcase_add_test(tc, test_elf_bad_segments_are_refused);
	suite_add_tcase(s, tc);
	return s;
}
