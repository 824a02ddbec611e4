/* tests/test_proc.c: /proc's tree and files, mount, umount, crossing. */
#include "tests.h"
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include "../mm/slab.h"

#define MEMINFO_LINES		8
#define PROC_LATER_FILES	""	/* between meminfo and mounts */

static void proc_setup(void)
{
	host_test_setup();
	current->files = dup_fd(NULL);
	ck_assert_ptr_nonnull(current->files);
	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/proc", S_IFDIR | 0755,
					0), 0);
	ck_assert_int_eq(do_mount("proc", "/proc", "proc", 0, NULL), 0);
}

static void proc_teardown(void)
{
	exit_files(current);
}

static unsigned long active(struct kmem_cache *s)
{
	unsigned long a, total, slabs;

	kmem_cache_shrink(s);
	get_slabinfo(s, &a, &total, &slabs);
	return a;
}

/* The whole text of a file, read 100 bytes at a time; its length. */
static long read_all(const char *name, char *buf, size_t size)
{
	struct file *f = do_filp_open(AT_FDCWD, name, O_RDONLY, 0);
	loff_t pos = 0;
	long n, len = 0;

	if (IS_ERR(f))
		return PTR_ERR(f);
	while ((n = kernel_read(f, buf + len, size - 1 - len < 100 ?
				size - 1 - len : 100, &pos)) > 0)
		len += n;
	buf[len] = '\0';
	fput(f);
	return n < 0 ? n : len;
}

static long write_str(const char *name, const char *text)
{
	struct file *f = do_filp_open(AT_FDCWD, name, O_WRONLY, 0);
	loff_t pos = 0;
	long n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_write(f, text, strlen(text), &pos);
	fput(f);
	return n;
}

struct names {
	struct dir_context ctx;
	char text[512];
	size_t len;
};

static bool add_name(struct dir_context *ctx, const char *name, int len,
		     loff_t pos, unsigned long ino, unsigned int type)
{
	struct names *n = (struct names *)ctx;

	if (n->len + len + 2 >= sizeof(n->text))
		return false;
	memcpy(n->text + n->len, name, len);
	n->len += len;
	n->text[n->len++] = type == DT_DIR ? '/' : type == DT_LNK ? '@' :
			    ' ';
	n->text[n->len] = '\0';
	return true;
}

/* A directory's names, each followed by / (directory), @ (link) or a
 * space. */
static const char *list(const char *name, struct names *n)
{
	struct file *f = do_filp_open(AT_FDCWD, name, O_RDONLY |
				      O_DIRECTORY, 0);

	memset(n, 0, sizeof(*n));
	n->ctx.actor = add_name;
	ck_assert(!IS_ERR(f));
	ck_assert_int_eq(f->f_op->iterate_shared(f, &n->ctx), 0);
	fput(f);
	return n->text;
}

START_TEST(test_meminfo_is_read_through_the_vfs)
{
	char buf[512], want[64];

	ck_assert_int_gt(read_all("/proc/meminfo", buf, sizeof(buf)), 0);
	libc_snprintf(want, sizeof(want), "MemTotal:       %8lu kB\n",
		      totalram_pages() << (PAGE_SHIFT - 10));
	ck_assert_int_eq(strncmp(buf, want, strlen(want)), 0);
	expect_lines_match(buf, "^[A-Za-z()]+: +[0-9]+ kB$", MEMINFO_LINES);
}
END_TEST

START_TEST(test_proc_root_lists_the_entries_in_order)
{
	struct names n;

	ck_assert_str_eq(list("/proc", &n), "./../buddyinfo pagetypeinfo "
			 "zoneinfo slabinfo vmallocinfo meminfo "
			 PROC_LATER_FILES "mounts filesystems self@sys/");
	ck_assert_str_eq(list("/proc/sys/vm/..", &n), "./../vm/");
}
END_TEST

START_TEST(test_a_report_longer_than_a_page_reads_whole)
{
	static char buf[1 << 16];
	long len = read_all("/proc/slabinfo", buf, sizeof(buf));

	ck_assert_int_gt(len, 4096);
	ck_assert_int_eq(strncmp(buf, "slabinfo - version: 2.1\n", 24), 0);
	ck_assert_int_eq(buf[len - 1], '\n');
}
END_TEST

START_TEST(test_sysctl_reads_writes_and_refuses_junk)
{
	char buf[64], want[32];

	libc_snprintf(want, sizeof(want), "%d\n", min_free_kbytes);
	ck_assert_int_eq(read_all("/proc/sys/vm/min_free_kbytes", buf,
				  sizeof(buf)), strlen(want));
	ck_assert_str_eq(buf, want);
	ck_assert_int_eq(write_str("/proc/sys/vm/min_free_kbytes", "2000\n"),
			 5);
	ck_assert_int_eq(min_free_kbytes, 2000);
	ck_assert_int_eq(write_str("/proc/sys/vm/min_free_kbytes", "junk"),
			 -EINVAL);
	ck_assert_int_eq(min_free_kbytes, 2000);
	read_all("/proc/sys/vm/min_free_kbytes", buf, sizeof(buf));
	ck_assert_str_eq(buf, "2000\n");
}
END_TEST

START_TEST(test_proc_refuses_new_names_and_removal)
{
	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/proc/x", S_IFDIR | 0755,
					0), -EPERM);
	ck_assert_int_eq(PTR_ERR(do_filp_open(AT_FDCWD, "/proc/x",
					      O_WRONLY | O_CREAT, 0644)),
			 -EACCES);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/proc/meminfo", false),
			 -EPERM);
	ck_assert_int_eq(PTR_ERR(kern_path(AT_FDCWD, "/proc/nosuch", 0)),
			 -ENOENT);
	ck_assert_int_eq(PTR_ERR(kern_path(AT_FDCWD, "/proc/1x", 0)),
			 -ENOENT);
}
END_TEST

START_TEST(test_mount_crosses_and_umount_gives_back)
{
	unsigned long inodes = active(inode_cachep);
	unsigned long dentries = active(dentry_cache);
	struct dentry *root = current->fs->root, *d;
	struct file *f;
	char buf[16];
	int fd;

	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/mnt", S_IFDIR | 0755, 0),
			 0);
	ck_assert_int_eq(do_mount("none", "/mnt", "tmpfs", 0, NULL), 0);
	f = do_filp_open(AT_FDCWD, "/mnt/a", O_WRONLY | O_CREAT, 0644);
	ck_assert(!IS_ERR(f));
	fd = get_unused_fd_flags(0);
	fd_install(fd, f);
	d = kern_path(AT_FDCWD, "/mnt/a", 0);
	ck_assert(!IS_ERR(d));
	ck_assert_ptr_ne(d->d_sb, root->d_sb);	/* crossed into tmpfs */
	dput(d);
	d = kern_path(AT_FDCWD, "/mnt/../mnt/.", LOOKUP_FOLLOW);
	ck_assert(!IS_ERR(d));
	ck_assert_ptr_eq(d->d_sb, f->f_dentry->d_sb);	/* tmpfs's root */
	dput(d);
	d = kern_path(AT_FDCWD, "/mnt/..", 0);
	ck_assert_ptr_eq(d, root);		/* up out of the mount */
	dput(d);
	ck_assert_int_eq(d_path(f->f_dentry, root, buf, sizeof(buf)), 7);
	ck_assert_str_eq(buf, "/mnt/a");	/* getcwd's, across it */
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/mnt", true), -EBUSY);
	ck_assert_int_eq(path_umount(dget(f->f_dentry->d_parent), 0),
			 -EBUSY);
	ck_assert_int_eq(sys_close(fd), 0);
	d = kern_path(AT_FDCWD, "/mnt", 0);
	ck_assert_int_eq(path_umount(d, 0), 0);
	ck_assert_int_eq(PTR_ERR(kern_path(AT_FDCWD, "/mnt/a", 0)),
			 -ENOENT);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/mnt", true), 0);
	ck_assert_uint_eq(active(inode_cachep), inodes);
	ck_assert_uint_eq(active(dentry_cache), dentries);
}
END_TEST

START_TEST(test_mount_and_umount_errors)
{
	struct dentry *d;

	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/d", S_IFDIR | 0755, 0),
			 0);
	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/f", S_IFREG | 0644, 0),
			 0);
	ck_assert_int_eq(do_mount("x", "/d", "nosuchfs", 0, NULL), -ENODEV);
	ck_assert_int_eq(do_mount("x", "/d", NULL, 0, NULL), -EINVAL);
	ck_assert_int_eq(do_mount("x", "/nosuch", "tmpfs", 0, NULL),
			 -ENOENT);
	ck_assert_int_eq(do_mount("x", "/f/d", "tmpfs", 0, NULL), -ENOTDIR);
	ck_assert_int_eq(do_mount("x", "/f", "tmpfs", 0, NULL), -ENOTDIR);
	ck_assert_int_eq(do_mount("proc", "/proc", "proc", 0, NULL), -EBUSY);
	d = kern_path(AT_FDCWD, "/d", 0);
	ck_assert_int_eq(path_umount(d, 0), -EINVAL);	/* not mounted */
	ck_assert_int_eq(path_umount(dget(current->fs->root), 0), -EBUSY);
}
END_TEST

Suite *proc_suite(void)
{
	Suite *s = suite_create("proc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, proc_setup, proc_teardown);
	tcase_add_test(tc, test_meminfo_is_read_through_the_vfs);
	tcase_add_test(tc, test_proc_root_lists_the_entries_in_order);
	tcase_add_test(tc, test_a_report_longer_than_a_page_reads_whole);
	tcase_add_test(tc, test_sysctl_reads_writes_and_refuses_junk);
	tcase_add_test(tc, test_proc_refuses_new_names_and_removal);
	tcase_add_test(tc, test_mount_crosses_and_umount_gives_back);
	tcase_add_test(tc, test_mount_and_umount_errors);
	suite_add_tcase(s, tc);
	return s;
}
