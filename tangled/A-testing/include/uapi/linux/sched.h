#ifndef _UAPI_LINUX_SCHED_H
#define _UAPI_LINUX_SCHED_H
/* clone's flags beyond those of chapter 13 (linux/sched/task.h). */
#define CLONE_SIGHAND	0x00000800
#define CLONE_VFORK	0x00004000
#define CLONE_THREAD	0x00010000
#define CLONE_NEWNS	0x00020000
#endif
