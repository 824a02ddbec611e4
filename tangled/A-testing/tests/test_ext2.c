/* tests/test_ext2.c: ext2 on a disk in memory, made here. */
#include "tests.h"
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sprintf.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/jiffies.h>
#include <linux/timekeeping.h>
#include "../fs/ext2/ext2.h"

#define DISK_BLOCKS	64		/* a 256 KiB disk, one group */
#define DISK_INODES	32		/* two blocks of 256-byte inodes */
#define FIRST_FREE	7		/* blocks 0-6 are the file system's */

static unsigned char disk[DISK_BLOCKS * 4096];	/* the disk's bytes */

/* The device: every request copied at once, as a RAM disk would. */
static blk_status_t ram_queue_rq(struct request *rq)
{
	struct bio *bio = rq->bio;
	size_t pos = bio->bi_iter.bi_sector << SECTOR_SHIFT;
	unsigned int i;

	for (i = 0; i < bio->bi_vcnt; i++) {
		struct bio_vec *bv = &bio->bi_io_vec[i];
		char *p = (char *)page_address(bv->bv_page) + bv->bv_offset;

		if (bio_op(bio) == REQ_OP_WRITE)
			memcpy(disk + pos, p, bv->bv_len);
		else
			memcpy(p, disk + pos, bv->bv_len);
		pos += bv->bv_len;
	}
	blk_mq_end_request(rq, BLK_STS_OK);
	return BLK_STS_OK;
}

static const struct blk_mq_ops ram_mq_ops = { .queue_rq = ram_queue_rq };

static void *blk(unsigned int n)
{
	return disk + (size_t)n * 4096;
}

static struct ext2_inode *raw_inode(unsigned int ino)
{
	return (struct ext2_inode *)((char *)blk(4) + (ino - 1) * 256);
}

/*
 * What mke2fs -t ext2 -b 4096 makes, in small: super block, one
 * descriptor, the bitmaps (bits past the end set), two blocks of
 * inodes, the root directory's block with "." and "..".
 */
static void mkfs(void)
{
	struct ext2_super_block *es = (void *)((char *)blk(0) + 1024);
	struct ext2_group_desc *gd = blk(1);
	struct ext2_dir_entry_2 *de = blk(6);
	struct ext2_inode *root = raw_inode(EXT2_ROOT_INO);
	unsigned int i;

	memset(disk, 0, sizeof(disk));
	es->s_inodes_count = DISK_INODES;
	es->s_blocks_count = DISK_BLOCKS;
	es->s_free_blocks_count = DISK_BLOCKS - FIRST_FREE;
	es->s_free_inodes_count = DISK_INODES - 10;
	es->s_log_block_size = 2;
	es->s_log_frag_size = 2;
	es->s_blocks_per_group = 32768;
	es->s_frags_per_group = 32768;
	es->s_inodes_per_group = DISK_INODES;
	es->s_magic = EXT2_SUPER_MAGIC;
	es->s_state = EXT2_VALID_FS;
	es->s_rev_level = EXT2_DYNAMIC_REV;
	es->s_first_ino = 11;
	es->s_inode_size = 256;
	es->s_feature_incompat = EXT2_FEATURE_INCOMPAT_FILETYPE;
	es->s_feature_ro_compat = EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER |
				  EXT2_FEATURE_RO_COMPAT_LARGE_FILE;
	gd->bg_block_bitmap = 2;
	gd->bg_inode_bitmap = 3;
	gd->bg_inode_table = 4;
	gd->bg_free_blocks_count = DISK_BLOCKS - FIRST_FREE;
	gd->bg_free_inodes_count = DISK_INODES - 10;
	gd->bg_used_dirs_count = 1;
	for (i = 0; i < 32768; i++)
		if (i < FIRST_FREE || i >= DISK_BLOCKS)
			((u8 *)blk(2))[i / 8] |= 1 << (i % 8);
	for (i = 0; i < 32768; i++)
		if (i < 10 || i >= DISK_INODES)
			((u8 *)blk(3))[i / 8] |= 1 << (i % 8);
	root->i_mode = S_IFDIR | 0755;
	root->i_links_count = 2;
	root->i_size = 4096;
	root->i_blocks = 8;
	root->i_mtime = root->i_ctime = root->i_atime = 1600000000;
	root->i_block[0] = 6;
	de->inode = EXT2_ROOT_INO;
	de->rec_len = 12;
	de->name_len = 1;
	de->file_type = EXT2_FT_DIR;
	memcpy(de->name, ".", 1);
	de = (void *)((char *)de + 12);
	de->inode = EXT2_ROOT_INO;
	de->rec_len = 4096 - 12;
	de->name_len = 2;
	de->file_type = EXT2_FT_DIR;
	memcpy(de->name, "..", 2);
}

/* The disk as "hd", its node /dev/hd, ext2 on it mounted at /mnt. */
static void ext2_setup(void)
{
	struct gendisk *d;

	host_test_setup();
	current->files = dup_fd(NULL);
	ck_assert_ptr_nonnull(current->files);
	mkfs();
	d = blk_mq_alloc_disk(&ram_mq_ops, 0, NULL);
	ck_assert_ptr_nonnull(d);
	strscpy(d->disk_name, "hd", sizeof(d->disk_name));
	d->major = 254;
	d->first_minor = 16;
	set_capacity(d, DISK_BLOCKS * 8);
	ck_assert_int_eq(device_add_disk(d), 0);
	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/mnt", S_IFDIR | 0755, 0),
			 0);
	ck_assert_int_eq(do_mount("/dev/hd", "/mnt", "ext2", 0, NULL), 0);
}

static void ext2_teardown(void)
{
	exit_files(current);
}

static struct ext2_super_block *sb_on_disk(void)
{
	return (void *)((char *)blk(0) + 1024);
}

static u16 free_blocks_in_group(void)
{
	return ((struct ext2_group_desc *)blk(1))->bg_free_blocks_count;
}

/* Unmount: whatever is cached reaches the disk image. */
static void umount_mnt(void)
{
	struct dentry *d = kern_path(AT_FDCWD, "/mnt", LOOKUP_FOLLOW);

	ck_assert(!IS_ERR(d));
	ck_assert_int_eq(path_umount(d, 0), 0);
}

static long write_at(const char *name, loff_t pos, const void *buf,
		     size_t n)
{
	struct file *f = do_filp_open(AT_FDCWD, name, O_WRONLY | O_CREAT,
				      0644);
	long ret;

	if (IS_ERR(f))
		return PTR_ERR(f);
	ret = kernel_write(f, buf, n, &pos);
	fput(f);
	return ret;
}

static long read_at(const char *name, loff_t pos, void *buf, size_t n)
{
	struct file *f = do_filp_open(AT_FDCWD, name, O_RDONLY, 0);
	long ret;

	if (IS_ERR(f))
		return PTR_ERR(f);
	ret = kernel_read(f, buf, n, &pos);
	fput(f);
	return ret;
}

/* Set bits of the block bitmap: the blocks in use. */
static unsigned int used_blocks(void)
{
	unsigned int i, n = 0;

	for (i = 0; i < DISK_BLOCKS; i++)
		n += (((u8 *)blk(2))[i / 8] >> (i % 8)) & 1;
	return n;
}

START_TEST(test_block_to_path_direct_indirect_double_triple)
{
	struct super_block sb = { .s_blocksize = 4096,
				  .s_blocksize_bits = 12 };
	struct inode inode = { .i_sb = &sb };
	static const struct {
		long block;
		int depth, off[4], boundary;
	} cases[] = {
		{ 0, 1, { 0 }, 11 },
		{ 11, 1, { 11 }, 0 },
		{ 12, 2, { 12, 0 }, 1023 },
		{ 12 + 1023, 2, { 12, 1023 }, 0 },
		{ 12 + 1024, 3, { 13, 0, 0 }, 1023 },
		{ 12 + 1024 + 1024 * 5 + 7, 3, { 13, 5, 7 }, 1016 },
		{ 12 + 1024 + 1024 * 1024 - 1, 3, { 13, 1023, 1023 }, 0 },
		{ 12 + 1024 + 1024 * 1024, 4, { 14, 0, 0, 0 }, 1023 },
		{ 12 + 1024 + 1024 * 1024 + 1024 * 1024 * 3 + 1024 * 2 + 1, 4,
		  { 14, 3, 2, 1 }, 1022 },
	};
	unsigned int i;
	int off[4];

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		int boundary, d, k;

		d = ext2_block_to_path(&inode, cases[i].block, off,
				       &boundary);
		ck_assert_int_eq(d, cases[i].depth);
		for (k = 0; k < d; k++)
			ck_assert_int_eq(off[k], cases[i].off[k]);
		ck_assert_int_eq(boundary, cases[i].boundary);
	}
	/* past the triple indirect block's reach: no path */
	ck_assert_int_eq(ext2_block_to_path(&inode, 12 + 1024 +
					    1024L * 1024 + 1024L * 1024 * 1024,
					    off, NULL), 0);
}
END_TEST

START_TEST(test_mount_reads_the_root_and_marks_the_disk_in_use)
{
	struct dentry *d = kern_path(AT_FDCWD, "/mnt", LOOKUP_FOLLOW);

	ck_assert(!IS_ERR(d));
	ck_assert_int_eq(d->d_inode->i_ino, EXT2_ROOT_INO);
	ck_assert(S_ISDIR(d->d_inode->i_mode));
	dput(d);
	ck_assert_int_eq(sb_on_disk()->s_state & EXT2_VALID_FS, 0);
	ck_assert_int_eq(sb_on_disk()->s_mnt_count, 1);
	umount_mnt();
	ck_assert_int_eq(sb_on_disk()->s_state & EXT2_VALID_FS,
			 EXT2_VALID_FS);
}
END_TEST

/*
 * Writes at block 0, 12 (the indirect block's first) and 1036 (the
 * double indirect's first) take 3 data blocks, one indirect block,
 * one double and the indirect under it: 6 bits, 48 sectors. Truncating
 * to 12 blocks, the indirect block's first, gives back all but the
 * first; to 1 byte, the rest of the first is zeros.
 */
START_TEST(test_write_allocates_the_map_and_truncate_frees_it)
{
	static char a[4096], b[4096];
	long blocks[] = { 0, 12, 1036 };
	unsigned int used = used_blocks(), i;
	struct ext2_inode *raw;
	struct dentry *d;

	for (i = 0; i < 3; i++) {
		memset(a, 'a' + i, sizeof(a));
		ck_assert_int_eq(write_at("/mnt/f", blocks[i] * 4096, a,
					  sizeof(a)), 4096);
	}
	d = kern_path(AT_FDCWD, "/mnt/f", 0);
	ck_assert(!IS_ERR(d));
	ck_assert_int_eq(d->d_inode->i_size, 1037 * 4096L);
	ck_assert_uint_eq(d->d_inode->i_blocks, 6 * 8);
	ck_assert_int_eq(vfs_truncate(d->d_inode, 12 * 4096), 0);
	ck_assert_uint_eq(d->d_inode->i_blocks, 8);
	ck_assert_int_eq(vfs_truncate(d->d_inode, 1), 0);
	ck_assert_uint_eq(d->d_inode->i_blocks, 8);
	ck_assert_int_eq(vfs_truncate(d->d_inode, 13 * 4096), 0);
	dput(d);
	for (i = 0; i < 3; i++) {		/* sparse now, but for 'a' */
		ck_assert_int_eq(read_at("/mnt/f", blocks[i] * 4096, b,
					 sizeof(b)), i == 2 ? 0 : 4096);
		memset(a, i ? 0 : 'a', sizeof(a));
		if (!i)
			memset(a + 1, 0, sizeof(a) - 1);
		if (i < 2)
			ck_assert_mem_eq(a, b, sizeof(b));
	}
	umount_mnt();
	ck_assert_uint_eq(used_blocks(), used + 1);
	ck_assert_uint_eq(free_blocks_in_group(), DISK_BLOCKS - used - 1);
	ck_assert_uint_eq(sb_on_disk()->s_free_blocks_count,
			  DISK_BLOCKS - used - 1);
	raw = raw_inode(11);			/* the first free inode's */
	ck_assert_uint_eq(raw->i_size, 13 * 4096);
	ck_assert_uint_eq(raw->i_blocks, 8);
	ck_assert_uint_eq(raw->i_block[0], FIRST_FREE + 0);
	ck_assert_uint_eq(raw->i_block[EXT2_IND_BLOCK], 0);
	ck_assert_uint_eq(raw->i_block[EXT2_DIND_BLOCK], 0);
	ck_assert_uint_eq(((u8 *)blk(FIRST_FREE))[0], 'a');
}
END_TEST

/* The live names in directory block n of the image, in order. */
static void names_in_block(unsigned int n, char *out, size_t size)
{
	unsigned int offs = 0;

	out[0] = '\0';
	while (offs < 4096) {
		struct ext2_dir_entry_2 *de = (void *)((char *)blk(n) + offs);

		ck_assert_uint_ge(de->rec_len, EXT2_DIR_REC_LEN(de->name_len));
		if (de->inode)
			snprintf(out + strlen(out), size - strlen(out),
				 "%.*s ", de->name_len > 3 ? 3 : de->name_len,
				 de->name);
		offs += de->rec_len;
	}
	ck_assert_uint_eq(offs, 4096);		/* rec_lens fill the block */
}

/*
 * Names of 200 characters take 208 bytes each: 19 fit in the root's
 * block after "." and "..", the 20th takes a new block. Removing all
 * but one gives their inodes back; a new name reuses the first block.
 */
START_TEST(test_directory_entries_added_and_removed)
{
	unsigned int free_inodes = sb_on_disk()->s_free_inodes_count;
	char name[256], names[256];
	struct ext2_inode *root = raw_inode(EXT2_ROOT_INO);
	struct dentry *d;
	int i;

	for (i = 0; i < 20; i++) {
		snprintf(name, sizeof(name), "/mnt/%03d%0197d", i, 0);
		ck_assert_int_eq(write_at(name, 0, "x", 1), 1);
	}
	d = kern_path(AT_FDCWD, "/mnt", LOOKUP_FOLLOW);
	ck_assert_int_eq(d->d_inode->i_size, 8192);
	dput(d);
	for (i = 0; i < 20; i++) {
		if (i == 5)
			continue;
		snprintf(name, sizeof(name), "/mnt/%03d%0197d", i, 0);
		ck_assert_int_eq(do_unlinkat(AT_FDCWD, name, false), 0);
		ck_assert_int_eq(PTR_ERR(kern_path(AT_FDCWD, name, 0)),
				 -ENOENT);
	}
	ck_assert_int_eq(write_at("/mnt/new", 0, "y", 1), 1);
	ck_assert_int_eq(vfs_mknod_path(AT_FDCWD, "/mnt/dir",
					S_IFDIR | 0755, 0), 0);
	ck_assert_int_eq(write_at("/mnt/dir/in", 0, "z", 1), 1);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/mnt/dir", true),
			 -ENOTEMPTY);
	umount_mnt();
	names_in_block(6, names, sizeof(names));
	ck_assert_str_eq(names, ". .. new dir 005 ");	/* in the slack */
	ck_assert_uint_eq(root->i_size, 8192);
	ck_assert_uint_eq(root->i_blocks, 16);
	ck_assert_uint_eq(root->i_links_count, 3);	/* dir's ".." */
	ck_assert_uint_eq(sb_on_disk()->s_free_inodes_count,
			  free_inodes - 4);	/* 005, new, dir, in */
	ck_assert_uint_eq(((struct ext2_group_desc *)blk(1))->
			  bg_used_dirs_count, 2);
}
END_TEST

/*
 * A full disk: 57 free blocks hold 12 direct blocks, the indirect
 * block and 44 more; the next write fails with ENOSPC, and unlinking
 * the file gives every block back. Likewise the 22 free inodes.
 */
START_TEST(test_a_full_disk_says_enospc_and_unlink_gives_back)
{
	static char a[4096];
	unsigned int free_inodes = sb_on_disk()->s_free_inodes_count;
	char name[32];
	loff_t pos = 0;
	long n;
	int i;

	memset(a, 'f', sizeof(a));
	while ((n = write_at("/mnt/f", pos, a, sizeof(a))) == 4096)
		pos += n;
	ck_assert_int_eq(n, -ENOSPC);
	ck_assert_int_eq(pos, (DISK_BLOCKS - FIRST_FREE - 1) * 4096L);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/mnt/f", false), 0);
	for (i = 0; i < 23; i++) {
		snprintf(name, sizeof(name), "/mnt/%d", i);
		n = write_at(name, 0, "", 0);
		ck_assert_int_eq(n, i < 22 ? 0 : -ENOSPC);
	}
	umount_mnt();
	ck_assert_uint_eq(used_blocks(), FIRST_FREE);
	ck_assert_uint_eq(sb_on_disk()->s_free_blocks_count,
			  DISK_BLOCKS - FIRST_FREE);
	ck_assert_uint_eq(sb_on_disk()->s_free_inodes_count, 0);
	ck_assert_uint_eq(free_inodes, 22);
}
END_TEST

/* Not ext2, or not 4 KiB blocks: refused with Linux's messages. */
/* The inode's attributes by name, as stat reports them. */
static void stat_of(const char *name, struct kstat *st)
{
	struct dentry *d = kern_path(AT_FDCWD, name, LOOKUP_FOLLOW);

	ck_assert(!IS_ERR(d));
	ck_assert_int_eq(vfs_getattr(d->d_inode, st), 0);
	dput(d);
}

/*
 * stat of ext2's files: the disk's device, the blocks the inode
 * counts, and whole seconds, read from the inode and written back.
 */
START_TEST(test_stat_shows_the_disk_the_blocks_and_the_seconds)
{
	static char a[4096];
	struct kstat st;
	long long now;
	int i;

	stat_of("/mnt", &st);
	ck_assert_uint_eq(st.dev, MKDEV(254, 16));
	ck_assert_int_eq(st.mtime.tv_sec, 1600000000);
	ck_assert_int_eq(st.ctime.tv_sec, 1600000000);
	ck_assert_uint_eq(st.blocks, 8);
	timekeeping_init();		/* the RTC's date, 1700000000 */
	for (i = 0; i < HZ / 4; i++)	/* the clock is past a second */
		tick_handle_periodic();
	now = ktime_get_real_ns() / NSEC_PER_SEC;
	ck_assert_int_eq(now, 1700000000);
	ck_assert_uint_ne(ktime_get_real_ns() % NSEC_PER_SEC, 0);
	ck_assert_int_eq(write_at("/mnt/f", 0, a, sizeof(a)), sizeof(a));
	ck_assert_int_eq(write_at("/mnt/f", 5 * 4096, a, sizeof(a)),
			 sizeof(a));
	stat_of("/mnt/f", &st);
	ck_assert_uint_eq(st.dev, MKDEV(254, 16));
	ck_assert_uint_eq(st.blocks, 2 * 8);	/* a hole between */
	ck_assert_int_eq(st.size, 6 * 4096);
	ck_assert_int_eq(st.mtime.tv_sec, now);
	ck_assert_int_eq(st.mtime.tv_nsec, 0);	/* whole seconds */
	ck_assert_int_eq(st.ctime.tv_sec, now);
	ck_assert_int_eq(st.atime.tv_sec, now);
	stat_of("/mnt", &st);			/* a name was added */
	ck_assert_int_eq(st.mtime.tv_sec, now);
	umount_mnt();
	ck_assert_uint_eq(raw_inode(11)->i_mtime, now);
	ck_assert_uint_eq(raw_inode(11)->i_ctime, now);
	ck_assert_uint_eq(raw_inode(11)->i_blocks, 2 * 8);
	ck_assert_uint_eq(raw_inode(EXT2_ROOT_INO)->i_mtime, now);
	ck_assert_uint_eq(raw_inode(EXT2_ROOT_INO)->i_atime, 1600000000);
}
END_TEST

START_TEST(test_mount_refuses_bad_magic_and_other_block_sizes)
{
	struct ext2_super_block *es = sb_on_disk();

	umount_mnt();
	es->s_log_block_size = 0;		/* 1 KiB blocks */
	ck_assert_int_eq(do_mount("/dev/hd", "/mnt", "ext2", 0, NULL),
			 -EINVAL);
	es->s_log_block_size = 2;
	es->s_feature_incompat |= 0x40;		/* extents: ext4's */
	ck_assert_int_eq(do_mount("/dev/hd", "/mnt", "ext2", 0, NULL),
			 -EINVAL);
	es->s_feature_incompat &= ~0x40;
	es->s_magic = 0x1234;
	ck_assert_int_eq(do_mount("/dev/hd", "/mnt", "ext2", 0, NULL),
			 -EINVAL);
	ck_assert_int_eq(do_mount("/mnt", "/mnt", "ext2", 0, NULL),
			 -ENOTBLK);
}
END_TEST

Suite *ext2_suite(void)
{
	Suite *s = suite_create("ext2");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, ext2_setup, ext2_teardown);
	tcase_add_test(tc, test_block_to_path_direct_indirect_double_triple);
	tcase_add_test(tc, test_mount_reads_the_root_and_marks_the_disk_in_use);
	tcase_add_test(tc, test_write_allocates_the_map_and_truncate_frees_it);
	tcase_add_test(tc, test_directory_entries_added_and_removed);
	tcase_add_test(tc, test_a_full_disk_says_enospc_and_unlink_gives_back);
	tcase_add_test(tc, test_stat_shows_the_disk_the_blocks_and_the_seconds);
	tcase_add_test(tc, test_mount_refuses_bad_magic_and_other_block_sizes);
	suite_add_tcase(s, tc);
	return s;
}
