/* arch/x86_64/catch.c: catching an exception the kernel raises itself. */
#include <asm/catch.h>
#include <linux/kernel.h>

int __catch_exception(void (*fn)(void *arg), void *arg, unsigned long *sp);
void catch_exception_resume(void);

struct exception_catcher {
	unsigned long sp;		/* 0 once it has caught something */
	struct caught_exception *rec;
};

static struct exception_catcher *catcher;

int catch_exception(void (*fn)(void *arg), void *arg,
		    struct caught_exception *rec)
{
	struct exception_catcher c = { .rec = rec };
	struct exception_catcher *outer = catcher;
	int vector;

	*rec = (struct caught_exception){ .vector = -1 };
	catcher = &c;
	vector = __catch_exception(fn, arg, &c.sp);
	catcher = outer;
	return vector;
}

bool fixup_exception_table(struct pt_regs *regs);	/* extable.c */

bool fixup_exception(struct pt_regs *regs, int trapnr,
		     unsigned long error_code, unsigned long fault_addr)
{
	struct exception_catcher *c = catcher;

	if (fixup_exception_table(regs))
		return true;
	if (!c || !c->sp)
		return false;
	*c->rec = (struct caught_exception){
		.vector = trapnr,
		.error_code = error_code,
		.ip = regs->ip,
		.cr2 = fault_addr,
	};
	regs->ip = (unsigned long)catch_exception_resume;
	regs->sp = c->sp;
	regs->ax = trapnr;
	c->sp = 0;
	return true;
}
