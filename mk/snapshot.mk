# mk/snapshot.mk: build one snapshot tree (the sources of chapters 1..N).
#
#   make -f mk/snapshot.mk SRC=build/src/NN-slug OUT=build/NN-slug [TARGET]
#
# Targets:
#   all     (default) lines, kernel and host
#   kernel  $(OUT)/kernel.elf (ELF64 with symbols, for gdb) and
#           $(OUT)/kernel (the ELF32 copy that qemu -kernel loads); from
#           chapter 13 on also $(OUT)/user/bin/NAME for each user program
#           user/NAME.c (musl-gcc -static -O2: a static Linux executable)
#           and $(OUT)/initramfs.cpio, the cpio "newc" archive of them
#           (and of the files user/data/NAME, as /data/NAME) that
#           tools/boot.sh hands QEMU with -initrd; from chapter 16 on
#           (a tree with user/etc/) also user/etc/NAME as /etc/NAME,
#           and Debian's busybox-static as /sbin/busybox
#   host    $(OUT)/libhost.a (every host object except tests/),
#           $(OUT)/host-tests and $(OUT)/host-tests-san (Check runners,
#           the second built with -fsanitize=address,undefined), and
#           $(OUT)/NAME for each program tools/vm/NAME.c (from chapter 8
#           on: programs for the reader's own machine, linked with the
#           book's code in libhost.a)
#   check   builds host and runs both runners
#   nosan   lines, kernel and host without host-tests-san: what `make test`
#           builds of every snapshot but the newest, whose host tests
#           alone run under the sanitizers
#   bench   $(OUT)/bench (from chapter 9 on): the allocator's benchmark, a
#           host program built at -O2 from the host sources and bench/
#   torture $(OUT)/torture (appendix A on): random operations checked
#           against a reference model, built like host-tests-san from the
#           host sources and tools/testing/mm/
#   fuzz    $(OUT)/fuzz (appendix A on): the same model under libFuzzer,
#           built with clang -fsanitize=fuzzer,address,undefined
#   lines   fails, naming file:line, if a line of SRC is over 80 columns
#   unreachable  clang finds no code that cannot run in the host code
#           (lib/ mm/ kernel/ arch/host/ tests/ tools/ bench/): with
#           -Wunreachable-code -Werror as built, and, since clang keeps
#           quiet about code that begins with a macro, once more on the
#           preprocessed source, where code it finds unreachable both
#           with CONFIG_DEBUG_VM and without is an error
#   dead-functions  prints "ok"/"not ok" lines naming every function that
#           nothing calls: neither the kernel nor a host program (host
#           tests, tools/vm/ programs, bench, torture).  Built at -O0
#           (no inlining, no clones) with one section per function and
#           linked with --gc-sections, a function nothing reaches is one
#           the linker drops ($(OUT)/gc/)
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

MK_DIR := $(dir $(lastword $(MAKEFILE_LIST)))
SRC ?= $(error SRC=<snapshot tree> is required)
OUT ?= $(error OUT=<output directory> is required)

LD ?= ld
OBJCOPY ?= objcopy
AR ?= ar

KERNEL_SRCS := $(wildcard $(SRC)/lib/*.c $(SRC)/mm/*.c $(SRC)/fs/*.c \
	$(SRC)/init/*.c $(SRC)/kernel/*.c $(SRC)/arch/x86_64/*.c \
	$(SRC)/arch/x86_64/*.S)
HOST_SRCS := $(wildcard $(SRC)/lib/*.c $(SRC)/mm/*.c $(SRC)/fs/*.c \
	$(SRC)/init/*.c $(SRC)/kernel/*.c $(SRC)/arch/host/*.c)
# From chapter 13 on, kernel/ has subdirectories as Linux's has (sched/,
# time/, entry/), and from chapter 14 fs/ has proc/; init/ (above) holds
# what runs after start_kernel.
KERNEL_SUBDIR_SRCS := $(wildcard $(SRC)/kernel/sched/*.c $(SRC)/fs/proc/*.c \
	$(SRC)/fs/ext2/*.c \
	$(SRC)/kernel/time/*.c $(SRC)/kernel/entry/*.c)
KERNEL_SRCS += $(KERNEL_SUBDIR_SRCS)
HOST_SRCS += $(KERNEL_SUBDIR_SRCS)
# From chapter 16 on, devices as Linux places them: the PCI scan, the
# block layer, the virtqueue, the virtio core and the disk driver, which
# the host tests drive with a simulated configuration space and device,
# are on both machines; the configuration mechanism and the virtio
# transport over I/O ports only on the real one.
DRIVER_SRCS := $(wildcard $(SRC)/block/*.c $(SRC)/drivers/block/*.c \
	$(SRC)/drivers/pci/*.c \
	$(SRC)/drivers/virtio/virtio.c $(SRC)/drivers/virtio/virtio_ring.c)
KERNEL_SRCS += $(DRIVER_SRCS) $(wildcard $(SRC)/arch/x86/pci/*.c \
	$(SRC)/drivers/virtio/virtio_pci_*.c)
HOST_SRCS += $(DRIVER_SRCS)
# Disk images (chapter 16 on): disks/NAME.sh writes $(OUT)/disks/NAME.img,
# the file it is given; tools/boot.sh -b attaches one as a virtio disk.
DISK_IMAGES := $(patsubst $(SRC)/disks/%.sh,$(OUT)/disks/%.img,\
	$(wildcard $(SRC)/disks/*.sh))
USER_SRCS := $(wildcard $(SRC)/user/*.c)
USER_BINS := $(patsubst $(SRC)/user/%.c,$(OUT)/user/bin/%,$(USER_SRCS))
INITRAMFS := $(if $(USER_SRCS),$(OUT)/initramfs.cpio)
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
# The model: model.c and the files of its parts (model_slab.c, ...).
MODEL_SRCS := $(wildcard $(MODEL_DIR)/model*.c)
TORTURE_OBJS := $(call obj,obj-san,$(HOST_SRCS) $(MODEL_SRCS) \
	$(wildcard $(MODEL_DIR)/torture.c))
FUZZ_OBJS := $(call obj,obj-fuzz,$(HOST_SRCS) $(MODEL_SRCS) \
	$(wildcard $(MODEL_DIR)/fuzz.c))

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

.PHONY: FORCE all kernel host check lines bench torture fuzz unreachable \
	dead-functions nosan
all: lines kernel host
kernel: $(OUT)/kernel.elf $(OUT)/kernel $(INITRAMFS) $(DISK_IMAGES)
host: $(OUT)/libhost.a $(OUT)/host-tests $(OUT)/host-tests-san $(TOOL_BINS)
nosan: lines kernel $(OUT)/libhost.a $(OUT)/host-tests $(TOOL_BINS)

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

# User programs: plain C for Linux, built against musl as static
# executables, so that the same file runs on the build machine and on the
# book's kernel.  The archive lists bin/ and its files in name order, all
# owned by root, with no time stamps: the same programs give the same
# bytes.  The programs' own headers, user/NAME.h, are prerequisites of
# every program, so that a change to one builds them all again.
USER_CC ?= musl-gcc
USER_HDRS := $(wildcard $(SRC)/user/*.h)
$(OUT)/user/bin/%: $(SRC)/user/%.c $(USER_HDRS)
	@mkdir -p $(@D)
	$(USER_CC) -static -O2 -Wall -Wextra -Werror -o $@ $<

# The names of the programs, rewritten only when they change; an
# executable whose source the chapter no longer has (an earlier build of
# another tree left it) is removed, so that neither the archive nor the
# side-by-side comparison runs a program the book does not print.
USER_NAMES := $(sort $(notdir $(USER_BINS)))
$(OUT)/user/programs: FORCE
	@mkdir -p $(OUT)/user/bin
	@for f in $(OUT)/user/bin/*; do \
		case " $(USER_NAMES) " in \
		*" $${f##*/} "*) ;; \
		*) [ ! -e "$$f" ] || rm -f "$$f" ;; \
		esac; \
	done
	@echo $(USER_NAMES) > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

# Files that are not programs: user/data/NAME is /data/NAME in the
# archive, executable, so that Linux's execve reads it (and refuses it as
# no program) rather than refusing it for its mode.
USER_DATA := $(patsubst $(SRC)/user/data/%,$(OUT)/user/data/%,\
	$(wildcard $(SRC)/user/data/*))
$(OUT)/user/data/%: $(SRC)/user/data/%
	@mkdir -p $(@D)
	cp $< $@ && chmod 755 $@

# A tree with user/etc/ (chapter 16 on) runs busybox as init: its files
# are /etc/NAME, and Debian's static busybox is /sbin/busybox, outside
# /bin, where tools/user-compare.sh runs every program and compares it
# with the build machine's run (busybox is a shell and a hundred
# programs, not one test).
USER_ETC := $(patsubst $(SRC)/user/etc/%,$(OUT)/user/etc/%,\
	$(wildcard $(SRC)/user/etc/*))
BUSYBOX ?= /bin/busybox
USER_SBIN := $(if $(USER_ETC),$(OUT)/user/sbin/busybox)
$(OUT)/user/etc/%: $(SRC)/user/etc/%
	@mkdir -p $(@D)
	cp $< $@ && chmod 644 $@
$(OUT)/user/sbin/busybox: $(BUSYBOX)
	@[ -x $< ] || { echo "no $<: tools/deps.sh installs busybox-static" \
		>&2; exit 1; }
	@mkdir -p $(@D)
	cp $< $@

$(OUT)/initramfs.cpio: $(USER_BINS) $(USER_DATA) $(USER_ETC) $(USER_SBIN) \
		$(OUT)/user/programs
	cd $(OUT)/user && find bin $(if $(USER_DATA),data) \
		$(if $(USER_ETC),etc sbin) | LC_ALL=C sort | \
		cpio -o -H newc -R 0:0 --reproducible --quiet > ../initramfs.cpio

$(OUT)/disks/%.img: $(SRC)/disks/%.sh
	@mkdir -p $(@D)
	sh $< $@.new && mv $@.new $@

FORCE:

# The benchmark's objects: the host sources again, optimised as a kernel
# would be, so that the allocator and its yardsticks get the same flags.
$(OUT)/obj-bench/%.c.o: $(SRC)/%.c
	@mkdir -p $(@D)
	$(CC) $(filter-out $(DEBUG_VM_CFLAGS),$(HOST_CFLAGS)) -O2 -c $< -o $@

bench: $(OUT)/bench
$(OUT)/bench: $(BENCH_OBJS)
	$(if $(BENCH_SRCS),,$(error $(SRC) has no bench/: the benchmark \
		begins with chapter 9))
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

# clang's -Wunreachable-code on every host source, with the host build's
# include directories and defines.  It says nothing of unreachable code
# whose first statement comes from a macro (chapter 7's alloc_pages once
# read "return alloc_pages_current(...); struct zoneref *z = NODE_DATA(0)
# ..."), so the preprocessed source is checked too; there a macro that
# stands for a configuration (BADFREE_DEBUG_VM) can make code unreachable
# in one configuration, so only code unreachable both with and without
# CONFIG_DEBUG_VM is an error.
UNREACH_CC ?= clang
UNREACH_SRCS := $(HOST_SRCS) $(TEST_SRCS) $(TOOL_SRCS) $(BENCH_SRCS) \
	$(wildcard $(MODEL_DIR)/*.c)
UNREACH_CFLAGS := $(filter -std=% -I% -D% -pthread,$(HOST_CFLAGS))
UNREACH_OKS := $(patsubst $(SRC)/%,$(OUT)/obj-unreachable/%.ok,$(UNREACH_SRCS))
UNREACH_E = $(UNREACH_CC) $(filter-out -DCONFIG_DEBUG_VM,$(UNREACH_CFLAGS)) -E
UNREACH_W = $(UNREACH_CC) -std=gnu11 -x c -fsyntax-only -Wno-everything \
	-Wunreachable-code - 2>&1 | \
	sed -n 's/: warning: code will never be executed.*//p'

unreachable: $(UNREACH_OKS)
$(OUT)/obj-unreachable/%.c.ok: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	@bad=0; \
	$(UNREACH_CC) $(UNREACH_CFLAGS) -fsyntax-only -Wunreachable-code \
		-Werror -MMD -MP -MF $@.d -MT $@ $< 2> $@.log || bad=1; \
	cat $@.log >&2; \
	$(UNREACH_E) -DCONFIG_DEBUG_VM $< | $(UNREACH_W) > $@.on; \
	rm -f $@.both; \
	[ ! -s $@.on ] || $(UNREACH_E) $< | $(UNREACH_W) | grep -Fx -f $@.on | \
	while read -r at; do \
		grep -q "^$$at: error: code will never" $@.log || \
		echo "$$at: error: code will never be executed (with" \
			"CONFIG_DEBUG_VM and without, macros expanded)"; \
	done > $@.both; \
	[ ! -s $@.both ] || { cat $@.both >&2; bad=1; }; \
	[ $$bad = 0 ] && touch $@

# The same sources as the kernel and the host programs, at -O0 so that no
# call is inlined away, one section per function and per object
# (-fdata-sections: a table of function pointers that nothing uses does
# not keep its functions), linked with --gc-sections: the linker keeps what
# the entry point (kernel.ld's ENTRY and KEEP) or main reaches.  A function
# is dead when no linked program has it.  A function is known by the
# place where its definition begins (the .nw file and line, from the debug
# information of a snapshot tangled with -L): a static inline function of
# a header is one function whichever file it was compiled into, and the
# host's kernel_sprintf is the kernel's sprintf.  A global function of
# arch/ is known by its name: arch/host/setup.c's setup_arch is the host's
# side of arch/x86_64/setup.c's, and used when that one is (the host links
# start_kernel, which calls it, but runs it only in tests of its parts).
# bench is linked from the
# objects the others use, with CONFIG_DEBUG_VM as chosen.
GC_FLAGS := -O0 -ffunction-sections -fdata-sections
GC_KERNEL_OBJS := $(call obj,obj-gc-kernel,$(KERNEL_SRCS))
GC_HOST_OBJS := $(call obj,obj-gc-host,$(HOST_SRCS))
gc_objs = $(call obj,obj-gc-host,$(1)) $(GC_HOST_OBJS)
GC_PROGS := $(OUT)/gc/kernel.elf \
	$(if $(TEST_SRCS),$(OUT)/gc/host-tests) \
	$(patsubst $(SRC)/tools/vm/%.c,$(OUT)/gc/%,$(TOOL_SRCS)) \
	$(if $(BENCH_SRCS),$(OUT)/gc/bench) \
	$(if $(wildcard $(MODEL_DIR)/torture.c),$(OUT)/gc/torture) \
	$(if $(wildcard $(MODEL_DIR)/fuzz.c),$(OUT)/gc/fuzz)
SNAPSHOT := $(notdir $(patsubst %/,%,$(SRC)))

$(OUT)/obj-gc-kernel/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(KERNEL_CFLAGS)) $(GC_FLAGS) -c $< -o $@

$(OUT)/obj-gc-kernel/%.S.o: $(SRC)/%.S $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(KERNEL_CFLAGS)) $(GC_FLAGS) \
		-Wa,--noexecstack -c $< -o $@

$(OUT)/obj-gc-host/%.c.o: $(SRC)/%.c $(DEBUG_VM_STAMP)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O1,$(HOST_CFLAGS)) $(GC_FLAGS) -c $< -o $@

# GCC may call memcpy, memmove, memset and memcmp for code that names none
# of them (a structure copied, an array cleared), so a freestanding kernel
# provides them: -u makes them roots too.
$(OUT)/gc/kernel.elf: $(GC_KERNEL_OBJS) $(LDSCRIPT)
	@mkdir -p $(@D)
	$(LD) $(KERNEL_LDFLAGS) -T $(LDSCRIPT) --gc-sections \
		$(addprefix -u ,memcpy memmove memset memcmp) -o $@ \
		$(GC_KERNEL_OBJS)

$(OUT)/gc/host-tests: $(call gc_objs,$(TEST_SRCS))
	@mkdir -p $(@D)
	$(CC) -Wl,--gc-sections -o $@ $^ $(CHECK_LIBS)

$(OUT)/gc/bench: $(call gc_objs,$(BENCH_SRCS))
	@mkdir -p $(@D)
	$(CC) -Wl,--gc-sections -o $@ $^

$(OUT)/gc/torture: $(call gc_objs,$(MODEL_SRCS) $(MODEL_DIR)/torture.c)
	@mkdir -p $(@D)
	$(CC) -Wl,--gc-sections -o $@ $^

# libFuzzer's main calls LLVMFuzzerTestOneInput: here it is the entry.
$(OUT)/gc/fuzz: $(call gc_objs,$(MODEL_SRCS) $(MODEL_DIR)/fuzz.c)
	@mkdir -p $(@D)
	$(CC) -nostartfiles -Wl,-e,LLVMFuzzerTestOneInput -Wl,--gc-sections \
		-o $@ $^

$(OUT)/gc/%: $(OUT)/obj-gc-host/tools/vm/%.c.o $(GC_HOST_OBJS)
	@mkdir -p $(@D)
	$(CC) -Wl,--gc-sections -o $@ $^

# Every function of every object against every function the links kept.
GC_OBJS := $(GC_KERNEL_OBJS) $(GC_HOST_OBJS) $(call obj,obj-gc-host, \
	$(TEST_SRCS) $(TOOL_SRCS) $(BENCH_SRCS) \
	$(filter $(MODEL_SRCS) $(MODEL_DIR)/torture.c \
	$(MODEL_DIR)/fuzz.c,$(UNREACH_SRCS)))
DEAD_AWK := $(abspath $(MK_DIR)../tools/dead-functions.awk)
dead-functions: $(GC_PROGS)
	@cd $(OUT) && nm -l -A --defined-only $(patsubst $(OUT)/%,%, \
		$(GC_OBJS) $(GC_PROGS)) | awk -v snapshot=$(SNAPSHOT) \
		-v root=$(CURDIR)/ -f $(DEAD_AWK)

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
	$(TOOL_OBJS:.o=.d) $(TORTURE_OBJS:.o=.d) $(FUZZ_OBJS:.o=.d) \
	$(UNREACH_OKS:=.d) $(GC_OBJS:.o=.d)
