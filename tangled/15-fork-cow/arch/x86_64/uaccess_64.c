/* arch/x86_64/uaccess_64.c: copies to and from user memory that may fault. */
#include <asm/catch.h>
#include <linux/string.h>
#include <linux/uaccess.h>

struct user_copy {
	void *to;
	const void *from;
	unsigned long n;
};

static void do_user_copy(void *arg)
{
	struct user_copy *c = arg;

	memcpy(c->to, c->from, c->n);
}

static unsigned long user_copy(void *to, const void *from, unsigned long n)
{
	struct user_copy c = { .to = to, .from = from, .n = n };
	struct caught_exception rec;

	return catch_exception(do_user_copy, &c, &rec) < 0 ? 0 : n;
}

unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	if (!access_ok(from, n))
		return n;
	return user_copy(to, from, n);
}

unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return user_copy(to, from, n);
}
