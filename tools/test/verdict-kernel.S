/*
 * A tiny Multiboot kernel that exists only to test tools/boot.sh: it
 * reports the verdict named by the first letter of its command line
 * through QEMU's isa-debug-exit port.  QEMU, like GRUB, puts the kernel's
 * file name before the command line, so the letter follows the first space.
 *   s: success   f: failure   p: panic   h: hang   r: reset (triple fault)
 * Build: gcc -m32 -c verdict-kernel.S && ld -m elf_i386 -Ttext=0x100000
 */
	.set	MB_MAGIC, 0x1badb002
	.set	MB_FLAGS, 0x3
	.set	EXIT_PORT, 0xf4

	.text
	.globl	_start
	.align	4
multiboot_header:
	.long	MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

_start:
	movl	16(%ebx), %esi		/* Multiboot info: cmdline address */
skip:	lodsb				/* skip the file name */
	testb	%al, %al
	jz	hang
	cmpb	$' ', %al
	jne	skip
	movb	(%esi), %al
	movw	$EXIT_PORT, %dx
	cmpb	$'s', %al
	je	1f
	cmpb	$'f', %al
	je	2f
	cmpb	$'p', %al
	je	3f
	cmpb	$'r', %al
	je	reset
hang:	hlt
	jmp	hang
1:	movl	$0x10, %eax
	outl	%eax, %dx
2:	movl	$0x11, %eax
	outl	%eax, %dx
3:	movl	$0x12, %eax
	outl	%eax, %dx
	jmp	hang
reset:	lidt	no_idt			/* an empty IDT: the next trap resets */
	int	$3
no_idt:	.word	0
	.long	0
