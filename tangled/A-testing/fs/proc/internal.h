#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H
/* /proc's own: the entries of its tree, and the inodes made from them. */
#include <linux/fs.h>
#include <linux/seq_file.h>

struct ctl_table;

struct proc_dir_entry {
	unsigned int low_ino;		/* the inode number */
	umode_t mode;
	unsigned int nlink;
	const struct inode_operations *proc_iops;
	const struct file_operations *proc_fops; /* Linux: proc_ops too */
	int (*single_show)(struct seq_file *m, void *v);
	void *data;			/* single_show's v */
	struct proc_dir_entry *parent;
	struct list_head subdir;	/* the children; Linux: an rbtree */
	struct list_head subdir_node;	/* in the parent's subdir */
	unsigned int namelen;
	char name[24];
};

#define PROC_ROOT_INO		1
#define FIRST_PROCESS_ENTRY	256	/* readdir's position of pid 0 */

static inline struct proc_dir_entry *PDE(const struct inode *inode)
{
	return inode->i_private;
}

extern struct proc_dir_entry proc_root;
extern const struct inode_operations proc_file_inode_operations;
extern const struct file_operations proc_single_file_operations;

/* generic.c */
struct inode *proc_get_inode(struct super_block *sb,
			     struct proc_dir_entry *de);
struct dentry *proc_lookup_de(struct inode *dir, struct dentry *dentry,
			      struct proc_dir_entry *de);
int proc_readdir_de(struct file *file, struct dir_context *ctx,
		    struct proc_dir_entry *de);
bool dir_emit_dots(struct file *file, struct dir_context *ctx);
unsigned int proc_dt_type(umode_t mode);

struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent);
struct proc_dir_entry *proc_create_single_data(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data);
#define proc_create_single(name, mode, parent, show) \
	proc_create_single_data(name, mode, parent, show, NULL)
struct proc_dir_entry *proc_create_link(const char *name,
		struct proc_dir_entry *parent,
		const struct inode_operations *iops);
int single_open(struct file *file, int (*show)(struct seq_file *, void *),
		void *data);
ssize_t seq_read_iter(struct file *file, struct iov_iter *to, loff_t *pos);
int single_release(struct inode *inode, struct file *file);

/* root.c, and the reports it enters from elsewhere */
void proc_root_init(void);
int meminfo_proc_show(struct seq_file *m, void *v);
int mounts_show(struct seq_file *m, void *v);
int filesystems_proc_show(struct seq_file *m, void *v);

/* base.c */
struct dentry *proc_pid_lookup(struct dentry *dentry);
int proc_pid_readdir(struct file *file, struct dir_context *ctx);

/* proc_sysctl.c, and kernel/sysctl.c's tables */
void proc_sys_init(void);
struct ctl_table *sysctl_table_entry(const char *path, unsigned int i);
#endif
