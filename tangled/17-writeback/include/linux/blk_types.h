#ifndef _LINUX_BLK_TYPES_H
#define _LINUX_BLK_TYPES_H
/* Block I/O: bios, their vectors, operations and status. */
#include <linux/types.h>

typedef u64 sector_t;		/* in 512-byte units, whatever the disk */
typedef u8 blk_status_t;
typedef u32 blk_opf_t;

#define SECTOR_SHIFT		9
#define SECTOR_SIZE		(1 << SECTOR_SHIFT)

#define BLK_STS_OK		0
#define BLK_STS_NOTSUPP		1
#define BLK_STS_TIMEOUT		2
#define BLK_STS_NOSPC		3
#define BLK_STS_RESOURCE	9
#define BLK_STS_IOERR		10

#define REQ_OP_READ		0
#define REQ_OP_WRITE		1
#define REQ_OP_FLUSH		2
#define REQ_OP_BITS		8
#define REQ_OP_MASK		((1U << REQ_OP_BITS) - 1)
#define REQ_SYNC		(1U << 11)	/* someone waits for it */

struct page;
struct block_device;
struct bio;
typedef void (bio_end_io_t)(struct bio *);

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

struct bvec_iter {
	sector_t bi_sector;	/* where on the disk */
	unsigned int bi_size;	/* bytes left */
};

struct bio {
	struct block_device *bi_bdev;
	blk_opf_t bi_opf;	/* REQ_OP_* | REQ_* flags */
	unsigned short bi_ioprio;
	blk_status_t bi_status;
	struct bvec_iter bi_iter;
	bio_end_io_t *bi_end_io;
	void *bi_private;
	unsigned short bi_vcnt;		/* bio_vecs in use */
	unsigned short bi_max_vecs;
	struct bio_vec *bi_io_vec;
	struct bio_vec bi_inline_vecs[];
};

static inline unsigned int bio_op(const struct bio *bio)
{
	return bio->bi_opf & REQ_OP_MASK;
}
#endif
