/* arch/x86_64/provoke.S: instructions that raise exceptions. */
#include <asm/segment.h>

	.text
	.globl provoke_ud, provoke_ud_ip
provoke_ud:
provoke_ud_ip:
	ud2
	ret

	.globl provoke_bp, provoke_bp_ip
provoke_bp:
	int3
provoke_bp_ip:
	ret

	.globl provoke_gp, provoke_gp_ip
provoke_gp:
	movw %ds, %dx
	movw $(__KERNEL_DS | USER_RPL), %ax
provoke_gp_ip:
	movw %ax, %ds
	movw %dx, %ds			/* not reached */
	ret

	.globl provoke_pf_read, provoke_pf_read_ip
provoke_pf_read:
provoke_pf_read_ip:
	movb (%rdi), %al
	ret

	.globl provoke_pf_write, provoke_pf_write_ip
provoke_pf_write:
provoke_pf_write_ip:
	movb $0x5a, (%rdi)
	ret

	.globl provoke_df
provoke_df:
	movq %rdi, %rsp
	pushq %rax
	ud2				/* not reached */
	.section .note.GNU-stack, "", @progbits
