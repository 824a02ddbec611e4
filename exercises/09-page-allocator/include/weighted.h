/*
 * Exercise 9.2: weighted_interleave_next() picks the node of the next
 * page under a weighted interleave policy, as Linux 6.9's
 * weighted_interleave_nodes() does.
 */
#ifndef EXERCISE_WEIGHTED_H
#define EXERCISE_WEIGHTED_H

#define EX_MAX_NODES	8

struct wil_task {
	int il_prev;		/* the node of the last page */
	int il_weight;		/* pages still to take from it */
};

int weighted_interleave_next(struct wil_task *t, unsigned long nodes,
			     const unsigned char *weights);

#endif
