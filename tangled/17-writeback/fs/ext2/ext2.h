#ifndef _FS_EXT2_EXT2_H
#define _FS_EXT2_EXT2_H
/* fs/ext2/ext2.h: ext2's structures on the disk and in memory. */
#include <linux/buffer_head.h>
#include <linux/errno.h>
#include <linux/ext2_fs.h>
#include <linux/fs.h>
#include <linux/types.h>

/* Block 0 of a 4 KiB-block disk: 1024 bytes of boot, then this. */
struct ext2_super_block {
	u32 s_inodes_count;
	u32 s_blocks_count;
	u32 s_r_blocks_count;		/* kept for root */
	u32 s_free_blocks_count;
	u32 s_free_inodes_count;
	u32 s_first_data_block;		/* 0 with 4 KiB blocks */
	u32 s_log_block_size;		/* block size = 1024 << this */
	u32 s_log_frag_size;
	u32 s_blocks_per_group;
	u32 s_frags_per_group;
	u32 s_inodes_per_group;
	u32 s_mtime;			/* mount time */
	u32 s_wtime;			/* write time */
	u16 s_mnt_count;
	u16 s_max_mnt_count;
	u16 s_magic;			/* EXT2_SUPER_MAGIC */
	u16 s_state;			/* EXT2_VALID_FS: cleanly unmounted */
	u16 s_errors;
	u16 s_minor_rev_level;
	u32 s_lastcheck;
	u32 s_checkinterval;
	u32 s_creator_os;
	u32 s_rev_level;		/* 1: EXT2_DYNAMIC_REV */
	u16 s_def_resuid;
	u16 s_def_resgid;
	u32 s_first_ino;		/* first non-reserved inode: 11 */
	u16 s_inode_size;		/* 256 as mke2fs makes them */
	u16 s_block_group_nr;
	u32 s_feature_compat;
	u32 s_feature_incompat;
	u32 s_feature_ro_compat;
	u8 s_uuid[16];
	char s_volume_name[16];
	char s_last_mounted[64];
	u32 s_algorithm_usage_bitmap;
	u8 s_prealloc_blocks;
	u8 s_prealloc_dir_blocks;
	u16 s_padding1;
	u8 s_journal_uuid[16];
	u32 s_journal_inum;
	u32 s_journal_dev;
	u32 s_last_orphan;
	u32 s_hash_seed[4];
	u8 s_def_hash_version;
	u8 s_reserved_char_pad;
	u16 s_reserved_word_pad;
	u32 s_default_mount_opts;
	u32 s_first_meta_bg;
	u32 s_reserved[190];
};

_Static_assert(sizeof(struct ext2_super_block) == 1024,
	       "ext2's super block is 1024 bytes");

#define EXT2_VALID_FS			0x0001
#define EXT2_ERROR_FS			0x0002
#define EXT2_DYNAMIC_REV		1

#define EXT2_FEATURE_COMPAT_EXT_ATTR		0x0008
#define EXT2_FEATURE_INCOMPAT_FILETYPE		0x0002
#define EXT2_FEATURE_INCOMPAT_META_BG		0x0010
#define EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER	0x0001
#define EXT2_FEATURE_RO_COMPAT_LARGE_FILE	0x0002
#define EXT2_FEATURE_RO_COMPAT_BTREE_DIR	0x0004
#define EXT2_FEATURE_INCOMPAT_SUPP	(EXT2_FEATURE_INCOMPAT_FILETYPE | \
					 EXT2_FEATURE_INCOMPAT_META_BG)
#define EXT2_FEATURE_RO_COMPAT_SUPP	(EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER | \
					 EXT2_FEATURE_RO_COMPAT_LARGE_FILE | \
					 EXT2_FEATURE_RO_COMPAT_BTREE_DIR)

/* One group's descriptor: where its bitmaps and inodes are. */
struct ext2_group_desc {
	u32 bg_block_bitmap;
	u32 bg_inode_bitmap;
	u32 bg_inode_table;
	u16 bg_free_blocks_count;
	u16 bg_free_inodes_count;
	u16 bg_used_dirs_count;
	u16 bg_pad;
	u32 bg_reserved[3];
};

/* Pointers in i_block: 12 direct, then single, double, triple. */
#define EXT2_NDIR_BLOCKS	12
#define EXT2_IND_BLOCK		EXT2_NDIR_BLOCKS
#define EXT2_DIND_BLOCK		(EXT2_IND_BLOCK + 1)
#define EXT2_TIND_BLOCK		(EXT2_DIND_BLOCK + 1)
#define EXT2_N_BLOCKS		(EXT2_TIND_BLOCK + 1)

/* An inode on the disk: the first 128 bytes of each 256. */
struct ext2_inode {
	u16 i_mode;
	u16 i_uid;
	u32 i_size;
	u32 i_atime;
	u32 i_ctime;
	u32 i_mtime;
	u32 i_dtime;			/* deletion time */
	u16 i_gid;
	u16 i_links_count;
	u32 i_blocks;			/* 512-byte units, indirect ones too */
	u32 i_flags;
	u32 osd1;
	u32 i_block[EXT2_N_BLOCKS];
	u32 i_generation;
	u32 i_file_acl;
	u32 i_size_high;		/* Linux: i_dir_acl, then this */
	u32 i_faddr;
	u8 l_i_frag;
	u8 l_i_fsize;
	u16 i_pad1;
	u16 l_i_uid_high;
	u16 l_i_gid_high;
	u32 l_i_reserved2;
};

_Static_assert(sizeof(struct ext2_inode) == 128,
	       "ext2's inode is 128 bytes, before the extra ones");

#define EXT2_ROOT_INO		2
#define EXT2_GOOD_OLD_FIRST_INO	11
#define EXT2_LINK_MAX		32000

/* A name in a directory block; rec_len reaches the next one. */
struct ext2_dir_entry_2 {
	u32 inode;			/* 0: an unused entry */
	u16 rec_len;
	u8 name_len;
	u8 file_type;			/* EXT2_FT_* */
	char name[];
};

enum {
	EXT2_FT_UNKNOWN, EXT2_FT_REG_FILE, EXT2_FT_DIR, EXT2_FT_CHRDEV,
	EXT2_FT_BLKDEV, EXT2_FT_FIFO, EXT2_FT_SOCK, EXT2_FT_SYMLINK,
	EXT2_FT_MAX
};

#define EXT2_DIR_PAD		4
#define EXT2_DIR_REC_LEN(name_len)	(((name_len) + 8 + 3) & ~3)

/* The super block in memory (Linux: struct ext2_sb_info, EXT2_SB). */
struct ext2_sb_info {
	unsigned long s_inodes_per_block;
	unsigned long s_blocks_per_group;
	unsigned long s_inodes_per_group;
	unsigned long s_itb_per_group;	/* inode table blocks a group */
	unsigned long s_gdb_count;	/* group descriptor blocks */
	unsigned long s_desc_per_block;
	unsigned long s_groups_count;
	unsigned int s_inode_size;
	unsigned int s_first_ino;
	struct buffer_head *s_sbh;	/* the super block's */
	struct ext2_super_block *s_es;	/* in s_sbh */
	struct buffer_head **s_group_desc;
};

static inline struct ext2_sb_info *EXT2_SB(struct super_block *sb)
{
	return sb->s_fs_info;
}

/* An inode in memory, ext2's part (Linux embeds the VFS inode in it). */
struct ext2_inode_info {
	u32 i_data[EXT2_N_BLOCKS];
	u32 i_flags;
	u32 i_dtime;
	unsigned int i_block_group;	/* its group: where its blocks go */
	u32 i_state;			/* EXT2_STATE_NEW */
};

#define EXT2_STATE_NEW		0x00000001	/* not on the disk yet */

static inline struct ext2_inode_info *EXT2_I(struct inode *inode)
{
	return inode->i_private;
}

/* balloc.c */
unsigned long ext2_find_next_zero_bit(const void *addr, unsigned long size,
				      unsigned long start);
struct ext2_group_desc *ext2_get_group_desc(struct super_block *sb,
					    unsigned int group,
					    struct buffer_head **bh);
unsigned long ext2_new_block(struct inode *inode, unsigned long goal,
			     int *err);
void ext2_free_blocks(struct inode *inode, unsigned long block,
		      unsigned long count);
/* ialloc.c */
struct inode *ext2_new_inode(struct inode *dir, umode_t mode);
void ext2_free_inode(struct inode *inode);
/* inode.c */
struct inode *ext2_iget(struct super_block *sb, unsigned long ino);
int ext2_get_block(struct inode *inode, sector_t iblock,
		   struct buffer_head *bh_result, int create);
int ext2_block_to_path(struct inode *inode, long i_block, int offsets[4],
		       int *boundary);
int ext2_write_inode(struct inode *inode, bool wait);
void ext2_evict_inode(struct inode *inode);
int ext2_setsize(struct inode *inode, loff_t newsize);
void ext2_set_inode_ops(struct inode *inode);
u32 ext2_now(void);
/* dir.c */
unsigned long ext2_inode_by_name(struct inode *dir, const char *name,
				 int len);
int ext2_add_link(struct dentry *dentry, struct inode *inode);
int ext2_delete_entry(struct inode *dir, const char *name, int len);
int ext2_make_empty(struct inode *inode, struct inode *parent);
int ext2_empty_dir(struct inode *inode);
int ext2_set_dotdot(struct inode *dir, unsigned long ino);
extern const struct file_operations ext2_dir_operations;
/* file.c and namei.c */
int ext2_fsync(struct file *file, int datasync);
int ext2_sync_fs(struct super_block *sb, int wait);
extern const struct file_operations ext2_file_operations;
extern const struct inode_operations ext2_file_inode_operations;
extern const struct inode_operations ext2_dir_inode_operations;
extern const struct address_space_operations ext2_aops;
/* super.c */
void ext2_sync_super(struct super_block *sb, bool wait);
void ext2_msg(struct super_block *sb, const char *prefix,
	      const char *fmt, ...);
#endif
