/* arch/x86_64/time.c: the PIT's tick, the TSC's clock, the RTC's date. */
#include <asm/i8259.h>
#include <asm/io.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/timekeeping.h>

#define PIT_TICK_RATE	1193182		/* Hz */
#define PIT_LATCH	((PIT_TICK_RATE + HZ / 2) / HZ)
#define PIT_MODE	0x43
#define PIT_CH0		0x40
#define PIT_CH2		0x42
#define CAL_MS		10
#define CAL_LATCH	(PIT_TICK_RATE / (1000 / CAL_MS))

static inline u64 rdtsc(void)
{
	u32 lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

static struct clocksource clocksource_tsc = {
	.name = "tsc",
	.read = rdtsc,
};

static u64 pit_calibrate_tsc(void)
{
	u64 t1, t2;

	outb((inb(0x61) & ~0x02) | 0x01, 0x61);	/* gate on, speaker off */
	outb(0xb0, PIT_MODE);		/* channel 2, mode 0, lo/hi byte */
	outb(CAL_LATCH & 0xff, PIT_CH2);
	outb(CAL_LATCH >> 8, PIT_CH2);
	t1 = rdtsc();
	while (!(inb(0x61) & 0x20))	/* the output goes high at 0 */
		;
	t2 = rdtsc();
	return (t2 - t1) / CAL_MS;	/* kHz */
}

static irqreturn_t timer_interrupt(int irq, void *dev_id)
{
	tick_handle_periodic();
	return IRQ_HANDLED;
}

void time_init(void)
{
	u64 tsc_khz = pit_calibrate_tsc();

	pr_info("tsc: Detected %llu.%03llu MHz processor\n",
		(unsigned long long)tsc_khz / 1000,
		(unsigned long long)tsc_khz % 1000);
	clocksource_register_hz(&clocksource_tsc, tsc_khz * 1000);
	outb(0x34, PIT_MODE);		/* channel 0, mode 2, lo/hi byte */
	outb(PIT_LATCH & 0xff, PIT_CH0);
	outb(PIT_LATCH >> 8, PIT_CH0);
	if (request_irq(0, timer_interrupt, 0, "timer", NULL))
		panic("time_init: no line 0 for the timer");
	pr_info("clockevent: pit at %d.%02d Hz (latch %d), HZ=%d\n",
		PIT_TICK_RATE / PIT_LATCH,
		PIT_TICK_RATE * 100 / PIT_LATCH % 100, PIT_LATCH, HZ);
}

static unsigned int cmos_read_raw(unsigned int reg)
{
	outb(reg, 0x70);
	return inb(0x71);
}

static unsigned int cmos_read(unsigned int reg)
{
	unsigned int v = cmos_read_raw(reg);

	if (!(cmos_read_raw(0x0b) & 0x04))		/* BCD */
		v = (v & 0x0f) + (v >> 4) * 10;
	return v;
}

static u64 mktime64(unsigned int year, unsigned int mon, unsigned int day,
		    unsigned int hour, unsigned int min, unsigned int sec)
{
	if ((int)(mon -= 2) <= 0) {
		mon += 12;
		year -= 1;
	}
	return ((((u64)(year / 4 - year / 100 + year / 400 + 367 * mon / 12 +
			day) + year * 365 - 719499) * 24 + hour) * 60 +
		min) * 60 + sec;
}

u64 read_persistent_clock64(void)
{
	unsigned int sec, min, hour, day, mon, year;
	u64 t;

	while (cmos_read_raw(0x0a) & 0x80)	/* update in progress */
		;
	sec = cmos_read(0);
	min = cmos_read(2);
	hour = cmos_read(4);
	day = cmos_read(7);
	mon = cmos_read(8);
	year = cmos_read(9) + 2000;
	t = mktime64(year, mon, day, hour, min, sec);
	pr_info("rtc_cmos: setting system clock to "
		"%04u-%02u-%02uT%02u:%02u:%02u UTC (%llu)\n", year, mon, day,
		hour, min, sec, (unsigned long long)t);
	return t;
}
