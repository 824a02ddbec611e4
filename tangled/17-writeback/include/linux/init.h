#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H
/* The end of the boot. */
void rest_init(void) __attribute__((__noreturn__));
#endif
