/*
 * fs/ext2/ialloc.c: inodes, found in the groups' inode bitmaps. Inode
 * numbers start at 1; inode n is bit (n - 1) % s_inodes_per_group of
 * group (n - 1) / s_inodes_per_group.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "ext2.h"

static void ext2_adjust_inodes(struct super_block *sb,
			       struct ext2_group_desc *desc,
			       struct buffer_head *gdbh, int count, int dirs)
{
	struct ext2_super_block *es = EXT2_SB(sb)->s_es;

	desc->bg_free_inodes_count += count;
	desc->bg_used_dirs_count += dirs;
	es->s_free_inodes_count += count;
	mark_buffer_dirty(gdbh);
	mark_buffer_dirty(EXT2_SB(sb)->s_sbh);
}

/* The inode's number back in its bitmap (its blocks are gone already). */
void ext2_free_inode(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	unsigned long ino = inode->i_ino;
	unsigned int group = (ino - 1) / sbi->s_inodes_per_group;
	unsigned long bit = (ino - 1) % sbi->s_inodes_per_group;
	struct ext2_group_desc *desc;
	struct buffer_head *bitmap, *gdbh;
	u8 *map;

	if (ino < sbi->s_first_ino ||
	    ino > sbi->s_es->s_inodes_count) {
		ext2_msg(sb, KERN_ERR, "error: ext2_free_inode: reserved or "
			 "nonexistent inode %lu", ino);
		return;
	}
	desc = ext2_get_group_desc(sb, group, &gdbh);
	if (!desc || !(bitmap = sb_bread(sb, desc->bg_inode_bitmap)))
		return;
	map = (u8 *)bitmap->b_data + bit / 8;
	if (!(*map & 1 << (bit & 7))) {
		ext2_msg(sb, KERN_ERR, "error: ext2_free_inode: bit already "
			 "cleared for inode %lu", ino);
	} else {
		*map &= ~(1 << (bit & 7));
		mark_buffer_dirty(bitmap);
		ext2_adjust_inodes(sb, desc, gdbh, 1,
				   S_ISDIR(inode->i_mode) ? -1 : 0);
	}
	brelse(bitmap);
}

/*
 * A new inode: a directory goes to the group with the most free inodes
 * (Linux's find_group_orlov spreads them more cleverly), anything else
 * to its parent's group if it has room, else the next with some.
 */
static int find_group(struct super_block *sb, struct inode *dir, bool is_dir)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	unsigned int parent = EXT2_I(dir)->i_block_group, i, g;
	int best = -1;
	unsigned int most = 0;

	for (i = 0; i < sbi->s_groups_count; i++) {
		struct ext2_group_desc *desc;

		g = (parent + i) % sbi->s_groups_count;
		desc = ext2_get_group_desc(sb, g, NULL);
		if (!desc->bg_free_inodes_count)
			continue;
		if (!is_dir)
			return g;
		if (desc->bg_free_inodes_count > most) {
			most = desc->bg_free_inodes_count;
			best = g;
		}
	}
	return best;
}

struct inode *ext2_new_inode(struct inode *dir, umode_t mode)
{
	struct super_block *sb = dir->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	struct ext2_group_desc *desc;
	struct buffer_head *bitmap, *gdbh;
	struct ext2_inode_info *ei;
	struct inode *inode;
	unsigned long bit;
	int group = find_group(sb, dir, S_ISDIR(mode));

	if (group < 0)
		return ERR_PTR(-ENOSPC);
	desc = ext2_get_group_desc(sb, group, &gdbh);
	bitmap = sb_bread(sb, desc->bg_inode_bitmap);
	if (!bitmap)
		return ERR_PTR(-EIO);
	bit = ext2_find_next_zero_bit(bitmap->b_data,
				      sbi->s_inodes_per_group,
				      group ? 0 : sbi->s_first_ino - 1);
	if (bit >= sbi->s_inodes_per_group) {
		brelse(bitmap);
		return ERR_PTR(-ENOSPC);
	}
	inode = new_inode(sb);
	ei = kzalloc(sizeof(*ei), GFP_KERNEL);
	if (!inode || !ei) {
		if (inode)
			iput(inode);
		kfree(ei);
		brelse(bitmap);
		return ERR_PTR(-ENOMEM);
	}
	((u8 *)bitmap->b_data)[bit / 8] |= 1 << (bit & 7);
	mark_buffer_dirty(bitmap);
	brelse(bitmap);
	ext2_adjust_inodes(sb, desc, gdbh, -1, S_ISDIR(mode) ? 1 : 0);
	inode->i_private = ei;
	inode->i_ino = group * sbi->s_inodes_per_group + bit + 1;
	inode->i_mode = mode;
	ei->i_block_group = group;
	ei->i_state = EXT2_STATE_NEW;
	inode->i_atime = inode->i_ctime = inode->i_mtime = current_time(inode);
	ext2_set_inode_ops(inode);
	mark_inode_dirty(inode);
	return inode;
}
