/* kernel/printk.c: the log buffer, the consoles, and printk. */
#include <linux/console.h>
#include <linux/kernel.h>
#include <linux/string.h>

static struct console *console_drivers;

void register_console(struct console *con)
{
	struct console *c;

	for (c = console_drivers; c; c = c->next)
		if (c == con)
			return;
	con->next = console_drivers;
	console_drivers = con;
	pr_info("printk: console [%s] enabled\n", con->name);
}

void console_write(const char *s, size_t n)
{
	struct console *c;

	for (c = console_drivers; c; c = c->next)
		c->write(c, s, n);
}

int console_read_char(void)
{
	struct console *c;
	char ch;

	for (c = console_drivers; c; c = c->next)
		if (c->read && c->read(c, &ch, 1) == 1)
			return (unsigned char)ch;
	return -1;
}

static char log_buf[LOG_BUF_LEN];
static u64 log_next;		/* bytes logged since boot */

static void log_store(const char *s, size_t n)
{
	while (n--)
		log_buf[log_next++ % LOG_BUF_LEN] = *s++;
}

size_t log_buf_copy(char *dst, size_t size)
{
	u64 held = log_next < LOG_BUF_LEN ? log_next : LOG_BUF_LEN;
	u64 start;
	size_t i;

	if (size == 0)
		return 0;
	if (held > size - 1)
		held = size - 1;
	start = log_next - held;
	for (i = 0; i < held; i++)
		dst[i] = log_buf[(start + i) % LOG_BUF_LEN];
	dst[held] = '\0';
	return held;
}

int vprintk(const char *fmt, va_list args)
{
	static char line[1024];
	const char *text;
	size_t len;

	vscnprintf(line, sizeof(line), fmt, args);
	text = printk_skip_level(line);
	len = strlen(text);
	log_store(text, len);
	console_write(text, len);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vprintk(fmt, args);
	va_end(args);
	return n;
}
