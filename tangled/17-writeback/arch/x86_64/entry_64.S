/*
 * arch/x86_64/entry_64.S: the 32 exception entry stubs and the common
 * code that saves a struct pt_regs, calls C and returns with iretq.
 */
#include <asm/segment.h>

	.text
	.section .rodata
	.balign 8
	.globl exception_entries
exception_entries:
	.text
vector = 0
	.rept 32
	.balign 16
1:	.if ((EXCEPTION_ERRCODE_MASK >> vector) & 1) == 0
	pushq $-1			/* no error code: orig_ax = -1 */
	.endif
	pushq $vector
	jmp exception_common
	.pushsection .rodata
	.quad 1b
	.popsection
vector = vector + 1
	.endr

	.section .rodata
	.balign 8
	.globl irq_entries_start
irq_entries_start:
	.text
vector = 32				/* IRQ0_VECTOR */
	.rept 16			/* NR_IRQS_LEGACY */
	.balign 16
1:	pushq $vector			/* orig_ax: the vector */
	pushq $vector
	jmp exception_common
	.pushsection .rodata
	.quad 1b
	.popsection
vector = vector + 1
	.endr

exception_common:
	pushq %rsi
	movq 8(%rsp), %rsi		/* the vector */
	movq %rdi, 8(%rsp)		/* its slot is regs->di */
	pushq %rdx
	pushq %rcx
	pushq %rax
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
	cld
	movq %rsp, %rdi			/* struct pt_regs * */
	movq %rsp, %rbx
	andq $-16, %rsp
	call do_exception
	movq %rbx, %rsp
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
	addq $8, %rsp			/* orig_ax */
	iretq
	.section .note.GNU-stack, "", @progbits
