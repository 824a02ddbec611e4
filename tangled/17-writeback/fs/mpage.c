/*
 * fs/mpage.c: reading a file's pages with as few bios as the blocks
 * allow. A page is one block (4096 bytes both), so a page is never in
 * pieces here; pages whose blocks follow one another on the disk share
 * a bio, as Linux's do_mpage_readpage makes them.
 */
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/string.h>

#define MPAGE_MAX_PAGES	16	/* virtio_blk's segments a request */

/* A read bio is done: each page is up to date or failed, and unlocked. */
static void mpage_read_end_io(struct bio *bio)
{
	unsigned int i;

	for (i = 0; i < bio->bi_vcnt; i++) {
		struct page *page = bio->bi_io_vec[i].bv_page;

		if (bio->bi_status)
			SetPageError(page);
		else
			SetPageUptodate(page);
		unlock_page(page);
	}
	bio_put(bio);
}

static struct bio *mpage_bio_submit(struct bio *bio)
{
	if (bio) {		/* Linux does not wait: the end_io runs later */
		submit_bio_wait(bio);
		mpage_read_end_io(bio);
	}
	return NULL;
}

/*
 * One page: a hole (or past the end) is zeros, up to date at once; a
 * block joins bio if it follows bio's last, else starts a new one.
 */
static struct bio *do_mpage_readpage(struct bio *bio, struct page *page,
				     get_block_t *get_block,
				     sector_t *last_block)
{
	struct inode *inode = page->mapping->host;
	struct buffer_head bh = { .b_size = PAGE_SIZE };
	sector_t last_index = (inode->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (page->index >= last_index ||
	    get_block(inode, page->index, &bh, 0) || !buffer_mapped(&bh)) {
		memset(page_address(page), 0, PAGE_SIZE);
		SetPageUptodate(page);
		unlock_page(page);
		return bio;
	}
	if (bio && (bh.b_blocknr != *last_block + 1 ||
		    bio->bi_vcnt == bio->bi_max_vecs))
		bio = mpage_bio_submit(bio);
	if (!bio) {
		bio = bio_alloc(bh.b_bdev, MPAGE_MAX_PAGES, REQ_OP_READ,
				GFP_KERNEL);
		if (!bio) {
			SetPageError(page);
			unlock_page(page);
			return NULL;
		}
		bio->bi_iter.bi_sector = bh.b_blocknr << (PAGE_SHIFT - 9);
	}
	bio_add_page(bio, page, PAGE_SIZE, 0);
	*last_block = bh.b_blocknr;
	return bio;
}

int mpage_read_folio(struct page *page, get_block_t *get_block)
{
	sector_t last = 0;

	mpage_bio_submit(do_mpage_readpage(NULL, page, get_block, &last));
	return 0;
}

void mpage_readahead(struct readahead_control *rac, get_block_t *get_block)
{
	struct bio *bio = NULL;
	struct page *page;
	sector_t last = 0;

	while ((page = readahead_page(rac))) {
		bio = do_mpage_readpage(bio, page, get_block, &last);
		put_page(page);
	}
	mpage_bio_submit(bio);
}
