/*
 * arch/x86_64/copy_user_64.S: the instructions that touch user memory,
 * each listed in the exception table with where it goes on if it
 * faults.  Called from C with the SysV calling convention.
 */
	.macro _ASM_EXTABLE from, to
	.pushsection __ex_table, "aw"
	.balign 8
	.quad \from, \to
	.popsection
	.endm

	.text
/* unsigned long copy_user_generic(void *to, const void *from, len) */
	.globl copy_user_generic
copy_user_generic:
	movq %rdx, %rcx
1:	rep movsb
	xorl %eax, %eax
	ret
2:	movq %rcx, %rax			/* the bytes not copied */
	ret
	_ASM_EXTABLE 1b, 2b

/* unsigned long clear_user_generic(void *to, unsigned long len) */
	.globl clear_user_generic
clear_user_generic:
	movq %rsi, %rcx
	xorl %eax, %eax
1:	rep stosb
	ret
2:	movq %rcx, %rax			/* the bytes not cleared */
	ret
	_ASM_EXTABLE 1b, 2b

/* int __get_user_N(const void *from, void *val), N = 1, 2, 4, 8 */
	.macro GET_USER size, reg
	.globl __get_user_\size
__get_user_\size:
1:	mov (%rdi), \reg
	mov \reg, (%rsi)
	xorl %eax, %eax
	ret
2:	xorl %eax, %eax
	mov \reg, (%rsi)
	movl $-14, %eax
	ret
	_ASM_EXTABLE 1b, 2b
	.endm

/* int __put_user_N(void *to, const void *val) */
	.macro PUT_USER size, reg
	.globl __put_user_\size
__put_user_\size:
	mov (%rsi), \reg
1:	mov \reg, (%rdi)
	xorl %eax, %eax
	ret
2:	movl $-14, %eax
	ret
	_ASM_EXTABLE 1b, 2b
	.endm

	GET_USER 1, %al
	GET_USER 2, %ax
	GET_USER 4, %eax
	GET_USER 8, %rax
	PUT_USER 1, %al
	PUT_USER 2, %ax
	PUT_USER 4, %eax
	PUT_USER 8, %rax
	.section .note.GNU-stack, "", @progbits
