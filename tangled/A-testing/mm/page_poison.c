/* mm/page_poison.c: free pages filled with PAGE_POISON, checked on use. */
#include <linux/boot_info.h>
#include <linux/cmdline_option.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/poison.h>
#include <linux/sprintf.h>
#include <linux/string.h>

#define PG_poisoned	__NR_PAGEFLAGS
_Static_assert(PG_poisoned < ZONES_PGSHIFT, "no spare bit in page->flags");

static bool want_page_poisoning;
static bool pages_poisoned;	/* a page was marked since boot */

bool page_poisoning_enabled(void)
{
	return want_page_poisoning;
}

void page_poisoning_set(bool on)
{
	want_page_poisoning = on;
}

void page_poisoning_init(void)
{
	char buf[4];

	pages_poisoned = false;
	want_page_poisoning = cmdline_find_option(boot_command_line,
				"page_poison", buf, sizeof(buf)) > 0 &&
			      (!strcmp(buf, "1") || !strcmp(buf, "on") ||
			       !strcmp(buf, "y"));
}

void kernel_poison_pages(struct page *page, int numpages)
{
	int i;

	if (!want_page_poisoning)
		return;
	for (i = 0; i < numpages; i++) {
		memset(page_address(page + i), PAGE_POISON, PAGE_SIZE);
		page[i].flags |= 1UL << PG_poisoned;
	}
	pages_poisoned = true;
}

static bool single_bit_flip(unsigned char a, unsigned char b)
{
	unsigned char error = a ^ b;

	return error && !(error & (error - 1));
}

static void check_poison_mem(struct page *page, unsigned char *mem,
			     size_t bytes)
{
	unsigned char *start, *end;

	for (start = mem; start < mem + bytes; start++)
		if (*start != PAGE_POISON)
			break;
	if (start == mem + bytes)
		return;
	for (end = mem + bytes - 1; end > start; end--)
		if (*end != PAGE_POISON)
			break;
	count_bad_page_report();
	if (start == end && single_bit_flip(*start, PAGE_POISON))
		pr_err("pagealloc: single bit error\n");
	else
		pr_err("pagealloc: memory corruption\n");
	print_hex_dump(KERN_ERR, "", DUMP_PREFIX_ADDRESS, 16, 1, start,
		       end - start + 1, true);
	dump_stack();
	dump_page(page, "pagealloc: corrupted page details");
}

void kernel_unpoison_pages(struct page *page, int numpages)
{
	int i;

	if (!pages_poisoned)
		return;
	for (i = 0; i < numpages; i++) {
		if (!(page[i].flags & (1UL << PG_poisoned)))
			continue;
		page[i].flags &= ~(1UL << PG_poisoned);
		check_poison_mem(page + i, page_address(page + i), PAGE_SIZE);
	}
}
