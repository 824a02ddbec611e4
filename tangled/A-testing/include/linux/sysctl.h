#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H
/* The vm.* tunables, by name. */
#include <linux/types.h>

int sysctl_vm_write(const char *key, const char *value);
int sysctl_vm_read(const char *key, char *buf, size_t size);
void sysctl_vm_cat(const char *name);
#endif
