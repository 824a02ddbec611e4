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

struct user_program {
	int pid;
	char comm[16];
	struct mm_struct *mm;
	unsigned long fsbase;
	int __user *clear_child_tid;
};

extern struct user_program *current_program;

int run_program(const char *filename, const char *const *argv,
		const char *const *envp);
int arch_run_user(struct mm_struct *mm, unsigned long entry,
		  unsigned long sp);
void user_thread_exit(int status) __noreturn;
int run_init_program(const char *name);
void run_init_programs(void);
#endif
