#ifndef _LINUX_CMDLINE_H
#define _LINUX_CMDLINE_H
#define COMMAND_LINE_SIZE	2048

int cmdline_find_option_bool(const char *cmdline, const char *option);
#endif
