/* lib/string_helpers.c: sizes for people. */
#include <linux/kernel.h>
#include <linux/string_helpers.h>

void string_get_size(u64 size, u64 blk_size, enum string_size_units units,
		     char *buf, int len)
{
	static const char *const units_10[] = {
		"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"
	};
	static const char *const units_2[] = {
		"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"
	};
	static const unsigned int rounding[] = { 500, 50, 5 };
	const char *const *names = units == STRING_UNITS_2 ? units_2
							    : units_10;
	unsigned int divisor = units == STRING_UNITS_2 ? 1024 : 1000;
	unsigned int i = 0, j, remainder = 0, sf_cap;
	char tmp[12] = "";

	if (!blk_size)
		size = 0;
	if (size) {
		while (blk_size >> 32) {
			blk_size /= divisor;
			i++;
		}
		while (size >> 32) {
			size /= divisor;
			i++;
		}
		size *= blk_size;
		while (size >= divisor) {
			remainder = size % divisor;
			size /= divisor;
			i++;
		}
		sf_cap = size;
		for (j = 0; sf_cap * 10 < 1000; j++)
			sf_cap *= 10;
		if (units == STRING_UNITS_2)
			remainder = (remainder * 1000) >> 10;
		remainder += rounding[j];
		if (remainder >= 1000) {
			remainder -= 1000;
			size += 1;
		}
		if (j) {
			snprintf(tmp, sizeof(tmp), ".%03u", remainder);
			tmp[j + 1] = '\0';
		}
	}
	snprintf(buf, len, "%u%s %s", (u32)size, tmp,
		 i < ARRAY_SIZE(units_2) ? names[i] : "UNK");
}
