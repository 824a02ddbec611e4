#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H
/* Timers: a function called at a given tick. */
#include <linux/list.h>

struct timer_list {
	struct list_head entry;		/* on the pending list */
	unsigned long expires;		/* in jiffies */
	void (*function)(struct timer_list *);
	unsigned int flags;
};

#define from_timer(var, callback_timer, timer_fieldname) \
	list_entry(callback_timer, __typeof__(*var), timer_fieldname)

void timer_setup(struct timer_list *timer,
		 void (*func)(struct timer_list *), unsigned int flags);
void add_timer(struct timer_list *timer);
int mod_timer(struct timer_list *timer, unsigned long expires);
int del_timer(struct timer_list *timer);
void run_local_timers(void);
void init_timers(void);

static inline int timer_pending(const struct timer_list *timer)
{
	return timer->entry.next != NULL;
}
#endif
