#ifndef _ASM_STRING_H
#define _ASM_STRING_H
/* The C library provides these string functions on the host. */
#define __HAVE_ARCH_MEMSET
#define __HAVE_ARCH_MEMCPY
#define __HAVE_ARCH_MEMCMP
#define __HAVE_ARCH_STRLEN
#define __HAVE_ARCH_STRNLEN
#define __HAVE_ARCH_STRCMP
#define __HAVE_ARCH_STRNCMP

/* It also owns these names; the kernel's versions are renamed. */
#define vsnprintf	kernel_vsnprintf
#define snprintf	kernel_snprintf
#define sprintf		kernel_sprintf
#endif
