/*
 * fs/namespace.c: the root file system, mounted at boot, and the files
 * the kernel makes in it before init runs (Linux: init_rootfs,
 * init_mount_tree, and init/do_mounts.c's and init/main.c's helpers).
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include "../mm/slab.h"
#include <linux/timekeeping.h>
#include <linux/mount.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "mount.h"
#include "proc/internal.h"

struct fs_struct init_fs = { .users = 1, .umask = 0022 };
struct kmem_cache *names_cachep;

static struct kmem_cache *cache_create(const char *name, size_t size)
{
	return kmem_cache_create(name, size, 0, SLAB_PANIC, NULL);
}

/* A process's file table and fs_struct: Linux's proc_caches_init. */
void files_caches_init(void)
{
	files_cachep = cache_create("files_cache",
				    sizeof(struct files_struct));
	fs_cachep = cache_create("fs_cache", sizeof(struct fs_struct));
}

/* The caches, and ramfs mounted as / for the boot task and its children. */
void vfs_caches_init(void)
{
	struct super_block *sb;

	names_cachep = cache_create("names_cache", PATH_MAX);
	dcache_init();
	inode_cachep = cache_create("inode_cache", sizeof(struct inode));
	filp_cachep = cache_create("filp", sizeof(struct file));
	sb = ramfs_get_super();
	if (!sb)
		panic("VFS: Unable to mount root fs");
	init_fs.root = dget(sb->s_root);
	init_fs.pwd = dget(sb->s_root);
	current->fs = &init_fs;
	init_fs.users++;
	init_ext2_fs();
	mnt_init(sb);
}

int init_mknod(const char *name, umode_t mode, unsigned int rdev)
{
	return vfs_mknod_path(AT_FDCWD, name, mode, rdev);
}

/* init's descriptors 0, 1 and 2: the console, as Linux's init has. */
void console_on_rootfs(void)
{
	struct file *file;

	if (!current->files && !(current->files = dup_fd(NULL)))
		panic("console_on_rootfs: no memory for a file table");
	file = do_filp_open(AT_FDCWD, "/dev/console", O_RDWR, 0);
	if (IS_ERR(file)) {
		pr_err("Warning: unable to open an initial console.\n");
		return;
	}
	fd_install(get_unused_fd_flags(0), file);
	get_file(file);
	fd_install(get_unused_fd_flags(0), file);
	get_file(file);
	fd_install(get_unused_fd_flags(0), file);
}

static unsigned long vfs_marks[6];

static struct kmem_cache **vfs_caches[6] = {
	&inode_cachep, &dentry_cache, &filp_cachep, &files_cachep,
	&names_cachep, &radix_tree_node_cachep,
};

static const char *const vfs_cache_names[6] = {
	"inodes", "dentries", "files", "files_structs", "names",
	"radix_tree_nodes",
};

static unsigned long active_objects(struct kmem_cache *s)
{
	unsigned long active, total, slabs;

	kmem_cache_shrink(s);	/* the cpu slab's too */
	get_slabinfo(s, &active, &total, &slabs);
	return active;
}

/*
 * Before a program: how many of each the kernel holds. Every cache is
 * shrunk, kmalloc's too: an empty slab a cache keeps for its next
 * allocation is not a page the program failed to give back.
 */
void vfs_caches_mark(void)
{
	struct list_head *p;
	unsigned int i;

	for (p = slab_caches.next; p != &slab_caches; p = p->next)
		kmem_cache_shrink(list_entry(p, struct kmem_cache, list));
	for (i = 0; i < ARRAY_SIZE(vfs_marks); i++)
		vfs_marks[i] = active_objects(*vfs_caches[i]);
}

/* After it: what it took and did not give back. */
void vfs_caches_report(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(vfs_marks); i++) {
		unsigned long n = active_objects(*vfs_caches[i]);

		if (n != vfs_marks[i])
			pr_info("=== %s: %ld %s not given back\n", name,
				(long)(n - vfs_marks[i]), vfs_cache_names[i]);
	}
}
static LIST_HEAD(mount_list);
static struct mount *root_mount;

/* The rootfs mount, which every other one sits in (init_mount_tree). */
static void init_mount_tree(struct super_block *sb)
{
	static struct file_system_type rootfs_fs_type = { .name = "rootfs" };
	struct mount *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (!m)
		panic("Can't create rootfs");
	INIT_LIST_HEAD(&mount_list);	/* a host test boots again */
	m->mnt_parent = m;
	m->mnt_mountpoint = sb->s_root;
	m->mnt.mnt_root = dget(sb->s_root);
	m->mnt.mnt_sb = sb;
	m->mnt_type = &rootfs_fs_type;
	strscpy(m->mnt_devname, "rootfs", sizeof(m->mnt_devname));
	list_add_tail(&m->mnt_list, &mount_list);
	root_mount = m;
}

/* What is mounted on dentry (Linux: __lookup_mnt, by mount and dentry). */
struct vfsmount *lookup_mnt(const struct dentry *dentry)
{
	struct mount *m, *top = NULL;

	list_for_each_entry(m, &mount_list, mnt_list)
		if (m != root_mount && m->mnt_mountpoint == dentry)
			top = m;
	return top ? &top->mnt : NULL;
}

/* The dentry a mounted root covers, or NULL for "/" (choose_mountpoint). */
struct dentry *choose_mountpoint(const struct dentry *root)
{
	struct mount *m, *top = NULL;

	list_for_each_entry(m, &mount_list, mnt_list)
		if (m != root_mount && m->mnt.mnt_root == root)
			top = m;
	return top ? top->mnt_mountpoint : NULL;
}

/* Mount a new instance of a type on mp, which lookup gave (held). */
static int do_new_mount(struct dentry *mp, const char *fstype, int flags,
			const char *name, void *data)
{
	struct file_system_type *type;
	struct dentry *root;
	struct mount *m;

	if (!fstype)
		return -EINVAL;
	type = get_fs_type(fstype);
	if (!type)
		return -ENODEV;
	root = type->mount(type, flags, name, data);
	if (IS_ERR(root))
		return PTR_ERR(root);
	if (mp == root) {			/* a tree on its own root */
		dput(root);
		return -EBUSY;
	}
	if (S_ISDIR(mp->d_inode->i_mode) != S_ISDIR(root->d_inode->i_mode)) {
		dput(root);
		return -ENOTDIR;
	}
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m) {
		dput(root);
		return -ENOMEM;
	}
	m->mnt_parent = root_mount;
	m->mnt_mountpoint = dget(mp);
	m->mnt.mnt_root = root;
	m->mnt.mnt_sb = root->d_sb;
	m->mnt.mnt_flags = flags & (MS_RDONLY | MS_NOSUID | MS_NODEV |
				    MS_NOEXEC);
	m->mnt_type = type;
	strscpy(m->mnt_devname, name ? name : "none",
		sizeof(m->mnt_devname));
	mp->d_flags |= DCACHE_MOUNTED;
	list_add_tail(&m->mnt_list, &mount_list);
	mnt_warn_timestamp_expiry(mp, m->mnt.mnt_sb);
	return 0;
}

long do_mount(const char *dev_name, const char *dir_name,
	      const char *type_page, unsigned long flags, void *data_page)
{
	struct dentry *mp;
	int err;

	if ((flags & MS_MGC_MSK) == MS_MGC_VAL)
		flags &= ~MS_MGC_MSK;
	mp = kern_path(AT_FDCWD, dir_name, LOOKUP_FOLLOW);
	if (IS_ERR(mp))
		return PTR_ERR(mp);
	if (flags & (MS_REMOUNT | MS_BIND | MS_MOVE))
		err = -EINVAL;		/* not in this kernel */
	else
		err = do_new_mount(mp, type_page, flags & ~MS_SILENT,
				   dev_name, data_page);
	dput(mp);
	return err;
}

static bool dentry_on(const struct dentry *d, const struct super_block *sb)
{
	return d && d->d_sb == sb;
}

/* p works in sb: its directory, its root or an open file is there. */
static bool task_uses(const struct task_struct *p,
		      const struct super_block *sb)
{
	unsigned int fd;

	if (p->fs && (dentry_on(p->fs->pwd, sb) || dentry_on(p->fs->root, sb)))
		return true;
	for (fd = 0; p->files && fd < NR_OPEN_MAX; fd++)
		if (p->files->fd[fd] &&
		    dentry_on(p->files->fd[fd]->f_dentry, sb))
			return true;
	return false;
}

static bool sb_busy(const struct super_block *sb)
{
	struct task_struct *p;

	if (task_uses(&init_task, sb))		/* the boot task too */
		return true;
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (task_uses(p, sb))
			return true;
	return false;
}

static int can_umount(struct dentry *root, struct mount **mp)
{
	struct mount *m = NULL, *child;

	list_for_each_entry(child, &mount_list, mnt_list)
		if (child->mnt.mnt_root == root)
			m = child;		/* the newest, on top */
	if (!m)
		return -EINVAL;			/* not a mount's root */
	if (m == root_mount)
		return -EBUSY;
	list_for_each_entry(child, &mount_list, mnt_list)
		if (child != root_mount && child->mnt_parent == m)
			return -EBUSY;
	if (sb_busy(m->mnt.mnt_sb))
		return -EBUSY;
	*mp = m;
	return 0;
}

/*
 * The caller's hold on root is dropped, whatever the outcome, as
 * Linux's path_umount drops its path's: the tree's last dentries and
 * inodes go before the file system is killed.
 */
int path_umount(struct dentry *root, int flags)
{
	struct mount *m;
	int err = can_umount(root, &m);

	(void)flags;
	dput(root);
	if (err)
		return err;
	list_del(&m->mnt_list);
	if (!lookup_mnt(m->mnt_mountpoint))
		m->mnt_mountpoint->d_flags &= ~DCACHE_MOUNTED;
	dput(m->mnt_mountpoint);
	if (m->mnt_type->kill_sb)	/* it drops the root too */
		m->mnt_type->kill_sb(m->mnt.mnt_sb);
	else
		dput(m->mnt.mnt_root);
	kfree(m);
	return 0;
}

static long ptr_err_or_zero(const void *p)
{
	return IS_ERR(p) ? PTR_ERR(p) : 0;
}

static char *copy_mount_string(const void __user *data, char **buf)
{
	long len;

	if (!data)
		return NULL;
	*buf = __getname();
	if (!*buf)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(*buf, data, PATH_MAX);
	if (len < 0 || len == PATH_MAX) {
		__putname(*buf);
		*buf = NULL;
		return ERR_PTR(len < 0 ? len : -EINVAL);
	}
	return *buf;
}

long sys_mount(char __user *dev_name, char __user *dir_name,
	       char __user *type, unsigned long flags, void __user *data)
{
	char *bufs[3] = { NULL, NULL, NULL };
	char *kernel_type, *kernel_dev = NULL, *kernel_dir = NULL;
	long ret;
	int i;

	kernel_type = copy_mount_string(type, &bufs[0]);
	ret = ptr_err_or_zero(kernel_type);
	if (!ret) {
		kernel_dev = copy_mount_string(dev_name, &bufs[1]);
		ret = ptr_err_or_zero(kernel_dev);
	}
	if (!ret) {
		kernel_dir = copy_mount_string(dir_name, &bufs[2]);
		ret = !kernel_dir ? -EFAULT : ptr_err_or_zero(kernel_dir);
	}
	if (!ret && kernel_dir && !*kernel_dir)
		ret = -ENOENT;
	if (!ret)		/* data: no type here takes options yet */
		ret = do_mount(kernel_dev, kernel_dir, kernel_type, flags,
			       data);
	for (i = 0; i < 3; i++)
		if (bufs[i])
			__putname(bufs[i]);
	return ret;
}

long sys_umount(char __user *name, int flags)
{
	char *kname;
	struct dentry *d;
	long ret;

	if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW))
		return -EINVAL;
	kname = __getname();
	if (!kname)
		return -ENOMEM;
	ret = strncpy_from_user(kname, name, PATH_MAX);
	ret = ret < 0 ? ret : ret == PATH_MAX ? -ENAMETOOLONG :
	      ret == 0 ? -ENOENT : 0;
	if (!ret) {
		d = kern_path(AT_FDCWD, kname, flags & UMOUNT_NOFOLLOW ? 0 :
			      LOOKUP_FOLLOW);
		ret = IS_ERR(d) ? PTR_ERR(d) : 0;
		if (!ret)
			ret = path_umount(d, flags);
	}
	__putname(kname);
	return ret;
}

/* /proc/mounts: device, mount point, type, options, and two zeros. */
int mounts_show(struct seq_file *m, void *v)
{
	struct mount *mnt;
	char *buf = __getname();

	if (!buf)
		return -ENOMEM;
	list_for_each_entry(mnt, &mount_list, mnt_list)
		if (d_path(mnt->mnt_mountpoint, root_mount->mnt.mnt_root, buf,
			   PATH_MAX) > 0)
			seq_printf(m, "%s %s %s %s 0 0\n", mnt->mnt_devname,
				   buf, mnt->mnt_type->name,
				   mnt->mnt.mnt_flags & MS_RDONLY ? "ro" :
				   "rw");
	__putname(buf);
	return 0;
}

/*
 * "ramfs" and "tmpfs": a new ramfs at each mount (Linux's tmpfs is its
 * own file system, shmem, with a size limit and swap; ours is ramfs by
 * another name). Unmounting it lets go of every name it held.
 */
static struct dentry *ramfs_mount(struct file_system_type *type, int flags,
				  const char *dev_name, void *data)
{
	struct super_block *sb = kzalloc(sizeof(*sb), GFP_KERNEL);

	if (!sb)
		return ERR_PTR(-ENOMEM);
	sb->s_type = type->name;
	INIT_LIST_HEAD(&sb->s_inodes);
	if (get_anon_bdev(&sb->s_dev)) {
		kfree(sb);
		return ERR_PTR(-EMFILE);
	}
	if (ramfs_fill_super(sb, strcmp(type->name, "tmpfs") ? 0755 :
			     01777)) {
		free_anon_bdev(sb->s_dev);
		kfree(sb);
		return ERR_PTR(-ENOMEM);
	}
	return sb->s_root;
}

/* Drop every name under parent (Linux: d_genocide). */
static void d_genocide(struct dentry *parent)
{
	struct dentry *child, *next;

	list_for_each_entry_safe(child, next, &parent->d_subdirs, d_child) {
		dget(child);
		d_genocide(child);
		d_delete(child);
		dput(child);
	}
}

static void ramfs_kill_sb(struct super_block *sb)
{
	d_genocide(sb->s_root);
	dput(sb->s_root);
	free_anon_bdev(sb->s_dev);
	if (list_empty(&sb->s_inodes))
		kfree(sb);
	else
		pr_err("VFS: Busy inodes after unmount of %s\n", sb->s_type);
}

static struct file_system_type ramfs_fs_type = {
	.name = "ramfs",
	.mount = ramfs_mount,
	.kill_sb = ramfs_kill_sb,
};

static struct file_system_type tmpfs_fs_type = {
	.name = "tmpfs",
	.mount = ramfs_mount,
	.kill_sb = ramfs_kill_sb,
};

void mnt_init(struct super_block *rootfs)
{
	init_mount_tree(rootfs);
	register_filesystem(&ramfs_fs_type);
	register_filesystem(&tmpfs_fs_type);
	proc_root_init();
}

/* f for each mounted file system's super block, once each. */
void iterate_supers(void (*f)(struct super_block *sb, void *arg), void *arg)
{
	struct mount *m, *n;

	list_for_each_entry(m, &mount_list, mnt_list) {
		bool seen = false;

		list_for_each_entry(n, &mount_list, mnt_list) {
			if (n == m)
				break;
			if (n->mnt.mnt_sb == m->mnt.mnt_sb)
				seen = true;
		}
		if (!seen)
			f(m->mnt.mnt_sb, arg);
	}
}

/*
 * Linux's warning when a file system's timestamps end within 30 years
 * (TIME_UPTIME_SEC_MAX) of now: ext2's end in January 2038. The date
 * from the seconds: days to a civil date, as time64_to_tm does.
 */
void mnt_warn_timestamp_expiry(struct dentry *mp, struct super_block *sb)
{
	long long now = ktime_get_real_ns() / 1000000000;
	long long days = sb->s_time_max / 86400, era, doe, yoe, doy, mp5, y;
	unsigned int d, mon;
	char *buf;

	if (!sb->s_time_max || now + 30LL * 365 * 86400 <= sb->s_time_max)
		return;
	days += 719468;			/* from 0000-03-01 */
	era = days / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp5 = (5 * doy + 2) / 153;
	d = doy - (153 * mp5 + 2) / 5 + 1;
	mon = mp5 < 10 ? mp5 + 3 : mp5 - 9;
	y = yoe + era * 400 + (mon <= 2);
	buf = __getname();
	if (!buf)
		return;
	if (d_path(mp, root_mount->mnt.mnt_root, buf, PATH_MAX) < 0)
		strscpy(buf, "(unknown)", PATH_MAX);
	pr_warn("%s filesystem being mounted at %s supports timestamps until "
		"%04lld-%02u-%02u (0x%llx)\n", sb->s_type, buf, y, mon, d,
		(unsigned long long)sb->s_time_max);
	__putname(buf);
}
