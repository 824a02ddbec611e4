#ifndef _ASM_SERIAL_H
#define _ASM_SERIAL_H
#define COM1		0x3f8	/* I/O port base of the first UART */
#define BASE_BAUD	115200	/* the UART clock / 16 */
#define UART_RX		0	/* in: receive buffer */
#define UART_TX		0	/* out: transmit holding register */
#define UART_DLL	0	/* out, DLAB = 1: divisor, low byte */
#define UART_DLM	1	/* out, DLAB = 1: divisor, high byte */
#define UART_IER	1	/* out: interrupt enable */
#define UART_FCR	2	/* out: FIFO control */
#define UART_LCR	3	/* out: line control */
#define UART_LCR_DLAB	0x80	/*   divisor latch access */
#define UART_LCR_WLEN8	0x03	/*   8 data bits, no parity, 1 stop */
#define UART_MCR	4	/* out: modem control */
#define UART_MCR_DTR	0x01	/*   data terminal ready */
#define UART_MCR_RTS	0x02	/*   request to send */
#define UART_LSR	5	/* in: line status */
#define UART_LSR_DR	0x01	/*   a received byte is waiting */
#define UART_LSR_THRE	0x20	/*   the transmitter can take a byte */
#endif
