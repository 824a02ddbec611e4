#ifndef _ASM_HOST_H
#define _ASM_HOST_H
struct console;

extern struct console host_console;

void host_boot(const char *cmdline);
const char *host_console_output(void);
void host_console_reset(void);
void host_console_set_input(const char *input);
int host_catch_exit(void (*fn)(void *arg), void *arg);
#endif
