/* arch/x86_64/serial.c: a polled 16550 UART on COM1 as the console. */
#include <asm/io.h>
#include <asm/serial.h>
#include <asm/setup.h>
#include <linux/console.h>

void serial_init(void)
{
	unsigned int divisor = BASE_BAUD / 115200;

	outb(0, COM1 + UART_IER);		/* no interrupts: we poll */
	outb(UART_LCR_DLAB, COM1 + UART_LCR);
	outb(divisor & 0xff, COM1 + UART_DLL);
	outb(divisor / 256, COM1 + UART_DLM);
	outb(UART_LCR_WLEN8, COM1 + UART_LCR);	/* 8N1, DLAB off */
	outb(0, COM1 + UART_FCR);
	outb(UART_MCR_DTR | UART_MCR_RTS, COM1 + UART_MCR);
}

static void serial_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE))
		asm volatile("pause");
	outb(c, COM1 + UART_TX);
}

static char serial_getc(void)
{
	while (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
		asm volatile("pause");
	return inb(COM1 + UART_RX);
}

static void serial_write(struct console *con, const char *s, unsigned int n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

static int serial_read(struct console *con, char *s, unsigned int n)
{
	if (n == 0)
		return 0;
	*s = serial_getc();
	return 1;
}

struct console serial_console = {
	.name = "ttyS0",
	.write = serial_write,
	.read = serial_read,
};
