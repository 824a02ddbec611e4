/*
 * Exercise 1.2: cmdline_find_option() finds "option=value" in a kernel
 * command line, as Linux's arch/x86/lib/cmdline.c does.
 */
#ifndef EXERCISE_CMDLINE_H
#define EXERCISE_CMDLINE_H

int cmdline_find_option(const char *cmdline, const char *option,
			char *buffer, int bufsize);

#endif
