/* kernel/monitor.c: an interactive command prompt on the console. */
#include <linux/boot_info.h>
#include <linux/console.h>
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/reboot.h>
#include <linux/start_kernel.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <linux/ptdump.h>
#include <linux/seq_file.h>
#include <linux/fault.h>
#include <asm/e820.h>
#include <linux/memblock.h>
#include <linux/kstrtox.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/mempolicy.h>
#include <linux/sched.h>

/* Chapter 6's numactl, earlier in the file, calls chapter 8's options. */
static bool numactl_run(int argc, char **argv);
#include <linux/errno.h>
#include <linux/minmax.h>
#include <linux/sprintf.h>
#include <linux/sysctl.h>
#include <linux/mmcheck.h>
#include <linux/mmdebug.h>
#include <linux/poison.h>

void monitor_printf(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	console_write(buf, n);
}

static int monitor_read_line(char *line, int size)
{
	static bool after_cr;
	int len = 0, c;

	while ((c = console_read_char()) >= 0) {
		if (c == '\n' && after_cr) {
			after_cr = false;
			continue;
		}
		after_cr = c == '\r';
		if (c == '\r' || c == '\n') {
			console_write("\n", 1);
			line[len] = '\0';
			return len;
		}
		if (c == '\b' || c == 127) {
			if (len > 0) {
				len--;
				console_write("\b \b", 3);
			}
			continue;
		}
		if (c >= ' ' && len < size - 1) {
			line[len++] = c;
			console_write(&line[len - 1], 1);
		}
	}
	return -1;
}

#define MONITOR_MAX_ARGS	16

static int monitor_split(char *line, char **argv)
{
	int argc = 0;

	while (*line && argc < MONITOR_MAX_ARGS) {
		while (*line == ' ')
			*line++ = '\0';
		if (!*line)
			break;
		argv[argc++] = line;
		while (*line && *line != ' ')
			line++;
	}
	return argc;
}

static void monitor_help(void);

static void cmd_help(int argc, char **argv)
{
	monitor_help();
}

static void cmd_echo(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++)
		monitor_printf("%s%s", argv[i], i + 1 < argc ? " " : "");
	monitor_printf("\n");
}

static void cmd_cmdline(int argc, char **argv)
{
	monitor_printf("%s\n", boot_command_line);
}

static void cmd_dmesg(int argc, char **argv)
{
	static char buf[LOG_BUF_LEN];
	size_t n = log_buf_copy(buf, sizeof(buf));

	console_write(buf, n);
}

static void cmd_panic(int argc, char **argv)
{
	char msg[256];
	int i, n = 0;

	msg[0] = '\0';
	for (i = 1; i < argc; i++)
		n += scnprintf(msg + n, sizeof(msg) - n, "%s%s", argv[i],
			       i + 1 < argc ? " " : "");
	panic("%s", argc > 1 ? msg : "requested from the monitor");
}

static void cmd_halt(int argc, char **argv)
{
	machine_exit(KERNEL_EXIT_SUCCESS);
}

static void cmd_gdt(int argc, char **argv)
{
	show_gdt();
}

static void cmd_idt(int argc, char **argv)
{
	show_idt();
}

static void cmd_crash(int argc, char **argv)
{
	if (argc != 2 || provoke_crash(argv[1]) < 0)
		monitor_printf("usage: crash BUG|INT3|GPF|EXCEPTION|"
			       "DOUBLE_FAULT\n");
}

static void monitor_seq_flush(struct seq_file *m)
{
	console_write(m->buf, m->count);
	m->count = 0;
}

static struct seq_file *monitor_seq(void)
{
	static char buf[1024];
	static struct seq_file m = {
		.buf = buf, .size = sizeof(buf), .flush = monitor_seq_flush,
	};

	m.count = 0;
	return &m;
}

static void cmd_ptdump(int argc, char **argv)
{
	ptdump_walk_pgd_level(monitor_seq(), swapper_pg_dir);
}

static void cmd_fault(int argc, char **argv)
{
	if (argc != 2 || provoke_page_fault(argv[1]) < 0)
		monitor_printf("usage: fault rodata|nx|unmapped|null\n");
}

static void cmd_e820(int argc, char **argv)
{
	e820__print_table("e820");
}

static void cmd_memblock(int argc, char **argv)
{
	__memblock_dump_all();
}

static void cmd_page(int argc, char **argv)
{
	unsigned long pfn;

	if (argc != 2 || kstrtoul(argv[1], 0, &pfn)) {
		monitor_printf("usage: page PFN\n");
		return;
	}
	if (!pfn_valid(pfn)) {
		monitor_printf("pfn %#lx has no struct page\n", pfn);
		return;
	}
	dump_page(pfn_to_page(pfn), NULL);
}

static void cmd_sections(int argc, char **argv)
{
	unsigned long nr;

	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		unsigned long pfn = section_nr_to_pfn(nr);

		if (!valid_section(ms))
			continue;
		monitor_printf("section %3lu: pfn 0x%06lx-0x%06lx node %d "
			       "mem_map %px\n", nr, pfn,
			       pfn + PAGES_PER_SECTION - 1, memmap_nid(nr),
			       (void *)pfn_to_page(pfn));
	}
}

static void numactl_cpus(int nid)
{
	int apic, any = 0;

	monitor_printf("node %d cpus:", nid);
	for (apic = 0; apic < MAX_LOCAL_APIC; apic++) {
		if (!__apicid_present[apic] || __apicid_to_node[apic] != nid)
			continue;
		monitor_printf(" %d", apic);
		any = 1;
	}
	if (!any && nid == 0)
		monitor_printf(" 0");
	monitor_printf("\n");
}

static void cmd_numactl(int argc, char **argv)
{
	int nid, k;

	if (numactl_run(argc, argv))
		return;
	if (argc != 2 || strcmp(argv[1], "-H") != 0) {
		monitor_printf("usage: numactl -H\n");
		return;
	}
	monitor_printf("available: %d nodes (0-%d)\n", nr_online_nodes,
		       nr_online_nodes - 1);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		const pg_data_t *pgdat = NODE_DATA(nid);
		unsigned long managed = 0;

		for (k = 0; k < MAX_NR_ZONES; k++)
			managed += pgdat->node_zones[k].managed_pages;
		numactl_cpus(nid);
		monitor_printf("node %d size: %lu MB\n", nid,
			       pgdat->node_present_pages >> (20 - PAGE_SHIFT));
		monitor_printf("node %d free: %lu MB\n", nid,
			       managed >> (20 - PAGE_SHIFT));
	}
	monitor_printf("node distances:\nnode ");
	for (k = 0; k < nr_online_nodes; k++)
		monitor_printf("%3d ", k);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		monitor_printf("\n%3d: ", nid);
		for (k = 0; k < nr_online_nodes; k++)
			monitor_printf("%3d ", node_distance(nid, k));
	}
	monitor_printf("\n");
}

static void cmd_zones(int argc, char **argv)
{
	int nid, j;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		for (j = 0; j < MAX_NR_ZONES; j++) {
			const struct zone *z = &NODE_DATA(nid)->node_zones[j];

			monitor_printf("Node %d, zone %8s spanned %lu present "
				       "%lu managed %lu\n", nid, zone_names[j],
				       z->spanned_pages, z->present_pages,
				       z->managed_pages);
		}
	}
}

static void cmd_cat(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "/proc/buddyinfo") == 0)
		frag_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/pagetypeinfo") == 0)
		pagetypeinfo_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/zoneinfo") == 0)
		zoneinfo_show(monitor_seq());
	else if (argc == 2 && strncmp(argv[1], "/proc/sys/vm/", 13) == 0) {
		char key[64], value[128];

		scnprintf(key, sizeof(key), "vm.%s", argv[1] + 13);
		if (sysctl_vm_read(key, value, sizeof(value)) < 0)
			monitor_printf("cat: %s: No such file or directory\n",
				       argv[1]);
		else
			monitor_printf("%s\n", value);
	}
	else
		monitor_printf("cat: %s: No such file or directory\n",
			       argc == 2 ? argv[1] : "(none)");
}

static const struct {
	const char *name;
	gfp_t gfp;
} monitor_gfp_names[] = {
	{ "GFP_KERNEL", GFP_KERNEL }, { "GFP_ATOMIC", GFP_ATOMIC },
	{ "GFP_NOWAIT", GFP_NOWAIT }, { "GFP_DMA", GFP_DMA },
	{ "GFP_DMA32", GFP_DMA32 },
	{ "GFP_HIGHUSER_MOVABLE", GFP_HIGHUSER_MOVABLE },
	{ "__GFP_HIGH", __GFP_HIGH }, { "__GFP_NOWARN", __GFP_NOWARN },
	{ "__GFP_ZERO", __GFP_ZERO }, { "__GFP_THISNODE", __GFP_THISNODE },
	{ "__GFP_MEMALLOC", __GFP_MEMALLOC },
};

static int monitor_parse_gfp(char *s, gfp_t *gfp)
{
	size_t i, len;

	for (*gfp = 0; *s; s += len + (s[len] == '|')) {
		for (len = 0; s[len] && s[len] != '|'; len++)
			;
		for (i = 0; i < ARRAY_SIZE(monitor_gfp_names); i++)
			if (strlen(monitor_gfp_names[i].name) == len &&
			    !strncmp(s, monitor_gfp_names[i].name, len))
				break;
		if (i == ARRAY_SIZE(monitor_gfp_names))
			return -EINVAL;
		*gfp |= monitor_gfp_names[i].gfp;
	}
	return 0;
}

static void cmd_alloc(int argc, char **argv)
{
	unsigned long count, order = 0, n = 0, per_zone[MAX_NUMNODES *
							 MAX_NR_ZONES] = { 0 };
	gfp_t gfp = GFP_KERNEL;
	struct list_head taken;
	struct page *page;
	int i;

	if (argc < 2 || argc > 4 || kstrtoul(argv[1], 0, &count) ||
	    (argc > 2 && kstrtoul(argv[2], 0, &order)) ||
	    (argc > 3 && monitor_parse_gfp(argv[3], &gfp))) {
		monitor_printf("usage: alloc COUNT [ORDER] [FLAGS]\n");
		return;
	}
	INIT_LIST_HEAD(&taken);
	for (; n < count && (page = alloc_pages(gfp, order)) != NULL; n++) {
		list_add(&page->lru, &taken);
		per_zone[page_to_nid(page) * MAX_NR_ZONES +
			 page_zonenum(page)]++;
	}
	monitor_printf("alloc: %lu of %lu blocks of order %lu (%pGg)\n", n,
		       count, order, &gfp);
	for (i = 0; i < MAX_NUMNODES * MAX_NR_ZONES; i++)
		if (per_zone[i])
			monitor_printf("  Node %d, zone %8s: %lu\n",
				       i / MAX_NR_ZONES,
				       zone_names[i % MAX_NR_ZONES],
				       per_zone[i]);
	while (!list_empty(&taken)) {
		page = list_entry(taken.next, struct page, lru);
		list_del(&page->lru);
		__free_pages(page, order);
	}
}

static void monitor_execute(int argc, char **argv);

static const struct {
	const char *option;
	unsigned short mode;
} numactl_options[] = {
	{ "--interleave=", MPOL_INTERLEAVE }, { "--membind=", MPOL_BIND },
	{ "--preferred=", MPOL_PREFERRED }, { "--localalloc", MPOL_DEFAULT },
};

static bool numactl_run(int argc, char **argv)
{
	nodemask_t nodes;
	size_t i, len;

	for (i = 0; argc >= 3 && i < ARRAY_SIZE(numactl_options); i++) {
		len = strlen(numactl_options[i].option);
		if (strncmp(argv[1], numactl_options[i].option, len) != 0)
			continue;
		if (nodelist_parse(argv[1] + len, &nodes) ||
		    do_set_mempolicy(numactl_options[i].mode, &nodes)) {
			monitor_printf("numactl: bad node list %s\n", argv[1]);
			return true;
		}
		monitor_execute(argc - 2, argv + 2);
		do_set_mempolicy(MPOL_DEFAULT, NULL);
		return true;
	}
	return false;
}

static void cmd_numastat(int argc, char **argv)
{
	static const char *const names[NR_VM_NUMA_EVENT_ITEMS] = {
		"numa_hit", "numa_miss", "numa_foreign", "interleave_hit",
		"local_node", "other_node",
	};
	int item, nid, j;

	monitor_printf("%-16s", "");
	for (nid = 0; nid < nr_online_nodes; nid++)
		monitor_printf("%10s%d", "node", nid);
	for (item = 0; item < NR_VM_NUMA_EVENT_ITEMS; item++) {
		monitor_printf("\n%-16s", names[item]);
		for (nid = 0; nid < nr_online_nodes; nid++) {
			unsigned long n = 0;

			for (j = 0; j < MAX_NR_ZONES; j++)
				n += NODE_DATA(nid)->node_zones[j].
					vm_numa_event[item];
			monitor_printf("%11lu", n);
		}
	}
	monitor_printf("\n");
}

static void sysctl_print(const char *key)
{
	char value[128];

	if (sysctl_vm_read(key, value, sizeof(value)) < 0)
		monitor_printf("sysctl: cannot stat /proc/sys/vm/%s: No such "
			       "file or directory\n", key + 3);
	else
		monitor_printf("%s = %s\n", key, value);
}

static void cmd_sysctl(int argc, char **argv)
{
	char key[64], value[128];
	int i, len, err;
	char *eq;

	if (argc < 2) {
		monitor_printf("usage: sysctl vm.NAME[=VALUE]\n");
		return;
	}
	eq = argv[1];
	while (*eq && *eq != '=')
		eq++;
	len = min((int)(eq - argv[1]), (int)sizeof(key) - 1);
	memcpy(key, argv[1], len);
	key[len] = '\0';
	if (strncmp(key, "vm.", 3) != 0) {
		monitor_printf("sysctl: cannot stat /proc/sys/%s: No such file "
			       "or directory\n", key);
		return;
	}
	if (*eq) {
		len = scnprintf(value, sizeof(value), "%s", eq + 1);
		for (i = 2; i < argc; i++)
			len += scnprintf(value + len, sizeof(value) - len, " %s", argv[i]);
		err = sysctl_vm_write(key, value);
		if (err == -EINVAL) {
			monitor_printf("sysctl: setting key \"%s\": Invalid argument\n", key);
			return;
		}
	}
	sysctl_print(key);
}

static void cmd_wmarks(int argc, char **argv)
{
	struct zone *zone;
	int j;

	(void)argc;
	(void)argv;
	for_each_populated_zone(zone) {
		monitor_printf("%d %-7s min %lu low %lu high %lu protection: "
			       "(%ld", zone->node, zone->name,
			       min_wmark_pages(zone), low_wmark_pages(zone),
			       high_wmark_pages(zone), zone->lowmem_reserve[0]);
		for (j = 1; j < MAX_NR_ZONES; j++)
			monitor_printf(", %ld", zone->lowmem_reserve[j]);
		monitor_printf(")\n");
	}
}

static void cmd_mmcheck(int argc, char **argv)
{
	unsigned long problems = 0, n;
	struct mmcheck_counts counts;
	struct zone *zone;

	(void)argc;
	(void)argv;
	for_each_populated_zone(zone) {
		n = mmcheck_zone_counts(zone, MMCHECK_ALLOCATED_UNKNOWN, true,
					&counts);
		monitor_printf("Node %d, zone %8s: free %7lu pcp %5lu "
			       "blocks %6lu problems %lu\n", zone->node,
			       zone->name, counts.free, counts.pcp,
			       counts.blocks, n);
		problems += n;
	}
	monitor_printf("mmcheck: %lu problems\n", problems);
}

#ifdef CONFIG_DEBUG_VM
#define BADFREE_DEBUG_VM	true
#else
#define BADFREE_DEBUG_VM	false
#endif

static struct page *badfree_take(unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL, order);

	if (!page)
		monitor_printf("badfree: no block of order %u\n", order);
	return page;
}

static void badfree_double(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages(page, 0);
		__free_pages(page, 0);
	}
}

static void badfree_smaller(void)
{
	struct page *page = badfree_take(2);

	if (page)
		__free_pages(page, 0);
}

static void badfree_larger(void)
{
	struct page *page = badfree_take(0);

	if (page)
		__free_pages(page, 1);
}

static void badfree_refcount(void)
{
	struct page *page = badfree_take(1);

	if (page) {
		atomic_set(&page[1]._refcount, 1);
		__free_pages(page, 1);
	}
}

static void badfree_mapping(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		page->mapping = (struct address_space *)page;
		__free_pages(page, 0);
	}
}

static void badfree_mapcount(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		atomic_set(&page->_mapcount, 0);
		__free_pages(page, 0);
	}
}

static void badfree_flags(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		SetPageLRU(page);
		__free_pages(page, 0);
	}
}

static void badfree_virt(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages((struct page *)page_address(page), 0);
		__free_pages(page, 0);
	}
}

static void badfree_misaligned(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages((struct page *)((char *)page + 8), 0);
		__free_pages(page, 0);
	}
}

static void badfree_write_after_free(bool one_bit)
{
	struct page *page = badfree_take(0), *again;
	unsigned char *mem;

	if (!page)
		return;
	mem = page_address(page);
	__free_pages(page, 0);
	if (one_bit)
		mem[0x40] ^= 0x08;
	else
		memcpy(mem + 0x40, "stale", 5);
	again = alloc_pages(GFP_KERNEL, 0);
	monitor_printf("badfree: pfn %lx written after its free, handed out "
		       "again as pfn %lx\n", page_to_pfn(page),
		       again ? page_to_pfn(again) : 0);
	if (again)
		__free_pages(again, 0);
}

static void badfree_poison(void)
{
	badfree_write_after_free(false);
}

static void badfree_bitflip(void)
{
	badfree_write_after_free(true);
}

static const struct {
	const char *name;
	bool debug_vm;		/* made only under CONFIG_DEBUG_VM */
	bool poison;		/* made only with page_poison=1 */
	void (*make)(void);
} badfree_kinds[] = {
	{ "double", true, false, badfree_double },
	{ "smaller", true, false, badfree_smaller },
	{ "larger", true, false, badfree_larger },
	{ "refcount", false, false, badfree_refcount },
	{ "mapping", false, false, badfree_mapping },
	{ "mapcount", false, false, badfree_mapcount },
	{ "flags", false, false, badfree_flags },
	{ "virt", true, false, badfree_virt },
	{ "misaligned", true, false, badfree_misaligned },
	{ "poison", false, true, badfree_poison },
	{ "bitflip", false, true, badfree_bitflip },
};

static void cmd_badfree(int argc, char **argv)
{
	unsigned long before = nr_bad_page_reports();
	size_t i;

	for (i = 0; argc == 2 && i < ARRAY_SIZE(badfree_kinds); i++)
		if (!strcmp(argv[1], badfree_kinds[i].name))
			break;
	if (argc != 2 || i == ARRAY_SIZE(badfree_kinds)) {
		monitor_printf("usage: badfree KIND, one of:");
		for (i = 0; i < ARRAY_SIZE(badfree_kinds); i++)
			monitor_printf(" %s", badfree_kinds[i].name);
		monitor_printf("\n");
	} else if (badfree_kinds[i].debug_vm && !BADFREE_DEBUG_VM) {
		monitor_printf("badfree: %s is caught only with "
			       "CONFIG_DEBUG_VM\n", argv[1]);
	} else if (badfree_kinds[i].poison && !page_poisoning_enabled()) {
		monitor_printf("badfree: %s is caught only with "
			       "page_poison=1\n", argv[1]);
	} else {
		badfree_kinds[i].make();
		monitor_printf("badfree %s: %lu report(s)\n", argv[1],
			       nr_bad_page_reports() - before);
	}
}

static void cmd_stress(int argc, char **argv)
{
	unsigned long ops = 2000, seed = 1;
	struct mm_stress r;

	if (argc > 3 || (argc > 1 && kstrtoul(argv[1], 0, &ops)) ||
	    (argc > 2 && kstrtoul(argv[2], 0, &seed))) {
		monitor_printf("usage: stress [OPS [SEED]]\n");
		return;
	}
	mm_stress(ops, seed, &r);
	mm_stress_print(&r);
}

static const struct monitor_command monitor_commands[] = {
	{ "help", "help              list the commands", cmd_help },
	{ "echo", "echo WORDS...     print the words", cmd_echo },
	{ "cmdline", "cmdline           print the kernel command line",
	  cmd_cmdline },
	{ "dmesg", "dmesg             print the kernel log buffer", cmd_dmesg },
	{ "panic", "panic [MESSAGE]   panic with MESSAGE", cmd_panic },
	{ "halt", "halt              end the run with success", cmd_halt },
	{ "gdt", "gdt               print the GDT, decoded", cmd_gdt },
	{ "idt", "idt               print the exception gates of the IDT",
	  cmd_idt },
	{ "crash", "crash TYPE        raise an unexpected exception", cmd_crash },
	{ "ptdump", "ptdump            print the kernel's page tables", cmd_ptdump },
	{ "fault", "fault KIND        fault on purpose: rodata|nx|unmapped|null",
	  cmd_fault },
	{ "e820", "e820              print the kernel's e820 map", cmd_e820 },
	{ "memblock", "memblock          print memblock's memory and reserved "
	  "arrays", cmd_memblock },
	{ "page", "page PFN          dump the struct page of a page frame",
	  cmd_page },
	{ "sections", "sections          list the memory sections and their maps",
	  cmd_sections },
	{ "numactl", "numactl -H        the nodes, their memory and distances",
	  cmd_numactl },
	{ "zones", "zones             spanned, present and managed pages per zone",
	  cmd_zones },
	{ "cat", "cat /proc/buddyinfo    free blocks per zone and order "
	  "(or /proc/pagetypeinfo)", cmd_cat },
	{ "alloc", "alloc N [ORDER] [FLAGS]  take N blocks, say where from, free "
	  "them", cmd_alloc },
	{ "numastat", "numastat          NUMA hits and misses per node",
	  cmd_numastat },
	{ "wmarks", "wmarks            each zone's watermarks and reserves",
	  cmd_wmarks },
	{ "sysctl", "sysctl vm.NAME[=V] show or set a vm tunable", cmd_sysctl },
	{ "mmcheck", "mmcheck           check the page allocator's invariants",
	  cmd_mmcheck },
	{ "badfree", "badfree KIND      free a page wrongly, on purpose",
	  cmd_badfree },
	{ "stress", "stress [OPS [SEED]] random requests at the watermarks' edge",
	  cmd_stress },
};

static void monitor_help(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(monitor_commands); i++)
		monitor_printf("%s\n", monitor_commands[i].usage);
}

static void monitor_execute(int argc, char **argv)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(monitor_commands); i++) {
		if (strcmp(argv[0], monitor_commands[i].name) == 0) {
			monitor_commands[i].run(argc, argv);
			return;
		}
	}
	monitor_printf("%s: unknown command (try 'help')\n", argv[0]);
}

void monitor_run(void)
{
	char line[256];
	char *argv[MONITOR_MAX_ARGS];
	int argc;

	monitor_printf("Page by Page monitor. Type 'help' for the commands.\n");
	for (;;) {
		monitor_printf("mm> ");
		if (monitor_read_line(line, sizeof(line)) < 0)
			return;
		argc = monitor_split(line, argv);
		if (argc > 0)
			monitor_execute(argc, argv);
	}
}
