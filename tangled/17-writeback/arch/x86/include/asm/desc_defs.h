#ifndef _ASM_X86_DESC_DEFS_H
#define _ASM_X86_DESC_DEFS_H
/* Segment, system and gate descriptors (Intel SDM vol. 3A, 3.4 and 6). */
#include <linux/types.h>

struct desc_struct {
	u16 limit0;			/* limit, bits 15:0 */
	u16 base0;			/* base, bits 15:0 */
	u16 base1 : 8,			/* base, bits 23:16 */
	    type : 4,			/* code or data, access */
	    s : 1,			/* 1: code or data, 0: system */
	    dpl : 2,			/* descriptor privilege level */
	    p : 1;			/* present */
	u16 limit1 : 4,			/* limit, bits 19:16 */
	    avl : 1,			/* free for software */
	    l : 1,			/* 64-bit code */
	    d : 1,			/* default operand size 32 */
	    g : 1,			/* limit in 4 KiB units */
	    base2 : 8;			/* base, bits 31:24 */
} __attribute__((packed));

#define GDT_ENTRY_INIT(flags, base, limit) {				\
	.limit0 = (u16)(limit),						\
	.base0 = (u16)(base),						\
	.base1 = ((base) >> 16) & 0xff,					\
	.type = (flags) & 0x0f,						\
	.s = ((flags) >> 4) & 1,					\
	.dpl = ((flags) >> 5) & 3,					\
	.p = ((flags) >> 7) & 1,					\
	.limit1 = ((limit) >> 16) & 0x0f,				\
	.avl = ((flags) >> 12) & 1,					\
	.l = ((flags) >> 13) & 1,					\
	.d = ((flags) >> 14) & 1,					\
	.g = ((flags) >> 15) & 1,					\
	.base2 = ((base) >> 24) & 0xff,					\
}

static inline unsigned long get_desc_base(const struct desc_struct *desc)
{
	return desc->base0 | ((unsigned long)desc->base1 << 16) |
	       ((unsigned long)desc->base2 << 24);
}

static inline unsigned long get_desc_limit(const struct desc_struct *desc)
{
	return desc->limit0 | ((unsigned long)desc->limit1 << 16);
}

enum {
	DESC_TSS = 0x9,			/* 64-bit TSS, available */
	DESC_LDT = 0x2,			/* local descriptor table */
	DESCTYPE_S = 0x10,		/* the s bit: code or data */
};

/* A TSS or LDT descriptor: 16 bytes in long mode, two GDT slots. */
struct ldttss_desc {
	u16 limit0;
	u16 base0;
	u16 base1 : 8, type : 5, dpl : 2, p : 1;
	u16 limit1 : 4, zero0 : 3, g : 1, base2 : 8;
	u32 base3;			/* base, bits 63:32 */
	u32 zero1;
} __attribute__((packed));

typedef struct ldttss_desc tss_desc;

static inline void set_tssldt_descriptor(void *d, unsigned long addr,
					 unsigned int type, unsigned int size)
{
	struct ldttss_desc *desc = d;

	*desc = (struct ldttss_desc){
		.limit0 = (u16)size,
		.base0 = (u16)addr,
		.base1 = (addr >> 16) & 0xff,
		.type = type,
		.p = 1,
		.limit1 = (size >> 16) & 0xf,
		.base2 = (addr >> 24) & 0xff,
		.base3 = (u32)(addr >> 32),
	};
}

enum {
	GATE_INTERRUPT = 0xe,		/* clears IF on entry */
	GATE_TRAP = 0xf,		/* leaves IF alone */
	GATE_CALL = 0xc,
	GATE_TASK = 0x5,		/* not in long mode */
};

struct idt_bits {
	u16 ist : 3,			/* 0, or an IST stack 1-7 */
	    zero : 5,
	    type : 5,			/* GATE_ and the s bit, which is 0 */
	    dpl : 2,			/* the highest CPL that may int n */
	    p : 1;
} __attribute__((packed));

struct gate_struct {
	u16 offset_low;			/* handler address, bits 15:0 */
	u16 segment;			/* code segment selector */
	struct idt_bits bits;
	u16 offset_middle;		/* bits 31:16 */
	u32 offset_high;		/* bits 63:32 */
	u32 reserved;
} __attribute__((packed));

typedef struct gate_struct gate_desc;

static inline void pack_gate(gate_desc *gate, unsigned int type,
			     unsigned long func, unsigned int dpl,
			     unsigned int ist, unsigned int seg)
{
	*gate = (gate_desc){
		.offset_low = (u16)func,
		.segment = (u16)seg,
		.bits = { .ist = ist, .type = type, .dpl = dpl, .p = 1 },
		.offset_middle = (u16)(func >> 16),
		.offset_high = (u32)(func >> 32),
	};
}

static inline unsigned long gate_offset(const gate_desc *g)
{
	return g->offset_low | ((unsigned long)g->offset_middle << 16) |
	       ((unsigned long)g->offset_high << 32);
}

static inline unsigned long gate_segment(const gate_desc *g)
{
	return g->segment;
}

/* What lgdt and lidt load, and sgdt and sidt store. */
struct desc_ptr {
	u16 size;			/* bytes in the table, minus 1 */
	unsigned long address;
} __attribute__((packed));

/* The 64-bit TSS: stacks the processor switches to (104 bytes). */
struct x86_hw_tss {
	u32 reserved1;
	u64 sp0, sp1, sp2;		/* stacks for CPL 0, 1, 2 */
	u64 reserved2;
	u64 ist[7];			/* interrupt stack table, IST 1-7 */
	u32 reserved3, reserved4;
	u16 reserved5;
	u16 io_bitmap_base;		/* offset of the I/O bitmap */
} __attribute__((packed));
#endif
