/* fs/seq_file.c: printing a report into a seq_file. */
#include <linux/seq_file.h>
#include <linux/sprintf.h>
#include <linux/string.h>

static void seq_commit(struct seq_file *m, size_t len)
{
	m->count += len;
	m->buf[m->count] = '\0';
	if (m->flush)
		m->flush(m);
}

static void seq_set_overflow(struct seq_file *m)
{
	m->count = m->size;
}

void seq_vprintf(struct seq_file *m, const char *fmt, va_list args)
{
	size_t room = m->size - m->count;
	int len;

	if (room) {
		len = vsnprintf(m->buf + m->count, room, fmt, args);
		if ((size_t)len < room) {
			seq_commit(m, len);
			return;
		}
	}
	seq_set_overflow(m);
}

void seq_printf(struct seq_file *m, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	seq_vprintf(m, fmt, args);
	va_end(args);
}

void seq_puts(struct seq_file *m, const char *s)
{
	size_t len = strlen(s);

	if (m->count + len >= m->size) {
		seq_set_overflow(m);
		return;
	}
	memcpy(m->buf + m->count, s, len);
	seq_commit(m, len);
}

void seq_putc(struct seq_file *m, char c)
{
	if (m->count + 1 >= m->size) {
		seq_set_overflow(m);
		return;
	}
	m->buf[m->count] = c;
	seq_commit(m, 1);
}
