#ifndef _LINUX_POISON_H
#define _LINUX_POISON_H
/* Values that fill memory nobody may touch, easy to see in a dump. */
#define PAGE_POISON	0xaa	/* a free page, with page_poison=1 */
#endif
