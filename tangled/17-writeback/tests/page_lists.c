/* tests/page_lists.c: freeing the blocks a test holds on a list. */
#include "tests.h"
#include <linux/gfp.h>

void give_back_pages(struct list_head *taken, unsigned int order)
{
	while (!list_empty(taken)) {
		struct page *page = list_entry(taken->next, struct page, lru);

		list_del(&page->lru);
		__free_pages(page, order);
	}
}
