/*
 * Tests of Exercise 3.4, protection_fault(). The points table at the end
 * says what each test is worth; `make grade CH=3` runs them.
 */
#include <check.h>

#include "protect.h"

#define UPAGE		(_PAGE_USER | _PAGE_RW)	/* a user data page */
#define UPAGE_RO	_PAGE_USER
#define KPAGE		_PAGE_RW		/* a kernel data page */
#define KPAGE_RO	0UL
#define READ		0UL
#define WRITE		((unsigned long)X86_PF_WRITE)
#define FETCH		((unsigned long)X86_PF_INSTR)
#define USER		((unsigned long)X86_PF_USER)
#define PROT		((unsigned long)X86_PF_PROT)
#define PK		((unsigned long)X86_PF_PK)
#define AD(k)		(1U << (2 * (k)))
#define WD(k)		(2U << (2 * (k)))

/* Linux's usual state: WP and NX on, SMEP and SMAP on, no keys. */
static const struct mmu_state linux_cpu = {
	.wp = true, .nxe = true, .smep = true, .smap = true,
};

static void expect(unsigned long perm, unsigned int pkey,
		   unsigned long access, const struct mmu_state *s,
		   unsigned long want)
{
	unsigned long got = protection_fault(perm, pkey, access, s);

	ck_assert_msg(got == want, "perm %#lx, key %u, access %#lx (wp %d "
		      "nxe %d smep %d smap %d ac %d pke %d pkru %#x): error "
		      "code %#lx, expected %#lx", perm, pkey, access, s->wp,
		      s->nxe, s->smep, s->smap, s->ac, s->pke, s->pkru, got,
		      want);
}

START_TEST(test_the_chapters_rules_still_hold)
{
	struct mmu_state s = { .wp = true, .nxe = true };

	expect(UPAGE, 0, READ | USER, &s, 0);
	expect(UPAGE, 0, WRITE | USER, &s, 0);
	expect(KPAGE, 0, READ | USER, &s, PROT | USER);
	expect(UPAGE_RO, 0, WRITE | USER, &s, PROT | WRITE | USER);
	expect(KPAGE_RO, 0, WRITE, &s, PROT | WRITE);
	expect(KPAGE | _PAGE_NX, 0, FETCH, &s, PROT | FETCH);
	expect(UPAGE | _PAGE_NX, 0, FETCH | USER, &s, PROT | FETCH | USER);
	expect(KPAGE, 0, FETCH, &s, 0);
	s.wp = false;
	expect(KPAGE_RO, 0, WRITE, &s, 0);
	expect(UPAGE_RO, 0, WRITE | USER, &s, PROT | WRITE | USER);
	s.nxe = false;			/* bit 63 means nothing */
	expect(KPAGE | _PAGE_NX, 0, FETCH, &s, 0);
}
END_TEST

START_TEST(test_smep_stops_the_kernel_running_user_pages)
{
	struct mmu_state s = { .wp = true, .smep = true };

	expect(UPAGE, 0, FETCH, &s, PROT | FETCH);
	expect(UPAGE, 0, FETCH | USER, &s, 0);
	expect(KPAGE, 0, FETCH, &s, 0);
	expect(UPAGE, 0, READ, &s, 0);		/* SMEP is for fetches */
	s.smep = false;
	expect(UPAGE, 0, FETCH, &s, 0);
	expect(UPAGE, 0, FETCH, &linux_cpu, PROT | FETCH);
}
END_TEST

START_TEST(test_smap_stops_the_kernel_touching_user_pages)
{
	struct mmu_state s = linux_cpu;

	expect(UPAGE, 0, READ, &s, PROT);
	expect(UPAGE, 0, WRITE, &s, PROT | WRITE);
	expect(KPAGE, 0, WRITE, &s, 0);
	expect(UPAGE, 0, READ | USER, &s, 0);	/* SMAP is for the kernel */
	s.ac = true;				/* stac: a uaccess window */
	expect(UPAGE, 0, READ, &s, 0);
	expect(UPAGE, 0, WRITE, &s, 0);
	expect(UPAGE_RO, 0, WRITE, &s, PROT | WRITE);
	s.wp = false;
	expect(UPAGE_RO, 0, WRITE, &s, 0);
	s.ac = false;
	s.smap = false;
	s.wp = true;
	expect(UPAGE, 0, READ, &s, 0);
}
END_TEST

START_TEST(test_access_disable_forbids_data_accesses)
{
	struct mmu_state s = { .wp = true, .nxe = true, .pke = true,
			       .pkru = AD(3) };

	expect(UPAGE, 3, READ | USER, &s, PROT | USER | PK);
	expect(UPAGE, 3, WRITE | USER, &s, PROT | WRITE | USER | PK);
	expect(UPAGE, 3, READ, &s, PROT | PK);	/* the kernel too */
	expect(UPAGE, 2, READ | USER, &s, 0);
	expect(UPAGE, 4, READ | USER, &s, 0);
	expect(UPAGE, 3, FETCH | USER, &s, 0);	/* not for fetches */
	expect(KPAGE, 3, READ, &s, 0);		/* nor kernel pages */
	s.pkru = AD(15);
	expect(UPAGE, 15, READ | USER, &s, PROT | USER | PK);
	s.pke = false;
	expect(UPAGE, 15, READ | USER, &s, 0);
}
END_TEST

START_TEST(test_write_disable_forbids_writes)
{
	struct mmu_state s = { .wp = true, .pke = true, .pkru = WD(1) };

	expect(UPAGE, 1, WRITE | USER, &s, PROT | WRITE | USER | PK);
	expect(UPAGE, 1, READ | USER, &s, 0);
	expect(UPAGE, 1, WRITE, &s, PROT | WRITE | PK);
	expect(UPAGE, 0, WRITE | USER, &s, 0);
	s.wp = false;		/* WD binds the kernel only with WP */
	expect(UPAGE, 1, WRITE, &s, 0);
	expect(UPAGE, 1, WRITE | USER, &s, PROT | WRITE | USER | PK);
}
END_TEST

START_TEST(test_a_key_and_the_rights_can_both_forbid)
{
	struct mmu_state s = { .wp = true, .pke = true,
			       .pkru = WD(5) | AD(6) };

	expect(UPAGE_RO, 5, WRITE | USER, &s, PROT | WRITE | USER | PK);
	expect(UPAGE_RO, 4, WRITE | USER, &s, PROT | WRITE | USER);
	expect(KPAGE, 6, READ | USER, &s, PROT | USER);
	s.smap = true;
	expect(UPAGE, 6, READ, &s, PROT | PK);
	expect(UPAGE, 4, READ, &s, PROT);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_the_chapters_rules_still_hold, 1);
	add(test_smep_stops_the_kernel_running_user_pages, 2);
	add(test_smap_stops_the_kernel_touching_user_pages, 2);
	add(test_access_disable_forbids_data_accesses, 2);
	add(test_write_disable_forbids_writes, 2);
	add(test_a_key_and_the_rights_can_both_forbid, 2);
}
