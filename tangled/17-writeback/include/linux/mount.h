#ifndef _LINUX_MOUNT_H
#define _LINUX_MOUNT_H
/* A mounted file system, as path lookup sees it; mount's flags. */
struct dentry;
struct super_block;

struct vfsmount {
	struct dentry *mnt_root;	/* the root of the mounted tree */
	struct super_block *mnt_sb;
	int mnt_flags;
};

/* mount(2)'s flags (Linux's include/uapi/linux/mount.h) */
#define MS_RDONLY	1
#define MS_NOSUID	2
#define MS_NODEV	4
#define MS_NOEXEC	8
#define MS_REMOUNT	32
#define MS_BIND		4096
#define MS_MOVE		8192
#define MS_SILENT	32768
#define MS_MGC_VAL	0xC0ED0000	/* an old magic in the top half */
#define MS_MGC_MSK	0xffff0000

/* umount2's */
#define MNT_FORCE	1
#define MNT_DETACH	2
#define MNT_EXPIRE	4
#define UMOUNT_NOFOLLOW	8

struct vfsmount *lookup_mnt(const struct dentry *dentry);
struct dentry *choose_mountpoint(const struct dentry *root);
#endif
