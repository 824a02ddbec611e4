/* tests/main.c: run every host test suite; exit 1 if any test fails. */
#include <stdlib.h>
#include "tests.h"

#define ADD_SUITE(name) do {					\
	Suite *name##_suite(void);				\
	srunner_add_suite(sr, name##_suite());			\
} while (0)

int main(void)
{
	SRunner *sr = srunner_create(NULL);
	int failed;

	ADD_SUITE(vsnprintf);
	ADD_SUITE(printk);
	ADD_SUITE(cmdline);
	ADD_SUITE(monitor);
	ADD_SUITE(selftest);
	ADD_SUITE(desc);
	ADD_SUITE(pgtable);
	ADD_SUITE(mmu);
	ADD_SUITE(e820);
	ADD_SUITE(memblock);
	ADD_SUITE(page);
	ADD_SUITE(numa);
	ADD_SUITE(buddy);
	ADD_SUITE(watermarks);
	ADD_SUITE(gfp);
	ADD_SUITE(zoneinfo);
	ADD_SUITE(pcp);
	ADD_SUITE(zone_alloc);
	ADD_SUITE(mempolicy);
	ADD_SUITE(slab);
	ADD_SUITE(kmalloc);
	ADD_SUITE(vmalloc);
	ADD_SUITE(sched);
	ADD_SUITE(user);
	ADD_SUITE(mmap);
	ADD_SUITE(mchange);
	ADD_SUITE(procpid);
	ADD_SUITE(uaccess);
	ADD_SUITE(fork);
	ADD_SUITE(stat);
	ADD_SUITE(xarray);
	ADD_SUITE(filemap);
	ADD_SUITE(virtio);
	ADD_SUITE(ext2);
	ADD_SUITE(proc);
	ADD_SUITE(files);
	ADD_SUITE(writeback);
	ADD_SUITE(bdev_writeback);
	ADD_SUITE(msync);
	ADD_SUITE(direct);
	ADD_SUITE(drop_caches);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
