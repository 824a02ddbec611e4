/* arch/x86_64/selftest_disk.c: the tests of a disk with a known pattern. */
#include <linux/blkdev.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/string.h>

#define PATTERN_SECTORS	4096
#define FAILING_SECTOR	1000	/* tools/disk-test.sh's blkdebug rule */

static unsigned int disk_passed, disk_failed;

static void check(bool ok, const char *what)
{
	pr_info("%s %u - %s\n", ok ? "ok" : "not ok",
		disk_passed + disk_failed + 1, what);
	if (ok)
		disk_passed++;
	else
		disk_failed++;
}

static void pattern_sector(char *buf, sector_t s, const char *word)
{
	unsigned int i;

	for (i = 0; i < 32; i++)
		snprintf(buf + 16 * i, 17, "%-6s %08llu", word,
			 (unsigned long long)s);
	for (i = 0; i < 32; i++)
		buf[16 * i + 15] = '\n';
}

static bool sectors_hold(const char *p, sector_t first, unsigned int n,
			 const char *word)
{
	char want[SECTOR_SIZE + 1];
	unsigned int i;

	for (i = 0; i < n; i++) {
		pattern_sector(want, first + i, word);
		if (memcmp(p + i * SECTOR_SIZE, want, SECTOR_SIZE))
			return false;
	}
	return true;
}

/* One bio over pages[], len bytes each from off, at sector s. */
static int rw(struct block_device *bdev, unsigned int op, sector_t s,
	      struct page **pages, unsigned int npages, unsigned int off,
	      unsigned int len)
{
	struct bio *bio = bio_alloc(bdev, npages, op, GFP_KERNEL);
	unsigned int i;
	int err;

	if (!bio)
		return -ENOMEM;
	bio->bi_iter.bi_sector = s;
	for (i = 0; i < npages; i++)
		bio_add_page(bio, pages[i], len, off);
	err = submit_bio_wait(bio);
	bio_put(bio);
	return err;
}

int run_disk_tests(void)
{
	struct block_device *vda = blkdev_get_by_name("vda"), *vdb;
	struct page *pages[3] = { NULL, NULL, NULL };
	struct pci_dev *dev;
	unsigned int disks = 0, good = 0;
	char *p;
	int i;

	list_for_each_entry(dev, &pci_devices, bus_list)
		if (dev->vendor == 0x1af4 && dev->device == 0x1001) {
			disks++;
			good += dev->class == 0x010000 && dev->irq &&
				dev->driver;
		}
	check(disks && good == disks,
	      "the PCI scan finds the virtio disks, each with a driver");
	check(vda && get_capacity(vda->bd_disk) == PATTERN_SECTORS,
	      "vda has the capacity of the image");
	if (!vda)
		goto out;
	for (i = 0; i < 3; i++)
		if (!(pages[i] = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0)))
			goto out;
	check(rw(vda, REQ_OP_READ, 0, pages, 1, 0, PAGE_SIZE) == 0 &&
	      sectors_hold(page_address(pages[0]), 0, 8, "sector"),
	      "a page read at sector 0 holds sectors 0-7");
	check(rw(vda, REQ_OP_READ, PATTERN_SECTORS - 3, pages, 3, 512,
		 512) == 0 &&
	      sectors_hold((char *)page_address(pages[0]) + 512,
			   PATTERN_SECTORS - 3, 1, "sector") &&
	      sectors_hold((char *)page_address(pages[1]) + 512,
			   PATTERN_SECTORS - 2, 1, "sector") &&
	      sectors_hold((char *)page_address(pages[2]) + 512,
			   PATTERN_SECTORS - 1, 1, "sector"),
	      "three pieces of three pages read the last three sectors");
	check(rw(vda, REQ_OP_READ, PATTERN_SECTORS - 1, pages, 2, 0,
		 512) == -EIO, "a read past the end is -EIO");
	p = page_address(pages[0]);
	for (i = 0; i < 8; i++)
		pattern_sector(p + i * SECTOR_SIZE, 100 + i, "wrote");
	check(rw(vda, REQ_OP_WRITE, 100, pages, 1, 0, PAGE_SIZE) == 0,
	      "a page written at sector 100");
	memset(p, 0, PAGE_SIZE);
	check(rw(vda, REQ_OP_READ, 100, pages, 1, 0, PAGE_SIZE) == 0 &&
	      sectors_hold(p, 100, 8, "wrote"),
	      "sectors 100-107 read back as written");
	check(rw(vda, REQ_OP_FLUSH, 0, pages, 0, 0, 0) == 0,
	      "a flush succeeds");
	pattern_sector(p, FAILING_SECTOR, "wrote");
	check(rw(vda, REQ_OP_WRITE, FAILING_SECTOR, pages, 1, 0, 512) == -EIO,
	      "the write the device fails is -EIO");
	check(rw(vda, REQ_OP_READ, 8, pages, 1, 0, PAGE_SIZE) == 0 &&
	      sectors_hold(p, 8, 8, "sector"),
	      "the disk still works after the error");
	vdb = blkdev_get_by_name("vdb");
	check(vdb && rw(vdb, REQ_OP_READ, 5, pages, 1, 0, 512) == 0 &&
	      sectors_hold(p, 5, 1, "sector"),
	      "vdb, on the same interrupt line, reads its sector 5");
out:
	for (i = 0; i < 3; i++)
		if (pages[i])
			__free_pages(pages[i], 0);
	pr_info("%u passed, %u failed\n", disk_passed, disk_failed);
	return disk_failed;
}
