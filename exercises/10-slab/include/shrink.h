/*
 * Exercise 10.1: shrink_partial() sorts a node's partial slabs the way
 * Linux 6.1's __kmem_cache_do_shrink() does: empty slabs out, then the
 * fullest first.
 */
#ifndef EXERCISE_SHRINK_H
#define EXERCISE_SHRINK_H
#include <stddef.h>

#define SHRINK_PROMOTE_MAX	32

/* A doubly linked list with a head, as the kernel's struct list_head. */
struct ex_list {
	struct ex_list *next, *prev;
};

static inline void ex_list_init(struct ex_list *head)
{
	head->next = head->prev = head;
}

static inline int ex_list_empty(const struct ex_list *head)
{
	return head->next == head;
}

static inline void ex_list_insert(struct ex_list *new, struct ex_list *prev,
				  struct ex_list *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	prev->next = new;
}

/* At the head, as list_add; at the tail, as list_add_tail. */
static inline void ex_list_add(struct ex_list *new, struct ex_list *head)
{
	ex_list_insert(new, head, head->next);
}

static inline void ex_list_add_tail(struct ex_list *new,
				    struct ex_list *head)
{
	ex_list_insert(new, head->prev, head);
}

static inline void ex_list_del(struct ex_list *entry)
{
	entry->next->prev = entry->prev;
	entry->prev->next = entry->next;
}

/* Take an entry off its list and put it at the head of another. */
static inline void ex_list_move(struct ex_list *entry, struct ex_list *head)
{
	ex_list_del(entry);
	ex_list_add(entry, head);
}

/* Join a whole list, in its order, at the head of another. */
static inline void ex_list_splice(struct ex_list *list, struct ex_list *head)
{
	if (ex_list_empty(list))
		return;
	list->next->prev = head;
	list->prev->next = head->next;
	head->next->prev = list->prev;
	head->next = list->next;
	ex_list_init(list);
}

/* The part of struct slab the shrinker reads. */
struct ex_slab {
	struct ex_list slab_list;
	unsigned int objects;		/* objects in the slab */
	unsigned int inuse;		/* objects handed out */
	int id;				/* for the tests */
};

#define ex_slab_of(p) \
	((struct ex_slab *)((char *)(p) - offsetof(struct ex_slab, slab_list)))

int shrink_partial(struct ex_list *partial, struct ex_list *discard);

#endif
