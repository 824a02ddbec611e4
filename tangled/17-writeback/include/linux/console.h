#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H
#include <linux/types.h>

struct console {
	char name[16];
	void (*write)(struct console *con, const char *s, unsigned int n);
	/* Read up to n bytes, waiting for the first; 0 at end of input. */
	int (*read)(struct console *con, char *s, unsigned int n);
	struct console *next;
};

void register_console(struct console *con);
void console_write(const char *s, size_t n);
int console_read_char(void);
#endif
