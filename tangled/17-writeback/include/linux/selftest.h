#ifndef _LINUX_SELFTEST_H
#define _LINUX_SELFTEST_H
#include <linux/compiler.h>

struct self_test {
	const char *name;
	void (*run)(void);
};

void self_test_fail(const char *file, int line, const char *fmt, ...)
	__printf(3, 4);

#define EXPECT_TRUE(cond) do {						\
	if (!(cond))							\
		self_test_fail(__FILE__, __LINE__, "%s", #cond);	\
} while (0)

#define EXPECT_EQ(a, b) do {						\
	long long a_ = (a), b_ = (b);					\
	if (a_ != b_)							\
		self_test_fail(__FILE__, __LINE__,			\
			       "%s is %lld, expected %lld", #a, a_, b_);\
} while (0)

#define EXPECT_STREQ(a, b) do {						\
	const char *a_ = (a), *b_ = (b);				\
	if (strcmp(a_, b_) != 0)					\
		self_test_fail(__FILE__, __LINE__,			\
			       "%s is \"%s\", expected \"%s\"", #a, a_, b_); \
} while (0)

/* Tests only one architecture can run; each arch defines the table. */
extern const struct self_test arch_self_tests[];
extern const unsigned int nr_arch_self_tests;
extern const struct self_test slab_self_tests[];
extern const unsigned int nr_slab_self_tests;
extern const struct self_test kmalloc_self_tests[];
extern const unsigned int nr_kmalloc_self_tests;
extern const struct self_test vmalloc_self_tests[];
extern const unsigned int nr_vmalloc_self_tests;
extern const struct self_test sched_self_tests[];
extern const unsigned int nr_sched_self_tests;
#endif
