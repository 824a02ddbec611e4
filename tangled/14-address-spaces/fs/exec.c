/* fs/exec.c: running a program from the initramfs until it ends. */
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/initramfs.h>
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

static struct user_program no_program = { .comm = "swapper/0" };
struct user_program *current_program = &no_program;
static int last_pid;

static int count_strings(const char *const **vec, unsigned int *count,
			 const char *const *strs)
{
	unsigned int n = 0;

	while (strs && strs[n])
		n++;
	if (n > BINPRM_MAX_ARGS)
		return -E2BIG;
	*vec = strs;
	*count = n;
	return 0;
}

static void set_comm(char *comm, size_t size, const char *filename)
{
	const char *base = filename, *s;

	for (s = filename; *s; s++)
		if (*s == '/')
			base = s + 1;
	strscpy(comm, base, size);
}

struct file *file_alloc(const char *path)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (f)
		strscpy(f->f_path, path, sizeof(f->f_path));
	return f;
}

int run_program(const char *filename, const char *const *argv,
		const char *const *envp)
{
	const struct initramfs_file *f = initramfs_lookup(filename);
	struct linux_binprm bprm = { .filename = filename };
	struct user_program prog = { .pid = ++last_pid };
	int ret;

	if (!f)
		return -ENOENT;
	bprm.data = f->data;
	bprm.size = f->size;
	if ((ret = count_strings(&bprm.argv, &bprm.argc, argv)) ||
	    (ret = count_strings(&bprm.envp, &bprm.envc, envp)))
		return ret;
	bprm.mm = mm_alloc();
	if (!bprm.mm)
		return -ENOMEM;
	set_comm(prog.comm, sizeof(prog.comm), filename);
	strscpy(bprm.mm->exe, prog.comm, sizeof(bprm.mm->exe));
	prog.mm = bprm.mm;
	ret = load_elf_binary(&bprm);
	if (ret == 0) {
		current_program = &prog;
		ret = arch_run_user(bprm.mm, bprm.entry, bprm.p);
		current_program = &no_program;
	}
	mmput(bprm.mm);
	return ret;
}
