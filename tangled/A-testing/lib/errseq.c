/*
 * lib/errseq.c: an error that every opener of a file sees once. The
 * low 12 bits hold the errno, bit 12 says someone has seen it, and the
 * bits above count the errors recorded after one was seen.
 */
#include <linux/err.h>
#include <linux/fs.h>

#define ERRSEQ_SHIFT	12
#define ERRSEQ_SEEN	(1U << ERRSEQ_SHIFT)
#define ERRSEQ_CTR_INC	(1U << (ERRSEQ_SHIFT + 1))

/* Record err; a new error after a seen one moves the counter on. */
int errseq_set(errseq_t *eseq, int err)
{
	errseq_t old = *eseq, new;

	if (err >= 0 || err < -MAX_ERRNO)
		return 0;
	new = (old & ~(MAX_ERRNO | ERRSEQ_SEEN)) | -err;
	if (old & ERRSEQ_SEEN)
		new += ERRSEQ_CTR_INC;
	*eseq = new;
	return new;
}

/* What an opener starts from: an error nobody has seen yet is news. */
errseq_t errseq_sample(errseq_t *eseq)
{
	errseq_t old = *eseq;

	return old & ERRSEQ_SEEN ? old : 0;
}

int errseq_check(errseq_t *eseq, errseq_t since)
{
	errseq_t cur = *eseq;

	return cur == since ? 0 : -(int)(cur & MAX_ERRNO);
}

/* The error since *since, once: *since moves up to it, marked seen. */
int errseq_check_and_advance(errseq_t *eseq, errseq_t *since)
{
	errseq_t old = *eseq, new;

	if (old == *since)
		return 0;
	new = old | ERRSEQ_SEEN;
	*eseq = new;
	*since = new;
	return -(int)(new & MAX_ERRNO);
}
