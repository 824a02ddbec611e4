/* tools/testing/mm/model.h: the page allocator against a reference model. */
#ifndef MM_MODEL_H
#define MM_MODEL_H
#include <stddef.h>
#include <stdint.h>

/* Where operations come from: the fuzzer's input bytes, or (data NULL)
 * a pseudo-random stream that the seed decides. */
struct op_source {
	const uint8_t *data;
	size_t len, pos;
	uint64_t state;
};

void op_source_seed(struct op_source *src, uint64_t seed);
void op_source_bytes(struct op_source *src, const uint8_t *data, size_t len);

void model_boot(void);
void model_begin(unsigned long capacity, unsigned long check_every);
int model_step(struct op_source *src);
int model_end(void);
unsigned long model_live_blocks(void);
unsigned long model_live_objects(void);
unsigned long model_steps(void);
void model_counts(unsigned long *allocs, unsigned long *failures);
const char *model_last_op(void);
const char *model_error(void);

/* model_step's answers */
#define MODEL_OK	0
#define MODEL_FAILED	1
#define MODEL_NO_INPUT	2
#endif
