#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H
/* A program being loaded, and the program that runs. */
#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/uaccess.h>

#define BINPRM_MAX_ARGS	32
#define STACK_TOP	TASK_SIZE_MAX		/* no randomisation */
#define STACK_SIZE	(128UL << 10)

struct mm_struct;

struct linux_binprm {
	const char *filename;
	const unsigned char *data;	/* the whole file */
	unsigned long size;
	struct mm_struct *mm;
	unsigned int argc, envc;
	const char *const *argv, *const *envp;
	unsigned long arg_addr[BINPRM_MAX_ARGS], env_addr[BINPRM_MAX_ARGS];
	unsigned long p;		/* the stack's current top */
	unsigned long stack_low;
	unsigned long exec;		/* where the file name was put */
	unsigned long phdr_addr, entry;
	int err;
};

int load_elf_binary(struct linux_binprm *bprm);

struct pt_regs;

struct program_run {
	const char *filename;
	const char *const *argv, *const *envp;
	int error;			/* kernel_execve's, if it failed */
};

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp);
int start_program(struct program_run *run);
int run_program(const char *filename, const char *const *argv,
		const char *const *envp);
void start_thread(struct pt_regs *regs, unsigned long new_ip,
		  unsigned long new_sp);
void flush_thread(void);
void start_user_mode(void) __noreturn;
int run_init_program(const char *name);
void run_init_programs(void);
int run_side_by_side(const char *first, const char *second);
#endif
