/* tools/testing/mm/fuzz.c: libFuzzer's entry point.  Each input is a
 * sequence of operations (model.c decodes four bytes per operation); it
 * ends by giving back all it took, so inputs do not depend on each other. */
#include <stdio.h>
#include <stdlib.h>
#include "model.h"

#define FUZZ_CAPACITY		64
#define FUZZ_CHECK_EVERY	64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int booted;
	struct op_source src;
	int rc = MODEL_OK;

	if (!booted) {
		model_boot();
		booted = 1;
	}
	model_begin(FUZZ_CAPACITY, FUZZ_CHECK_EVERY);
	op_source_bytes(&src, data, size);
	while (rc == MODEL_OK)
		rc = model_step(&src);
	if (rc == MODEL_NO_INPUT)
		rc = model_end();
	if (rc != MODEL_OK) {
		fprintf(stderr, "fuzz: step %lu, %s: %s\n", model_steps(),
			model_last_op(), model_error());
		abort();
	}
	return 0;
}
