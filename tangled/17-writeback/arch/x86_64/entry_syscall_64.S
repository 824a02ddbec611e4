/*
 * arch/x86_64/entry_syscall_64.S: the syscall instruction's entry,
 * the two ways back to user mode, and entering a new program.
 */
#include <asm/segment.h>
#include <linux/errno.h>

	.bss
	.balign 8
user_rsp_scratch:
	.quad 0

	.text
.macro POP_REGS
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbp
	popq %rbx
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rax
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
.endm

	.globl entry_SYSCALL_64
entry_SYSCALL_64:
	movq %rsp, user_rsp_scratch(%rip)
	movq cpu_current_top_of_stack(%rip), %rsp
	pushq $__USER_DS		/* ss */
	pushq user_rsp_scratch(%rip)	/* sp */
	pushq %r11			/* flags */
	pushq $__USER_CS		/* cs */
	pushq %rcx			/* ip */
	pushq %rax			/* orig_ax: the call's number */
	pushq %rdi
	pushq %rsi
	pushq %rdx
	pushq %rcx
	pushq $-ENOSYS			/* ax */
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %rbx
	pushq %rbp
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, %rdi
	movslq %eax, %rsi		/* the number, as an int */
	call do_syscall_64
	testb %al, %al
	jz syscall_return_via_iret
	POP_REGS
	movq 4*8(%rsp), %rsp		/* the user's sp */
	sysretq

	.globl syscall_return_via_iret
syscall_return_via_iret:
	POP_REGS
	addq $8, %rsp			/* orig_ax */
	iretq

	.globl ret_to_user_mode
ret_to_user_mode:			/* (regs) */
	movq %rdi, %rsp
	jmp syscall_return_via_iret
	.section .note.GNU-stack, "", @progbits
