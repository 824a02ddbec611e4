#ifndef _ASM_STRING_H
#define _ASM_STRING_H
/* No string function of our own: lib/string.c provides them all. */
#endif
