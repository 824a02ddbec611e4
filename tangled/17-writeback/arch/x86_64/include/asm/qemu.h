#ifndef _ASM_QEMU_H
#define _ASM_QEMU_H
/* -device isa-debug-exit,iobase=0xf4,iosize=0x04 */
#define QEMU_EXIT_PORT	0xf4
#endif
