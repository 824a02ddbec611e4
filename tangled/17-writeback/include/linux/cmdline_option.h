#ifndef _LINUX_CMDLINE_OPTION_H
#define _LINUX_CMDLINE_OPTION_H
int cmdline_find_option(const char *cmdline, const char *option,
			char *buf, int bufsize);
unsigned long long memparse(const char *ptr, char **retptr);
#endif
