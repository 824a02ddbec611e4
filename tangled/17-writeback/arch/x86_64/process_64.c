/* arch/x86_64/process_64.c: a new task's first frame, and the switch. */
#include <asm/switch_to.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <asm/irqflags.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/processor-flags.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/special_insns.h>
#include <linux/binfmts.h>
#include <linux/entry-common.h>
#include <linux/errno.h>
#include <linux/numa.h>
#include <linux/pgtable.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/* The second half's part of the file, below, that the switch uses. */
static void load_sp0(unsigned long sp0);
static void fpu_save(struct task_struct *p);
static void fpu_restore(struct task_struct *p);

_Static_assert(offsetof(struct task_struct, thread.sp) == TASK_threadsp,
	       "TASK_threadsp is thread.sp's offset");

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	current_task = next;
	load_sp0((unsigned long)next->stack + THREAD_SIZE);
	if (prev->mm)
		fpu_save(prev);
	if (next->mm != prev->mm)
		switch_mm(next->mm);
	if (next->mm) {
		wrmsrl(MSR_FS_BASE, next->thread.fsbase);
		fpu_restore(next);
	}
	return prev;
}

int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg)
{
	struct pt_regs *childregs = task_pt_regs(p);
	struct fork_frame *fork_frame =
		list_entry(childregs, struct fork_frame, regs);
	struct inactive_task_frame *frame = &fork_frame->frame;

	memset(fork_frame, 0, sizeof(*fork_frame));
	frame->ret_addr = (unsigned long)ret_from_fork;
	frame->bx = (unsigned long)fn;
	frame->r12 = (unsigned long)arg;
	p->thread.sp = (unsigned long)fork_frame;
	p->thread.fsbase = 0;
	return 0;
}

void arch_cpu_idle(void)
{
	safe_halt();
}

void ret_to_user_mode(struct pt_regs *regs) __noreturn;

#define X86_EFLAGS_FIXED	0x00000002UL	/* bit 1 is always set */
#define USER_EFLAGS		(X86_EFLAGS_FIXED | X86_EFLAGS_IF)
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

static void *fxregs(struct task_struct *p)
{
	return (void *)(((unsigned long)p->thread.fxregs + 15) & ~15UL);
}

static void fpu_save(struct task_struct *p)
{
	asm volatile("fxsave64 (%0)" : : "r"(fxregs(p)) : "memory");
}

static void fpu_restore(struct task_struct *p)
{
	asm volatile("fxrstor64 (%0)" : : "r"(fxregs(p)) : "memory");
}

void flush_thread(void)
{
	unsigned char *fx = fxregs(current);
	u16 cwd = 0x37f;
	u32 mxcsr = 0x1f80;

	memset(fx, 0, 512);
	memcpy(fx, &cwd, sizeof(cwd));
	memcpy(fx + 24, &mxcsr, sizeof(mxcsr));
	fpu_restore(current);
}

void start_user_mode(void)
{
	struct pt_regs *regs = task_pt_regs(current);

	local_irq_disable();
	exit_to_user_mode_prepare(regs);
	ret_to_user_mode(regs);
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
		current->thread.fsbase = arg2;
		return 0;
	case ARCH_GET_FS:
		base = current->thread.fsbase;
		if (copy_to_user((void __user *)arg2, &base, sizeof(base)))
			return -EFAULT;
		return 0;
	default:
		return -EINVAL;
	}
}
