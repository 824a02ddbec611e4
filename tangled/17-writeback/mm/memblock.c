/* mm/memblock.c: the boot-time memory manager. */
#include <asm/page.h>
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/minmax.h>
#include <linux/string.h>

#define INIT_MEMBLOCK_REGIONS	128

static struct memblock_region memory_regions[INIT_MEMBLOCK_REGIONS];
static struct memblock_region reserved_regions[INIT_MEMBLOCK_REGIONS];

struct memblock memblock = {
	.memory.regions = memory_regions,
	.memory.max = INIT_MEMBLOCK_REGIONS,
	.memory.name = "memory",
	.reserved.regions = reserved_regions,
	.reserved.max = INIT_MEMBLOCK_REGIONS,
	.reserved.name = "reserved",
	.current_limit = MEMBLOCK_ALLOC_ANYWHERE,
};

unsigned long max_pfn, max_low_pfn;

static void memblock_insert_region(struct memblock_type *type,
				   unsigned long idx, phys_addr_t base,
				   phys_addr_t size, int nid,
				   enum memblock_flags flags)
{
	struct memblock_region *r = type->regions;
	unsigned long i;

	for (i = type->cnt; i > idx; i--)
		r[i] = r[i - 1];
	r[idx].base = base;
	r[idx].size = size;
	r[idx].nid = nid;
	r[idx].flags = flags;
	type->cnt++;
	type->total_size += size;
}

static void memblock_remove_region(struct memblock_type *type,
				   unsigned long idx)
{
	unsigned long i;

	type->total_size -= type->regions[idx].size;
	for (i = idx; i + 1 < type->cnt; i++)
		type->regions[i] = type->regions[i + 1];
	type->cnt--;
}

static void memblock_merge_regions(struct memblock_type *type)
{
	unsigned long i = 0;
	phys_addr_t sz;

	while (i + 1 < type->cnt) {
		struct memblock_region *this = &type->regions[i];
		struct memblock_region *next = this + 1;

		if (this->base + this->size != next->base ||
		    this->nid != next->nid || this->flags != next->flags) {
			i++;
			continue;
		}
		sz = next->size;
		this->size += sz;
		memblock_remove_region(type, i + 1);
		type->total_size += sz;	/* still counted, in this */
	}
}

static unsigned long memblock_fill_gaps(struct memblock_type *type,
					phys_addr_t base, phys_addr_t end,
					int nid, enum memblock_flags flags,
					bool insert)
{
	unsigned long i, n = 0;

	for (i = 0; i < type->cnt && base < end; i++) {
		phys_addr_t rbase = type->regions[i].base;
		phys_addr_t rend = rbase + type->regions[i].size;

		if (rbase >= end)
			break;
		if (rend <= base)
			continue;
		if (rbase > base && insert)
			memblock_insert_region(type, i++, base, rbase - base,
					       nid, flags);
		if (rbase > base)
			n++;
		base = min(rend, end);
	}
	if (base < end) {
		if (insert)
			memblock_insert_region(type, i, base, end - base, nid,
					       flags);
		n++;
	}
	return n;
}

static phys_addr_t memblock_cap_size(phys_addr_t base, phys_addr_t size)
{
	return min(size, PHYS_ADDR_MAX - base);
}

static int memblock_add_range(struct memblock_type *type, phys_addr_t base,
			      phys_addr_t size, int nid,
			      enum memblock_flags flags)
{
	phys_addr_t end;
	unsigned long need;

	size = memblock_cap_size(base, size);
	if (!size)
		return 0;
	end = base + size;
	need = memblock_fill_gaps(type, base, end, nid, flags, false);
	if (type->cnt + need > type->max) {
		pr_err("memblock: the %s array is full (%lu regions); "
		       "[0x%lx-0x%lx] not added\n", type->name,
		       type->max, base, end - 1);
		return -ENOMEM;
	}
	memblock_fill_gaps(type, base, end, nid, flags, true);
	memblock_merge_regions(type);
	return 0;
}

static int memblock_isolate_range(struct memblock_type *type,
				  phys_addr_t base, phys_addr_t size,
				  unsigned long *start_rgn,
				  unsigned long *end_rgn)
{
	phys_addr_t end = base + memblock_cap_size(base, size);
	unsigned long i;

	*start_rgn = *end_rgn = 0;
	for (i = 0; i < type->cnt && base < end; i++) {
		struct memblock_region *r = &type->regions[i];
		phys_addr_t rbase = r->base, rend = r->base + r->size;
		int nid = r->nid;
		enum memblock_flags flags = r->flags;

		if (rbase >= end)
			break;
		if (rend <= base)
			continue;
		if ((rbase < base || rend > end) && type->cnt == type->max) {
			pr_err("memblock: the %s array is full; cannot split it\n",
			       type->name);
			return -ENOMEM;
		}
		if (rbase < base) {		/* sticks out below: split at base */
			r->base = base;
			r->size = rend - base;
			type->total_size -= base - rbase;
			memblock_insert_region(type, i, rbase, base - rbase, nid, flags);
		} else if (rend > end) {	/* sticks out above: split at end */
			r->base = end;
			r->size = rend - end;
			type->total_size -= end - rbase;
			memblock_insert_region(type, i--, rbase, end - rbase, nid, flags);
		} else {			/* inside the range */
			if (!*end_rgn)
				*start_rgn = i;
			*end_rgn = i + 1;
		}
	}
	return 0;
}

static int memblock_remove_range(struct memblock_type *type,
				 phys_addr_t base, phys_addr_t size)
{
	unsigned long start_rgn, end_rgn, i;
	int ret = memblock_isolate_range(type, base, size, &start_rgn,
					 &end_rgn);

	if (ret)
		return ret;
	for (i = end_rgn; i-- > start_rgn;)
		memblock_remove_region(type, i);
	return 0;
}

int memblock_add_node(phys_addr_t base, phys_addr_t size, int nid,
		      enum memblock_flags flags)
{
	return memblock_add_range(&memblock.memory, base, size, nid, flags);
}

int memblock_add(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_node(base, size, MAX_NUMNODES, MEMBLOCK_NONE);
}

int memblock_remove(phys_addr_t base, phys_addr_t size)
{
	return memblock_remove_range(&memblock.memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_range(&memblock.reserved, base, size,
				  MAX_NUMNODES, MEMBLOCK_NONE);
}

int memblock_phys_free(phys_addr_t base, phys_addr_t size)
{
	return memblock_remove_range(&memblock.reserved, base, size);
}

void memblock_free(void *ptr, size_t size)
{
	if (ptr)
		memblock_phys_free(__pa(ptr), size);
}

static phys_addr_t gap_start(const struct memblock_type *rsv,
			     unsigned long b)
{
	if (!b)
		return 0;
	return rsv->regions[b - 1].base + rsv->regions[b - 1].size;
}

static phys_addr_t gap_end(const struct memblock_type *rsv, unsigned long b)
{
	return b < rsv->cnt ? rsv->regions[b].base : PHYS_ADDR_MAX;
}

bool __next_free_mem_range(u64 *idx, int nid, phys_addr_t *out_start,
			   phys_addr_t *out_end)
{
	const struct memblock_type *mem = &memblock.memory;
	const struct memblock_type *rsv = &memblock.reserved;
	unsigned long a = (u32)*idx, b = *idx >> 32;

	for (; a < mem->cnt; a++) {
		const struct memblock_region *m = &mem->regions[a];
		phys_addr_t m_end = m->base + m->size;

		if (nid != NUMA_NO_NODE && m->nid != nid)
			continue;
		for (; b <= rsv->cnt; b++) {
			phys_addr_t s = max(m->base, gap_start(rsv, b));
			phys_addr_t e = min(m_end, gap_end(rsv, b));

			if (gap_start(rsv, b) >= m_end)
				break;
			if (s >= e)
				continue;
			*out_start = s;
			*out_end = e;
			if (m_end <= gap_end(rsv, b))
				a++;
			else
				b++;
			*idx = (u64)a | (u64)b << 32;
			return true;
		}
	}
	*idx = ULLONG_MAX;
	return false;
}

bool __next_free_mem_range_rev(u64 *idx, int nid, phys_addr_t *out_start,
			       phys_addr_t *out_end)
{
	const struct memblock_type *mem = &memblock.memory;
	const struct memblock_type *rsv = &memblock.reserved;
	long a = (long)mem->cnt - 1, b = rsv->cnt;

	if (*idx != ULLONG_MAX) {
		a = (long)(u32)*idx - 1;
		b = (long)(*idx >> 32) - 1;
	}
	for (; a >= 0; a--) {
		const struct memblock_region *m = &mem->regions[a];
		phys_addr_t m_end = m->base + m->size;

		if (nid != NUMA_NO_NODE && m->nid != nid)
			continue;
		for (; b >= 0; b--) {
			phys_addr_t s = max(m->base, gap_start(rsv, b));
			phys_addr_t e = min(m_end, gap_end(rsv, b));

			if (gap_end(rsv, b) <= m->base)
				break;
			if (s >= e)
				continue;
			*out_start = s;
			*out_end = e;
			if (m->base >= gap_start(rsv, b))
				a--;
			else
				b--;
			*idx = (u64)(a + 1) | (u64)(b + 1) << 32;
			return true;
		}
	}
	*idx = 0;
	return false;
}

static phys_addr_t clamp_addr(phys_addr_t x, phys_addr_t lo, phys_addr_t hi)
{
	return min(max(x, lo), hi);
}

static phys_addr_t __memblock_find_range_top_down(phys_addr_t start,
						  phys_addr_t end,
						  phys_addr_t size,
						  phys_addr_t align, int nid)
{
	phys_addr_t this_start, this_end, cand;
	u64 i;

	for_each_free_mem_range_reverse(i, nid, &this_start, &this_end) {
		this_start = clamp_addr(this_start, start, end);
		this_end = clamp_addr(this_end, start, end);
		if (this_end < size)
			continue;
		cand = round_down(this_end - size, align);
		if (cand >= this_start)
			return cand;
	}
	return 0;
}

phys_addr_t memblock_find_in_range_node(phys_addr_t size, phys_addr_t align,
					phys_addr_t start, phys_addr_t end,
					int nid)
{
	if (end == MEMBLOCK_ALLOC_ACCESSIBLE)
		end = memblock.current_limit;
	start = max(start, (phys_addr_t)PAGE_SIZE);
	end = max(start, end);
	return __memblock_find_range_top_down(start, end, size, align, nid);
}

phys_addr_t memblock_alloc_range_nid(phys_addr_t size, phys_addr_t align,
				     phys_addr_t start, phys_addr_t end,
				     int nid)
{
	phys_addr_t found;

	if (!align)
		align = SMP_CACHE_BYTES;
	if (align & (align - 1)) {
		pr_err("memblock: alignment 0x%lx is not a power of two\n",
		       align);
		return 0;
	}
	found = memblock_find_in_range_node(size, align, start, end, nid);
	if (!found && nid != NUMA_NO_NODE)
		found = memblock_find_in_range_node(size, align, start, end,
						    NUMA_NO_NODE);
	if (!found || memblock_reserve(found, size))
		return 0;
	return found;
}

phys_addr_t memblock_phys_alloc_range(phys_addr_t size, phys_addr_t align,
				      phys_addr_t start, phys_addr_t end)
{
	return memblock_alloc_range_nid(size, align, start, end,
					NUMA_NO_NODE);
}

void *memblock_alloc_try_nid(phys_addr_t size, phys_addr_t align,
			     phys_addr_t min_addr, phys_addr_t max_addr,
			     int nid)
{
	phys_addr_t phys;
	void *p;

	if (max_addr > memblock.current_limit)
		max_addr = memblock.current_limit;
	phys = memblock_alloc_range_nid(size, align, min_addr, max_addr, nid);
	if (!phys)
		return NULL;
	p = __va(phys);
	memset(p, 0, size);
	return p;
}

void memblock_trim_memory(phys_addr_t align)
{
	struct memblock_type *mem = &memblock.memory;
	unsigned long i = 0;

	while (i < mem->cnt) {
		struct memblock_region *r = &mem->regions[i];
		phys_addr_t start = round_up(r->base, align);
		phys_addr_t end = round_down(r->base + r->size, align);

		if (start >= end) {
			memblock_remove_region(mem, i);
			continue;
		}
		mem->total_size -= r->size - (end - start);
		r->base = start;
		r->size = end - start;
		i++;
	}
}

void memblock_set_current_limit(phys_addr_t limit)
{
	memblock.current_limit = limit;
}

void memblock_reset(void)
{
	memblock.memory.cnt = memblock.reserved.cnt = 0;
	memblock.memory.total_size = memblock.reserved.total_size = 0;
	memblock.current_limit = MEMBLOCK_ALLOC_ANYWHERE;
	memblock.bottom_up = false;
	max_pfn = max_low_pfn = 0;
}

static bool memblock_search(const struct memblock_type *type,
			    phys_addr_t addr)
{
	unsigned long lo = 0, hi = type->cnt;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;
		const struct memblock_region *r = &type->regions[mid];

		if (addr < r->base)
			hi = mid;
		else if (addr >= r->base + r->size)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

bool memblock_is_memory(phys_addr_t addr)
{
	return memblock_search(&memblock.memory, addr);
}

bool memblock_is_reserved(phys_addr_t addr)
{
	return memblock_search(&memblock.reserved, addr);
}

phys_addr_t memblock_phys_mem_size(void)
{
	return memblock.memory.total_size;
}

phys_addr_t memblock_reserved_size(void)
{
	return memblock.reserved.total_size;
}

phys_addr_t memblock_end_of_DRAM(void)
{
	const struct memblock_type *m = &memblock.memory;

	if (!m->cnt)
		return 0;
	return m->regions[m->cnt - 1].base + m->regions[m->cnt - 1].size;
}

int memblock_set_node(phys_addr_t base, phys_addr_t size,
		      struct memblock_type *type, int nid)
{
	unsigned long start_rgn, end_rgn, i;
	int ret = memblock_isolate_range(type, base, size, &start_rgn,
					 &end_rgn);

	if (ret)
		return ret;
	for (i = start_rgn; i < end_rgn; i++)
		type->regions[i].nid = nid;
	memblock_merge_regions(type);
	return 0;
}

phys_addr_t memblock_start_of_DRAM(void)
{
	return memblock.memory.cnt ? memblock.memory.regions[0].base : 0;
}

static void memblock_dump(const struct memblock_type *type)
{
	unsigned long i;

	pr_info(" %s.cnt  = 0x%lx\n", type->name, type->cnt);
	for (i = 0; i < type->cnt; i++) {
		const struct memblock_region *r = &type->regions[i];
		char head[32], nid_buf[32] = "";

		scnprintf(head, sizeof(head), " %s[0x%lx]", type->name, i);
		if (r->nid != MAX_NUMNODES)
			scnprintf(nid_buf, sizeof(nid_buf), " on node %d",
				  r->nid);
		pr_info("%-16s[0x%016lx-0x%016lx], 0x%016lx bytes%s "
			"flags: 0x%x\n", head, r->base, r->base + r->size - 1,
			r->size, nid_buf, r->flags);
	}
}

void __memblock_dump_all(void)
{
	pr_info("MEMBLOCK configuration:\n");
	pr_info(" memory size = 0x%016lx reserved size = 0x%016lx\n",
		memblock.memory.total_size, memblock.reserved.total_size);
	memblock_dump(&memblock.memory);
	memblock_dump(&memblock.reserved);
}

void memblock_dump_all(void)
{
	if (cmdline_find_option_bool(boot_command_line, "memblock=debug") > 0)
		__memblock_dump_all();
}
