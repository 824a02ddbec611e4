/*
 * arch/x86_64/head_64.S: from the Multiboot loader's 32-bit protected
 * mode to 64-bit C code running at __START_KERNEL_map.
 */
#include <asm/multiboot.h>
#include <asm/page_types.h>
#include <asm/processor-flags.h>
#include <asm/segment.h>
#include <asm/serial.h>
#include <asm/qemu.h>
#include <linux/reboot.h>

#define pa(x)		((x) - __START_KERNEL_map)
#define EARLY_TABLE	0x003	/* present, writable: next-level table */
#define EARLY_2M_PAGE	0x083	/* present, writable, 2 MiB page */

	.section .multiboot, "a"
	.balign 4
multiboot_header:
	.long MULTIBOOT_HEADER_MAGIC
	.long MULTIBOOT_HEADER_FLAGS
	.long -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS)

	.section .head.text, "ax"
	.code32
	.globl startup_32
startup_32:
	cli
	cld
	movl %eax, %ebp			/* the Multiboot magic */
	movl %ebx, %esi			/* the Multiboot information */
	cmpl $MULTIBOOT_BOOTLOADER_MAGIC, %eax
	jne no_multiboot

	movl $0x80000000, %eax
	cpuid
	cmpl $0x80000001, %eax
	jb no_long_mode
	movl $0x80000001, %eax
	cpuid
	btl $29, %edx
	jnc no_long_mode

	movl $pa(early_pgd), %edi	/* clear all four tables */
	xorl %eax, %eax
	movl $(4 * 4096 / 4), %ecx
	rep stosl
	movl $(pa(early_pud_ident) + EARLY_TABLE), pa(early_pgd)
	movl $(pa(early_pud_kernel) + EARLY_TABLE), pa(early_pgd) + 511 * 8
	movl $(pa(early_pmd) + EARLY_TABLE), pa(early_pud_ident)
	movl $(pa(early_pmd) + EARLY_TABLE), pa(early_pud_kernel) + 510 * 8
	movl $pa(early_pmd), %edi	/* 512 x 2 MiB pages from 0 */
	movl $EARLY_2M_PAGE, %eax
	movl $512, %ecx
1:	movl %eax, (%edi)
	addl $0x200000, %eax
	addl $8, %edi
	loop 1b

	movl %cr4, %eax
	orl $X86_CR4_PAE, %eax
	movl %eax, %cr4
	movl $pa(early_pgd), %eax
	movl %eax, %cr3
	movl $MSR_EFER, %ecx
	rdmsr
	btsl $_EFER_LME, %eax
	wrmsr
	movl %cr0, %eax
	orl $(X86_CR0_PG | X86_CR0_PE), %eax
	movl %eax, %cr0

	lgdt early_gdt_desc
	ljmp $__KERNEL_CS, $startup_64_low

	.code64
startup_64_low:
	movabsq $startup_64, %rax
	jmp *%rax

no_multiboot:
	movl $msg_no_multiboot, %esi
	jmp early_die
no_long_mode:
	movl $msg_no_long_mode, %esi
early_die:
	lodsb				/* next byte of the message */
	testb %al, %al
	jz 2f
	movb %al, %cl
	movw $(COM1 + UART_LSR), %dx
1:	inb %dx, %al			/* wait for an empty transmitter */
	testb $UART_LSR_THRE, %al
	jz 1b
	movw $COM1, %dx
	movb %cl, %al
	outb %al, %dx
	jmp early_die
2:	movw $QEMU_EXIT_PORT, %dx
	movl $KERNEL_EXIT_FAILURE, %eax
	outl %eax, %dx
3:	hlt
	jmp 3b

msg_no_multiboot:
	.asciz "Page by Page: not started by a Multiboot loader\r\n"
msg_no_long_mode:
	.asciz "Page by Page: this processor cannot run 64-bit code\r\n"

	.section .head.text, "ax"
	.balign 8
early_gdt:
	.quad 0				/* null */
	.quad 0x00cf9b000000ffff	/* __KERNEL32_CS */
	.quad 0x00af9b000000ffff	/* __KERNEL_CS: L = 1, 64-bit */
	.quad 0x00cf93000000ffff	/* __KERNEL_DS */
early_gdt_end:
early_gdt_desc:
	.word early_gdt_end - early_gdt - 1
	.long early_gdt

	.text
startup_64:
	.cfi_sections .debug_frame
	.cfi_startproc
	.cfi_undefined rip
	movw $__KERNEL_DS, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movw %ax, %fs
	movw %ax, %gs
	leaq early_stack_end(%rip), %rsp
	movl %ebp, %edi			/* magic */
	movl %esi, %esi			/* information address */
	xorl %ebp, %ebp			/* the outermost frame */
	call x86_64_start_kernel
1:	hlt				/* not reached */
	jmp 1b
	.cfi_endproc

	.bss
	.balign 4096
early_pgd:		.skip 4096
early_pud_ident:	.skip 4096
early_pud_kernel:	.skip 4096
early_pmd:		.skip 4096
	.balign 16
	.globl early_stack
early_stack:		.skip 16384
early_stack_end:
	.section .note.GNU-stack, "", @progbits
