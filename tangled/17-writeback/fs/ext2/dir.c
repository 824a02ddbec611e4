/*
 * fs/ext2/dir.c: directories, read and changed through their own page
 * cache as Linux's are. A block is a chain of ext2_dir_entry_2 whose
 * rec_len fields add up to the block; an entry with inode 0 is unused.
 */
#include <linux/dcache.h>
#include <linux/kernel.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include "ext2.h"

static unsigned long dir_pages(struct inode *inode)
{
	return (inode->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT;
}

static struct page *ext2_get_page(struct inode *dir, unsigned long n)
{
	return read_cache_page(dir->i_mapping, n, ext2_aops.read_folio,
			       NULL);
}

static struct ext2_dir_entry_2 *ext2_next_entry(struct ext2_dir_entry_2 *p)
{
	return (struct ext2_dir_entry_2 *)((char *)p + p->rec_len);
}

/* An entry that would run off its block, or loop: the disk is bad. */
static bool ext2_bad_entry(struct inode *dir, struct ext2_dir_entry_2 *de,
			   unsigned int offs)
{
	if (de->rec_len >= EXT2_DIR_REC_LEN(1) && !(de->rec_len & 3) &&
	    de->rec_len >= EXT2_DIR_REC_LEN(de->name_len) &&
	    offs + de->rec_len <= PAGE_SIZE)
		return false;
	ext2_msg(dir->i_sb, KERN_ERR, "error: ext2_check_page: bad entry in "
		 "directory #%lu: offset=%u, inode=%u, rec_len=%d, "
		 "name_len=%d", dir->i_ino, offs, de->inode, de->rec_len,
		 de->name_len);
	return true;
}

static const unsigned char ext2_type_by_mode[] = {
	[S_IFREG >> 12] = EXT2_FT_REG_FILE,
	[S_IFDIR >> 12] = EXT2_FT_DIR,
	[S_IFCHR >> 12] = EXT2_FT_CHRDEV,
	[S_IFBLK >> 12] = EXT2_FT_BLKDEV,
	[S_IFIFO >> 12] = EXT2_FT_FIFO,
	[S_IFLNK >> 12] = EXT2_FT_SYMLINK,
};

static const unsigned char ext2_filetype_table[EXT2_FT_MAX] = {
	[EXT2_FT_UNKNOWN] = 0,
	[EXT2_FT_REG_FILE] = DT_REG,
	[EXT2_FT_DIR] = DT_DIR,
	[EXT2_FT_CHRDEV] = DT_CHR,
	[EXT2_FT_BLKDEV] = 6,		/* DT_BLK */
	[EXT2_FT_FIFO] = 1,		/* DT_FIFO */
	[EXT2_FT_SOCK] = 12,		/* DT_SOCK */
	[EXT2_FT_SYMLINK] = DT_LNK,
};

/* getdents64: ctx->pos is a byte offset in the directory. */
static int ext2_readdir(struct file *file, struct dir_context *ctx)
{
	struct inode *inode = file->f_inode;
	unsigned long n;

	for (n = ctx->pos >> PAGE_SHIFT; n < dir_pages(inode); n++) {
		struct page *page = ext2_get_page(inode, n);
		unsigned int offs = 0;
		char *kaddr;

		if (IS_ERR(page))
			return PTR_ERR(page);
		kaddr = page_address(page);
		while (offs < PAGE_SIZE) {
			struct ext2_dir_entry_2 *de = (void *)(kaddr + offs);
			loff_t pos = ((loff_t)n << PAGE_SHIFT) + offs;

			if (ext2_bad_entry(inode, de, offs)) {
				put_page(page);
				return -EIO;
			}
			if (pos >= ctx->pos && de->inode) {
				unsigned char t = de->file_type < EXT2_FT_MAX ?
					ext2_filetype_table[de->file_type] : 0;

				if (!ctx->actor(ctx, de->name, de->name_len,
						pos, de->inode, t)) {
					put_page(page);
					return 0;
				}
			}
			offs += de->rec_len;
			if (pos >= ctx->pos)
				ctx->pos = pos + de->rec_len;
		}
		put_page(page);
	}
	return 0;
}

/*
 * Find name in dir: the entry, with its page held (*res_page) and the
 * entry before it in its block (*prev, NULL for the first).
 */
static struct ext2_dir_entry_2 *
ext2_find_entry(struct inode *dir, const char *name, int len,
		struct page **res_page, struct ext2_dir_entry_2 **prev)
{
	unsigned long n;

	for (n = 0; n < dir_pages(dir); n++) {
		struct page *page = ext2_get_page(dir, n);
		struct ext2_dir_entry_2 *de, *last = NULL;
		unsigned int offs = 0;

		if (IS_ERR(page))
			return NULL;
		while (offs < PAGE_SIZE) {
			de = (void *)((char *)page_address(page) + offs);
			if (ext2_bad_entry(dir, de, offs))
				break;
			if (de->inode && de->name_len == len &&
			    !memcmp(de->name, name, len)) {
				*res_page = page;
				if (prev)
					*prev = last;
				return de;
			}
			last = de;
			offs += de->rec_len;
		}
		put_page(page);
	}
	return NULL;
}

unsigned long ext2_inode_by_name(struct inode *dir, const char *name,
				 int len)
{
	struct page *page;
	struct ext2_dir_entry_2 *de = ext2_find_entry(dir, name, len, &page,
						      NULL);
	unsigned long ino = 0;

	if (de) {
		ino = de->inode;
		put_page(page);
	}
	return ino;
}

/* A change to bytes from..to of a directory's page n, through the
 * write path: the page locked (Linux: ext2_prepare_chunk). */
static int ext2_prepare_chunk(struct inode *dir, unsigned long n,
			      unsigned int from, unsigned int len,
			      struct page **pagep)
{
	return block_write_begin(dir->i_mapping,
				 ((loff_t)n << PAGE_SHIFT) + from, len, pagep,
				 ext2_get_block);
}

/* Done: the page dirty, the directory grown if it was a new block. */
static void ext2_commit_chunk(struct inode *dir, struct page *page,
			      unsigned int from, unsigned int len)
{
	generic_write_end(NULL, dir->i_mapping,
			  ((loff_t)page->index << PAGE_SHIFT) + from, len,
			  len, page, NULL);
	dir->i_mtime = dir->i_ctime = current_time(dir);
	mark_inode_dirty(dir);
}

static void ext2_set_de_type(struct ext2_dir_entry_2 *de, umode_t mode)
{
	de->file_type = ext2_type_by_mode[(mode & S_IFMT) >> 12];
}

/*
 * dentry's name for inode in its parent: in an unused entry big
 * enough, or the slack after a used one, or a new block at the end.
 */
int ext2_add_link(struct dentry *dentry, struct inode *inode)
{
	struct inode *dir = dentry->d_parent->d_inode;
	unsigned int namelen = dentry->d_len;
	unsigned int need = EXT2_DIR_REC_LEN(namelen);
	unsigned long n, npages = dir_pages(dir);
	struct ext2_dir_entry_2 *de = NULL;
	unsigned int offs = 0, rec_len = 0, name_len = 0;
	struct page *page;
	int err;

	for (n = 0; n <= npages; n++) {
		char *kaddr;

		if (n == npages) {	/* a new block */
			err = ext2_prepare_chunk(dir, n, 0, PAGE_SIZE, &page);
			if (err)
				return err;
			de = page_address(page);
			de->inode = 0;
			de->rec_len = PAGE_SIZE;
			offs = 0;
			rec_len = PAGE_SIZE;
			goto got_it;
		}
		page = ext2_get_page(dir, n);
		if (IS_ERR(page))
			return PTR_ERR(page);
		kaddr = page_address(page);
		for (offs = 0; offs < PAGE_SIZE; offs += de->rec_len) {
			de = (void *)(kaddr + offs);
			if (ext2_bad_entry(dir, de, offs)) {
				put_page(page);
				return -EIO;
			}
			if (de->inode && de->name_len == namelen &&
			    !memcmp(de->name, dentry->d_iname, namelen)) {
				put_page(page);
				return -EEXIST;
			}
			name_len = de->inode ? EXT2_DIR_REC_LEN(de->name_len)
					     : 0;
			rec_len = de->rec_len;
			if (rec_len >= name_len + need)
				break;
		}
		if (offs < PAGE_SIZE) {
			put_page(page);
			err = ext2_prepare_chunk(dir, n, offs, rec_len, &page);
			if (err)
				return err;
			de = (void *)((char *)page_address(page) + offs);
			goto got_it;
		}
		put_page(page);
	}
	return -EINVAL;
got_it:
	if (de->inode) {	/* split: the new entry in the slack */
		struct ext2_dir_entry_2 *de1 = (void *)((char *)de + name_len);

		de1->rec_len = rec_len - name_len;
		de->rec_len = name_len;
		de = de1;
	}
	de->name_len = namelen;
	memcpy(de->name, dentry->d_iname, namelen);
	de->inode = inode->i_ino;
	ext2_set_de_type(de, inode->i_mode);
	ext2_commit_chunk(dir, page, offs, rec_len);
	return 0;
}

/* name's entry goes: into the one before it, or unused if first. */
int ext2_delete_entry(struct inode *dir, const char *name, int len)
{
	struct ext2_dir_entry_2 *de, *prev;
	unsigned int from, to;
	struct page *page, *locked;
	int err;

	de = ext2_find_entry(dir, name, len, &page, &prev);
	if (!de)
		return -ENOENT;
	from = ((char *)(prev ? prev : de) - (char *)page_address(page));
	to = ((char *)de - (char *)page_address(page)) + de->rec_len;
	err = ext2_prepare_chunk(dir, page->index, from, to - from, &locked);
	if (!err) {
		if (prev)
			prev->rec_len += de->rec_len;
		de->inode = 0;
		ext2_commit_chunk(dir, locked, from, to - from);
	}
	put_page(page);
	return err;
}

/* A new directory's first block: "." and "..". */
int ext2_make_empty(struct inode *inode, struct inode *parent)
{
	struct ext2_dir_entry_2 *de;
	struct page *page;
	int err = ext2_prepare_chunk(inode, 0, 0, PAGE_SIZE, &page);

	if (err)
		return err;
	de = page_address(page);
	de->inode = inode->i_ino;
	de->rec_len = EXT2_DIR_REC_LEN(1);
	de->name_len = 1;
	memcpy(de->name, ".", 1);
	ext2_set_de_type(de, S_IFDIR);
	de = ext2_next_entry(de);
	de->inode = parent->i_ino;
	de->rec_len = PAGE_SIZE - EXT2_DIR_REC_LEN(1);
	de->name_len = 2;
	memcpy(de->name, "..", 2);
	ext2_set_de_type(de, S_IFDIR);
	ext2_commit_chunk(inode, page, 0, PAGE_SIZE);
	return 0;
}

/* Only "." and ".." in use? */
int ext2_empty_dir(struct inode *inode)
{
	unsigned long n;

	for (n = 0; n < dir_pages(inode); n++) {
		struct page *page = ext2_get_page(inode, n);
		char *kaddr;
		unsigned int offs;

		if (IS_ERR(page))
			return 0;
		kaddr = page_address(page);
		for (offs = 0; offs < PAGE_SIZE;) {
			struct ext2_dir_entry_2 *de = (void *)(kaddr + offs);

			if (ext2_bad_entry(inode, de, offs))
				break;
			if (de->inode && !(de->name[0] == '.' &&
			    (de->name_len == 1 || (de->name_len == 2 &&
						   de->name[1] == '.')))) {
				put_page(page);
				return 0;
			}
			offs += de->rec_len;
		}
		put_page(page);
	}
	return 1;
}

const struct file_operations ext2_dir_operations = {
	.llseek = generic_file_llseek,
	.iterate_shared = ext2_readdir,
	.fsync = ext2_fsync,
};
