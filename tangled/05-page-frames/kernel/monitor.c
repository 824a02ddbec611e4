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
