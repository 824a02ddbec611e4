/*
 * Exercise 6.2: slit_valid() checks the SLIT's distance matrix before the
 * kernel believes it.
 */
#ifndef EXERCISE_SLIT_H
#define EXERCISE_SLIT_H
#include <linux/acpi.h>
#include <linux/numa_memblks.h>

int slit_valid(const struct acpi_table_header *slit);

#endif
