#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H
/* A report's text, printed into a buffer its reader supplies. */
#include <linux/compiler.h>
#include <linux/types.h>

struct seq_file {
	char *buf;		/* the text, always ended by a NUL */
	size_t size;		/* bytes at buf */
	size_t count;		/* bytes of text; size once it overflowed */
	void (*flush)(struct seq_file *m);	/* NULL, or takes the text */
};

void seq_vprintf(struct seq_file *m, const char *fmt, va_list args);
void seq_printf(struct seq_file *m, const char *fmt, ...) __printf(2, 3);
void seq_puts(struct seq_file *m, const char *s);
void seq_putc(struct seq_file *m, char c);

static inline bool seq_has_overflowed(const struct seq_file *m)
{
	return m->count == m->size;
}
#endif
