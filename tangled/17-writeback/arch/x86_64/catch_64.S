/*
 * arch/x86_64/catch_64.S: int __catch_exception(void (*fn)(void *),
 * void *arg, unsigned long *sp) calls fn(arg) with *sp set to a stack
 * pointer at which catch_exception_resume can finish the call.
 */
	.text
	.globl __catch_exception, catch_exception_resume
__catch_exception:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	subq $8, %rsp			/* align the call to 16 bytes */
	movq %rsp, (%rdx)
	movq %rdi, %rax
	movq %rsi, %rdi
	call *%rax
	movl $-1, %eax			/* fn returned: nothing caught */
catch_exception_resume:			/* or iretq came here, eax = vector */
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.section .note.GNU-stack, "", @progbits
