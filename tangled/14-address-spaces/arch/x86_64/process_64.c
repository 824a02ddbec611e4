/*
 * arch/x86_64/process_64.c: entering user mode and coming back, the
 * kernel stack a program's exceptions and calls land on, its FS base.
 */
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/processor-flags.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/special_insns.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/numa.h>
#include <linux/pgtable.h>
#include <linux/sched/mm.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

int __run_user_thread(struct pt_regs *regs, unsigned long *saved_sp);
void __user_thread_exit(unsigned long saved_sp, int status) __noreturn;

#define X86_EFLAGS_FIXED	0x00000002UL	/* bit 1 is always set */
#define USER_EFLAGS		X86_EFLAGS_FIXED
void start_thread(struct pt_regs *regs, unsigned long new_ip,
		  unsigned long new_sp)
{
	memset(regs, 0, sizeof(*regs));
	regs->ip = new_ip;
	regs->sp = new_sp;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags = USER_EFLAGS;
}

unsigned long cpu_current_top_of_stack;

static void load_sp0(unsigned long sp0)
{
	cpu_tss_rw.x86_tss.sp0 = sp0;
	cpu_current_top_of_stack = sp0;
}

void switch_mm(struct mm_struct *next)
{
	pgd_t *pgd = next ? next->pgd : swapper_pg_dir;
	unsigned long stack = cpu_current_top_of_stack - 1;
	p4d_t *p4d = p4d_offset(pgd_offset_pgd(pgd, stack), stack);

	if (p4d_none(*p4d))
		set_p4d(p4d, *p4d_offset(pgd_offset_k(stack), stack));
	write_cr3(__pa(pgd));
}

static unsigned long saved_kernel_sp;

int arch_run_user(struct mm_struct *mm, unsigned long entry,
		  unsigned long sp)
{
	void *stack = alloc_thread_stack_node(NUMA_NO_NODE);
	unsigned long top;
	struct pt_regs *regs;
	int status;

	if (!stack)
		return -ENOMEM;
	top = (unsigned long)stack + THREAD_SIZE;
	regs = (struct pt_regs *)top - 1;
	start_thread(regs, entry, sp);
	load_sp0(top);
	switch_mm(mm);
	status = __run_user_thread(regs, &saved_kernel_sp);
	switch_mm(NULL);
	wrmsrl(MSR_FS_BASE, 0);
	free_thread_stack(stack);
	return status;
}

void user_thread_exit(int status)
{
	__user_thread_exit(saved_kernel_sp, status);
}

void fpu__init_cpu(void)
{
	unsigned long cr0 = read_cr0(), cr4 = __read_cr4();

	cr0 &= ~(X86_CR0_EM | X86_CR0_TS);
	cr0 |= X86_CR0_MP;
	cr4 |= X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT;
	asm volatile("mov %0, %%cr0" : : "r"(cr0) : "memory");
	asm volatile("mov %0, %%cr4" : : "r"(cr4) : "memory");
	asm volatile("fninit");
}

long sys_arch_prctl(int option, unsigned long arg2)
{
	unsigned long base;

	switch (option) {
	case ARCH_SET_FS:
		if (arg2 >= TASK_SIZE_MAX)
			return -EPERM;
		wrmsrl(MSR_FS_BASE, arg2);
		current_program->fsbase = arg2;
		return 0;
	case ARCH_GET_FS:
		base = current_program->fsbase;
		if (copy_to_user((void __user *)arg2, &base, sizeof(base)))
			return -EFAULT;
		return 0;
	default:
		return -EINVAL;
	}
}
