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

struct fs_struct init_fs = { .users = 1, .umask = 0022 };
struct kmem_cache *names_cachep;

static struct kmem_cache *cache_create(const char *name, size_t size)
{
	return kmem_cache_create(name, size, 0, SLAB_PANIC, NULL);
}

/* The caches, and ramfs mounted as / for the boot task and its children. */
void vfs_caches_init(void)
{
	struct super_block *sb;

	dcache_init();
	inode_cachep = cache_create("inode_cache", sizeof(struct inode));
	filp_cachep = cache_create("filp", sizeof(struct file));
	files_cachep = cache_create("files_cache",
				    sizeof(struct files_struct));
	fs_cachep = cache_create("fs_cache", sizeof(struct fs_struct));
	names_cachep = cache_create("names_cache", PATH_MAX);
	sb = ramfs_get_super();
	if (!sb)
		panic("VFS: Unable to mount root fs");
	init_fs.root = dget(sb->s_root);
	init_fs.pwd = dget(sb->s_root);
	current->fs = &init_fs;
	init_fs.users++;

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
