/* tests/seq.c: a seq_file over a buffer, for the tests of reports. */
#include "tests.h"
#include <linux/seq_file.h>

static char text[1 << 16];
static struct seq_file seq;

struct seq_file *test_seq(void)
{
	seq = (struct seq_file){ .buf = text, .size = sizeof(text) };
	text[0] = '\0';
	return &seq;
}

const char *test_seq_text(void)
{
	ck_assert(!seq_has_overflowed(&seq));
	return text;
}
