/* tests/tests.h: helpers shared by the host tests. */
#ifndef TESTS_H
#define TESTS_H
#include <check.h>
#include <stdarg.h>
#include <stddef.h>

int libc_vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int libc_snprintf(char *buf, size_t size, const char *fmt, ...);
void host_test_setup(void);
struct seq_file;
struct seq_file *test_seq(void);
const char *test_seq_text(void);
int count_matching_lines(const char *text, const char *pattern);
void expect_lines_match(const char *text, const char *pattern, int want);
struct list_head;
void give_back_pages(struct list_head *taken, unsigned int order);
#endif
