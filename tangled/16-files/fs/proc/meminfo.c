/*
 * fs/proc/meminfo.c: /proc/meminfo, with the lines this kernel can fill
 * so far (chapter 22 adds the page cache's), and the numbers sysinfo
 * shares with it (Linux: si_meminfo and si_mem_available, in mm/).
 */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include "internal.h"

void si_meminfo(struct sysinfo *val)
{
	val->totalram = totalram_pages();
	val->sharedram = 0;		/* no shmem yet */
	val->freeram = nr_free_pages();
	val->bufferram = 0;		/* no block devices' pages yet */
	val->totalhigh = 0;
	val->freehigh = 0;
	val->mem_unit = PAGE_SIZE;
}

/*
 * Linux's estimate of what a program could get without swapping: the
 * free pages above the reserves, plus half of the page cache and of the
 * reclaimable slabs, which this kernel does not count yet.
 */
unsigned long si_mem_available(void)
{
	long available = nr_free_pages() - totalreserve_pages;

	return available < 0 ? 0 : available;
}

static void show_val_kb(struct seq_file *m, const char *s,
			unsigned long num)
{
	seq_printf(m, "%-16s%8lu kB\n", s, num << (PAGE_SHIFT - 10));
}

int meminfo_proc_show(struct seq_file *m, void *v)
{
	struct sysinfo i;

	si_meminfo(&i);
	show_val_kb(m, "MemTotal:", i.totalram);
	show_val_kb(m, "MemFree:", i.freeram);
	show_val_kb(m, "MemAvailable:", si_mem_available());
	show_val_kb(m, "Buffers:", i.bufferram);
	/* Linux subtracts the swap cache and Buffers: none yet */
	show_val_kb(m, "Cached:", global_node_page_state(NR_FILE_PAGES));

	/* no shrinker frees a slab yet: none is reclaimable */
	show_val_kb(m, "Slab:", nr_slab_pages());
	show_val_kb(m, "SReclaimable:", 0);
	show_val_kb(m, "SUnreclaim:", nr_slab_pages());
	return 0;
}
