#ifndef _UAPI_LINUX_WAIT_H
#define _UAPI_LINUX_WAIT_H
/* The options of wait4 and waitid, as user space passes them. */
#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define WEXITED		0x00000004
#define WCONTINUED	0x00000008
#define __WNOTHREAD	0x20000000
#define __WALL		0x40000000
#define __WCLONE	0x80000000
#endif
