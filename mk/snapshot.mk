# mk/snapshot.mk: build one snapshot tree (the sources of chapters 1..N).
#
#   make -f mk/snapshot.mk SRC=build/src/NN-slug OUT=build/NN-slug [TARGET]
#
# Targets:
#   all     (default) lines, kernel and host
#   kernel  $(OUT)/kernel.elf (ELF64 with symbols, for gdb) and
#           $(OUT)/kernel (the ELF32 copy that qemu -kernel loads)
#   host    $(OUT)/libhost.a (every host object except tests/),
#           $(OUT)/host-tests and $(OUT)/host-tests-san (Check runners,
#           the second built with -fsanitize=address,undefined), and
#           $(OUT)/NAME for each program tools/vm/NAME.c (from chapter 8
#           on: programs for the reader's own machine, linked with the
#           book's code in libhost.a)
#   check   builds host and runs both runners
#   bench   $(OUT)/bench (from chapter 8 on): the allocator's benchmark, a
#           host program built at -O2 from the host sources and bench/
#   torture $(OUT)/torture (appendix A on): random operations checked
#           against a reference model, built like host-tests-san from the
#           host sources and tools/testing/mm/
#   fuzz    $(OUT)/fuzz (appendix A on): the same model under libFuzzer,
#           built with clang -fsanitize=fuzzer,address,undefined
#   lines   fails, naming file:line, if a line of SRC is over 80 columns
# Sources are found by wildcard, so this file builds every snapshot.
# arch/x86/include/asm/ holds the formats the x86-64 hardware defines
# (descriptors, page-table entries, fault error codes): the real machine
# and the simulated one both search it, after their own asm/ directory.
# Objects go to $(OUT)/obj-kernel, $(OUT)/obj-host, $(OUT)/obj-san and
# $(OUT)/obj-fuzz.
#
# DEBUG_VM=y (the default) builds the kernel and the host code with
# CONFIG_DEBUG_VM, Linux's option for the page allocator's costlier checks
# of what its callers hand it (Appendix A); DEBUG_VM=n leaves them out.
# The benchmark is built without it, as distributions build Linux.
# $(OUT)/debug-vm holds the last choice, so that changing it rebuilds.

SRC ?= $(error SRC=<snapshot tree> is required)
OUT ?= $(error OUT=<output directory> is required)

LD ?= ld
OBJCOPY ?= objcopy
AR ?= ar

KERNEL_SRCS := $(wildcard $(SRC)/lib/*.c $(SRC)/mm/*.c $(SRC)/fs/*.c \
	$(SRC)/kernel/*.c $(SRC)/arch/x86_64/*.c $(SRC)/arch/x86_64/*.S)
HOST_SRCS := $(wildcard $(SRC)/lib/*.c $(SRC)/mm/*.c $(SRC)/fs/*.c \
	$(SRC)/kernel/*.c $(SRC)/arch/host/*.c)
TEST_SRCS := $(wildcard $(SRC)/tests/*.c)
BENCH_SRCS := $(wildcard $(SRC)/bench/*.c)
TOOL_SRCS := $(wildcard $(SRC)/tools/vm/*.c)
TOOL_BINS := $(patsubst $(SRC)/tools/vm/%.c,$(OUT)/%,$(TOOL_SRCS))
LDSCRIPT := $(SRC)/arch/x86_64/kernel.ld

DEBUG_VM ?= y
DEBUG_VM_CFLAGS := $(if $(filter y,$(DEBUG_VM)),-DCONFIG_DEBUG_VM)
DEBUG_VM_STAMP := $(OUT)/debug-vm
$(shell mkdir -p $(OUT) && [ "$$(cat $(DEBUG_VM_STAMP) 2>/dev/null)" = \
	"$(DEBUG_VM)" ] || echo "$(DEBUG_VM)" > $(DEBUG_VM_STAMP))

obj = $(patsubst $(SRC)/%,$(OUT)/$(1)/%.o,$(2))
KERNEL_OBJS := $(call obj,obj-kernel,$(KERNEL_SRCS))
HOST_OBJS := $(call obj,obj-host,$(HOST_SRCS))
TEST_OBJS := $(call obj,obj-host,$(TEST_SRCS))
TOOL_OBJS := $(call obj,obj-host,$(TOOL_SRCS))
SAN_OBJS := $(call obj,obj-san,$(HOST_SRCS) $(TEST_SRCS))
BENCH_OBJS := $(call obj,obj-bench,$(HOST_SRCS) $(BENCH_SRCS))
MODEL_DIR := $(SRC)/tools/testing/mm
TORTURE_OBJS := $(call obj,obj-san,$(HOST_SRCS) \
	$(wildcard $(MODEL_DIR)/model.c $(MODEL_DIR)/torture.c))
FUZZ_OBJS := $(call obj,obj-fuzz,$(HOST_SRCS) \
	$(wildcard $(MODEL_DIR)/model.c $(MODEL_DIR)/fuzz.c))

# -Wno-unused-parameter: callbacks (console, monitor commands) often ignore
# an argument; Linux's W=1 build makes the same exception.
WARN := -Wall -Wextra -Werror -Wno-unused-parameter
# -nostdinc: the kernel has no C library, so only the compiler's own
# freestanding headers (stddef.h, stdint.h, stdarg.h, stdbool.h) are found.
KERNEL_CFLAGS := -std=gnu11 $(WARN) -O2 -g -MMD -MP \
	-nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-ffreestanding -fno-pic -fno-pie -mcmodel=kernel -mno-red-zone \
	-mno-mmx -mno-sse -mno-sse2 -fno-stack-protector -nostdlib \
	-fno-asynchronous-unwind-tables -fno-tree-loop-distribute-patterns \
	-I$(SRC)/include -I$(SRC)/arch/x86_64/include -I$(SRC)/arch/x86/include \
	$(DEBUG_VM_CFLAGS)
KERNEL_LDFLAGS := -nostdlib -z max-page-size=0x1000 --no-warn-rwx-segments
CHECK_CFLAGS := $(shell pkg-config --cflags check)
CHECK_LIBS := $(shell pkg-config --libs check)
HOST_CFLAGS := -std=gnu11 $(WARN) -O1 -g -MMD -MP \
	-I$(SRC)/include -I$(SRC)/arch/host/include -I$(SRC)/arch/x86/include \
	$(CHECK_CFLAGS) $(DEBUG_VM_CFLAGS)
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

.PHONY: all kernel host check lines bench torture fuzz
all: lines kernel host
kernel: $(OUT)/kernel.elf $(OUT)/kernel
host: $(OUT)/libhost.a $(OUT)/host-tests $(OUT)/host-tests-san $(TOOL_BINS)

$(OUT)/obj-kernel/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -c $< -o $@

$(OUT)/obj-kernel/%.S.o: $(SRC)/%.S $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -Wa,--noexecstack -c $< -o $@

$(OUT)/obj-host/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -c $< -o $@

$(OUT)/obj-san/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(SAN_FLAGS) -c $< -o $@

$(OUT)/kernel.elf: $(KERNEL_OBJS) $(LDSCRIPT)
	$(LD) $(KERNEL_LDFLAGS) -T $(LDSCRIPT) -o $@ $(KERNEL_OBJS)

$(OUT)/kernel: $(OUT)/kernel.elf
	$(OBJCOPY) -O elf32-i386 $< $@

# The benchmark's objects: the host sources again, optimised as a kernel
# would be, so that the allocator and its yardsticks get the same flags.
$(OUT)/obj-bench/%.c.o: $(SRC)/%.c
	@mkdir -p $(@D)
	$(CC) $(filter-out $(DEBUG_VM_CFLAGS),$(HOST_CFLAGS)) -O2 -c $< -o $@

bench: $(OUT)/bench
$(OUT)/bench: $(BENCH_OBJS)
	$(if $(BENCH_SRCS),,$(error $(SRC) has no bench/: the benchmark \
		begins with chapter 8))
	$(CC) -o $@ $(BENCH_OBJS)

$(OUT)/libhost.a: $(HOST_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(OUT)/host-tests: $(TEST_OBJS) $(OUT)/libhost.a
	$(CC) -o $@ $(TEST_OBJS) $(OUT)/libhost.a $(CHECK_LIBS)

$(TOOL_BINS): $(OUT)/%: $(OUT)/obj-host/tools/vm/%.c.o $(OUT)/libhost.a
	$(CC) -o $@ $^

$(OUT)/host-tests-san: $(SAN_OBJS)
	$(CC) $(SAN_FLAGS) -o $@ $(SAN_OBJS) $(CHECK_LIBS)

# The model-based tests begin with appendix A, which has tools/testing/mm/.
need_model = $(if $(wildcard $(MODEL_DIR)/model.c),,$(error $(SRC) has no \
	tools/testing/mm/: the model-based tests begin with appendix A))

torture: $(OUT)/torture
$(OUT)/torture: $(TORTURE_OBJS)
	$(need_model)
	$(CC) $(SAN_FLAGS) -o $@ $(TORTURE_OBJS)

# libFuzzer comes with clang: every object is instrumented for coverage
# (fuzzer-no-link) and the link adds libFuzzer's main().
FUZZ_CC ?= clang
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer

$(OUT)/obj-fuzz/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(HOST_CFLAGS) $(FUZZ_FLAGS) -c $< -o $@

fuzz: $(OUT)/fuzz
$(OUT)/fuzz: $(FUZZ_OBJS)
	$(need_model)
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $(FUZZ_OBJS)

check: $(OUT)/host-tests $(OUT)/host-tests-san
	$(OUT)/host-tests
	$(OUT)/host-tests-san

# Columns count tabs to the next multiple of 8; #line directives are
# exempt, since they carry a path that the tree does not choose.
lines:
	@find $(SRC) -type f | LC_ALL=C sort | xargs -r awk '		\
		/^#line / { next }						\
		{ col = 0; n = length($$0);					\
		  for (i = 1; i <= n; i++)					\
			col = substr($$0, i, 1) == "\t" ? col + 8 - col % 8 : col + 1; \
		  if (col > 80) {						\
			printf "%s:%d: line is %d columns, more than 80\n", \
				FILENAME, FNR, col; bad = 1 } }			\
		END { exit bad }'

-include $(KERNEL_OBJS:.o=.d) $(HOST_OBJS:.o=.d) $(TEST_OBJS:.o=.d) \
	$(SAN_OBJS:.o=.d) $(BENCH_OBJS:.o=.d) \
	$(TOOL_OBJS:.o=.d) $(TORTURE_OBJS:.o=.d) $(FUZZ_OBJS:.o=.d)
