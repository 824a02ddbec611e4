/*
 * fs/ext2/balloc.c: blocks, found in the groups' block bitmaps. A
 * group's bitmap is one block; bit i set: the group's block i is used.
 */
#include <linux/kernel.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include "ext2.h"

static inline bool ext2_test_bit(unsigned long nr, const void *addr)
{
	return (((const u8 *)addr)[nr >> 3] >> (nr & 7)) & 1;
}

static inline void ext2_set_bit(unsigned long nr, void *addr)
{
	((u8 *)addr)[nr >> 3] |= 1 << (nr & 7);
}

static inline void ext2_clear_bit(unsigned long nr, void *addr)
{
	((u8 *)addr)[nr >> 3] &= ~(1 << (nr & 7));
}

/* The first clear bit from start below size, or size (Linux's is a
 * word at a time: find_next_zero_bit_le). */
unsigned long ext2_find_next_zero_bit(const void *addr, unsigned long size,
				      unsigned long start)
{
	for (; start < size; start++)
		if (!ext2_test_bit(start, addr))
			return start;
	return size;
}

struct ext2_group_desc *ext2_get_group_desc(struct super_block *sb,
					    unsigned int group,
					    struct buffer_head **bh)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	unsigned long block = group / sbi->s_desc_per_block;
	unsigned long offset = group % sbi->s_desc_per_block;

	if (group >= sbi->s_groups_count) {
		ext2_msg(sb, KERN_ERR, "error: block_group >= groups_count - "
			 "block_group = %d, groups_count = %lu", group,
			 sbi->s_groups_count);
		return NULL;
	}
	if (bh)
		*bh = sbi->s_group_desc[block];
	return (struct ext2_group_desc *)sbi->s_group_desc[block]->b_data +
	       offset;
}

/* The group's blocks: its last may be short. */
static unsigned long group_blocks(struct super_block *sb, unsigned int group)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	unsigned long blocks = sbi->s_es->s_blocks_count -
			       sbi->s_es->s_first_data_block;

	if (group == sbi->s_groups_count - 1 &&
	    blocks % sbi->s_blocks_per_group)
		return blocks % sbi->s_blocks_per_group;
	return sbi->s_blocks_per_group;
}

static void group_adjust_blocks(struct super_block *sb, unsigned int group,
				struct ext2_group_desc *desc,
				struct buffer_head *bh, int count)
{
	struct ext2_super_block *es = EXT2_SB(sb)->s_es;

	(void)group;
	desc->bg_free_blocks_count += count;
	es->s_free_blocks_count += count;
	mark_buffer_dirty(bh);
	mark_buffer_dirty(EXT2_SB(sb)->s_sbh);
}

/* A block no one else holds: its cached copy must never be written. */
static void bforget_block(struct super_block *sb, unsigned long block)
{
	struct address_space *mapping = bdev_mapping(sb->s_bdev);
	struct page *page = mapping ? find_get_page(mapping, block) : NULL;

	if (!page)
		return;
	if (page_buffers(page))
		clear_buffer_dirty(page_buffers(page));

	put_page(page);
}

/*
 * Blocks block .. block + count - 1 given back (Linux: the same,
 * counting them off the inode's i_blocks as dquot_free_block does).
 */
void ext2_free_blocks(struct inode *inode, unsigned long block,
		      unsigned long count)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	struct ext2_super_block *es = sbi->s_es;
	unsigned long i, freed = 0;

	if (block < es->s_first_data_block ||
	    block + count > es->s_blocks_count) {
		ext2_msg(sb, KERN_ERR, "error: ext2_free_blocks: Freeing "
			 "blocks not in datazone - block = %lu, count = %lu",
			 block, count);
		return;
	}
	for (i = 0; i < count; i++) {
		unsigned long b = block + i - es->s_first_data_block;
		unsigned int group = b / sbi->s_blocks_per_group;
		unsigned long bit = b % sbi->s_blocks_per_group;
		struct ext2_group_desc *desc;
		struct buffer_head *bitmap, *gdbh;

		desc = ext2_get_group_desc(sb, group, &gdbh);
		if (!desc)
			break;
		bitmap = sb_bread(sb, desc->bg_block_bitmap);
		if (!bitmap)
			break;
		if (!ext2_test_bit(bit, bitmap->b_data)) {
			ext2_msg(sb, KERN_ERR, "error: ext2_free_blocks: "
				 "bit already cleared for block %lu",
				 block + i);
		} else {
			ext2_clear_bit(bit, bitmap->b_data);
			mark_buffer_dirty(bitmap);
			group_adjust_blocks(sb, group, desc, gdbh, 1);
			bforget_block(sb, block + i);
			freed++;
		}
		brelse(bitmap);
	}
	inode->i_blocks -= freed * (sb->s_blocksize >> 9);
	mark_inode_dirty(inode);
}

/* A free bit in group at or after start; -1 if none. */
static long grab_block(struct super_block *sb, unsigned int group,
		       unsigned long start)
{
	struct ext2_group_desc *desc;
	struct buffer_head *bitmap, *gdbh;
	unsigned long size = group_blocks(sb, group), bit;

	desc = ext2_get_group_desc(sb, group, &gdbh);
	if (!desc || !desc->bg_free_blocks_count)
		return -1;
	bitmap = sb_bread(sb, desc->bg_block_bitmap);
	if (!bitmap)
		return -1;
	bit = ext2_find_next_zero_bit(bitmap->b_data, size, start);
	if (bit >= size)
		bit = ext2_find_next_zero_bit(bitmap->b_data, start, 0);
	if (bit >= size || ext2_test_bit(bit, bitmap->b_data)) {
		brelse(bitmap);
		return -1;
	}
	ext2_set_bit(bit, bitmap->b_data);
	mark_buffer_dirty(bitmap);
	brelse(bitmap);
	group_adjust_blocks(sb, group, desc, gdbh, -1);
	return bit;
}

/*
 * A new block as near goal as the bitmaps allow: goal itself or the
 * next free one in its group, then the groups after it in turn (Linux
 * also reserves windows of blocks per file; ours does not). 0 and
 * *err = -ENOSPC when the disk is full.
 */
unsigned long ext2_new_block(struct inode *inode, unsigned long goal,
			     int *err)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	struct ext2_super_block *es = sbi->s_es;
	unsigned int group, i;
	unsigned long start;
	long bit;

	if (goal < es->s_first_data_block || goal >= es->s_blocks_count)
		goal = es->s_first_data_block;
	group = (goal - es->s_first_data_block) / sbi->s_blocks_per_group;
	start = (goal - es->s_first_data_block) % sbi->s_blocks_per_group;
	for (i = 0; i < sbi->s_groups_count; i++) {
		bit = grab_block(sb, group, start);
		if (bit >= 0) {
			inode->i_blocks += sb->s_blocksize >> 9;
			mark_inode_dirty(inode);
			*err = 0;
			return es->s_first_data_block +
			       group * sbi->s_blocks_per_group + bit;
		}
		group = (group + 1) % sbi->s_groups_count;
		start = 0;
	}
	*err = -ENOSPC;
	return 0;
}
