/* tests/test_files.c: path lookup, the dentry cache, descriptors, ramfs. */
#include "tests.h"
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include "../mm/slab.h"

static void files_setup(void)
{
	host_test_setup();
	current->files = dup_fd(NULL);
	ck_assert_ptr_nonnull(current->files);
}

static void files_teardown(void)
{
	exit_files(current);
}

static unsigned long active(struct kmem_cache *s)
{
	unsigned long a, total, slabs;

	kmem_cache_shrink(s);	/* the cpu slab's objects count too */
	get_slabinfo(s, &a, &total, &slabs);
	return a;
}

/* A file at name holding len bytes of pattern c, closed again. */
static void make_file(const char *name, char c, size_t len)
{
	static char buf[3 * 4096];
	struct file *f = do_filp_open(AT_FDCWD, name, O_WRONLY | O_CREAT,
				      0644);
	loff_t pos = 0;

	ck_assert(!IS_ERR(f));
	memset(buf, c, len);
	ck_assert_int_eq(kernel_write(f, buf, len, &pos), len);
	fput(f);
}

static long lookup_err(const char *name, unsigned int flags)
{
	struct dentry *d = kern_path(AT_FDCWD, name, flags);

	if (IS_ERR(d))
		return PTR_ERR(d);
	dput(d);
	return 0;
}

START_TEST(test_lookup_walks_dot_dotdot_and_slashes)
{
	struct dentry *a, *b;

	ck_assert_int_eq(init_mknod("/a", S_IFDIR | 0755, 0), 0);
	ck_assert_int_eq(init_mknod("/a/b", S_IFDIR | 0755, 0), 0);
	a = kern_path(AT_FDCWD, "/a", 0);
	b = kern_path(AT_FDCWD, "//a///b/", 0);
	ck_assert(!IS_ERR(a) && !IS_ERR(b));
	ck_assert_ptr_eq(b->d_parent, a);
	ck_assert_ptr_eq(kern_path(AT_FDCWD, "/a/b/../b/.", 0), b);
	dput(b);
	ck_assert_ptr_eq(kern_path(AT_FDCWD, "/../../a", 0), a);
	dput(a);
	set_fs_pwd(current->fs, b);
	ck_assert_ptr_eq(kern_path(AT_FDCWD, "..", 0), a);
	dput(a);
	ck_assert_ptr_eq(kern_path(AT_FDCWD, ".", 0), b);
	dput(b);
	set_fs_pwd(current->fs, current->fs->root);
	dput(a);
	dput(b);
}
END_TEST

START_TEST(test_lookup_errors)
{
	char long_name[NAME_MAX + 3];

	make_file("/f", 'x', 1);
	ck_assert_int_eq(lookup_err("/nothing", 0), -ENOENT);
	ck_assert_int_eq(lookup_err("/nothing/f", 0), -ENOENT);
	ck_assert_int_eq(lookup_err("/f/x", 0), -ENOTDIR);
	ck_assert_int_eq(lookup_err("/f/", 0), -ENOTDIR);
	ck_assert_int_eq(lookup_err("/f", LOOKUP_DIRECTORY), -ENOTDIR);
	ck_assert_int_eq(lookup_err("/f", 0), 0);
	memset(long_name, 'n', sizeof(long_name) - 1);
	long_name[0] = '/';
	long_name[sizeof(long_name) - 1] = '\0';
	ck_assert_int_eq(lookup_err(long_name, 0), -ENAMETOOLONG);
	long_name[sizeof(long_name) - 2] = '\0';	/* NAME_MAX: allowed */
	ck_assert_int_eq(lookup_err(long_name, 0), -ENOENT);
}
END_TEST

START_TEST(test_dcache_finds_a_name_until_it_is_removed)
{
	unsigned long dentries = active(dentry_cache);
	unsigned long inodes = active(inode_cachep);
	struct dentry *root = current->fs->root, *d;

	make_file("/name", 'x', 1);
	d = d_lookup(root, "name", 4);
	ck_assert_ptr_nonnull(d);
	ck_assert_ptr_null(d_lookup(root, "nam", 3));
	ck_assert_ptr_null(d_lookup(d, "name", 4));	/* other parent */
	dput(d);
	ck_assert_uint_eq(active(dentry_cache), dentries + 1);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/name", false), 0);
	ck_assert_ptr_null(d_lookup(root, "name", 4));
	ck_assert_uint_eq(active(dentry_cache), dentries);
	ck_assert_uint_eq(active(inode_cachep), inodes);
}
END_TEST

START_TEST(test_open_file_outlives_its_name)
{
	unsigned long inodes = active(inode_cachep);
	struct file *f;
	char c = 0;
	loff_t pos = 0;

	make_file("/kept", 'k', 1);
	f = do_filp_open(AT_FDCWD, "/kept", O_RDONLY, 0);
	ck_assert(!IS_ERR(f));
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/kept", false), 0);
	ck_assert_int_eq(lookup_err("/kept", 0), -ENOENT);
	ck_assert_int_eq(kernel_read(f, &c, 1, &pos), 1);
	ck_assert_int_eq(c, 'k');
	ck_assert_uint_eq(active(inode_cachep), inodes + 1);
	fput(f);
	ck_assert_uint_eq(active(inode_cachep), inodes);
}
END_TEST

START_TEST(test_rmdir_refuses_a_full_directory)
{
	init_mknod("/d", S_IFDIR | 0755, 0);
	make_file("/d/f", 'x', 1);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/d", true), -ENOTEMPTY);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/d", false), -EISDIR);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/d/f", true), -ENOTDIR);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/d/f", false), 0);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/d", true), 0);
	ck_assert_int_eq(lookup_err("/d", 0), -ENOENT);
}
END_TEST

START_TEST(test_open_flags)
{
	struct file *f;

	make_file("/o", 'x', 5);
	f = do_filp_open(AT_FDCWD, "/o", O_CREAT | O_EXCL | O_WRONLY, 0644);
	ck_assert_int_eq(PTR_ERR(f), -EEXIST);
	f = do_filp_open(AT_FDCWD, "/none", O_RDONLY, 0);
	ck_assert_int_eq(PTR_ERR(f), -ENOENT);
	f = do_filp_open(AT_FDCWD, "/", O_WRONLY, 0);
	ck_assert_int_eq(PTR_ERR(f), -EISDIR);
	f = do_filp_open(AT_FDCWD, "/o", O_RDONLY | O_DIRECTORY, 0);
	ck_assert_int_eq(PTR_ERR(f), -ENOTDIR);
	f = do_filp_open(AT_FDCWD, "/o", O_WRONLY | O_TRUNC, 0);
	ck_assert(!IS_ERR(f));
	ck_assert_int_eq(f->f_inode->i_size, 0);
	ck_assert_uint_eq(f->f_inode->i_mapping->nrpages, 0);
	fput(f);
}
END_TEST

START_TEST(test_fds_lowest_first_dup_and_close)
{
	struct file *f;
	int fd;

	make_file("/fd", 'x', 1);
	f = do_filp_open(AT_FDCWD, "/fd", O_RDONLY, 0);
	ck_assert(!IS_ERR(f));
	fd = get_unused_fd_flags(0);
	ck_assert_int_eq(fd, 0);
	fd_install(fd, f);
	ck_assert_int_eq(sys_dup(0), 1);
	ck_assert_int_eq(sys_dup(0), 2);
	ck_assert_int_eq(f->f_count, 3);
	ck_assert_int_eq(sys_close(1), 0);
	ck_assert_int_eq(sys_close(1), -EBADF);
	ck_assert_int_eq(sys_dup(2), 1);		/* the hole first */
	ck_assert_int_eq(sys_dup2(0, 9), 9);
	ck_assert_int_eq(sys_dup2(9, 9), 9);
	ck_assert_int_eq(sys_dup3(9, 9, 0), -EINVAL);
	ck_assert_int_eq(sys_dup3(0, 8, O_RDONLY | 1), -EINVAL);
	ck_assert_int_eq(sys_dup2(5, 6), -EBADF);
	ck_assert_int_eq(sys_dup2(0, NR_OPEN_MAX), -EBADF);
	ck_assert_int_eq(sys_dup(3), -EBADF);
	ck_assert_int_eq(sys_dup(0), 3);
	ck_assert_int_eq(f->f_count, 5);
	ck_assert_int_eq(sys_dup(NR_OPEN_MAX + 5), -EBADF);
}
END_TEST

START_TEST(test_fork_shares_files_and_cloexec_closes)
{
	struct files_struct *parent = current->files, *child;
	struct file *f;
	int fd;

	make_file("/fork", 'x', 1);
	f = do_filp_open(AT_FDCWD, "/fork", O_RDONLY, 0);
	fd = get_unused_fd_flags(O_CLOEXEC);
	fd_install(fd, f);
	ck_assert_int_eq(sys_dup(fd), 1);	/* no O_CLOEXEC */
	child = dup_fd(parent);
	ck_assert_ptr_nonnull(child);
	ck_assert_ptr_eq(child->fd[0], f);
	ck_assert_ptr_eq(child->fd[1], f);
	ck_assert_int_eq(f->f_count, 4);
	current->files = child;
	do_close_on_exec(child);
	ck_assert_ptr_null(child->fd[0]);
	ck_assert_ptr_eq(child->fd[1], f);
	ck_assert_int_eq(get_unused_fd_flags(0), 0);
	exit_files(current);
	current->files = parent;
	ck_assert_int_eq(f->f_count, 2);
	ck_assert_ptr_eq(parent->fd[0], f);
}
END_TEST

START_TEST(test_ramfs_write_read_across_pages)
{
	static char in[PAGE_SIZE + 100], out[sizeof(in)];
	struct file *f = do_filp_open(AT_FDCWD, "/r", O_RDWR | O_CREAT, 0600);
	loff_t pos = PAGE_SIZE - 50;
	unsigned int i;

	ck_assert(!IS_ERR(f));
	for (i = 0; i < sizeof(in); i++)
		in[i] = 'a' + i % 26;
	ck_assert_int_eq(kernel_write(f, in, sizeof(in), &pos),
			 sizeof(in));
	ck_assert_int_eq(pos, PAGE_SIZE - 50 + sizeof(in));
	ck_assert_int_eq(f->f_inode->i_size, pos);
	ck_assert_uint_eq(f->f_inode->i_mapping->nrpages, 3);
	pos = PAGE_SIZE - 50;
	ck_assert_int_eq(kernel_read(f, out, sizeof(out), &pos),
			 sizeof(out));
	ck_assert_mem_eq(in, out, sizeof(in));
	pos = 0;	/* the start is a hole of zeros */
	ck_assert_int_eq(kernel_read(f, out, 10, &pos), 10);
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(out[i], 0);
	pos = f->f_inode->i_size;
	ck_assert_int_eq(kernel_read(f, out, 10, &pos), 0);
	fput(f);
}
END_TEST

START_TEST(test_truncate_frees_pages_and_zeroes_the_tail)
{
	unsigned long free_before;
	struct file *f;
	char c = 1;
	loff_t pos;

	make_file("/t", 'y', 3 * PAGE_SIZE);
	f = do_filp_open(AT_FDCWD, "/t", O_RDWR, 0);
	ck_assert(!IS_ERR(f));
	drain_all_pages(NULL);
	free_before = nr_free_pages();
	ck_assert_int_eq(vfs_truncate(f->f_inode, PAGE_SIZE + 1), 0);
	ck_assert_uint_eq(f->f_inode->i_mapping->nrpages, 2);
	drain_all_pages(NULL);
	ck_assert_uint_eq(nr_free_pages(), free_before + 1);
	ck_assert_int_eq(vfs_truncate(f->f_inode, 3 * PAGE_SIZE), 0);
	pos = PAGE_SIZE + 1;	/* the old bytes past the cut are zeros */
	ck_assert_int_eq(kernel_read(f, &c, 1, &pos), 1);
	ck_assert_int_eq(c, 0);
	pos = PAGE_SIZE;
	ck_assert_int_eq(kernel_read(f, &c, 1, &pos), 1);
	ck_assert_int_eq(c, 'y');
	ck_assert_int_eq(vfs_truncate(f->f_inode, -1), -EINVAL);
	fput(f);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/t", false), 0);
	drain_all_pages(NULL);
	ck_assert_uint_eq(nr_free_pages(), free_before + 3);
}
END_TEST

static void stat_of(const char *name, struct kstat *st)
{
	struct dentry *d = kern_path(AT_FDCWD, name, 0);

	ck_assert(!IS_ERR(d));
	ck_assert_int_eq(vfs_getattr(d->d_inode, st), 0);
	dput(d);
}

static long long ns_of(struct timespec64 t)
{
	return t.tv_sec * NSEC_PER_SEC + t.tv_nsec;
}

static void tick(int n)
{
	while (n--)
		tick_handle_periodic();
}

/*
 * A new file of ramfs has the clock's time to the nanosecond, and so
 * has its directory; a write, a truncation and an unlink move mtime
 * and ctime, not atime. A read moves atime if it is not after mtime,
 * and not again (relatime). Its blocks are its pages, the directory's
 * 0, and the device is rootfs's own, 0:N.
 */
START_TEST(test_stat_times_follow_the_clock)
{
	struct kstat st, dir;
	struct file *f;
	long long born;
	loff_t pos = 0;
	char c;

	tick(3);
	born = ktime_get_real_ns();
	ck_assert_int_ne(born % NSEC_PER_SEC, 0);
	make_file("/t", 'x', PAGE_SIZE + 1);
	stat_of("/t", &st);
	ck_assert_int_eq(ns_of(st.atime), born);
	ck_assert_int_eq(ns_of(st.mtime), born);
	ck_assert_int_eq(ns_of(st.ctime), born);
	ck_assert_uint_eq(st.blocks, 2 * (PAGE_SIZE / 512));
	ck_assert_uint_eq(MAJOR(st.dev), 0);
	ck_assert_uint_ne(MINOR(st.dev), 0);
	stat_of("/", &dir);
	ck_assert_int_eq(ns_of(dir.mtime), born);
	ck_assert_uint_eq(dir.blocks, 0);
	ck_assert_uint_eq(dir.dev, st.dev);
	tick(HZ / 2);
	f = do_filp_open(AT_FDCWD, "/t", O_WRONLY, 0);
	ck_assert(!IS_ERR(f));
	ck_assert_int_eq(kernel_write(f, "y", 1, &pos), 1);
	stat_of("/t", &st);
	ck_assert_int_eq(ns_of(st.mtime) - born, NSEC_PER_SEC / 2);
	ck_assert_int_eq(ns_of(st.ctime) - born, NSEC_PER_SEC / 2);
	ck_assert_int_eq(ns_of(st.atime), born);
	tick(HZ / 2);
	ck_assert_int_eq(vfs_truncate(f->f_inode, 1), 0);
	fput(f);
	stat_of("/t", &st);
	ck_assert_int_eq(ns_of(st.mtime) - born, NSEC_PER_SEC);
	ck_assert_uint_eq(st.blocks, PAGE_SIZE / 512);
	ck_assert_int_eq(ns_of(st.atime), born);
	f = do_filp_open(AT_FDCWD, "/t", O_RDONLY, 0);
	ck_assert(!IS_ERR(f));
	tick(HZ);
	pos = 0;
	ck_assert_int_eq(kernel_read(f, &c, 1, &pos), 1);
	stat_of("/t", &st);
	ck_assert_int_eq(ns_of(st.atime) - born, 2 * NSEC_PER_SEC);
	tick(HZ);
	pos = 0;
	ck_assert_int_eq(kernel_read(f, &c, 1, &pos), 1);
	fput(f);
	stat_of("/t", &st);
	ck_assert_int_eq(ns_of(st.atime) - born, 2 * NSEC_PER_SEC);
	ck_assert_int_eq(ns_of(st.mtime) - born, NSEC_PER_SEC);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/t", false), 0);
	stat_of("/", &dir);
	ck_assert_int_eq(ns_of(dir.mtime) - born, 3 * NSEC_PER_SEC);
	ck_assert_int_eq(ns_of(dir.ctime) - born, 3 * NSEC_PER_SEC);
}
END_TEST

START_TEST(test_lseek_refuses_negative_and_wrapping_positions)
{
	struct file *f;
	int fd;

	make_file("/s", 'x', 10);
	f = do_filp_open(AT_FDCWD, "/s", O_RDONLY, 0);
	fd = get_unused_fd_flags(0);
	fd_install(fd, f);
	ck_assert_int_eq(sys_lseek(fd, -3, SEEK_END), 7);
	ck_assert_int_eq(sys_lseek(fd, 2, SEEK_CUR), 9);
	ck_assert_int_eq(sys_lseek(fd, -10, SEEK_CUR), -EINVAL);
	ck_assert_int_eq(sys_lseek(fd, 0x7fffffffffffffffL, SEEK_END),
			 -EINVAL);
	ck_assert_int_eq(f->f_pos, 9);		/* unchanged by a refusal */
	ck_assert_int_eq(sys_lseek(fd, 0, 5), -EINVAL);
	ck_assert_int_eq(sys_lseek(fd, 3, SEEK_DATA), 3);
	ck_assert_int_eq(sys_lseek(fd, 3, SEEK_HOLE), 10);
	ck_assert_int_eq(sys_lseek(fd, 10, SEEK_DATA), -ENXIO);
	ck_assert_int_eq(sys_lseek(fd + 1, 0, SEEK_SET), -EBADF);
}
END_TEST

START_TEST(test_pipe_ring_wraps_and_reads_in_parts)
{
	static char in[3 * 4096], out[3 * 4096];
	struct pipe_inode_info *pipe = alloc_pipe_info();
	unsigned long free_before = nr_free_pages();
	struct iov_iter it;
	unsigned int i, round;

	for (i = 0; i < sizeof(in); i++)
		in[i] = (char)(i * 7);
	for (round = 0; round < 20; round++) {	/* head passes 16: wraps */
		iov_iter_init(&it, ITER_KVEC, in, 5000);
		ck_assert_int_eq(pipe_write_ring(pipe, &it), 5000);
		iov_iter_init(&it, ITER_KVEC, out, 100);
		ck_assert_int_eq(pipe_read_ring(pipe, &it), 100);
		iov_iter_init(&it, ITER_KVEC, out + 100, sizeof(out));
		ck_assert_int_eq(pipe_read_ring(pipe, &it), 4900);
		ck_assert(!memcmp(in, out, 5000));
		ck_assert_uint_eq(pipe->head, pipe->tail);
	}
	ck_assert_uint_eq(nr_free_pages(), free_before);
	for (i = 0; i < PIPE_DEF_BUFFERS; i++) {	/* fill it whole */
		iov_iter_init(&it, ITER_KVEC, in, 4096);
		ck_assert_int_eq(pipe_write_ring(pipe, &it), 4096);
	}
	iov_iter_init(&it, ITER_KVEC, in, 1);
	ck_assert_int_eq(pipe_write_ring(pipe, &it), 0);
	free_pipe_info(pipe);
	ck_assert_uint_eq(nr_free_pages(), free_before);
}
END_TEST

START_TEST(test_pipe_files_eof_epipe_and_eagain)
{
	struct file *f[2];
	char buf[8];
	struct kstat st, root;
	loff_t pos = 0;

	ck_assert_int_eq(create_pipe_files(f, O_NONBLOCK), 0);
	ck_assert_uint_eq(f[0]->f_inode->i_mode & S_IFMT, S_IFIFO);
	ck_assert_int_eq(vfs_getattr(f[0]->f_inode, &st), 0);
	stat_of("/", &root);
	ck_assert_uint_eq(MAJOR(st.dev), 0);	/* pipefs's own 0:N */
	ck_assert_uint_ne(MINOR(st.dev), 0);
	ck_assert_uint_ne(st.dev, root.dev);
	ck_assert_int_eq(kernel_read(f[0], buf, 8, &pos), -EAGAIN);
	ck_assert_int_eq(kernel_write(f[1], "abc", 3, &pos), 3);
	ck_assert_int_eq(kernel_read(f[0], buf, 8, &pos), 3);
	ck_assert_int_eq(kernel_write(f[1], "de", 2, &pos), 2);
	fput(f[1]);
	ck_assert_int_eq(kernel_read(f[0], buf, 8, &pos), 2);
	ck_assert_int_eq(kernel_read(f[0], buf, 8, &pos), 0);	/* EOF */
	fput(f[0]);
	ck_assert_int_eq(create_pipe_files(f, 0), 0);
	fput(f[0]);
	ck_assert_int_eq(kernel_write(f[1], "x", 1, &pos), -EPIPE);
	fput(f[1]);
}
END_TEST

START_TEST(test_console_ioctls)
{
	struct file *f;
	int fd;

	ck_assert_int_eq(init_mknod("/tty", S_IFCHR | 0600, MKDEV(5, 1)), 0);
	make_file("/plain", 'p', 1);
	f = do_filp_open(AT_FDCWD, "/tty", O_RDWR, 0);
	ck_assert(!IS_ERR(f));
	fd = get_unused_fd_flags(0);
	fd_install(fd, f);
	/* The console answers TCGETS and TIOCGWINSZ: a bad pointer faults. */
	ck_assert_int_eq(sys_ioctl(fd, 0x5401, 8), -EFAULT);
	ck_assert_int_eq(sys_ioctl(fd, 0x5413, 8), -EFAULT);
	ck_assert_int_eq(sys_ioctl(fd, 0x540f, 8), -ENOTTY);	/* TIOCGPGRP */
	sys_close(fd);
	f = do_filp_open(AT_FDCWD, "/plain", O_RDONLY, 0);
	ck_assert(!IS_ERR(f));
	fd = get_unused_fd_flags(0);
	fd_install(fd, f);
	ck_assert_int_eq(sys_ioctl(fd, 0x5401, 8), -ENOTTY);
	sys_close(fd);
}
END_TEST

Suite *files_suite(void)
{
	Suite *s = suite_create("files");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, files_setup, files_teardown);
	tcase_add_test(tc, test_lookup_walks_dot_dotdot_and_slashes);
	tcase_add_test(tc, test_lookup_errors);
	tcase_add_test(tc, test_dcache_finds_a_name_until_it_is_removed);
	tcase_add_test(tc, test_open_file_outlives_its_name);
	tcase_add_test(tc, test_rmdir_refuses_a_full_directory);
	tcase_add_test(tc, test_open_flags);
	tcase_add_test(tc, test_fds_lowest_first_dup_and_close);
	tcase_add_test(tc, test_fork_shares_files_and_cloexec_closes);
	tcase_add_test(tc, test_ramfs_write_read_across_pages);
	tcase_add_test(tc, test_truncate_frees_pages_and_zeroes_the_tail);
	tcase_add_test(tc, test_stat_times_follow_the_clock);
	tcase_add_test(tc, test_lseek_refuses_negative_and_wrapping_positions);
	tcase_add_test(tc, test_pipe_ring_wraps_and_reads_in_parts);
	tcase_add_test(tc, test_pipe_files_eof_epipe_and_eagain);
	tcase_add_test(tc, test_console_ioctls);
	suite_add_tcase(s, tc);
	return s;
}
