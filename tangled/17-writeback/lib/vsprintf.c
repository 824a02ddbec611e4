/* lib/vsprintf.c: formatted output into a buffer. */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/mm_internal.h>

struct sink {
	char *buf;
	size_t size;		/* room in buf, including the final zero */
	size_t len;		/* characters produced, stored or not */
};

static void put(struct sink *s, char c)
{
	if (s->len + 1 < s->size)
		s->buf[s->len] = c;
	s->len++;
}

static void put_repeated(struct sink *s, char c, size_t n)
{
	while (n--)
		put(s, c);
}

enum {
	LEFT	= 1,	/* '-': pad on the right */
	PLUS	= 2,	/* '+': a sign even for positive numbers */
	SPACE	= 4,	/* ' ': a space where a '+' would go */
	SPECIAL	= 8,	/* '#': 0x before hex, a 0 before octal */
	ZEROPAD	= 16,	/* '0': pad numbers with zeros */
	SIGN	= 32,	/* the conversion is signed */
};

struct printf_spec {
	unsigned int flags;
	int width;		/* minimum field width; 0 if none */
	int precision;		/* -1 if none */
	unsigned int base;	/* 8, 10 or 16 */
	bool upper;		/* upper-case hex digits */
	char qualifier;		/* 'H' (hh), 'h', 'l', 'L' (ll), 'z' or 0 */
};

static int skip_atoi(const char **s)
{
	int n = 0;

	while (**s >= '0' && **s <= '9')
		n = n * 10 + *(*s)++ - '0';
	return n;
}

static const char *format_decode(const char *fmt, struct printf_spec *spec,
				 va_list *ap)
{
	*spec = (struct printf_spec){ .precision = -1, .base = 10 };
	for (;; fmt++) {
		if (*fmt == '-')
			spec->flags |= LEFT;
		else if (*fmt == '+')
			spec->flags |= PLUS;
		else if (*fmt == ' ')
			spec->flags |= SPACE;
		else if (*fmt == '#')
			spec->flags |= SPECIAL;
		else if (*fmt == '0')
			spec->flags |= ZEROPAD;
		else
			break;
	}
	if (*fmt == '*') {
		fmt++;
		spec->width = va_arg(*ap, int);
		if (spec->width < 0) {
			spec->flags |= LEFT;
			spec->width = -spec->width;
		}
	} else {
		spec->width = skip_atoi(&fmt);
	}
	if (*fmt == '.') {
		fmt++;
		if (*fmt == '*') {
			fmt++;
			spec->precision = va_arg(*ap, int);
			if (spec->precision < 0)
				spec->precision = -1;
		} else {
			spec->precision = skip_atoi(&fmt);
		}
	}
	if (*fmt == 'h' || *fmt == 'l' || *fmt == 'z') {
		spec->qualifier = *fmt++;
		if (spec->qualifier == 'h' && *fmt == 'h') {
			spec->qualifier = 'H';
			fmt++;
		} else if (spec->qualifier == 'l' && *fmt == 'l') {
			spec->qualifier = 'L';
			fmt++;
		}
	}
	return fmt;
}

static void field(struct sink *s, const char *str, size_t len,
		  const struct printf_spec *spec)
{
	size_t width = spec->width;
	size_t pad = width > len ? width - len : 0;

	if (!(spec->flags & LEFT))
		put_repeated(s, ' ', pad);
	while (len--)
		put(s, *str++);
	if (spec->flags & LEFT)
		put_repeated(s, ' ', pad);
}

static void string(struct sink *s, const char *str,
		   const struct printf_spec *spec)
{
	size_t max = spec->precision < 0 ? SIZE_MAX : (size_t)spec->precision;

	if (!str)
		str = "(null)";
	field(s, str, strnlen(str, max), spec);
}

static void number(struct sink *s, unsigned long long num, bool negative,
		   struct printf_spec spec)
{
	const char *digits = spec.upper ? "0123456789ABCDEF"
					: "0123456789abcdef";
	char tmp[24];		/* 64 bits are at most 22 octal digits */
	char sign = 0;
	const char *prefix = "";
	int n = 0, zeros, len, pad;

	if (spec.flags & SIGN) {
		if (negative)
			sign = '-';
		else if (spec.flags & PLUS)
			sign = '+';
		else if (spec.flags & SPACE)
			sign = ' ';
	}
	if ((spec.flags & SPECIAL) && spec.base == 16 && num != 0)
		prefix = spec.upper ? "0X" : "0x";
	if (spec.precision >= 0)
		spec.flags &= ~ZEROPAD;
	else
		spec.precision = 1;
	while (num != 0) {
		tmp[n++] = digits[num % spec.base];
		num /= spec.base;
	}
	if ((spec.flags & SPECIAL) && spec.base == 8 && spec.precision <= n)
		spec.precision = n + 1;
	zeros = spec.precision > n ? spec.precision - n : 0;
	len = (sign != 0) + (int)strlen(prefix) + zeros + n;
	if ((spec.flags & (ZEROPAD | LEFT)) == ZEROPAD && spec.width > len) {
		zeros += spec.width - len;
		len = spec.width;
	}
	pad = spec.width > len ? spec.width - len : 0;
	if (!(spec.flags & LEFT))
		put_repeated(s, ' ', pad);
	if (sign)
		put(s, sign);
	while (*prefix)
		put(s, *prefix++);
	put_repeated(s, '0', zeros);
	while (n > 0)
		put(s, tmp[--n]);
	if (spec.flags & LEFT)
		put_repeated(s, ' ', pad);
}

static unsigned long long fetch_unsigned(const struct printf_spec *spec,
					 va_list *ap)
{
	switch (spec->qualifier) {
	case 'H': return (unsigned char)va_arg(*ap, unsigned int);
	case 'h': return (unsigned short)va_arg(*ap, unsigned int);
	case 'l': return va_arg(*ap, unsigned long);
	case 'L': return va_arg(*ap, unsigned long long);
	case 'z': return va_arg(*ap, size_t);
	default: return va_arg(*ap, unsigned int);
	}
}

static long long fetch_signed(const struct printf_spec *spec, va_list *ap)
{
	switch (spec->qualifier) {
	case 'H': return (signed char)va_arg(*ap, int);
	case 'h': return (short)va_arg(*ap, int);
	case 'l': return va_arg(*ap, long);
	case 'L': return va_arg(*ap, long long);
	case 'z': return (ssize_t)va_arg(*ap, size_t);
	default: return va_arg(*ap, int);
	}
}

static void integer(struct sink *s, const struct printf_spec *spec,
		    va_list *ap)
{
	long long v;

	if (!(spec->flags & SIGN)) {
		number(s, fetch_unsigned(spec, ap), false, *spec);
		return;
	}
	v = fetch_signed(spec, ap);
	if (v < 0)
		number(s, -(unsigned long long)v, true, *spec);
	else
		number(s, v, false, *spec);
}

static void format_flags(struct sink *s, unsigned long flags,
			 const struct trace_print_flags *names)
{
	const struct printf_spec hex = {
		.flags = SPECIAL, .precision = -1, .base = 16,
	};
	const char *p;

	for (; flags && names->name; names++) {
		if ((flags & names->mask) != names->mask)
			continue;
		for (p = names->name; *p; p++)
			put(s, *p);
		flags &= ~names->mask;
		if (flags)
			put(s, '|');
	}
	if (flags)
		number(s, flags, false, hex);
}

static void pointer(struct sink *s, const char **fmt, const void *ptr)
{
	struct printf_spec spec = {
		.flags = ZEROPAD,
		.width = 2 * sizeof(void *),
		.precision = -1,
		.base = 16,
	};

	if ((*fmt)[1] == 'G' && (*fmt)[2] == 'g') {	/* %pGg: GFP flags */
		*fmt += 2;
		format_flags(s, *(const gfp_t *)ptr, gfpflag_names);
		return;
	}
	if ((*fmt)[1] == 'S' || (*fmt)[1] == 'a') {	/* %pS, %pa */
		if ((*fmt)[1] == 'a')
			ptr = (const void *)(uintptr_t)*(const phys_addr_t *)ptr;
		(*fmt)++;
		put(s, '0');
		put(s, 'x');
		number(s, (uintptr_t)ptr, false, spec);
		return;
	}
	if ((*fmt)[1] == 'K')				/* %pK */
		(*fmt)++;
	if ((*fmt)[1] == 'x')		/* %px */
		(*fmt)++;
	number(s, (uintptr_t)ptr, false, spec);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct sink s = { .buf = buf, .size = size };
	struct printf_spec spec;
	const char *start;
	va_list ap;

	va_copy(ap, args);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(&s, *fmt);
			continue;
		}
		start = fmt;
		fmt = format_decode(fmt + 1, &spec, &ap);
		switch (*fmt) {
		case 'd':
		case 'i':
			spec.flags |= SIGN;
			fallthrough;
		case 'u':
			integer(&s, &spec, &ap);
			break;
		case 'X':
			spec.upper = true;
			fallthrough;
		case 'x':
			spec.base = 16;
			integer(&s, &spec, &ap);
			break;
		case 'o':
			spec.base = 8;
			integer(&s, &spec, &ap);
			break;
		case 'c': {
			char c = (char)va_arg(ap, int);

			field(&s, &c, 1, &spec);
			break;
		}
		case 's':
			string(&s, va_arg(ap, const char *), &spec);
			break;
		case 'p':
			pointer(&s, &fmt, va_arg(ap, const void *));
			break;
		case '%':
			put(&s, '%');
			break;
		case '\0':			/* the format ends mid-spec */
			while (start < fmt)
				put(&s, *start++);
			fmt--;
			break;
		default:			/* unknown: print it as is */
			while (start <= fmt)
				put(&s, *start++);
			break;
		}
	}
	va_end(ap);
	if (size > 0)
		buf[s.len < size ? s.len : size - 1] = '\0';
	return s.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n = vsnprintf(buf, size, fmt, args);

	if (size == 0)
		return 0;
	return (size_t)n < size ? n : (int)(size - 1);
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return n;
}
