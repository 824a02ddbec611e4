/*
 * arch/x86_64/switch_64.S: __switch_to_asm, the switch from one task's
 * stack to another's, and ret_from_fork, where a new task starts.
 */
#include <asm/switch_to.h>

	.text
	.globl __switch_to_asm
__switch_to_asm:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, TASK_threadsp(%rdi)	/* prev->thread.sp */
	movq TASK_threadsp(%rsi), %rsp	/* next->thread.sp */
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	jmp __switch_to			/* returns prev in %rax */

	.globl ret_from_fork
ret_from_fork:
	andq $-16, %rsp
	movq %rax, %rdi			/* prev */
	call schedule_tail
	movq %r12, %rdi			/* arg */
	call *%rbx			/* fn(arg) */
	movq %rax, %rdi
	call do_exit			/* does not return */
	ud2
	.section .note.GNU-stack, "", @progbits
