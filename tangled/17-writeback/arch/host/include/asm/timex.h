#ifndef _ASM_TIMEX_H
#define _ASM_TIMEX_H
#include <linux/types.h>

extern u64 host_entropy_ticks;		/* arch/host/process.c */
#define random_get_entropy()	(host_entropy_ticks += 1000)
#endif
