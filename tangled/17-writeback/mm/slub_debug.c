/* mm/slub_debug.c: slub_debug: red zones, poison, owners, reports. */
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/cmdline_option.h>
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/panic.h>
#include <linux/string.h>
#include "slab.h"

static slab_flags_t slub_debug;
static char slub_debug_slabs[128];	/* the names after the flags */

static slab_flags_t parse_slub_debug_flags(const char *str)
{
	slab_flags_t flags = 0;

	if (!*str)
		return SLAB_DEBUG_FLAGS;
	for (; *str && *str != ','; str++) {
		switch (*str | 0x20) {
		case 'f': flags |= SLAB_CONSISTENCY_CHECKS; break;
		case 'z': flags |= SLAB_RED_ZONE; break;
		case 'p': flags |= SLAB_POISON; break;
		case 'u': flags |= SLAB_STORE_USER; break;
		case '-': flags = 0; break;
		default:
			pr_err("slub_debug option '%c' unknown. skipped\n",
			       *str);
		}
	}
	return flags;
}

void setup_slub_debug(void)
{
	char buf[160], *names;

	slub_debug = 0;
	slub_debug_slabs[0] = '\0';
	if (cmdline_find_option(boot_command_line, "slub_debug", buf,
				sizeof(buf)) < 0) {
		if (cmdline_find_option_bool(boot_command_line,
					     "slub_debug") > 0)
			slub_debug = SLAB_DEBUG_FLAGS;
		return;
	}
	slub_debug = parse_slub_debug_flags(buf);
	for (names = buf; *names && *names != ','; names++)
		;
	if (*names)
		strscpy(slub_debug_slabs, names + 1,
			sizeof(slub_debug_slabs));
}

static bool name_listed(const char *list, const char *name)
{
	size_t len = strlen(name);

	while (*list) {
		if (strncmp(list, name, len) == 0 &&
		    (list[len] == ',' || !list[len]))
			return true;
		while (*list && *list++ != ',')
			;
	}
	return false;
}

slab_flags_t kmem_cache_flags(slab_flags_t flags, const char *name)
{
	if (!slub_debug_slabs[0] || name_listed(slub_debug_slabs, name))
		flags |= slub_debug;
	return flags;
}

static bool freeptr_outside_object(struct kmem_cache *s)
{
	return s->offset >= s->inuse;
}

static unsigned int get_info_end(struct kmem_cache *s)
{
	return freeptr_outside_object(s) ? s->inuse + sizeof(void *)
					 : s->inuse;
}

static struct track *get_track(struct kmem_cache *s, void *object,
			       enum track_item alloc)
{
	return (struct track *)((char *)object + get_info_end(s)) + alloc;
}

static unsigned int size_from_object(struct kmem_cache *s)
{
	return s->flags & SLAB_RED_ZONE ? s->size - s->red_left_pad
					: s->size;
}

static void init_object(struct kmem_cache *s, void *object, u8 val)
{
	u8 *p = object;

	if (s->flags & SLAB_RED_ZONE)
		memset(p - s->red_left_pad, val, s->red_left_pad);
	if (s->flags & __OBJECT_POISON) {
		memset(p, POISON_FREE, s->object_size - 1);
		p[s->object_size - 1] = POISON_END;
	}
	if (s->flags & SLAB_RED_ZONE)
		memset(p + s->object_size, val, s->inuse - s->object_size);
}

void setup_object_debug(struct kmem_cache *s, void *object)
{
	if (!(s->flags & (SLAB_STORE_USER | SLAB_RED_ZONE | __OBJECT_POISON)))
		return;
	init_object(s, object, SLUB_RED_INACTIVE);
	if (s->flags & SLAB_STORE_USER)
		memset(get_track(s, object, TRACK_ALLOC), 0,
		       2 * sizeof(struct track));
}

void setup_slab_debug(struct kmem_cache *s, struct slab *slab, void *addr)
{
	if (s->flags & SLAB_POISON)
		memset(addr, POISON_INUSE, PAGE_SIZE << slab_order(slab));
}

static void set_track(struct kmem_cache *s, void *object,
		      enum track_item alloc, unsigned long addr)
{
	struct track *t = get_track(s, object, alloc);

	t->addr = addr;
	t->cpu = smp_processor_id();
	t->pid = 0;
	t->when = 0;
}

static void print_section(const char *text, u8 *addr, unsigned int length)
{
	print_hex_dump(KERN_ERR, text, DUMP_PREFIX_ADDRESS, 16, 1, addr,
		       length, true);
}

static void print_track(const char *s, struct track *t)
{
	if (t->addr)
		pr_err("%s in 0x%lx age=%lu cpu=%u pid=%d\n", s, t->addr,
		       t->when, t->cpu, t->pid);
}

static void print_tracking(struct kmem_cache *s, void *object)
{
	if (!(s->flags & SLAB_STORE_USER))
		return;
	print_track("Allocated", get_track(s, object, TRACK_ALLOC));
	print_track("Freed", get_track(s, object, TRACK_FREE));
}

static void print_slab_info(struct slab *slab)
{
	struct page *page = slab_page(slab);

	pr_err("Slab 0x%px objects=%u used=%u fp=0x%px "
	       "flags=0x%lx(slab%s|node=%d|zone=%u)\n", slab,
	       slab->objects, slab->inuse, slab->freelist, page->flags,
	       PageHead(page) ? "|head" : "", page_to_nid(page),
	       page_zonenum(page));
}

static void slab_bug(struct kmem_cache *s, const char *reason)
{
	char rule[78];

	memset(rule, '=', 77);
	rule[77] = '\0';
	pr_err("%s\n", rule);
	pr_err("BUG %s (%s): %s\n", s->name, print_tainted(), reason);
	memset(rule, '-', 77);
	pr_err("%s\n\n", rule);
}

static void slab_fix(struct kmem_cache *s, const char *what)
{
	pr_err("FIX %s: %s\n", s->name, what);
}

static void print_trailer(struct kmem_cache *s, struct slab *slab, u8 *p)
{
	u8 *addr = slab_address(slab);
	unsigned int off = get_info_end(s);

	print_tracking(s, p);
	print_slab_info(slab);
	pr_err("Object 0x%px @offset=%lu fp=0x%px\n\n", p,
	       (unsigned long)(p - addr), get_freepointer(s, p));
	if (s->flags & SLAB_RED_ZONE)
		print_section("Redzone  ", p - s->red_left_pad,
			      s->red_left_pad);
	else if (p > addr + 16)
		print_section("Bytes b4 ", p - 16, 16);
	print_section("Object   ", p, min(s->object_size,
					  (unsigned int)PAGE_SIZE));
	if (s->flags & SLAB_RED_ZONE)
		print_section("Redzone  ", p + s->object_size,
			      s->inuse - s->object_size);
	if (s->flags & SLAB_STORE_USER)
		off += 2 * sizeof(struct track);
	if (off != size_from_object(s))
		print_section("Padding  ", p + off,
			      size_from_object(s) - off);
	dump_stack();
}

static void object_err(struct kmem_cache *s, struct slab *slab, u8 *object,
		       const char *reason)
{
	slab_bug(s, reason);
	print_trailer(s, slab, object);
	add_taint(TAINT_BAD_PAGE);
}

static void slab_err(struct kmem_cache *s, struct slab *slab,
		     const char *reason)
{
	slab_bug(s, reason);
	print_slab_info(slab);
	dump_stack();
	add_taint(TAINT_BAD_PAGE);
}

static u8 *memchr_inv(u8 *start, u8 value, unsigned int bytes)
{
	for (; bytes; bytes--, start++)
		if (*start != value)
			return start;
	return NULL;
}

static int check_bytes_and_report(struct kmem_cache *s, struct slab *slab,
				  u8 *object, const char *what, u8 *start,
				  u8 value, unsigned int bytes)
{
	u8 *fault = memchr_inv(start, value, bytes), *end = start + bytes;
	char buf[100];

	if (!fault)
		return 1;
	while (end > fault && end[-1] == value)
		end--;
	scnprintf(buf, sizeof(buf), "%s overwritten", what);
	slab_bug(s, buf);
	pr_err("0x%px-0x%px @offset=%lu. First byte 0x%x instead of 0x%x\n",
	       fault, end - 1,
	       (unsigned long)(fault - (u8 *)slab_address(slab)),
	       fault[0], value);
	print_trailer(s, slab, object);
	add_taint(TAINT_BAD_PAGE);
	scnprintf(buf, sizeof(buf), "Restoring %s 0x%px-0x%px=0x%x", what,
		  fault, end - 1, value);
	slab_fix(s, buf);
	memset(fault, value, end - fault);
	return 0;
}

static int check_valid_pointer(struct kmem_cache *s, struct slab *slab,
			       void *object)
{
	char *base = slab_address(slab), *p = object;

	if (!object)
		return 1;
	if (s->flags & SLAB_RED_ZONE)
		p -= s->red_left_pad;
	return p >= base && p < base + slab->objects * s->size &&
	       (p - base) % s->size == 0;
}

static int check_object(struct kmem_cache *s, struct slab *slab,
			void *object, u8 val)
{
	u8 *p = object, *endobject = p + s->object_size;

	if (s->flags & SLAB_RED_ZONE) {
		if (!check_bytes_and_report(s, slab, p, "Left Redzone",
					    p - s->red_left_pad, val,
					    s->red_left_pad) ||
		    !check_bytes_and_report(s, slab, p, "Right Redzone",
					    endobject, val,
					    s->inuse - s->object_size))
			return 0;
	}
	if ((s->flags & __OBJECT_POISON) && val != SLUB_RED_ACTIVE &&
	    (!check_bytes_and_report(s, slab, p, "Poison", p, POISON_FREE,
				     s->object_size - 1) ||
	     !check_bytes_and_report(s, slab, p, "End Poison",
				     endobject - 1, POISON_END, 1)))
		return 0;
	if (!freeptr_outside_object(s) && val == SLUB_RED_ACTIVE)
		return 1;	/* the caller's data is where the pointer was */
	if (!check_valid_pointer(s, slab, get_freepointer(s, p))) {
		object_err(s, slab, p, "Freepointer corrupt");
		set_freepointer(s, p, NULL);
		return 0;
	}
	return 1;
}

static int on_freelist(struct kmem_cache *s, struct slab *slab,
		       void *search)
{
	void *fp = slab->freelist;
	int nr = 0;
	char buf[100];

	while (fp && nr <= (int)slab->objects) {
		if (fp == search)
			return 1;
		if (!check_valid_pointer(s, slab, fp)) {
			slab_err(s, slab, "Freepointer corrupt");
			slab->freelist = NULL;
			slab->inuse = slab->objects;
			slab_fix(s, "Freelist cleared");
			return 0;
		}
		fp = get_freepointer(s, fp);
		nr++;
	}
	if (slab->inuse != slab->objects - nr) {
		scnprintf(buf, sizeof(buf), "Wrong object count. Counter is "
			  "%d but counted were %d", slab->inuse,
			  slab->objects - nr);
		slab_err(s, slab, buf);
		slab->inuse = slab->objects - nr;
		slab_fix(s, "Object count adjusted");
	}
	return search == NULL;
}

bool alloc_debug_processing(struct kmem_cache *s, struct slab *slab,
			    void *object, unsigned long addr)
{
	if ((s->flags & SLAB_CONSISTENCY_CHECKS) &&
	    !check_object(s, slab, object, SLUB_RED_INACTIVE)) {
		slab_fix(s, "Marking all objects used");
		slab->inuse = slab->objects;
		slab->freelist = NULL;
		return false;
	}
	if (s->flags & SLAB_STORE_USER)
		set_track(s, object, TRACK_ALLOC, addr);
	init_object(s, object, SLUB_RED_ACTIVE);
	return true;
}

static int free_consistency_checks(struct kmem_cache *s, struct slab *slab,
				   void *object)
{
	char buf[100];

	if (!check_valid_pointer(s, slab, object)) {
		scnprintf(buf, sizeof(buf), "Invalid object pointer 0x%px",
			  object);
		slab_err(s, slab, buf);
		return 0;
	}
	if (on_freelist(s, slab, object)) {
		object_err(s, slab, object, "Object already free");
		return 0;
	}
	return check_object(s, slab, object, SLUB_RED_ACTIVE);
}

bool free_debug_processing(struct kmem_cache *s, struct slab *slab,
			   void *object, unsigned long addr)
{
	char buf[100];

	if ((s->flags & SLAB_CONSISTENCY_CHECKS) &&
	    !free_consistency_checks(s, slab, object)) {
		scnprintf(buf, sizeof(buf), "Object at 0x%px not freed",
			  object);
		slab_fix(s, buf);
		return false;
	}
	if (s->flags & SLAB_STORE_USER)
		set_track(s, object, TRACK_FREE, addr);
	init_object(s, object, SLUB_RED_INACTIVE);
	return true;
}

struct kmem_cache *cache_from_obj(struct kmem_cache *s, void *x)
{
	struct slab *slab;

	if (!(s->flags & SLAB_CONSISTENCY_CHECKS))
		return s;
	slab = virt_to_slab(x);
	if (WARN(!slab, "%s: Object is not a Slab page!\n", "virt_to_cache"))
		return NULL;
	if (WARN(slab->slab_cache != s, "%s: Wrong slab cache. %s but "
		 "object is from %s\n", __func__, s->name,
		 slab->slab_cache->name))
		print_tracking(slab->slab_cache, x);
	return slab->slab_cache;
}

void check_slab_on_free(struct kmem_cache *s, struct slab *slab)
{
	void *p;

	if (!(s->flags & SLAB_CONSISTENCY_CHECKS))
		return;
	for_each_object(p, s, slab_address(slab), slab->objects)
		check_object(s, slab, p, SLUB_RED_INACTIVE);
}

void list_slab_objects(struct kmem_cache *s, struct slab *slab,
		       const char *text)
{
	char buf[100];
	void *p, *fp;

	scnprintf(buf, sizeof(buf), text, s->name);
	slab_err(s, slab, buf);
	for_each_object(p, s, slab_address(slab), slab->objects) {
		for (fp = slab->freelist; fp && fp != p;
		     fp = get_freepointer(s, fp))
			;
		if (fp)
			continue;
		pr_err("Object 0x%px @offset=%lu\n", p,
		       (unsigned long)((char *)p -
				       (char *)slab_address(slab)));
		print_tracking(s, p);
	}
}
