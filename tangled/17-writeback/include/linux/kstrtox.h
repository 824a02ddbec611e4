#ifndef _LINUX_KSTRTOX_H
#define _LINUX_KSTRTOX_H
int kstrtoul(const char *s, unsigned int base, unsigned long *res);
#endif
