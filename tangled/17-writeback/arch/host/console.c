/* arch/host/console.c: a console in memory, for tests. */
#include <asm/host.h>
#include <linux/console.h>
#include <linux/string.h>

static char output[1 << 16];
static size_t output_len;
static const char *input = "";

static void host_write(struct console *con, const char *s, unsigned int n)
{
	while (n-- && output_len + 1 < sizeof(output))
		output[output_len++] = *s++;
	output[output_len] = '\0';
}

static int host_read(struct console *con, char *s, unsigned int n)
{
	if (n == 0 || *input == '\0')
		return 0;
	*s = *input++;
	return 1;
}

struct console host_console = {
	.name = "host0",
	.write = host_write,
	.read = host_read,
};

const char *host_console_output(void)
{
	return output;
}

void host_console_reset(void)
{
	output_len = 0;
	output[0] = '\0';
}

void host_console_set_input(const char *s)
{
	input = s;
}
