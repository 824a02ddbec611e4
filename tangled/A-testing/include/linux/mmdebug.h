#ifndef _LINUX_MMDEBUG_H
#define _LINUX_MMDEBUG_H
/* The page allocator's checks of its callers: reports and poisoning. */
#include <linux/panic.h>
#include <linux/types.h>

struct page;

/* The address a function returns to: its caller's call site. */
#define _RET_IP_	((unsigned long)__builtin_return_address(0))

extern unsigned long page_alloc_caller;
unsigned long nr_bad_page_reports(void);
void count_bad_page_report(void);

bool free_page_pointer_bad(const struct page *page);
bool free_page_refcount_bad(struct page *page);
bool free_pages_prepare(struct page *page, unsigned int order);
void free_pages_core_prepare(struct page *page, unsigned int order);
bool check_new_pages(struct page *page, unsigned int order);
void post_alloc_hook(struct page *page, unsigned int order);

void page_poisoning_init(void);
bool page_poisoning_enabled(void);
void page_poisoning_set(bool on);
void kernel_poison_pages(struct page *page, int numpages);
void kernel_unpoison_pages(struct page *page, int numpages);
#endif
