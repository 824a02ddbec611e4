/*
 * Exercise 6.2, a solution: the size first, then every entry of the
 * matrix against the two rules.
 */
#include <linux/string.h>
#include "slit.h"

int slit_valid(const struct acpi_table_header *slit)
{
	const u8 *entry = (const u8 *)slit + ACPI_SLIT_HEADER_SIZE;
	u64 count, i, j;

	if (slit->length < ACPI_SLIT_HEADER_SIZE)
		return 0;
	memcpy(&count, slit + 1, sizeof(count));
	if (count > 256 || slit->length < ACPI_SLIT_HEADER_SIZE +
					  count * count)
		return 0;
	for (i = 0; i < count; i++) {
		for (j = 0; j < count; j++) {
			u8 d = entry[i * count + j];

			if (i == j ? d != LOCAL_DISTANCE : d <= LOCAL_DISTANCE)
				return 0;
		}
	}
	return 1;
}
