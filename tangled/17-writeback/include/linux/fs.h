#ifndef _LINUX_FS_H
#define _LINUX_FS_H
/* The VFS's objects: super blocks, inodes, their pages, open files. */
#include <linux/err.h>
#include <linux/list.h>
#include <linux/types.h>
#include <linux/xarray.h>
#include <uapi/linux/fcntl.h>

#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFREG		0100000
#define S_IFIFO		0010000
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_IFBLK		0060000
#define S_ISBLK(m)	(((m) & S_IFMT) == S_IFBLK)
#define S_IFLNK		0120000
#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)

/* A device number: 12 bits of major, 20 of minor (Linux's kdev_t.h). */
#define MINORBITS	20
#define MKDEV(ma, mi)	((ma) << MINORBITS | (mi))
#define MAJOR(dev)	((dev) >> MINORBITS)
#define MINOR(dev)	((dev) & ((1U << MINORBITS) - 1))

#define NAME_MAX	255	/* Linux's include/uapi/linux/limits.h */
#define MAX_LFS_FILESIZE	((loff_t)0x7fffffffffffffffL)

typedef long loff_t;		/* Linux: long long, the same 64 bits */
typedef unsigned short umode_t;
typedef unsigned long pgoff_t;	/* an index in a file, in pages */

struct dentry;
struct file;
struct inode;
struct kmem_cache;
struct page;
struct super_block;

/* A moment: seconds since 1970 and nanoseconds (Linux's time64.h). */
struct timespec64 {
	long long tv_sec;		/* Linux: time64_t */
	long tv_nsec;
};

/* Less than 0 if a is before b, 0 if they are equal, more if after. */
static inline int timespec64_compare(const struct timespec64 *a,
				     const struct timespec64 *b)
{
	if (a->tv_sec != b->tv_sec)
		return a->tv_sec < b->tv_sec ? -1 : 1;
	return a->tv_nsec - b->tv_nsec;
}

/* What stat reports of a file (Linux's linux/stat.h). */
struct kstat {
	unsigned long ino;
	unsigned int dev, rdev;
	umode_t mode;
	unsigned int nlink;
	loff_t size;
	struct timespec64 atime, mtime, ctime;
	unsigned long blksize;
	u64 blocks;			/* 512-byte units */
};

/* Where a read or write copies to or from: Linux's iov_iter, cut down. */
enum iter_type { ITER_UBUF, ITER_KVEC };

struct iov_iter {
	enum iter_type type;
	char *base;		/* a user address for ITER_UBUF */
	size_t count;		/* bytes still to copy */
};

void iov_iter_init(struct iov_iter *i, enum iter_type type, void *base,
		   size_t count);
size_t copy_to_iter(const void *from, size_t n, struct iov_iter *i);
size_t copy_from_iter(void *to, size_t n, struct iov_iter *i);
size_t copy_page_to_iter(struct page *page, size_t offset, size_t bytes,
			 struct iov_iter *i);
size_t copy_page_from_iter(struct page *page, size_t offset, size_t bytes,
			   struct iov_iter *i);

/* One read or write in progress: Linux's kernel I/O control block. */
struct kiocb {
	struct file *ki_filp;
	loff_t ki_pos;
};

struct address_space;
struct readahead_control;
struct writeback_control;
/* An error and a count of how often it has been seen (lib/errseq.c). */
typedef u32 errseq_t;

int errseq_set(errseq_t *eseq, int err);
errseq_t errseq_sample(errseq_t *eseq);
int errseq_check(errseq_t *eseq, errseq_t since);
int errseq_check_and_advance(errseq_t *eseq, errseq_t *since);

/* inode->i_state: what of the inode is dirty (Linux's values). */
#define I_DIRTY_SYNC		(1 << 0)
#define I_DIRTY_DATASYNC	(1 << 1)
#define I_DIRTY_PAGES		(1 << 2)
#define I_WILL_FREE		(1 << 4)	/* iput writes it, then frees */
#define I_FREEING		(1 << 5)
#define I_SYNC			(1 << 7)	/* being written back */
#define I_DIRTY_INODE		(I_DIRTY_SYNC | I_DIRTY_DATASYNC)
#define I_DIRTY			(I_DIRTY_INODE | I_DIRTY_PAGES)

/* The page cache's three marks. */
#define PAGECACHE_TAG_DIRTY	XA_MARK_0
#define PAGECACHE_TAG_WRITEBACK	XA_MARK_1
#define PAGECACHE_TAG_TOWRITE	XA_MARK_2

/* A backing device may write back, and counts its pages as it does. */
#define BDI_CAP_WRITEBACK	(1 << 0)
#define BDI_CAP_WRITEBACK_ACCT	(1 << 1)

struct task_struct;
struct backing_dev_info;
struct writeback_control;

/* One device's dirty inodes, and the flusher that writes them back. */
struct bdi_writeback {
	struct backing_dev_info *bdi;
	unsigned long state;		/* WB_registered, ... */
	unsigned long last_old_flush;	/* jiffies of the last kupdate pass */
	struct list_head b_dirty;	/* dirty inodes, newest first */
	struct list_head b_io;		/* to write in this pass */
	struct list_head b_more_io;	/* not finished in this pass */
	struct task_struct *task;	/* Linux: a work item on a workqueue */
	unsigned long work_flags;	/* what it has been asked to do */
};

void __mark_inode_dirty(struct inode *inode, int flags);
void inode_io_list_del(struct inode *inode);
int write_inode_now(struct inode *inode, int sync);
void page_writeback_init(void);

int vfs_fsync_range(struct file *file, loff_t start, loff_t end,
		    int datasync);
int vfs_fsync(struct file *file, int datasync);

/* The block device's inodes (fs/buffer.c; Linux: block/bdev.c). */
bool sb_is_blkdev_sb(struct super_block *sb);
struct backing_dev_info *bdev_inode_to_bdi(struct inode *inode);
bool block_dirty_folio(struct address_space *mapping, struct page *page);
struct backing_dev_info *bdi_alloc(int node_id);
int bdi_register(struct backing_dev_info *bdi, const char *name);

/* f_mode: the file's pages have a direct_IO (Linux's value). */
#define FMODE_CAN_ODIRECT	0x400000

/* The direction of a direct transfer. */
#define READ	0
#define WRITE	1

unsigned long invalidate_mapping_pages(struct address_space *mapping,
				       pgoff_t start, pgoff_t end);

/* How a file system moves pages between its store and the cache. */
struct address_space_operations {
	/* Fill a locked page; unlock it when done, up to date or not. */
	int (*read_folio)(struct file *file, struct page *page);
	/* Fill a batch of locked pages (readahead_page hands them out). */
	void (*readahead)(struct readahead_control *rac);
	/* Get the page at pos ready for len bytes, and locked. */
	int (*write_begin)(struct file *file, struct address_space *mapping,
			   loff_t pos, unsigned int len, struct page **pagep,
			   void **fsdata);
	/* copied bytes are in: update the page and the file's size. */
	int (*write_end)(struct file *file, struct address_space *mapping,
			 loff_t pos, unsigned int len, unsigned int copied,
			 struct page *page, void *fsdata);
	/* The page has changed: what the file system does then. */
	bool (*dirty_folio)(struct address_space *mapping, struct page *page);
	/* Write a locked dirty page to its blocks, unlock it (chapter 17). */
	int (*writepage)(struct page *page, struct writeback_control *wbc);
	int (*writepages)(struct address_space *mapping,
			  struct writeback_control *wbc);
	/* Move the bytes straight between iter and the disk (O_DIRECT). */
	ssize_t (*direct_IO)(struct kiocb *iocb, struct iov_iter *iter, int rw);
};

/* An inode's pages, by their index in the file. */
struct address_space {
	struct inode *host;
	struct xarray i_pages;		/* the pages, by index */
	gfp_t gfp_mask;			/* for allocating them */
	unsigned long nrpages;		/* pages in the cache */
	unsigned long flags;		/* AS_EIO, AS_ENOSPC */
	const struct address_space_operations *a_ops;
	struct list_head i_mmap;	/* the areas that map it */
	errseq_t wb_err;		/* the last write-back error, for fsync */
	pgoff_t writeback_index;	/* where background writeback goes on */
};

/* Where a file reads ahead, in pages (Linux: in struct file). */
struct file_ra_state {
	pgoff_t start;			/* the window's first page */
	unsigned int size;		/* its length */
	unsigned int async_size;	/* marked page: this far from end */
	unsigned int ra_pages;		/* the most read ahead at once */
	loff_t prev_pos;		/* where the last read ended */
};

/* What is under a file system; here only how far to read ahead. */
struct backing_dev_info {
	unsigned long ra_pages;
	unsigned int capabilities;	/* BDI_CAP_WRITEBACK, ... */
	char dev_name[64];		/* "254:0" */
	struct bdi_writeback wb;	/* Linux: one per cgroup, this the root's */
	struct list_head bdi_list;	/* on bdi_list */
};

extern struct backing_dev_info noop_backing_dev_info;
void file_ra_state_init(struct file_ra_state *ra,
			struct address_space *mapping);

struct inode_operations {
	struct dentry *(*lookup)(struct inode *dir, struct dentry *dentry);
	int (*create)(struct inode *dir, struct dentry *dentry, umode_t mode);
	int (*mkdir)(struct inode *dir, struct dentry *dentry, umode_t mode);
	int (*mknod)(struct inode *dir, struct dentry *dentry, umode_t mode,
		     unsigned int dev);
	int (*unlink)(struct inode *dir, struct dentry *dentry);
	int (*rmdir)(struct inode *dir, struct dentry *dentry);
	int (*setsize)(struct inode *inode, loff_t size);
	/* what stat reports; NULL: generic_fillattr */
	int (*getattr)(struct inode *inode, struct kstat *stat);
	/* a symbolic link's text into buf; its length, or an error */
	int (*get_link)(struct dentry *dentry, char *buf, int buflen);
};

struct dir_context;
struct vm_area_struct;

struct file_operations {
	loff_t (*llseek)(struct file *file, loff_t offset, int whence);
	ssize_t (*read_iter)(struct file *file, struct iov_iter *to,
			     loff_t *pos);
	ssize_t (*write_iter)(struct file *file, struct iov_iter *from,
			      loff_t *pos);
	int (*iterate_shared)(struct file *file, struct dir_context *ctx);
	int (*open)(struct inode *inode, struct file *file);
	int (*fsync)(struct file *file, int datasync);
	int (*release)(struct inode *inode, struct file *file);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd,
			       unsigned long arg);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
};

struct super_block {
	unsigned long s_magic;
	const char *s_type;		/* Linux: a struct file_system_type */
	struct dentry *s_root;
	unsigned long s_next_ino;	/* the number of the next inode */
	struct list_head s_inodes;
	unsigned int s_dev;		/* its disk's, or an anonymous 0:N */
	u32 s_time_gran;		/* its times' step, in nanoseconds */
	struct backing_dev_info *s_bdi;	/* NULL: noop_backing_dev_info */
	const struct super_operations *s_op;
	void *s_fs_info;		/* the file system's (ext2_sb_info) */
	struct block_device *s_bdev;	/* the disk it is on */
	char s_id[32];			/* the disk's name, for messages */
	unsigned long s_blocksize;
	unsigned char s_blocksize_bits;
	long long s_time_max;		/* the last second its inodes can hold */
};

struct inode {
	umode_t i_mode;
	unsigned int i_nlink;
	unsigned long i_ino;
	loff_t i_size;
	unsigned int i_rdev;		/* a device's major and minor */
	struct timespec64 i_atime;	/* last read */
	struct timespec64 i_mtime;	/* last written */
	struct timespec64 i_ctime;	/* last changed, data or inode */
	u64 i_blocks;			/* 512-byte units on the disk */
	int i_count;
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct super_block *i_sb;
	struct address_space *i_mapping;
	struct address_space i_data;
	struct list_head i_sb_list;
	struct pipe_inode_info *i_pipe;
	void *i_private;		/* the file system's: /proc's entry */
	int i_pid;			/* /proc: whose; Linux: PROC_I()->pid */
	unsigned long i_state;		/* I_DIRTY_PAGES, I_SYNC, ... */
	unsigned long dirtied_when;	/* jiffies when it was first dirtied */
	struct list_head i_io_list;	/* on its bdi_writeback's lists */
};

#define FMODE_READ	0x1
#define FMODE_WRITE	0x2

struct file {
	char f_path[64];		/* Linux: a struct path; see below */
	struct dentry *f_dentry;	/* Linux: f_path.dentry */
	struct inode *f_inode;
	const struct file_operations *f_op;
	int f_count;
	unsigned int f_flags;		/* open's O_ flags */
	unsigned int f_mode;		/* FMODE_READ, FMODE_WRITE */
	loff_t f_pos;
	struct address_space *f_mapping;	/* the inode's pages */
	struct file_ra_state f_ra;
	void *private_data;		/* the file system's (seq_file) */
	errseq_t f_wb_err;		/* wb_err as this opener last saw it */
};

struct dir_context {
	bool (*actor)(struct dir_context *ctx, const char *name, int len,
		      loff_t pos, unsigned long ino, unsigned int type);
	loff_t pos;
};

#define DT_DIR		4
#define DT_CHR		2
#define DT_REG		8
#define DT_LNK		10

struct file *file_alloc(const char *path);

static inline const char *kbasename(const char *path)
{
	const char *base = path;

	for (; *path; path++)
		if (*path == '/')
			base = path + 1;
	return base;
}

/* fs/inode.c */
extern struct kmem_cache *inode_cachep;
struct inode *new_inode(struct super_block *sb);
void iput(struct inode *inode);
void inode_init_mode(struct inode *inode, umode_t mode, unsigned int rdev);
struct timespec64 current_time(struct inode *inode);
int file_update_time(struct file *file);
void file_accessed(struct file *file);
int get_anon_bdev(unsigned int *p);
void free_anon_bdev(unsigned int dev);

/* fs/stat.c */
void generic_fillattr(struct inode *inode, struct kstat *stat);
int simple_getattr(struct inode *inode, struct kstat *stat);
int vfs_getattr(struct inode *inode, struct kstat *stat);

static inline struct backing_dev_info *inode_to_bdi(struct inode *inode)
{
	if (sb_is_blkdev_sb(inode->i_sb))
		return bdev_inode_to_bdi(inode);
	return inode->i_sb->s_bdi ? inode->i_sb->s_bdi :
				    &noop_backing_dev_info;
}

/* reading and writing through the page cache (mm/filemap.c) */
ssize_t generic_file_read_iter(struct file *file, struct iov_iter *to,
			       loff_t *pos);
ssize_t generic_file_write_iter(struct file *file, struct iov_iter *from,
				loff_t *pos);
int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
char *file_path(struct file *file, char *buf, int buflen);

/* fs/file_table.c */
extern struct kmem_cache *filp_cachep;
struct file *alloc_file(struct dentry *dentry, unsigned int flags);
void get_file(struct file *file);
void fput(struct file *file);

/* path names in the kernel: PATH_MAX bytes from their own cache */
#define PATH_MAX	4096	/* Linux's include/uapi/linux/limits.h */
extern struct kmem_cache *names_cachep;
#define __getname()	kmem_cache_alloc(names_cachep, GFP_KERNEL)
#define __putname(name)	kmem_cache_free(names_cachep, (void *)(name))

/* fs/namei.c */
#define LOOKUP_FOLLOW		0x0001	/* follow a link at the end */
#define LOOKUP_DIRECTORY	0x0002	/* the last component: a directory */
struct dentry *kern_path(int dfd, const char *name, unsigned int flags);
struct file *do_filp_open(int dfd, const char *name, unsigned int flags,
			  umode_t mode);
int vfs_mknod_path(int dfd, const char *name, umode_t mode,
		   unsigned int dev);
int do_unlinkat(int dfd, const char *name, bool dir);
ssize_t kernel_read(struct file *file, void *buf, size_t count,
		    loff_t *pos);
ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos);
int vfs_truncate(struct inode *inode, loff_t length);

/* ramfs and the character devices */
struct super_block *ramfs_get_super(void);
extern const struct file_operations ramfs_file_operations;
extern const struct file_operations dcache_dir_ops;
void init_special_inode(struct inode *inode, umode_t mode,
			unsigned int rdev);
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence);

/* fs/filesystems.c and fs/namespace.c: the types that mount, the mounts */
#define FS_REQUIRES_DEV		1	/* a block device's (ext2) */

struct file_system_type {
	const char *name;
	int fs_flags;
	/* a new tree's root dentry, held for the mount; or an error */
	struct dentry *(*mount)(struct file_system_type *type, int flags,
				const char *dev_name, void *data);
	void (*kill_sb)(struct super_block *sb);	/* NULL: keep it */
	struct file_system_type *next;
};

int register_filesystem(struct file_system_type *fs);
struct file_system_type *get_fs_type(const char *name);
void mnt_init(struct super_block *rootfs);
long do_mount(const char *dev_name, const char *dir_name,
	      const char *type_page, unsigned long flags, void *data_page);
int path_umount(struct dentry *root, int flags);
int ramfs_fill_super(struct super_block *sb, umode_t mode);

/* What the VFS asks of a file system about its inodes and itself. */
struct super_operations {
	void (*dirty_inode)(struct inode *inode);	/* it changed */
	void (*evict_inode)(struct inode *inode);	/* last iput */
	int (*sync_fs)(struct super_block *sb, int wait);
};

void mark_inode_dirty(struct inode *inode);
void iterate_supers(void (*f)(struct super_block *sb, void *arg),
		    void *arg);
void ksys_sync(void);
void mnt_warn_timestamp_expiry(struct dentry *mp, struct super_block *sb);
void init_ext2_fs(void);

/* fs/namespace.c: the root, and the start of the VFS */
void files_caches_init(void);
void vfs_caches_init(void);
void vfs_caches_mark(void);
void vfs_caches_report(const char *name);
int init_mknod(const char *name, umode_t mode, unsigned int rdev);
void console_on_rootfs(void);
#endif

