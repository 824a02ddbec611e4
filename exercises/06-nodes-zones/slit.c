/*
 * Exercise 6.2: slit_valid(). See 2-slit.md; grade it with
 * `make grade CH=6`.
 */
#include "slit.h"

/*
 * Return 1 if the SLIT's matrix is usable, 0 if not: its length must
 * hold the header, the 8-byte locality count and count * count entries;
 * every diagonal entry must be LOCAL_DISTANCE; every other entry must be
 * more than LOCAL_DISTANCE.
 */
int slit_valid(const struct acpi_table_header *slit)
{
	(void)slit;
	return 1;
}
