/*
 * Exercise 3.4, reference solution: protection_fault(), the chapter's
 * access rights with SMEP, SMAP and protection keys.
 */
#include "protect.h"

/* Does the protection key forbid this data access to a user page? */
static bool pkey_forbids(unsigned int pkey, bool write, bool user,
			 const struct mmu_state *s)
{
	u32 bits = s->pkru >> (2 * pkey);

	if (!s->pke)
		return false;
	if (bits & 1)			/* AD: no data access at all */
		return true;
	return (bits & 2) && write && (user || s->wp);	/* WD */
}

/* The rules without the protection keys. */
static bool rights_allow(unsigned long perm, unsigned long access,
			 const struct mmu_state *s)
{
	bool write = access & X86_PF_WRITE, user_page = perm & _PAGE_USER;

	if (access & X86_PF_INSTR)
		return !(s->nxe && (perm & _PAGE_NX)) &&
		       (access & X86_PF_USER ? user_page :
			!(user_page && s->smep));
	if (access & X86_PF_USER)
		return user_page && (!write || (perm & _PAGE_RW));
	if (user_page && s->smap && !s->ac)
		return false;
	return !write || (perm & _PAGE_RW) || !s->wp;
}

unsigned long protection_fault(unsigned long perm, unsigned int pkey,
			       unsigned long access,
			       const struct mmu_state *s)
{
	bool fetch = access & X86_PF_INSTR;
	bool pk = !fetch && (perm & _PAGE_USER) &&
		  pkey_forbids(pkey, access & X86_PF_WRITE,
			       access & X86_PF_USER, s);
	unsigned long code;

	if (!pk && rights_allow(perm, access, s))
		return 0;
	code = X86_PF_PROT | (access & (X86_PF_WRITE | X86_PF_USER));
	if (fetch && (s->nxe || s->smep))
		code |= X86_PF_INSTR;
	if (pk)
		code |= X86_PF_PK;
	return code;
}
