/* kernel/monitor.c: an interactive command prompt on the console. */
#include <linux/boot_info.h>
#include <linux/console.h>
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/reboot.h>
#include <linux/start_kernel.h>
#include <linux/string.h>
#include <linux/seq_file.h>

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

static const struct monitor_command monitor_commands[] = {
	{ "help", "help              list the commands", cmd_help },
	{ "echo", "echo WORDS...     print the words", cmd_echo },
	{ "cmdline", "cmdline           print the kernel command line",
	  cmd_cmdline },
	{ "dmesg", "dmesg             print the kernel log buffer", cmd_dmesg },
	{ "panic", "panic [MESSAGE]   panic with MESSAGE", cmd_panic },
	{ "halt", "halt              end the run with success", cmd_halt },
	{ }
};

static const struct monitor_command *const monitor_command_tables[] = {
	monitor_commands,
	monitor_desc_commands,
	monitor_paging_commands,
	monitor_memblock_commands,
	monitor_page_commands,
	monitor_zones_commands,
	monitor_proc_commands,
	monitor_vm_commands,
	monitor_page_alloc_commands,
	monitor_slab_commands,
	monitor_kmalloc_commands,
	monitor_vmalloc_commands,
	monitor_sched_commands,
};

static void monitor_help(void)
{
	const struct monitor_command *c;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(monitor_command_tables); i++)
		for (c = monitor_command_tables[i]; c->name; c++)
			monitor_printf("%s\n", c->usage);
}

void monitor_execute(int argc, char **argv)
{
	const struct monitor_command *c;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(monitor_command_tables); i++) {
		for (c = monitor_command_tables[i]; c->name; c++) {
			if (strcmp(argv[0], c->name) == 0) {
				c->run(argc, argv);
				return;
			}
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

static void monitor_seq_flush(struct seq_file *m)
{
	console_write(m->buf, m->count);
	m->count = 0;
}

struct seq_file *monitor_seq(void)
{
	static char buf[1024];
	static struct seq_file m = {
		.buf = buf, .size = sizeof(buf), .flush = monitor_seq_flush,
	};

	m.count = 0;
	return &m;
}
