#ifndef _FS_MOUNT_H
#define _FS_MOUNT_H
/* The VFS's own record of a mount: where it is and what is under it. */
#include <linux/list.h>
#include <linux/mount.h>

struct mount {
	struct mount *mnt_parent;	/* the mount it sits in */
	struct dentry *mnt_mountpoint;	/* the dentry it covers */
	struct vfsmount mnt;
	struct list_head mnt_list;	/* Linux: mount_hashtable, by both */
	struct file_system_type *mnt_type;
	char mnt_devname[32];
};
#endif
